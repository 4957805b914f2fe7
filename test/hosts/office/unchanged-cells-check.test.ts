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

function setUp(sheets: SheetSeed[] = [INDICATOR_SHEET, RESULT_SHEET], options: { maxBatchBytes?: number; maxCheckAnswerBytes?: number } = {}) {
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
  it('puts back what it wrote, keeps the colleague\'s text, and names the sheet and cell (today the write took it)', async () => {
    const { workbook, port } = setUp();
    const grids = await port.readWorkbook();
    workbook.remoteEdit('绩效指标', 'H3', '张三：此行待核实');
    workbook.resetCounters();
    const refused = port.apply(rescorePlan, grids);
    await expect(refused).rejects.toBeInstanceOf(CellChangedError);
    await expect(refused).rejects.toBeInstanceOf(WorkbookChangedError);
    await expect(refused).rejects.toMatchObject({ sheet: '绩效指标', cell: 'H3', found: '张三：此行待核实' });
    expect(workbook.getCellValue('绩效指标', 'H3')).toBe('张三：此行待核实');
    // nothing of the plan left: not the cells before it, not 评分结果 nor its merge
    expect(workbook.getCellValue('绩效指标', 'F3')).toBeNull();
    expect(workbook.getCell('绩效指标', 'F3').numberFormat).toBe('General');
    expect(workbook.dumpValues('评分结果')).toEqual([['绩效自评结果', null], ['总分', 20]]);
    expect(workbook.sheetInfo('评分结果').merges).toEqual([]);
    // the write, with the loads before it, then the sync that put back what it wrote
    expect(workbook.syncLog.map((sync) => [sync.outcome, sync.calculationSuspended])).toEqual([
      ['applied', true],
      ['applied', false],
    ]);
  });

  it('when the loads may not go with the write (their answer too large), asks for them in syncs of their own first and sends nothing', async () => {
    // an answer limit nothing fits under: the loads cannot ride with the write, and go one a sync
    const { workbook, port } = setUp([INDICATOR_SHEET, RESULT_SHEET], { maxCheckAnswerBytes: 1 });
    const grids = await port.readWorkbook();
    workbook.remoteEdit('绩效指标', 'H3', '张三：此行待核实');
    workbook.resetCounters();
    await expect(port.apply(rescorePlan, grids)).rejects.toMatchObject({ name: 'CellChangedError', sheet: '绩效指标', cell: 'H3' });
    expect(workbook.syncLog.length).toBeGreaterThan(1);
    expect(workbook.syncLog.every((sync) => sync.outcome === 'applied' && !sync.calculationSuspended)).toBe(true);
    expect(workbook.getCellValue('绩效指标', 'F3')).toBeNull();
    expect(workbook.dumpValues('评分结果')).toEqual([['绩效自评结果', null], ['总分', 20]]);
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
    // the first batch, sent with the loads of all, put back; the later ones not sent
    expect(workbook.dumpValues('自评报告')).toEqual([...sheet.rows!.slice(0, rows - 1), ['同事改写的最后一段']]);
    expect(workbook.syncLog.map((sync) => sync.calculationSuspended)).toEqual([true, false]);

    const again = await port.readWorkbook();
    workbook.resetCounters();
    await port.apply(plan, again);
    expect(workbook.syncCount).toBeGreaterThan(2);
    expect(workbook.getCellValue('自评报告', `A${rows}`)).toBe(paragraph);
  });
});

