import { createExcelApi, createOfficeContext, MemoryWorkbook, type SheetSeed } from '../../../src/hosts/memory';
import { createOfficeWorkbookPort, detectCapabilities, MAX_BATCH_REQUEST_BYTES, WritePlanError } from '../../../src/hosts/office';
import { isBlankAt, isOccupiedAt } from '../../../src/workbook/cells/grid-cells';
import { WorkbookChangedError } from '../../../src/workbook/port';
import type { PlannedCell, WritePlan } from '../../../src/workbook/write-plan';

const INDICATOR_SHEET: SheetSeed = {
  name: '绩效指标',
  top: 2,
  left: 1,
  rows: [
    ['一级指标', '三级指标', '年度指标值', '实际完成值', '分值'],
    ['产出指标', '培训人次', 120, 130, 10],
    ['效益指标', '满意度', 0.9, { error: '#N/A' }, 10],
    ['效益指标', '说明', null, '', 5],
  ],
  numberFormats: [[], [null, null, '0', '0', '0'], [null, null, '0%', null, '0']],
};
const BUDGET_SHEET: SheetSeed = { name: '预算执行', rows: [['资金项目', '全年预算数', '全年执行数'], ['合计', 100, 95]] };
const INFO_SHEET: SheetSeed = { name: '基本信息', rows: [['项目', '内容'], ['单位名称', '某某局']], visibility: 'Hidden' };

function setUp(sheets: SheetSeed[] = [INFO_SHEET, BUDGET_SHEET, INDICATOR_SHEET], excelApiVersion?: string) {
  const workbook = new MemoryWorkbook({ sheets, excelApiVersion });
  const excel = createExcelApi(workbook);
  const capabilities = detectCapabilities(createOfficeContext(workbook));
  return { workbook, port: createOfficeWorkbookPort(excel, { capabilities }) };
}

const text = (value: string): PlannedCell => ({ kind: 'text', value });
const number = (value: number, numberFormat?: string): PlannedCell => ({ kind: 'value', value, numberFormat });

