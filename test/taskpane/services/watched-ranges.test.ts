import { detectTables } from '../../../src/workbook/detect/detect-tables';
import { inputRanges, writtenRanges } from '../../../src/taskpane/services/watched-ranges';
import { grid, SEED_000_INDICATOR_ROWS } from '../fixtures/grids';

describe('the ranges that decide whether an edit re-scores', () => {
  it('watches each input table’s columns from its header row to the bottom of the sheet, so new rows count', () => {
    const detection = detectTables([grid('绩效指标', SEED_000_INDICATOR_ROWS)]);
    expect(inputRanges(detection)).toEqual([{ sheet: '绩效指标', address: 'A1:J1048576' }]);
  });

  it('knows every range a write plan touches as the add-in’s own', () => {
    expect(
      writtenRanges({
        ops: [
          { kind: 'ensureSheet', sheet: '评分结果' },
          { kind: 'clearRange', sheet: '绩效指标', address: 'K1:N40' },
          {
            kind: 'setCells',
            sheet: '绩效指标',
            top: 1,
            left: 11,
            cells: [
              [{ kind: 'text', value: '完成率' }, { kind: 'text', value: '计算得分' }],
              [{ kind: 'value', value: 1 }, { kind: 'value', value: 10 }],
            ],
          },
          { kind: 'setCells', sheet: '评分结果', top: 3, left: 2, cells: [[{ kind: 'value', value: 93 }]] },
          { kind: 'columnWidth', sheet: '评分结果', column: 1, width: 20 },
        ],
      }),
    ).toEqual([
      { sheet: '绩效指标', address: 'K1:N40' },
      { sheet: '绩效指标', address: 'K1:L2' },
      { sheet: '评分结果', address: 'B3' },
    ]);
  });
});
