import { emptyMarker, OUTPUT_STYLE_VERSION, planMarker, readMarker, type WorkbookMarker } from '../../../src/workbook/plan/metadata-sheet';
import { sheet } from '../helpers/grid-builder';
import { applyPlan } from '../helpers/plan-applier';

describe('the _perfeval marker', () => {
  const marker: WorkbookMarker = {
    schemaVersion: 1,
    tableLocations: { indicators: { sheet: '指标', headerRow: 3, columns: { level1: 1, level3: 3, target: 5, actual: 7, points: 8 } } },
    outputs: { indicators: { sheet: '指标', headerRow: 3, left: 11, lastRow: 12 } },
    sheetHashes: { 评分结果: '0123456789abcdef', 自评报告: 'fedcba9876543210' },
    outputStyle: OUTPUT_STYLE_VERSION,
  };

  it('is written as key | value rows in a very hidden sheet and reads back the same', () => {
    const grids = applyPlan([], { ops: planMarker(marker, null) }).grids;
    expect(grids[0]).toMatchObject({ name: '_perfeval', visibility: 'veryHidden' });
    expect(grids[0].values.map((row) => row[0])).toEqual([
      'key',
      'schemaVersion',
      'writtenBy',
      'outputStyle',
      'tableLocations',
      'output.indicators',
      'hash.自评报告',
      'hash.评分结果',
    ]);
    expect(readMarker(grids)).toEqual(marker);
  });

  it('keeps the hashes the sheets had before the last run rewrote them, after the current ones', () => {
    const withPrevious: WorkbookMarker = { ...marker, previousSheetHashes: { 评分结果: '1111111111111111' } };
    const grids = applyPlan([], { ops: planMarker(withPrevious, null) }).grids;
    expect(grids[0].values.map((row) => row[0]).slice(-3)).toEqual(['hash.自评报告', 'hash.评分结果', 'previousHash.评分结果']);
    expect(readMarker(grids)).toEqual(withPrevious);
  });

  it('keeps the columns of a block a person inserted columns into, and drops columns that cannot be the block\'s', () => {
    const apart: WorkbookMarker = { ...marker, outputs: { indicators: { sheet: '指标', headerRow: 3, left: 11, lastRow: 12, columns: [11, 12, 14, 15] } } };
    expect(readMarker(applyPlan([], { ops: planMarker(apart, null) }).grids)?.outputs).toEqual(apart.outputs);
    for (const columns of [[12, 11], [11, 0], [10, 11], 'K:N']) {
      const odd = { ...marker, outputs: { indicators: { sheet: '指标', headerRow: 3, left: 11, lastRow: 12, columns } } } as unknown as WorkbookMarker;
      expect(readMarker(applyPlan([], { ops: planMarker(odd, null) }).grids)?.outputs).toEqual(marker.outputs);
    }
  });

  it('says the output of a marker from before the look was versioned is in the first look (1)', () => {
    const older = sheet('_perfeval', [['key', 'value'], ['schemaVersion', 1], ['writtenBy', 'perf-eval 绩效自评加载项'], ['hash.评分结果', '0123456789abcdef']]);
    expect(readMarker([older])?.outputStyle).toBe(1);
  });

  it('is absent from a workbook the add-in never wrote', () => {
    expect(readMarker([sheet('绩效指标', [['一级指标']])])).toBeNull();
  });

  it('clears the rows of a longer marker written before', () => {
    const first = applyPlan([], { ops: planMarker(marker, null) }).grids;
    const shorter = applyPlan(first, { ops: planMarker(emptyMarker(), first[0]) }).grids;
    expect(shorter[0].values).toHaveLength(4);
    expect(readMarker(shorter)).toEqual(emptyMarker());
  });

  it('ignores rows it cannot read instead of failing', () => {
    const tampered = sheet('_perfeval', [
      ['key', 'value'],
      ['tableLocations', '{not json'],
      ['output.indicators', '{"sheet":"指标","headerRow":"x","left":11,"lastRow":12}'],
      ['output.budget', '{"sheet":"预算执行","headerRow":1,"left":9,"lastRow":7}'],
      ['hash.评分结果', 'abc'],
    ], { visibility: 'veryHidden' });
    expect(readMarker([tampered])).toEqual({
      schemaVersion: 1,
      tableLocations: null,
      outputs: { budget: { sheet: '预算执行', headerRow: 1, left: 9, lastRow: 7 } },
      sheetHashes: { 评分结果: 'abc' },
      outputStyle: 1,
    });
  });

  it('keeps only well-formed remembered columns of known fields', () => {
    const tampered = sheet('_perfeval', [
      ['tableLocations', JSON.stringify({ indicators: { sheet: '指标', headerRow: 1, columns: { level1: 1, bogus: 2, points: -3, actual: 'G' } }, unknown: {} })],
    ]);
    expect(readMarker([tampered])?.tableLocations).toEqual({ indicators: { sheet: '指标', headerRow: 1, columns: { level1: 1 } } });
  });
});