describe('reading sheets', () => {
  it('reads the whole workbook in tab order: the sheets listed first on the first read, then in one sync with the list', async () => {
    const { workbook, port } = setUp();
    expect((await port.readWorkbook()).map((grid) => grid.name)).toEqual(['基本信息', '预算执行', '绩效指标']);
    expect(workbook.syncCount).toBe(2);
    workbook.resetCounters();
    workbook.userEdit('绩效指标', 'D3', 140);
    const again = await port.readWorkbook();
    expect(workbook.syncCount).toBe(1);
    expect(again.find((grid) => grid.name === '绩效指标')?.values[1][3]).toBe(140);
  });

  it('reads a sheet added since the last read with one more sync, in its place in the tabs, and leaves out one deleted', async () => {
    const { workbook, port } = setUp();
    await port.readWorkbook();
    workbook.addSheet({ name: '说明', rows: [['备注'], ['新加的表']] });
    workbook.resetCounters();
    const grids = await port.readWorkbook();
    expect(grids.map((grid) => grid.name)).toEqual(['基本信息', '预算执行', '绩效指标', '说明']);
    expect(grids[3].values).toEqual([['备注'], ['新加的表']]);
    expect(workbook.syncCount).toBe(2);

    await createExcelApi(workbook).run(async (context) => {
      context.workbook.worksheets.getItem('预算执行').delete();
      await context.sync();
    });
    workbook.resetCounters();
    expect((await port.readWorkbook()).map((grid) => grid.name)).toEqual(['基本信息', '绩效指标', '说明']);
    expect(workbook.syncCount).toBe(1);
  });

  it('reads three sheets in exactly one sync', async () => {
    const { workbook, port } = setUp();
    const grids = await port.readSheets(['基本信息', '预算执行', '绩效指标']);
    expect(workbook.syncCount).toBe(1);
    expect(grids.map((grid) => grid.name)).toEqual(['基本信息', '预算执行', '绩效指标']);
  });

  it('gives each used range with its position, number formats, blanks as null and errors as {error}', async () => {
    const { port } = setUp();
    const [indicators] = await port.readSheets(['绩效指标']);
    expect(indicators).toMatchObject({ name: '绩效指标', top: 2, left: 1, visibility: 'visible' });
    expect(indicators.values[2]).toEqual(['效益指标', '满意度', 0.9, { error: '#N/A' }, 10]);
    expect(indicators.values[3]).toEqual(['效益指标', '说明', null, null, 5]);
    expect(indicators.numberFormats[2]).toEqual(['General', 'General', '0%', 'General', '0']);
  });

  it('reads a formula that shows nothing as empty text, which the add-in will not write over', async () => {
    const sheet: SheetSeed = { name: '绩效指标', rows: [['三级指标', '备注'], ['培训人次', null]], formulas: [[null, null], [null, '=IF(C2="","",C2)']] };
    const workbook = new MemoryWorkbook({ sheets: [sheet], formulaEvaluator: () => '' });
    const port = createOfficeWorkbookPort(createExcelApi(workbook), { capabilities: detectCapabilities(createOfficeContext(workbook)) });
    const [grid] = await port.readSheets(['绩效指标']);
    expect(grid.values).toEqual([
      ['三级指标', '备注'],
      ['培训人次', ''],
    ]);
    expect(isOccupiedAt(grid, 2, 2)).toBe(true);
    expect(isBlankAt(grid, 2, 2)).toBe(true);
  });

  it('skips missing sheets, reads an empty sheet as A1 and keeps the visibility', async () => {
    const { port } = setUp([INFO_SHEET, { name: 'Empty' }]);
    const grids = await port.readSheets(['不存在', 'empty', '基本信息']);
    expect(grids).toEqual([
      { name: 'Empty', top: 1, left: 1, values: [[null]], numberFormats: [['General']], visibility: 'visible' },
      expect.objectContaining({ name: '基本信息', visibility: 'hidden' }),
    ]);
  });

  it('still reads, in two syncs, on an Excel that refuses to chain on a missing sheet', async () => {
    const workbook = new MemoryWorkbook({ sheets: [BUDGET_SHEET], nullObjectChaining: 'itemNotFound' });
    const port = createOfficeWorkbookPort(createExcelApi(workbook));
    const grids = await port.readSheets(['不存在', '预算执行']);
    expect(grids.map((grid) => grid.values)).toEqual([BUDGET_SHEET.rows]);
    expect(workbook.syncLog.map((sync) => sync.outcome)).toEqual(['ItemNotFound', 'applied', 'applied']);
  });

  it('lists the sheet names in tab order in one sync', async () => {
    const { workbook, port } = setUp();
    await expect(port.sheetNames()).resolves.toEqual(['基本信息', '预算执行', '绩效指标']);
    expect(workbook.syncCount).toBe(1);
  });
});

