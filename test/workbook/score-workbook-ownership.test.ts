import { createOfficeContext, MemoryWorkbook } from '../../src/hosts/memory';
import { createOfficeWorkbookPort, detectCapabilities } from '../../src/hosts/office';
import { narrativeReportSheetPlanner } from '../../src/workbook/plan/narrative-report-planner';
import { scoreWorkbook } from '../../src/workbook/score-workbook';
import type { WritePlan } from '../../src/workbook/write-plan';
import { scoredSeed000InMemoryExcel } from './helpers/seed-in-memory-excel';

/** seed 000 in the in-memory Excel, with the port a pane would use, scored once with its 自评报告 */
async function scoredSeed000() {
  const planReportSheet = narrativeReportSheetPlanner({ onConflict: 'newSheet' });
  return { ...(await scoredSeed000InMemoryExcel(planReportSheet)), planReportSheet };
}

describe('the add-in’s sheets after a person renamed them', () => {
  it('does not write over a 评分结果 someone made after renaming the add-in’s, and writes nothing else', async () => {
    const { workbook, excel, port, planReportSheet } = await scoredSeed000();
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem('评分结果').name = '评分结果（上报稿）';
      await context.sync();
    });
    workbook.userAddSheet({ name: '评分结果', rows: [['我们自己的汇总'], ['张三', 95]] });
    workbook.userEdit('绩效指标', 'G3', '未达成');
    const indicators = workbook.dumpValues('绩效指标');

    const result = await scoreWorkbook(port, { planReportSheet });
    expect(result.problems).toContainEqual(expect.objectContaining({ code: 'SHEET_NOT_OWNED', fatal: true, sheet: '评分结果' }));
    expect(workbook.dumpValues('评分结果')).toEqual([['我们自己的汇总', null], ['张三', 95]]);
    expect(workbook.dumpValues('绩效指标')).toEqual(indicators);
  });
});

describe('a run stopped partway', () => {
  /** seed 000 scored once, then edited: an indicator missed, and a row added at the end or the last row emptied */
  async function editedSeed000(change: 'grown' | 'shrunk', maxBatchBytes?: number) {
    const scored = await scoredSeed000();
    const { workbook } = scored;
    if (change === 'grown') workbook.userEdit('绩效指标', 'A11:J11', [['效果', '社会效益指标', '结对帮扶', '定性', '达成年度指标', null, '部分达成', 5, 4, '帮扶对象减少']]);
    else workbook.userEdit('绩效指标', 'A10:J10', [Array.from({ length: 10 }, () => '')]);
    workbook.userEdit('绩效指标', 'G3', '未达成');
    const port = createOfficeWorkbookPort(scored.excel, { capabilities: detectCapabilities(createOfficeContext(workbook)), maxBatchBytes });
    // as a pane's port after its first read: a run's read is then one sync
    await port.readWorkbook();
    return { ...scored, port };
  }

  /** what a colleague sees: every sheet's values but the very hidden marker's */
  const visibleSheets = (workbook: MemoryWorkbook) =>
    Object.fromEntries(workbook.sheetNames().filter((name) => name !== '_perfeval').map((name) => [name, workbook.dumpValues(name)]));

  async function cleanRun(change: 'grown' | 'shrunk', maxBatchBytes?: number) {
    const clean = await editedSeed000(change, maxBatchBytes);
    clean.workbook.resetCounters();
    await scoreWorkbook(clean.port, { planReportSheet: clean.planReportSheet });
    return { sheets: visibleSheets(clean.workbook), writeSyncs: clean.workbook.syncCount - 1 };
  }

  it.each(['绩效指标', '评分结果', '自评报告'])(
    'by %s protected between the read and the write is finished by the next run, with nothing taken for a person’s edit',
    async (protectedSheet) => {
      for (const change of ['grown', 'shrunk'] as const) {
        const expected = await cleanRun(change);
        expect(expected.writeSyncs).toBe(1);
        const stopped = await editedSeed000(change);
        let protect = true;
        const racing = {
          ...stopped.port,
          apply: async (plan: WritePlan) => {
            if (protect) stopped.workbook.setSheetProtected(protectedSheet, true);
            protect = false;
            return stopped.port.apply(plan);
          },
        };
        await expect(scoreWorkbook(racing, { planReportSheet: stopped.planReportSheet })).rejects.toMatchObject({ code: 'AccessDenied' });
        stopped.workbook.setSheetProtected(protectedSheet, false);

        const next = await scoreWorkbook(stopped.port, { planReportSheet: stopped.planReportSheet });
        expect({ change, problems: next.problems }).toEqual({ change, problems: [] });
        expect({ change, sheets: visibleSheets(stopped.workbook) }).toEqual({ change, sheets: expected.sheets });
      }
    },
  );

  it('at any of its write syncs (the workbook closed, the connection lost) is finished by the next run', async () => {
    for (const change of ['grown', 'shrunk'] as const) {
      // a plan written in many small syncs, as a large workbook's is
      const expected = await cleanRun(change, 24_000);
      expect(expected.writeSyncs).toBeGreaterThan(4);
      for (let failing = 0; failing < expected.writeSyncs; failing++) {
        const stopped = await editedSeed000(change, 24_000);
        stopped.workbook.failSyncAfter(1 + failing);
        await expect(scoreWorkbook(stopped.port, { planReportSheet: stopped.planReportSheet })).rejects.toMatchObject({ code: 'GeneralException' });

        const next = await scoreWorkbook(stopped.port, { planReportSheet: stopped.planReportSheet });
        // a 评分结果 whose own writes the failure split cannot be told from one edited by hand: it is
        // written again all the same, with that note; nothing else may stand in the next run's way
        const problems = next.problems.filter((problem) => problem.code !== 'OWNED_SHEET_EDITED');
        expect({ change, failing, problems }).toEqual({ change, failing, problems: [] });
        expect({ change, failing, sheets: visibleSheets(stopped.workbook) }).toEqual({ change, failing, sheets: expected.sheets });
      }
    }
  });
});