describe('the loads sent with the write: a colleague\'s cell the write went over is put back as it was', () => {
  /** row 3 blank when read, its result cells formatted by the person: 完成率 as %, 计算得分 with two decimals, 状态 as Text */
  const FORMATTED: SheetSeed = { ...INDICATOR_SHEET, numberFormats: [[], [], [null, null, null, null, null, '0.0%', '0.00', '@']] };

  async function unchangedSyncs(): Promise<number> {
    const { workbook, port } = setUp([FORMATTED, RESULT_SHEET]);
    const grids = await port.readWorkbook();
    workbook.resetCounters();
    await port.apply(rescorePlan, grids);
    return workbook.syncCount;
  }

  it('holds the colleague\'s formula, number and text starting with "=" again, with their number formats, for one sync more', async () => {
    const { workbook, port } = setUp([FORMATTED, RESULT_SHEET]);
    const grids = await port.readWorkbook();
    workbook.resetCounters();
    // typed after the read, merged in just before the request that loads the cells and writes them
    workbook.changeBeforeCheckedWrite(() => {
      workbook.remoteEdit('绩效指标', 'F3', '=D3/C3');
      workbook.remoteEdit('绩效指标', 'G3', 7.5);
      workbook.remoteEdit('绩效指标', 'H3', '=张三：待核实');
      workbook.remoteEdit('评分结果', 'A2', "'=合计（复核后）");
    });
    await expect(port.apply(rescorePlan, grids)).rejects.toMatchObject({ name: 'CellChangedError', sheet: '绩效指标', cell: 'F3' });

    expect(workbook.getCell('绩效指标', 'F3')).toMatchObject({ formula: '=D3/C3', numberFormat: '0.0%' });
    expect(workbook.getCell('绩效指标', 'G3')).toMatchObject({ value: 7.5, formula: null, numberFormat: '0.00' });
    // typed into a Text cell: text, and written back as text, not as a formula
    expect(workbook.getCell('绩效指标', 'H3')).toMatchObject({ value: '=张三：待核实', formula: null, numberFormat: '@' });
    expect(workbook.getCell('评分结果', 'A2')).toMatchObject({ value: '=合计（复核后）', formula: null, numberFormat: 'General' });
    // the rest of what the write did to cells, undone
    expect(workbook.dumpValues('评分结果')).toEqual([['绩效自评结果', null], ['=合计（复核后）', 20]]);
    expect(workbook.sheetInfo('评分结果').merges).toEqual([]);
    // the write with the loads, then one sync that put it back
    expect(workbook.syncLog.map((sync) => [sync.outcome, sync.calculationSuspended])).toEqual([
      ['applied', true],
      ['applied', false],
    ]);
    expect(workbook.syncCount).toBe((await unchangedSyncs()) + 1);
  });

  it('touches nothing else of the colleague\'s: cells the plan does not write, and cells of a batch not sent', async () => {
    const rows = 400;
    const report: SheetSeed = { name: '自评报告', rows: Array.from({ length: rows }, (_, index) => [`第${index + 1}段`, index === 0 ? '旁注' : null]) };
    const { workbook, port } = setUp([report], { maxBatchBytes: 64 * 1024 });
    const grids = await port.readWorkbook();
    const paragraph = '本年度部门围绕年度绩效目标，统筹推进各项重点工作。'.repeat(10);
    const plan: WritePlan = { ops: [{ kind: 'setCells', sheet: '自评报告', top: 1, left: 1, cells: Array.from({ length: rows }, () => [text(paragraph)]) }] };
    workbook.resetCounters();
    workbook.changeBeforeCheckedWrite(() => {
      workbook.remoteEdit('自评报告', 'A2', '同事改写的第二段');
      workbook.remoteEdit('自评报告', 'B1', '同事的旁注');
      workbook.remoteEdit('自评报告', 'C5', 42);
      workbook.remoteEdit('自评报告', `A${rows}`, '同事改写的最后一段');
    });
    await expect(port.apply(plan, grids)).rejects.toMatchObject({ name: 'CellChangedError', sheet: '自评报告', cell: 'A2' });
    const expected = report.rows!.map((row, index) => [index === 1 ? '同事改写的第二段' : index === rows - 1 ? '同事改写的最后一段' : row[0], index === 0 ? '同事的旁注' : null, index === 4 ? 42 : null]);
    expect(workbook.dumpValues('自评报告')).toEqual(expected);
    // the first of several batches was sent with the loads, then put back; the others were not sent
    expect(workbook.syncLog.map((sync) => sync.calculationSuspended)).toEqual([true, false]);
  });

  it('deletes a sheet the write added, and makes again a merge the read saw that it took apart', async () => {
    const results: SheetSeed = { name: '评分结果', rows: [['绩效自评结果'], ['总分', 20]], merges: ['A1:B1'] };
    const workbook = new MemoryWorkbook({ sheets: [INDICATOR_SHEET, results] });
    const port = createOfficeWorkbookPort(createExcelApi(workbook), { capabilities: detectCapabilities(createOfficeContext(workbook)) });
    const grids = await port.readWorkbook();
    const plan: WritePlan = {
      ops: [
        { kind: 'ensureSheet', sheet: '_perfeval', visibility: 'veryHidden' },
        { kind: 'setCells', sheet: '_perfeval', top: 1, left: 1, cells: [[text('schema'), number(1)]] },
        ...rescorePlan.ops.map((op) => (op.kind === 'clearRange' ? { ...op, address: 'A1:C2' } : op)),
      ],
    };
    workbook.resetCounters();
    workbook.changeBeforeCheckedWrite(() => workbook.remoteEdit('评分结果', 'C2', '李四'));
    await expect(port.apply(plan, grids)).rejects.toMatchObject({ name: 'CellChangedError', sheet: '评分结果', cell: 'C2' });
    expect(workbook.sheetNames()).toEqual(['绩效指标', '评分结果']);
    expect(workbook.dumpValues('评分结果')).toEqual([['绩效自评结果', null, null], ['总分', 20, '李四']]);
    expect(workbook.sheetInfo('评分结果').merges).toEqual(['A1:B1']);
    expect(workbook.syncLog.map((sync) => sync.calculationSuspended)).toEqual([true, false]);

    // read again, the plan made again goes through, and adds the sheet again
    const again = await port.readWorkbook();
    await port.apply({ ...plan, ops: plan.ops.map((op) => (op.kind === 'clearRange' ? { ...op, address: 'A1:B2' } : op)) }, again);
    expect(workbook.sheetNames()).toEqual(['绩效指标', '评分结果', '_perfeval']);
    expect(workbook.getCellValue('评分结果', 'C2')).toBe('李四');
  });
});