describe('applying a plan', () => {
  const resultPlan: WritePlan = {
    ops: [
      { kind: 'ensureSheet', sheet: '评分结果' },
      { kind: 'ensureSheet', sheet: '_perfeval', visibility: 'veryHidden' },
      { kind: 'clearRange', sheet: '绩效指标', address: 'F2:H5' },
      {
        kind: 'setCells',
        sheet: '绩效指标',
        top: 2,
        left: 6,
        cells: [
          [text('完成率'), text('计算得分'), text('状态')].map((cell) => ({ ...cell, style: { bold: true, fill: '#D9E1F2' } })),
          [number(1.0833, '0.00%'), number(10), text('达成')],
        ],
      },
      { kind: 'setCells', sheet: '评分结果', top: 1, left: 1, cells: [[text('总分'), { kind: 'formula', value: '=SUM(绩效指标!G3:G5)' }]] },
      { kind: 'setCells', sheet: '_perfeval', top: 1, left: 1, cells: [[text('{"schemaVersion":1}')]] },
      { kind: 'merge', sheet: '评分结果', address: 'A3:D3' },
      { kind: 'columnWidth', sheet: '评分结果', column: 1, width: 20 },
      { kind: 'rowHeight', sheet: '评分结果', row: 3, height: 60 },
      { kind: 'freezeRows', sheet: '评分结果', rows: 1 },
      { kind: 'pageSetup', sheet: '评分结果', paper: 'A4', orientation: 'portrait', fitToWidth: true },
    ],
  };

  it('writes the whole plan in one sync after a read, creating sheets without another sync', async () => {
    const { workbook, port } = setUp();
    await port.readSheets(['绩效指标']);
    workbook.resetCounters();
    await port.apply(resultPlan);
    expect(workbook.syncCount).toBe(1);
    expect(workbook.syncLog[0]).toMatchObject({ outcome: 'applied', calculationSuspended: true });
    expect(workbook.sheetNames()).toEqual(['基本信息', '预算执行', '绩效指标', '评分结果', '_perfeval']);
    expect(workbook.sheetInfo('_perfeval').visibility).toBe('VeryHidden');
    expect(workbook.dumpValues('绩效指标')[2].slice(5)).toEqual([1.0833, 10, '达成']);
    expect(workbook.getCell('绩效指标', 'F3').numberFormat).toBe('0.00%');
    expect(workbook.getCell('绩效指标', 'H2').format).toEqual({ bold: true, fill: '#D9E1F2' });
    expect(workbook.getCell('评分结果', 'B1').formula).toBe('=SUM(绩效指标!G3:G5)');
    expect(workbook.getCellValue('_perfeval', 'A1')).toBe('{"schemaVersion":1}');
    expect(workbook.sheetInfo('评分结果')).toMatchObject({
      merges: ['A3:D3'],
      // 20 characters of Calibri 11: 145 pixels, 108.75 points
      columnWidths: { 1: 108.75 },
      rowHeights: { 3: 60 },
      frozenRows: 1,
      pageLayout: { orientation: 'Portrait', paperSize: 'A4', fitToPagesWide: 1 },
    });
  });

  it('lists the sheets first (one more sync) when it has read nothing and the plan creates sheets', async () => {
    const { workbook, port } = setUp();
    await port.apply(resultPlan);
    expect(workbook.syncCount).toBe(2);
    await port.apply(resultPlan);
    expect(workbook.syncCount).toBe(3);
  });

  it('does not send the plan again when a sheet appeared since the last read: the caller reads and plans again', async () => {
    const { workbook, port } = setUp();
    await port.readSheets(['绩效指标']);
    workbook.addSheet({ name: '评分结果', rows: [['别人的表']] });
    workbook.resetCounters();
    await expect(port.apply(resultPlan)).rejects.toBeInstanceOf(WorkbookChangedError);
    expect(workbook.syncLog.map((sync) => sync.outcome)).toEqual(['ItemAlreadyExists']);
    expect(workbook.getCellValue('评分结果', 'A1')).toBe('别人的表');
  });

  it('does not send the plan again when a sheet it writes to vanished since the last read', async () => {
    const { workbook, port } = setUp();
    await port.readSheets(['基本信息', '预算执行', '绩效指标']);
    await port.apply({ ops: [{ kind: 'ensureSheet', sheet: '评分结果' }] });
    await port.readSheets(['基本信息', '预算执行', '绩效指标', '评分结果']);
    await createExcelApi(workbook).run(async (context) => {
      context.workbook.worksheets.getItem('评分结果').delete();
      await context.sync();
    });
    workbook.resetCounters();
    await expect(port.apply(resultPlan)).rejects.toBeInstanceOf(WorkbookChangedError);
    expect(workbook.syncLog.map((sync) => sync.outcome)).toEqual(['ItemNotFound']);
  });

  it('repeats a table’s header rows at the top of every printed page (setPrintTitleRows, ExcelApi 1.9), in the one write sync', async () => {
    const { workbook, port } = setUp();
    await port.readSheets(['基本信息', '预算执行', '绩效指标']);
    workbook.resetCounters();
    await port.apply({ ops: [{ kind: 'pageSetup', sheet: '绩效指标', paper: 'A4', orientation: 'landscape', fitToWidth: true, titleRows: 1 }] });
    expect(workbook.syncCount).toBe(1);
    expect(workbook.sheetInfo('绩效指标').pageLayout).toMatchObject({ orientation: 'Landscape', printTitleRows: { first: 1, last: 1 } });
  });

  it('skips the page setup on an Excel without pageLayout (ExcelApi 1.9) and uses nothing above 1.7', async () => {
    const { workbook, port } = setUp(undefined, '1.7');
    await port.readSheets(['基本信息', '预算执行', '绩效指标']);
    await port.apply(resultPlan);
    await port.selectCell('评分结果', 'A1');
    expect(workbook.syncLog.every((sync) => sync.outcome === 'applied')).toBe(true);
    expect(workbook.sheetInfo('评分结果').pageLayout.paperSize).toBe('Letter');
    expect(workbook.getCellValue('评分结果', 'A1')).toBe('总分');
    await port.apply({ ops: [{ kind: 'pageSetup', sheet: '绩效指标', paper: 'A4', orientation: 'landscape', fitToWidth: true, titleRows: 1 }] });
    expect(workbook.sheetInfo('绩效指标').pageLayout.printTitleRows).toBeNull();
  });

  it('writes nothing when the read found the target sheet protected, and names the sheet', async () => {
    const { workbook, port } = setUp();
    workbook.setSheetProtected('绩效指标', true);
    await port.readSheets(['绩效指标']);
    workbook.resetCounters();
    await expect(port.apply(resultPlan)).rejects.toMatchObject({ name: 'ProtectedSheetWriteError', sheet: '绩效指标' });
    expect(workbook.syncCount).toBe(0);
    expect(workbook.sheetNames()).toEqual(['基本信息', '预算执行', '绩效指标']);
  });

  it('says AccessDenied when the sheet was protected after the read, and Excel keeps what it wrote before', async () => {
    const { workbook, port } = setUp();
    await port.readSheets(['绩效指标']);
    workbook.setSheetProtected('绩效指标', true);
    await expect(port.apply(resultPlan)).rejects.toMatchObject({ code: 'AccessDenied' });
    expect(workbook.sheetNames()).toEqual(['基本信息', '预算执行', '绩效指标', '评分结果', '_perfeval']);
    expect(workbook.getCellValue('绩效指标', 'F2')).toBeNull();
  });

  it('refuses a plan with a defect before sending anything', async () => {
    const { workbook, port } = setUp();
    await expect(port.apply({ ops: [{ kind: 'clearRange', sheet: '绩效指标', address: 'not an address' }] })).rejects.toBeInstanceOf(WritePlanError);
    expect(workbook.syncCount).toBe(0);
  });

  it('links a warning to its cell inside the workbook', async () => {
    const { workbook, port } = setUp();
    await port.readSheets(['绩效指标']);
    await port.apply({
      ops: [
        { kind: 'ensureSheet', sheet: '评分结果' },
        { kind: 'setCells', sheet: '评分结果', top: 5, left: 1, cells: [[{ kind: 'text', value: "'绩效指标'!D4", link: { sheet: '绩效指标', address: 'D4' } }]] },
      ],
    });
    expect(workbook.getCell('评分结果', 'A5')).toMatchObject({
      value: "'绩效指标'!D4",
      formula: null,
      hyperlink: { documentReference: "'绩效指标'!$D$4", textToDisplay: "'绩效指标'!D4" },
    });
  });

  it('takes an earlier link off a cell a block that replaces links writes without one, blank or not (Excel keeps a link under a new value)', async () => {
    const { workbook, port } = setUp();
    const linked = (address: string): PlannedCell => ({ kind: 'text', value: address, link: { sheet: '绩效指标', address } });
    await port.readSheets(['绩效指标']);
    await port.apply({
      ops: [
        { kind: 'ensureSheet', sheet: '评分结果' },
        { kind: 'setCells', sheet: '评分结果', top: 5, left: 1, cells: [[linked('D4')], [linked('E4')], [linked('D3')]], replacesLinks: true },
      ],
    });
    await port.readSheets(['评分结果']);
    await port.apply({
      ops: [{ kind: 'setCells', sheet: '评分结果', top: 5, left: 1, cells: [[{ kind: 'value', value: null }], [text('无')], [linked('D3')]], replacesLinks: true }],
    });
    expect(workbook.getCell('评分结果', 'A5')).toMatchObject({ value: null, hyperlink: null });
    expect(workbook.getCell('评分结果', 'A6')).toMatchObject({ value: '无', hyperlink: null });
    expect(workbook.getCell('评分结果', 'A7').hyperlink).toEqual({ documentReference: "'绩效指标'!$D$3", textToDisplay: 'D3' });
  });

  it('selects a cell and activates its sheet', async () => {
    const { workbook, port } = setUp();
    await port.selectCell('预算执行', 'C2');
    expect(workbook.selection()).toEqual({ sheet: '预算执行', address: 'C2' });
    expect(workbook.activeSheetName()).toBe('预算执行');
    await expect(port.selectCell('不存在', 'A1')).rejects.toMatchObject({ code: 'ItemNotFound' });
  });
});