describe('what a person types right below a result block', () => {
  it('keeps a note and a figure typed under the budget block’s 提示 and 执行率 (a block without 状态 claims no row below its table)', async () => {
    const { workbook, port, planReportSheet } = await scoredSeed000();
    const header = workbook.dumpValues('预算执行')[0];
    const column = (name: string) => String.fromCharCode(65 + header.indexOf(name));
    const below = workbook.dumpValues('预算执行').length + 1;
    workbook.userEdit('预算执行', `${column('提示')}${below}`, '审核意见：同意上报（财务科 李四）');
    workbook.userEdit('预算执行', `${column('执行率')}${below}`, 0.98);
    workbook.userEdit('绩效指标', 'G3', '未达成');

    const result = await scoreWorkbook(port, { planReportSheet });
    expect(result.problems.filter((problem) => problem.fatal)).toEqual([]);
    expect(workbook.getCellValue('预算执行', `${column('提示')}${below}`)).toBe('审核意见：同意上报（财务科 李四）');
    expect(workbook.getCellValue('预算执行', `${column('执行率')}${below}`)).toBe(0.98);
  });
});

describe('output written in an earlier look', () => {
  it('is written whole at the next run, so a workbook scored by an earlier version gets the new look everywhere, and only once', async () => {
    const { workbook, excel, port, planReportSheet } = await scoredSeed000();
    const header = workbook.dumpValues('绩效指标')[0];
    const status = `${String.fromCharCode(65 + header.indexOf('状态'))}3`;
    expect(workbook.getCell('绩效指标', status).format).toMatchObject({ vertical: 'Top', borders: expect.objectContaining({ EdgeBottom: 'Continuous' }) });
    // as an earlier version left it: no look recorded in the marker, and its cells unbordered at the bottom of their rows
    const markerRows = workbook.dumpValues('_perfeval');
    const styleRow = markerRows.findIndex((row) => row[0] === 'outputStyle') + 1;
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem('_perfeval').getRange(`A${styleRow}:B${styleRow}`).clear('All');
      context.workbook.worksheets.getItem('绩效指标').getRange(status).clear('Formats');
      await context.sync();
    });

    await scoreWorkbook(port, { planReportSheet });
    expect(workbook.getCell('绩效指标', status).format).toMatchObject({ vertical: 'Top', borders: expect.objectContaining({ EdgeBottom: 'Continuous' }) });
    expect(workbook.dumpValues('_perfeval')).toContainEqual(['outputStyle', 2]);
    workbook.resetCounters();
    const again = await scoreWorkbook(port, { planReportSheet });
    expect(again.plan.ops).toEqual([]);
  });
});