describe('the cost of the check', () => {
  it('an unchanged workbook takes no sync more than the write, and none when nothing is written', async () => {
    const plain = setUp();
    await plain.port.readWorkbook();
    plain.workbook.resetCounters();
    await plain.port.apply(rescorePlan);
    const withoutCheck = plain.workbook.syncCount;

    const { workbook, port } = setUp();
    const grids = await port.readWorkbook();
    workbook.resetCounters();
    await port.apply(rescorePlan, grids);
    expect(workbook.syncCount).toBe(withoutCheck);
    expect(workbook.syncLog[0].responseBytes).toBeGreaterThan(0);
    expect(workbook.dumpValues('绩效指标')).toEqual(plain.workbook.dumpValues('绩效指标'));

    workbook.resetCounters();
    await port.apply({ ops: [] }, grids);
    expect(workbook.syncCount).toBe(0);
  });

  it('asks in syncs of their own when the answer may not go with the write, again in halves when Excel finds it too large (long texts), before the first write', async () => {
    const paragraph = '本年度部门围绕年度绩效目标，统筹推进各项重点工作，预算执行总体平稳。'.repeat(4);
    const rows = Array.from({ length: 300 }, (_, index) => [`${index + 1}. ${paragraph}`]);
    const workbook = new MemoryWorkbook({ sheets: [{ name: '自评报告', rows }], responseSizeLimitBytes: 64 * 1024 });
    // half of this stand-in's answer limit, as MAX_CHECK_ANSWER_BYTES is half of Excel on the web's
    const port = createOfficeWorkbookPort(createExcelApi(workbook), { capabilities: detectCapabilities(createOfficeContext(workbook)), maxCheckAnswerBytes: 32 * 1024 });
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
      const plain = setUp([seed(withResults)]);
      await plain.port.readWorkbook();
      plain.workbook.resetCounters();
      await plain.port.apply(plan);
      const withoutCheck = plain.workbook.syncCount;

      const { workbook, port } = setUp([seed(withResults)]);
      const grids = await port.readWorkbook();
      workbook.resetCounters();
      await port.apply(plan, grids);
      const [first, ...rest] = workbook.syncLog;
      process.stdout.write(
        `check of ${plan.ops.length} ops over ${ROWS} rows (${withResults ? 'a rewrite' : 'a first write'}): ${JSON.stringify({ first: { requestBytes: first.requestBytes, responseBytes: first.responseBytes, operations: first.operations, writes: first.calculationSuspended }, syncsAfter: rest.length, withoutCheck })}\n`,
      );
      return { workbook, first, withoutCheck };
    }

    it('a first write into blank columns: the loads go with the write, their answer next to nothing, no sync more', async () => {
      const plan: WritePlan = { ops: [{ kind: 'setCells', sheet: '绩效指标', top: 2, left: 5, cells: Array.from({ length: ROWS }, (_, index) => results(index)) }] };
      const { workbook, first, withoutCheck } = await measure(false, plan);
      expect(first.calculationSuspended).toBe(true);
      expect(first.responseBytes).toBeLessThan(1024);
      expect(workbook.syncCount).toBe(withoutCheck);
      expect(workbook.syncLog.every((sync) => sync.outcome === 'applied' && sync.requestBytes <= MAX_BATCH_REQUEST_BYTES)).toBe(true);
    });

    it('a re-score that changes every 10th row: an answer too large to go with a write, so one check sync of one range before it', async () => {
      const ops: WritePlan['ops'] = [];
      for (let index = 0; index < ROWS; index += 10) ops.push({ kind: 'setCells', sheet: '绩效指标', top: index + 2, left: 5, cells: [results(index)] });
      const { workbook, first, withoutCheck } = await measure(true, { ops });
      expect(first).toMatchObject({ calculationSuspended: false, outcome: 'applied' });
      expect(first.operations).toBeLessThanOrEqual(4);
      expect(first.responseBytes).toBeLessThan(5 * 1024 * 1024);
      expect(workbook.syncCount).toBe(withoutCheck + 1);
    });

    it('a re-score that changes every 100th row (gaps too wide to close): the loads go with the write, under the request limit', async () => {
      const ops: WritePlan['ops'] = [];
      for (let index = 0; index < ROWS; index += 100) ops.push({ kind: 'setCells', sheet: '绩效指标', top: index + 2, left: 5, cells: [results(index)] });
      const { workbook, first, withoutCheck } = await measure(true, { ops });
      expect(first.calculationSuspended).toBe(true);
      expect(first.requestBytes).toBeLessThan(MAX_BATCH_REQUEST_BYTES);
      expect(workbook.syncCount).toBe(withoutCheck);
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
    // 500 cells of "x": values and formulas "x", "General", "String" — about 30 bytes each
    expect(check.loads[0].answerBytes).toBeGreaterThan(500 * 25);
    expect(check.loads[0].answerBytes).toBeLessThan(500 * 35);
    // an answer limit a slice of 500 read cells nearly fills: each alone, the slices of blank rows together
    const limit = check.loads[0].answerBytes + 32;
    expect(packCheckLoads(check.loads, { maxBytes: MAX_BATCH_REQUEST_BYTES, maxAnswerBytes: limit }).map((batch) => batch.length)).toEqual([1, 1, 1, 1, 8]);
  });
});
