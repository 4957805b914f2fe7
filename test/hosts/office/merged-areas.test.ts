import { createExcelApi, createOfficeContext, MemoryWorkbook, type SheetSeed } from '../../../src/hosts/memory';
import { createOfficeWorkbookPort, detectCapabilities, MergedAreaWriteError } from '../../../src/hosts/office';
import { parseAreasAddress } from '../../../src/hosts/office/sheet-range';
import { INDICATOR_OUTPUT_HEADERS } from '../../../src/workbook/output-headers';
import { scoreWorkbook } from '../../../src/workbook/score-workbook';
import { seed000IndicatorRows } from '../../workbook/helpers/seed-sheets';

const REASON = '因疫情影响未完成，已在下半年补上，详见附件';

/** seed 000's indicator table (A:J, 偏差原因 in J) with a reason merged across J4:M4 */
function indicatorSheet(extra: Partial<SheetSeed> = {}): SheetSeed {
  const rows = seed000IndicatorRows().map((row) => row.map((cell) => (cell === '' || cell === undefined ? null : cell)));
  rows[3][9] = REASON;
  return { name: '绩效指标', rows: rows as SheetSeed['rows'], merges: ['J4:M4'], ...extra };
}

function portOn(workbook: MemoryWorkbook) {
  return createOfficeWorkbookPort(createExcelApi(workbook), { capabilities: detectCapabilities(createOfficeContext(workbook)) });
}

describe('a RangeAreas address', () => {
  it('reads as its rectangles, with or without spaces, quoted sheet names holding commas or not', () => {
    expect(parseAreasAddress("'绩效指标'!J4:M4,'绩效指标'!H2:H3")).toEqual([
      { top: 4, left: 10, bottom: 4, right: 13 },
      { top: 2, left: 8, bottom: 3, right: 8 },
    ]);
    expect(parseAreasAddress('Sheet1!A1:B4, Sheet1!D1:D4')).toEqual([
      { top: 1, left: 1, bottom: 4, right: 2 },
      { top: 1, left: 4, bottom: 4, right: 4 },
    ]);
    expect(parseAreasAddress("'a,b''s'!A1:B1,'a,b''s'!C3:C4")).toEqual([
      { top: 1, left: 1, bottom: 1, right: 2 },
      { top: 3, left: 3, bottom: 4, right: 3 },
    ]);
    expect(parseAreasAddress('')).toEqual([]);
  });
});

describe('reading merged areas through the Office host', () => {
  it('gives grid.merges with the values, in the same single sync (ExcelApi 1.13)', async () => {
    const workbook = new MemoryWorkbook({ sheets: [indicatorSheet(), { name: '预算执行', rows: [['资金项目', '全年预算数'], ['合计', 100]] }], excelApiVersion: '1.13' });
    const [indicators, budget] = await portOn(workbook).readSheets(['绩效指标', '预算执行']);
    expect(workbook.syncCount).toBe(1);
    expect(workbook.syncLog[0].outcome).toBe('applied');
    expect(indicators.merges).toEqual([{ top: 4, left: 10, bottom: 4, right: 13 }]);
    expect(indicators.values[3][9]).toBe(REASON);
    // no merge, no property (as the xlsx host)
    expect(budget.merges).toBeUndefined();
  });

  it('gives a merge of an empty sheet and of one outside the used range, and none of a missing sheet', async () => {
    const workbook = new MemoryWorkbook({ sheets: [{ name: '空', merges: ['B2:C3'] }, { name: '数据', rows: [['a']], merges: ['E5:F5'] }] });
    const grids = await portOn(workbook).readSheets(['空', '不存在', '数据']);
    expect(workbook.syncCount).toBe(1);
    expect(grids.map((grid) => [grid.name, grid.merges])).toEqual([
      ['空', [{ top: 2, left: 2, bottom: 3, right: 3 }]],
      ['数据', [{ top: 5, left: 5, bottom: 5, right: 6 }]],
    ]);
  });

  it('reads nothing of merges on ExcelApi 1.12, calls nothing it lacks, and the sheet reads as before', async () => {
    const workbook = new MemoryWorkbook({ sheets: [indicatorSheet()], excelApiVersion: '1.12' });
    const [grid] = await portOn(workbook).readSheets(['绩效指标']);
    // a 1.13 call would have failed the sync with ApiNotFound
    expect(workbook.syncLog.map((sync) => sync.outcome)).toEqual(['applied']);
    expect(grid.merges).toBeUndefined();
    expect(grid.values[3][9]).toBe(REASON);
  });

  it('still reads merges, in two syncs, on an Excel that refuses to chain on a missing sheet', async () => {
    const workbook = new MemoryWorkbook({ sheets: [indicatorSheet()], nullObjectChaining: 'itemNotFound' });
    const [grid] = await portOn(workbook).readSheets(['不存在', '绩效指标']);
    expect(workbook.syncLog.map((sync) => sync.outcome)).toEqual(['ItemNotFound', 'applied', 'applied']);
    expect(grid.merges).toEqual([{ top: 4, left: 10, bottom: 4, right: 13 }]);
  });

  it('reads the sheets without merges when Excel refuses them (more than 512 merged areas)', async () => {
    const merges = Array.from({ length: 513 }, (_, index) => `A${2 * index + 3}:B${2 * index + 3}`);
    const workbook = new MemoryWorkbook({ sheets: [{ name: '评分结果', rows: [['总分', 93]], merges }] });
    const [grid] = await portOn(workbook).readSheets(['评分结果']);
    expect(workbook.syncLog.map((sync) => sync.outcome)).toEqual(['GeneralException', 'applied', 'GeneralException', 'applied']);
    expect(grid.merges).toBeUndefined();
    expect(grid.values[0]).toEqual(['总分', 93]);
  });
});

