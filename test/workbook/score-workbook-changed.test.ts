import { seed000 } from '../../samples/data/seed-000';
import { planFromSample } from '../../src/playground/sample-plan';
import { createExcelApi, createOfficeContext, MemoryWorkbook } from '../../src/hosts/memory';
import { createOfficeWorkbookPort, detectCapabilities } from '../../src/hosts/office';
import { WorkbookChangedError, type WorkbookPort } from '../../src/workbook/port';
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
