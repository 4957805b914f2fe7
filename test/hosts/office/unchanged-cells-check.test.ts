import { createExcelApi, createOfficeContext, MemoryWorkbook, type SheetSeed } from '../../../src/hosts/memory';
import { createOfficeWorkbookPort, detectCapabilities, MAX_BATCH_REQUEST_BYTES } from '../../../src/hosts/office';
import { packCheckLoads, planUnchangedCheck } from '../../../src/hosts/office/unchanged-cells-check';
import type { SheetGrid } from '../../../src/workbook/grid';
import { CellChangedError, WorkbookChangedError } from '../../../src/workbook/port';
import type { PlannedCell, WritePlan } from '../../../src/workbook/write-plan';

const INDICATOR_SHEET: SheetSeed = {
  name: '绩效指标',
  rows: [
    ['一级指标', '三级指标', '年度指标值', '实际完成值', '分值', '完成率', '计算得分', '状态'],
    ['产出指标', '培训人次', 120, 130, 10, 1.0833, 10, '达成'],
    ['效益指标', '满意度', 0.9, 0.8, 10],
  ],
};
const RESULT_SHEET: SheetSeed = { name: '评分结果', rows: [['绩效自评结果'], ['总分', 20]] };

function setUp(sheets: SheetSeed[] = [INDICATOR_SHEET, RESULT_SHEET], options: { maxBatchBytes?: number } = {}) {
  const workbook = new MemoryWorkbook({ sheets });
  const excel = createExcelApi(workbook);
  const port = createOfficeWorkbookPort(excel, { capabilities: detectCapabilities(createOfficeContext(workbook)), ...options });
  return { workbook, excel, port };
}

const text = (value: string): PlannedCell => ({ kind: 'text', value });
const number = (value: number): PlannedCell => ({ kind: 'value', value });

/** a re-score's plan, as made from the read: row 3's results (blank when read), 评分结果 rewritten */
const rescorePlan: WritePlan = {
  ops: [
    { kind: 'setCells', sheet: '绩效指标', top: 3, left: 6, cells: [[number(0.8889), number(8.89), text('未达成')]] },
    { kind: 'columnWidth', sheet: '绩效指标', column: 8, width: 9 },
    { kind: 'clearRange', sheet: '评分结果', address: 'A1:B2' },
    { kind: 'setCells', sheet: '评分结果', top: 1, left: 1, cells: [[text('绩效自评结果')], [text('总分'), number(18.89)]] },
    { kind: 'merge', sheet: '评分结果', address: 'A1:B1' },
  ],
};