describe('text stays text', () => {
  const tricky = ['=HYPERLINK("http://x")', '+86 123', '-5 apples', '@home', '＝培训', '001', '#N/A', 'TRUE', '12%', "'quoted", '偏差原因：'.repeat(80)];

  it('comes back as the exact strings written, with no formula, whatever the cell was formatted as', async () => {
    const { workbook, port } = setUp([{ name: '评分结果', numberFormats: [tricky.map(() => '@')] }]);
    await port.apply({ ops: [{ kind: 'setCells', sheet: '评分结果', top: 1, left: 1, cells: [tricky.map(text), tricky.map(text)] }] });
    const [grid] = await port.readSheets(['评分结果']);
    expect(grid.values).toEqual([tricky, tricky]);
    tricky.forEach((_, column) => {
      expect(workbook.getCellAt('评分结果', 1, column + 1).formula).toBeNull();
      expect(workbook.getCellAt('评分结果', 2, column + 1).formula).toBeNull();
    });
  });

  it('would not, had the strings been written as plain values (the stand-in catches the mistake)', async () => {
    const workbook = new MemoryWorkbook({ sheets: [{ name: 'S' }] });
    await createExcelApi(workbook).run(async (context) => {
      context.workbook.worksheets.getItem('S').getRange('A1:E1').values = [tricky.slice(0, 5)];
      await context.sync();
    });
    expect([1, 2, 3, 4, 5].map((column) => workbook.getCellAt('S', 1, column).formula)).toEqual(['=HYPERLINK("http://x")', '=+86 123', '=-5 apples', '=home', '=培训']);
  });

  it('reads error values as {error}', async () => {
    const { port } = setUp([{ name: 'S', rows: [[{ error: '#DIV/0!' }, { error: '#REF!' }, 'text']] }]);
    const [grid] = await port.readSheets(['S']);
    expect(grid.values).toEqual([[{ error: '#DIV/0!' }, { error: '#REF!' }, 'text']]);
  });
});