describe('placing the results through the Office host beside a merged cell', () => {
  it('moves the block past a 偏差原因 merged across J4:M4 (to N), and the user\'s text and merge stay', async () => {
    const workbook = new MemoryWorkbook({ sheets: [indicatorSheet()] });
    const result = await scoreWorkbook(portOn(workbook));
    expect(result.problems.filter((problem) => problem.fatal)).toEqual([]);
    expect(INDICATOR_OUTPUT_HEADERS.map((_, index) => workbook.getCellAt('绩效指标', 1, 14 + index).value)).toEqual([...INDICATOR_OUTPUT_HEADERS]);
    expect(workbook.getCellValue('绩效指标', 'O4')).toEqual(expect.any(Number));
    expect(workbook.getCellValue('绩效指标', 'J4')).toBe(REASON);
    expect(workbook.sheetInfo('绩效指标').merges).toContain('J4:M4');
  });
});

describe('writing into part of a merged area', () => {
  // the user merged B5:C5 of 评分结果 over an old warning; a plan clears the sheet's block and writes C5 alone
  const resultSheet = (): SheetSeed => ({ name: '评分结果', rows: [['总分', 93], [], [], [], ['说明', '用户合并的备注']], merges: ['B5:C5'] });
  const plan = {
    ops: [
      { kind: 'clearRange' as const, sheet: '评分结果', address: 'A1:B2' },
      { kind: 'setCells' as const, sheet: '评分结果', top: 1, left: 1, cells: [[{ kind: 'text' as const, value: '总分' }, { kind: 'value' as const, value: 95 }]] },
      { kind: 'setCells' as const, sheet: '评分结果', top: 5, left: 3, cells: [[{ kind: 'text' as const, value: '新的提示' }]] },
    ],
  };

  it('is refused by the stand-in as by Excel (InvalidArgument) where the read could not see merges (1.12), keeping what came before it', async () => {
    const workbook = new MemoryWorkbook({ sheets: [resultSheet()], excelApiVersion: '1.12' });
    const port = portOn(workbook);
    await port.readSheets(['评分结果']);
    await expect(port.apply(plan)).rejects.toMatchObject({ code: 'InvalidArgument', message: 'Cannot change part of a merged cell.' });
    // the half-written result the check before sending (1.13) prevents
    expect(workbook.dumpValues('评分结果')).toEqual([['总分', 95], [null, null], [null, null], [null, null], ['说明', '用户合并的备注']]);
    expect(workbook.sheetInfo('评分结果').merges).toEqual(['B5:C5']);
  });

  it('is refused before anything is sent where the read saw the merge (1.13), naming the sheet and both ranges', async () => {
    const workbook = new MemoryWorkbook({ sheets: [resultSheet()] });
    const port = portOn(workbook);
    await port.readSheets(['评分结果']);
    workbook.resetCounters();
    const refusal = port.apply(plan);
    await expect(refusal).rejects.toBeInstanceOf(MergedAreaWriteError);
    await expect(refusal).rejects.toMatchObject({ sheet: '评分结果', address: 'C5', mergedArea: 'B5:C5' });
    expect(workbook.syncCount).toBe(0);
    expect(workbook.getCellValue('评分结果', 'B1')).toBe(93);
  });

  it('lets the add-in write a merge whole, its top-left cell alone, or after its own clear unmerged it', async () => {
    const workbook = new MemoryWorkbook({ sheets: [resultSheet()] });
    const port = portOn(workbook);
    await port.readSheets(['评分结果']);
    const text = (value: string) => ({ kind: 'text' as const, value });
    await port.apply({ ops: [{ kind: 'setCells', sheet: '评分结果', top: 5, left: 2, cells: [[text('左上角')]] }] });
    await port.apply({ ops: [{ kind: 'setCells', sheet: '评分结果', top: 5, left: 2, cells: [[text('整块'), text('')]] }] });
    await port.apply({ ops: [{ kind: 'clearRange', sheet: '评分结果', address: 'A1:D9' }, { kind: 'setCells', sheet: '评分结果', top: 5, left: 3, cells: [[text('已取消合并')]] }] });
    expect(workbook.syncLog.every((sync) => sync.outcome === 'applied')).toBe(true);
    expect(workbook.getCellValue('评分结果', 'C5')).toBe('已取消合并');
    expect(workbook.sheetInfo('评分结果').merges).toEqual([]);
  });
});