describe('a colleague types into a cell the plan writes, between the read and the write', () => {
  it('sends nothing, keeps the colleague\'s text, and names the sheet and cell (today the write took it)', async () => {
    const { workbook, port } = setUp();
    const grids = await port.readWorkbook();
    workbook.remoteEdit('绩效指标', 'H3', '张三：此行待核实');
    workbook.resetCounters();
    const refused = port.apply(rescorePlan, grids);
    await expect(refused).rejects.toBeInstanceOf(CellChangedError);
    await expect(refused).rejects.toBeInstanceOf(WorkbookChangedError);
    await expect(refused).rejects.toMatchObject({ sheet: '绩效指标', cell: 'H3', found: '张三：此行待核实' });
    expect(workbook.getCellValue('绩效指标', 'H3')).toBe('张三：此行待核实');
    // nothing of the plan: not the cells before it, not 评分结果
    expect(workbook.getCellValue('绩效指标', 'F3')).toBeNull();
    expect(workbook.dumpValues('评分结果')).toEqual([['绩效自评结果', null], ['总分', 20]]);
    expect(workbook.sheetInfo('评分结果').merges).toEqual([]);
    // one sync that only read
    expect(workbook.syncLog).toHaveLength(1);
    expect(workbook.syncLog[0]).toMatchObject({ outcome: 'applied', calculationSuspended: false });
  });

  it('writes the plan made from a read that saw the cell as it is now', async () => {
    const { workbook, port } = setUp();
    await port.readWorkbook();
    workbook.remoteEdit('绩效指标', 'H3', '张三：此行待核实');
    const again = await port.readWorkbook();
    const around: WritePlan = { ops: rescorePlan.ops.map((op) => (op.kind === 'setCells' && op.sheet === '绩效指标' ? { ...op, cells: [op.cells[0].slice(0, 2)] } : op)) };
    await port.apply(around, again);
    expect(workbook.dumpValues('绩效指标')[2].slice(5)).toEqual([0.8889, 8.89, '张三：此行待核实']);
    expect(workbook.getCellValue('评分结果', 'B2')).toBe(18.89);
  });

  it('sees a value cleared, a formula that shows nothing typed into a blank cell, and an edit in 评分结果 the plan rewrites', async () => {
    const cases: Array<[string, string, unknown]> = [
      ['绩效指标', 'F3', '=IF(D3="","",D3/C3)'],
      ['评分结果', 'B2', ''],
      ['评分结果', 'A2', '总分（复核后）'],
      ['评分结果', 'B1', '李四'],
    ];
    for (const [sheet, cell, typed] of cases) {
      const workbook = new MemoryWorkbook({ sheets: [INDICATOR_SHEET, RESULT_SHEET], formulaEvaluator: () => '' });
      const port = createOfficeWorkbookPort(createExcelApi(workbook), { capabilities: detectCapabilities(createOfficeContext(workbook)) });
      const grids = await port.readWorkbook();
      workbook.remoteEdit(sheet, cell, typed);
      await expect(port.apply(rescorePlan, grids)).rejects.toMatchObject({ name: 'CellChangedError', sheet, cell });
    }
  });

  it('goes on when the colleague\'s edit is in a cell the plan does not write, and when the plan was given no read', async () => {
    const { workbook, port } = setUp();
    const grids = await port.readWorkbook();
    workbook.remoteEdit('绩效指标', 'D3', 0.85);
    workbook.remoteEdit('绩效指标', 'I3', '备注');
    workbook.remoteEdit('评分结果', 'C2', '旁注');
    await port.apply(rescorePlan, grids);
    expect(workbook.getCellValue('绩效指标', 'H3')).toBe('未达成');
    expect(workbook.getCellValue('绩效指标', 'I3')).toBe('备注');

    workbook.remoteEdit('绩效指标', 'H3', '王五');
    await port.apply(rescorePlan);
    expect(workbook.getCellValue('绩效指标', 'H3')).toBe('未达成');
  });

  it('still answers a sheet deleted since the read with WorkbookChangedError, before any write', async () => {
    const { workbook, port } = setUp();
    const grids = await port.readWorkbook();
    workbook.remoteDeleteSheet('评分结果');
    workbook.resetCounters();
    await expect(port.apply(rescorePlan, grids)).rejects.toBeInstanceOf(WorkbookChangedError);
    expect(workbook.syncLog.map((sync) => sync.outcome)).toEqual(['ItemNotFound']);
    expect(workbook.getCellValue('绩效指标', 'F3')).toBeNull();
  });

  it('checks every batch of a plan too large for one request before the first is sent', async () => {
    const rows = 400;
    const sheet: SheetSeed = { name: '自评报告', rows: Array.from({ length: rows }, (_, index) => [`第${index + 1}段`]) };
    const { workbook, port } = setUp([sheet], { maxBatchBytes: 64 * 1024 });
    const grids = await port.readWorkbook();
    const paragraph = '本年度部门围绕年度绩效目标，统筹推进各项重点工作。'.repeat(10);
    const plan: WritePlan = { ops: [{ kind: 'setCells', sheet: '自评报告', top: 1, left: 1, cells: Array.from({ length: rows }, () => [text(paragraph)]) }] };
    workbook.remoteEdit('自评报告', `A${rows}`, '同事改写的最后一段');
    workbook.resetCounters();
    await expect(port.apply(plan, grids)).rejects.toMatchObject({ name: 'CellChangedError', sheet: '自评报告', cell: `A${rows}` });
    expect(workbook.getCellValue('自评报告', 'A1')).toBe('第1段');
    expect(workbook.syncLog).toHaveLength(1);

    const again = await port.readWorkbook();
    workbook.resetCounters();
    await port.apply(plan, again);
    expect(workbook.syncCount).toBeGreaterThan(2);
    expect(workbook.getCellValue('自评报告', `A${rows}`)).toBe(paragraph);
  });
});

