import { seed000 } from '../../samples/data/seed-000';
import { planFromSample } from '../../src/playground/sample-plan';
import { createExcelApi, createOfficeContext, MemoryWorkbook } from '../../src/hosts/memory';
import { createOfficeWorkbookPort, detectCapabilities } from '../../src/hosts/office';
import { CellChangedError, WorkbookChangedError, type WorkbookPort } from '../../src/workbook/port';
import { narrativeReportSheetPlanner } from '../../src/workbook/plan/narrative-report-planner';
import { scoreWorkbook } from '../../src/workbook/score-workbook';
import type { WritePlan } from '../../src/workbook/write-plan';
import { sheet } from './helpers/grid-builder';
import { GridPort } from './helpers/plan-applier';
import { seed000BasicInfoRows, seed000BudgetRows, seed000IndicatorRows } from './helpers/seed-sheets';
import { scoredSeed000InMemoryExcel } from './helpers/seed-in-memory-excel';

/** seed 000 in the in-memory Excel, scored once, with the port a pane would use */
const scoredSeed000 = () => scoredSeed000InMemoryExcel();

/** the port, with something done to the workbook between the run's read and its first write */
function withChangeBeforeFirstWrite(port: WorkbookPort, change: () => Promise<void>): WorkbookPort {
  let done = false;
  return {
    ...port,
    apply: async (plan: WritePlan) => {
      if (!done) {
        done = true;
        await change();
      }
      return port.apply(plan);
    },
  };
}

describe('scoring while the sheets change between the read and the write', () => {
  it('writes a whole 评分结果, as a clean run does, when it was deleted after the read', async () => {
    const { workbook, excel, port } = await scoredSeed000();
    workbook.userEdit('绩效指标', 'G2', '未达成');
    const racing = withChangeBeforeFirstWrite(port, () =>
      excel.run(async (context) => {
        context.workbook.worksheets.getItem('评分结果').delete();
        await context.sync();
      }),
    );
    await scoreWorkbook(racing);

    const clean = await scoredSeed000();
    clean.workbook.userEdit('绩效指标', 'G2', '未达成');
    await scoreWorkbook(clean.port);
    expect(workbook.dumpValues('评分结果')).toEqual(clean.workbook.dumpValues('评分结果'));
    expect(workbook.dumpValues('绩效指标')).toEqual(clean.workbook.dumpValues('绩效指标'));
  });

  it('does not write its plan over a 评分结果 someone made after the read', async () => {
    const workbook = new MemoryWorkbook({ sheets: [] });
    const excel = createExcelApi(workbook);
    await createOfficeWorkbookPort(excel).apply(planFromSample(seed000));
    const port = createOfficeWorkbookPort(excel, { capabilities: detectCapabilities(createOfficeContext(workbook)) });
    const racing = withChangeBeforeFirstWrite(port, async () => {
      workbook.addSheet({ name: '评分结果', rows: [['我自己的汇总'], [42]] });
    });
    const before = workbook.dumpValues('绩效指标');
    const result = await scoreWorkbook(racing);
    expect(workbook.dumpValues('评分结果').slice(0, 2)).toEqual([['我自己的汇总'], [42]]);
    expect(result.problems.map((problem) => problem.code)).toContain('SHEET_NOT_OWNED');
    // the sheets are added before any cell is written, so the refused batch left nothing behind
    expect(workbook.dumpValues('绩效指标')).toEqual(before);
  });

  it('reads and plans once more, and gives up after a second change', async () => {
    const grids = [sheet('基本信息', seed000BasicInfoRows()), sheet('预算执行', seed000BudgetRows()), sheet('绩效指标', seed000IndicatorRows())];
    const once = new GridPort(grids);
    const apply = once.apply.bind(once);
    let refusals = 1;
    once.apply = async (plan) => {
      if (refusals-- > 0) throw new WorkbookChangedError();
      return apply(plan);
    };
    const result = await scoreWorkbook(once);
    expect(once.reads).toBe(2);
    expect(once.applied).toHaveLength(1);
    expect(result.report.total.score).toBe(93);

    const always = new GridPort(grids);
    always.apply = async () => {
      throw new WorkbookChangedError();
    };
    await expect(scoreWorkbook(always)).rejects.toBeInstanceOf(WorkbookChangedError);
    expect(always.reads).toBe(2);
  });
});