describe('a large workbook', () => {
  const ROWS = 5000;

  function largeWorkbook(): MemoryWorkbook {
    const header = ['任务', '一级指标', '二级指标', '三级指标', '指标性质', '年度指标值', '度量单位', '实际完成值', '分值', '偏差原因分析及改进措施'];
    const rows = Array.from({ length: ROWS }, (_, index) => [
      `任务${Math.floor(index / 50) + 1}`,
      index % 3 === 0 ? '产出指标' : '效益指标',
      '数量指标',
      `第${index + 1}项三级指标：完成培训、检查和验收工作`,
      '≥',
      100 + (index % 17),
      '人次',
      95 + (index % 23),
      2,
      index % 5 === 0 ? '受天气影响部分工作延后，已调整计划。' : '',
    ]);
    return new MemoryWorkbook({ sheets: [INFO_SHEET, BUDGET_SHEET, { name: '绩效指标', rows: [header, ...rows] }] });
  }

  function resultPlanFor(rows: number): WritePlan {
    const outputs = Array.from({ length: rows }, (_, index): PlannedCell[] => [
      number(0.95 + (index % 10) / 100, '0.00%'),
      number(1.9),
      { ...text(index % 7 === 0 ? '未达成' : '达成'), style: index % 7 === 0 ? { fontColor: '#C00000' } : undefined },
      text(index % 7 === 0 ? `实际完成值低于年度指标值，第${index + 2}行请说明原因` : ''),
    ]);
    const warnings = Array.from({ length: rows }, (_, index): PlannedCell[] => [
      text('warning'),
      text(`W${index % 12}`),
      { ...text(`'绩效指标'!H${index + 2}`), link: { sheet: '绩效指标', address: `H${index + 2}` } },
      text(`第${index + 2}行的实际完成值与年度指标值的单位不一致，请核对后再评分。`),
    ]);
    return {
      ops: [
        { kind: 'ensureSheet', sheet: '评分结果' },
        { kind: 'clearRange', sheet: '绩效指标', address: `K1:N${rows + 1}` },
        { kind: 'setCells', sheet: '绩效指标', top: 1, left: 11, cells: [[text('完成率'), text('计算得分'), text('状态'), text('提示')].map((cell) => ({ ...cell, style: { bold: true } })), ...outputs] },
        { kind: 'setCells', sheet: '评分结果', top: 1, left: 1, cells: [[text('级别'), text('代码'), text('位置'), text('说明')], ...warnings] },
      ],
    };
  }

  it('reads and writes 5,000 rows × 4 output columns and 5,000 warnings in at most 3 syncs, none over 4 MB', async () => {
    const workbook = largeWorkbook();
    const port = createOfficeWorkbookPort(createExcelApi(workbook));
    await port.readSheets(['基本信息', '预算执行', '绩效指标']);
    await port.apply(resultPlanFor(ROWS));
    expect(workbook.syncCount).toBeLessThanOrEqual(3);
    expect(workbook.syncLog.every((sync) => sync.outcome === 'applied')).toBe(true);
    expect(workbook.largestRequestBytes).toBeLessThanOrEqual(MAX_BATCH_REQUEST_BYTES);
    expect(workbook.getCellValue('绩效指标', `M${ROWS + 1}`)).toBe(ROWS % 7 === 1 ? '未达成' : '达成');
    expect(workbook.getCell('评分结果', `C${ROWS + 1}`).hyperlink).toEqual({ documentReference: `'绩效指标'!$H$${ROWS + 1}`, textToDisplay: `'绩效指标'!H${ROWS + 1}` });
    // the figures, for the record
    process.stdout.write(`large workbook syncs: ${JSON.stringify(workbook.syncLog.map(({ requestBytes, responseBytes, operations }) => ({ requestBytes, responseBytes, operations })))}\n`);
  });

  it('splits a plan too big for one request into several syncs under 4 MB each', async () => {
    const workbook = new MemoryWorkbook({ sheets: [{ name: '自评报告' }] });
    const port = createOfficeWorkbookPort(createExcelApi(workbook));
    const paragraph = '本年度部门围绕年度绩效目标，统筹推进各项重点工作，预算执行总体平稳。'.repeat(20);
    const cells = Array.from({ length: 5000 }, () => [text(paragraph)]);
    const plan: WritePlan = { ops: [{ kind: 'setCells', sheet: '自评报告', top: 1, left: 1, cells }] };
    await port.apply(plan);
    expect(workbook.syncCount).toBeGreaterThan(1);
    expect(workbook.syncLog.every((sync) => sync.outcome === 'applied' && sync.requestBytes <= MAX_BATCH_REQUEST_BYTES)).toBe(true);
    expect(workbook.syncLog.every((sync) => sync.calculationSuspended)).toBe(true);
    expect(workbook.getCellValue('自评报告', 'A5000')).toBe(paragraph);
    process.stdout.write(`split plan syncs: ${JSON.stringify(workbook.syncLog.map((sync) => sync.requestBytes))}\n`);
    // without the split, Excel on the web would refuse the request
    const unsplit = new MemoryWorkbook({ sheets: [{ name: '自评报告' }] });
    await expect(createOfficeWorkbookPort(createExcelApi(unsplit), { maxBatchBytes: Number.MAX_SAFE_INTEGER }).apply(plan)).rejects.toMatchObject({
      code: 'RequestPayloadSizeLimitExceeded',
    });
  });
});