describe('the cost of the check', () => {
  it('an unchanged workbook takes one sync more than the write, and none when nothing is written', async () => {
    const plain = setUp();
    await plain.port.readWorkbook();
    plain.workbook.resetCounters();
    await plain.port.apply(rescorePlan);
    const withoutCheck = plain.workbook.syncCount;

    const { workbook, port } = setUp();
    const grids = await port.readWorkbook();
    workbook.resetCounters();
    await port.apply(rescorePlan, grids);
    expect(workbook.syncCount).toBe(withoutCheck + 1);
    expect(workbook.dumpValues('绩效指标')).toEqual(plain.workbook.dumpValues('绩效指标'));

    workbook.resetCounters();
    await port.apply({ ops: [] }, grids);
    expect(workbook.syncCount).toBe(0);
  });

  it('asks again in halves when Excel finds the answer too large (long texts), still before the first write', async () => {
    const paragraph = '本年度部门围绕年度绩效目标，统筹推进各项重点工作，预算执行总体平稳。'.repeat(4);
    const rows = Array.from({ length: 300 }, (_, index) => [`${index + 1}. ${paragraph}`]);
    const workbook = new MemoryWorkbook({ sheets: [{ name: '自评报告', rows }], responseSizeLimitBytes: 64 * 1024 });
    const port = createOfficeWorkbookPort(createExcelApi(workbook), { capabilities: detectCapabilities(createOfficeContext(workbook)) });
    const grids = await port.readWorkbook();
    workbook.resetCounters();
    const revised = rows.map((row) => [text(`${row[0]}（修订）`)]);
    await port.apply({ ops: [{ kind: 'setCells', sheet: '自评报告', top: 1, left: 1, cells: revised }] }, grids);
    const outcomes = workbook.syncLog.map((sync) => (sync.calculationSuspended ? 'write' : sync.outcome));
    expect(outcomes[0]).toBe('ResponsePayloadSizeLimitExceeded');
    expect(outcomes.indexOf('write')).toBe(outcomes.length - 1);
    expect(workbook.getCellValue('自评报告', 'A300')).toBe(`300. ${paragraph}（修订）`);
  });

  it('does not read what the plan creates: a plan of new sheets only costs no check', async () => {
    const { workbook, port } = setUp([INDICATOR_SHEET]);
    const grids = await port.readWorkbook();
    workbook.resetCounters();
    await port.apply({ ops: [{ kind: 'ensureSheet', sheet: '评分结果' }, { kind: 'setCells', sheet: '评分结果', top: 1, left: 1, cells: [[text('总分')]] }] }, grids);
    expect(workbook.syncCount).toBe(1);
  });

  describe('on a table of 20,000 rows', () => {
    const ROWS = 20_000;
    const seed = (withResults: boolean): SheetSeed => ({
      name: '绩效指标',
      rows: [
        ['三级指标', '年度指标值', '实际完成值', '分值', '完成率', '计算得分', '状态', '提示'],
        ...Array.from({ length: ROWS }, (_, index) => [
          `第${index + 1}项三级指标：完成培训、检查和验收工作`,
          100,
          95 + (index % 7),
          2,
          ...(withResults ? [(95 + (index % 7)) / 100, 1.9, '达成', index % 5 === 0 ? `第${index + 2}行实际完成值低于年度指标值，请填写偏差原因分析及改进措施` : null] : []),
        ]),
      ],
    });
    const results = (index: number): PlannedCell[] => [number(0.9 + (index % 3) / 100), number(1.8), text('未达成'), text(`第${index + 2}行请说明原因`)];

    async function measure(withResults: boolean, plan: WritePlan) {
      const { workbook, port } = setUp([seed(withResults)]);
      const grids = await port.readWorkbook();
      workbook.resetCounters();
      await port.apply(plan, grids);
      const [check, ...writes] = workbook.syncLog;
      process.stdout.write(
        `check of ${plan.ops.length} ops over ${ROWS} rows (${withResults ? 'a rewrite' : 'a first write'}): ${JSON.stringify({ check: { requestBytes: check.requestBytes, responseBytes: check.responseBytes, operations: check.operations }, writes: writes.length })}\n`,
      );
      return { workbook, check };
    }

    it('a first write into blank columns: one check sync, its answer next to nothing', async () => {
      const plan: WritePlan = { ops: [{ kind: 'setCells', sheet: '绩效指标', top: 2, left: 5, cells: Array.from({ length: ROWS }, (_, index) => results(index)) }] };
      const { workbook, check } = await measure(false, plan);
      expect(check.operations).toBeLessThanOrEqual(4);
      expect(check.responseBytes).toBeLessThan(1024);
      expect(workbook.syncLog.every((sync) => sync.outcome === 'applied' && sync.requestBytes <= MAX_BATCH_REQUEST_BYTES)).toBe(true);
    });

    it('a re-score that changes every 10th row: one check sync of one range', async () => {
      const ops: WritePlan['ops'] = [];
      for (let index = 0; index < ROWS; index += 10) ops.push({ kind: 'setCells', sheet: '绩效指标', top: index + 2, left: 5, cells: [results(index)] });
      const { check } = await measure(true, { ops });
      expect(check.operations).toBeLessThanOrEqual(4);
      expect(check.responseBytes).toBeLessThan(5 * 1024 * 1024);
    });

    it('a re-score that changes every 100th row (gaps too wide to close): one check sync under the request limit', async () => {
      const ops: WritePlan['ops'] = [];
      for (let index = 0; index < ROWS; index += 100) ops.push({ kind: 'setCells', sheet: '绩效指标', top: index + 2, left: 5, cells: [results(index)] });
      const { check } = await measure(true, { ops });
      expect(check.requestBytes).toBeLessThan(MAX_BATCH_REQUEST_BYTES);
    });

    it('a rewrite of every row: the check in syncs under both limits, all before the first write', async () => {
      const plan: WritePlan = {
        ops: [
          { kind: 'clearRange', sheet: '绩效指标', address: `E1:H${ROWS + 1}` },
          { kind: 'setCells', sheet: '绩效指标', top: 2, left: 5, cells: Array.from({ length: ROWS }, (_, index) => results(index)) },
        ],
      };
      const { workbook } = await measure(true, plan);
      const firstWrite = workbook.syncLog.findIndex((sync) => sync.calculationSuspended);
      expect(firstWrite).toBeGreaterThan(0);
      expect(workbook.syncLog.slice(0, firstWrite).every((sync) => sync.responseBytes < 5 * 1024 * 1024)).toBe(true);
      expect(workbook.syncLog.every((sync) => sync.outcome === 'applied' && sync.requestBytes <= MAX_BATCH_REQUEST_BYTES)).toBe(true);
      process.stdout.write(`  check syncs: ${JSON.stringify(workbook.syncLog.slice(0, firstWrite).map((sync) => sync.responseBytes))}\n`);
    });
  });
});