/** the port, with a colleague's edit (given the plan about to be written) landing before each of its first `times` writes */
function withEditBeforeWrite(port: WorkbookPort, edit: (plan: WritePlan, attempt: number) => void, times = 1): WorkbookPort & { plans: WritePlan[] } {
  const plans: WritePlan[] = [];
  return {
    ...port,
    plans,
    apply: async (plan: WritePlan, readFrom) => {
      plans.push(plan);
      if (plans.length <= times) edit(plan, plans.length);
      return port.apply(plan, readFrom);
    },
  };
}

describe('scoring while a colleague types into a cell the run is about to write', () => {
  /** seed 000 scored, then a row added under the indicator table: the next run writes its results on row 11 */
  async function withNewRow() {
    const opened = await scoredSeed000();
    opened.workbook.userEdit('绩效指标', 'A11:I11', [['效果', '社会效益', '新增指标', '≥', 90, '%', 95, 5, 5]]);
    return opened;
  }

  it('keeps a note typed where a new row\'s 提示 goes, writes nothing, and names the cell (it was written over)', async () => {
    const { workbook, port } = await withNewRow();
    const before = { results: workbook.dumpValues('评分结果'), marker: workbook.dumpValues('_perfeval'), indicators: workbook.dumpValues('绩效指标') };
    const racing = withEditBeforeWrite(port, () => workbook.remoteEdit('绩效指标', 'N11', '张三：此行待核实'));
    const result = await scoreWorkbook(racing);

    expect(workbook.getCellValue('绩效指标', 'N11')).toBe('张三：此行待核实');
    // read and planned again: the new row's results would now go over the note, which the planner refuses
    expect(racing.plans).toHaveLength(1);
    expect(result.problems).toContainEqual(expect.objectContaining({ code: 'OUTPUT_PLACE_BLOCKED', sheet: '绩效指标', fatal: true }));
    expect(result.problems.find((problem) => problem.code === 'OUTPUT_PLACE_BLOCKED')?.message['zh-CN']).toContain('N11');
    expect(workbook.dumpValues('评分结果')).toEqual(before.results);
    expect(workbook.dumpValues('_perfeval')).toEqual(before.marker);
    expect(workbook.dumpValues('绩效指标')).toEqual(before.indicators.map((row, index) => (index === 10 ? [...row.slice(0, 13), '张三：此行待核实'] : row)));
  });

  it('reads again and rewrites 评分结果 saying it was edited, as for an edit made before the read (the edit was lost without a word)', async () => {
    const { workbook, port } = await scoredSeed000();
    workbook.userEdit('绩效指标', 'G2', '未达成');
    let edited = '';
    const racing = withEditBeforeWrite(port, (plan) => {
      const rewritten = plan.ops.find((op) => op.kind === 'setCells' && op.sheet === '评分结果');
      if (rewritten?.kind !== 'setCells') throw new Error('the run was expected to rewrite a cell of 评分结果');
      edited = `A${rewritten.top}`;
      workbook.remoteEdit('评分结果', edited, '王五的批注');
    });
    const result = await scoreWorkbook(racing);
    expect(racing.plans).toHaveLength(2);
    expect(result.problems.map((problem) => problem.code)).toContain('OWNED_SHEET_EDITED');

    const before = await scoredSeed000();
    before.workbook.userEdit('绩效指标', 'G2', '未达成');
    before.workbook.remoteEdit('评分结果', edited, '王五的批注');
    const clean = await scoreWorkbook(before.port);
    expect(result.problems).toEqual(clean.problems);
    for (const name of ['绩效指标', '评分结果', '_perfeval']) expect(workbook.dumpValues(name)).toEqual(before.workbook.dumpValues(name));
  });

  it('keeps a paragraph of 自评报告 a colleague rewrote before the write, and asks before replacing it (it was written over)', async () => {
    const { workbook, port } = await scoredSeed000InMemoryExcel(narrativeReportSheetPlanner());
    workbook.userEdit('绩效指标', 'G2', '未达成');
    let edited = '';
    const racing = withEditBeforeWrite(port, (plan) => {
      const rewritten = plan.ops.find((op) => op.kind === 'setCells' && op.sheet === '自评报告');
      if (rewritten?.kind !== 'setCells') throw new Error('the run was expected to rewrite a paragraph of 自评报告');
      edited = `A${rewritten.top}`;
      workbook.remoteEdit('自评报告', edited, '（李四改写的段落）');
    });
    const result = await scoreWorkbook(racing, { planReportSheet: narrativeReportSheetPlanner() });
    expect(workbook.getCellValue('自评报告', edited)).toBe('（李四改写的段落）');
    expect(result.problems).toContainEqual(expect.objectContaining({ code: 'REPORT_SHEET_CONFLICT', sheet: '自评报告' }));
    // the rest of the run is written: the results of the edit in 绩效指标
    expect(workbook.getCellValue('绩效指标', 'M2')).toBe('未达标');
  });

  it('gives up after the cell changed again, writing nothing and naming the sheet and cell', async () => {
    const { workbook, port } = await scoredSeed000();
    workbook.userEdit('绩效指标', 'G2', '未达成');
    const before = workbook.dumpValues('评分结果');
    const racing = withEditBeforeWrite(port, (_, attempt) => workbook.remoteEdit('绩效指标', 'L2', `张三第${attempt}次改`), 2);
    const failed = scoreWorkbook(racing);
    await expect(failed).rejects.toBeInstanceOf(CellChangedError);
    await expect(failed).rejects.toMatchObject({ sheet: '绩效指标', cell: 'L2', found: '张三第2次改' });
    expect(workbook.getCellValue('绩效指标', 'L2')).toBe('张三第2次改');
    expect(workbook.getCellValue('绩效指标', 'M2')).toBe('达标');
    expect(workbook.dumpValues('评分结果')).toEqual(before);
  });

  it('costs an unchanged workbook no sync more than read and write: the cells are loaded again in the write\'s request', async () => {
    const { workbook, port } = await scoredSeed000();
    workbook.userEdit('绩效指标', 'G2', '未达成');
    workbook.resetCounters();
    await scoreWorkbook(port);
    // read, write (with the loads)
    expect(workbook.syncCount).toBe(2);
    expect(workbook.syncLog[1]).toMatchObject({ calculationSuspended: true, responseBytes: expect.any(Number) });
    expect(workbook.syncLog[1].responseBytes).toBeGreaterThan(0);
  });

  it('costs a cell changed just before the write one sync more, to put back what the write did, then reads and writes again', async () => {
    const { workbook, port } = await scoredSeed000();
    workbook.userEdit('绩效指标', 'G2', '未达成');
    const results = workbook.dumpValues('评分结果');
    workbook.resetCounters();
    workbook.changeBeforeCheckedWrite(() => workbook.remoteEdit('绩效指标', 'L2', '张三：暂不计分'));
    let seen: { results: unknown; status: unknown } | null = null;
    const watching = {
      ...port,
      readWorkbook: async () => {
        // what the second read finds: the first write put back, the colleague's edit kept
        if (workbook.syncCount > 0) seen = { results: workbook.dumpValues('评分结果'), status: workbook.getCellValue('绩效指标', 'M2') };
        return port.readWorkbook();
      },
    };
    await scoreWorkbook(watching);
    expect(seen).toEqual({ results, status: '达标' });
    // read, write (the change found), put back, read, write
    expect(workbook.syncLog.map((sync) => sync.calculationSuspended)).toEqual([false, true, false, false, true]);
    expect(workbook.getCellValue('绩效指标', 'M2')).toBe('未达标');
  });
});