describe('what the check asks for', () => {
  const grid = (name: string, values: SheetGrid['values'], top = 1, left = 1): SheetGrid => ({ name, top, left, values, numberFormats: values.map((row) => row.map(() => 'General')) });

  it('asks per column for the rows written, closing short gaps and joining equal columns, on the sheets read only', () => {
    const read = [grid('绩效指标', [['a', 'b', 'c', 'd']]), grid('评分结果', [['x']])];
    const check = planUnchangedCheck(
      {
        ops: [
          { kind: 'setCells', sheet: '绩效指标', top: 5, left: 11, cells: [[number(1), number(2), text('达成')]] },
          { kind: 'setCells', sheet: '绩效指标', top: 9, left: 12, cells: [[number(3)]] },
          { kind: 'clearRange', sheet: '绩效指标', address: 'K200:N200' },
          { kind: 'ensureSheet', sheet: '自评报告' },
          { kind: 'setCells', sheet: '自评报告', top: 1, left: 1, cells: [[text('一、基本情况')]] },
          { kind: 'merge', sheet: '评分结果', address: 'A1:H1' },
          { kind: 'columnWidth', sheet: '评分结果', column: 1, width: 20 },
        ],
      },
      read,
    );
    expect(check.loads.map((load) => `${load.sheet}!${load.range.top}:${load.range.left}:${load.range.bottom}:${load.range.right}`)).toEqual([
      '绩效指标!5:11:5:11',
      '绩效指标!5:12:9:12',
      '绩效指标!5:13:5:13',
      '绩效指标!200:11:200:14',
      '评分结果!1:1:1:8',
    ]);
  });

  it('slices a rectangle holding more of the read than one answer may carry, and packs the loads under both limits', () => {
    const values = Array.from({ length: 1000 }, () => ['x', 'y']);
    const check = planUnchangedCheck({ ops: [{ kind: 'clearRange', sheet: 'S', address: 'A1:B3000' }] }, [grid('S', values)], 500);
    expect(check.loads.map((load) => [load.range.top, load.range.bottom, load.expectedCells])).toEqual([
      ...Array.from({ length: 4 }, (_, index) => [index * 250 + 1, index * 250 + 250, 500]),
      ...Array.from({ length: 8 }, (_, index) => [1001 + index * 250, 1250 + index * 250, 0]),
    ]);
    expect(packCheckLoads(check.loads, { maxBytes: MAX_BATCH_REQUEST_BYTES, maxCells: 500 }).map((batch) => batch.length)).toEqual([1, 1, 1, 1, 8]);
  });
});
