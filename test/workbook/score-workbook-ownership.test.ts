import { seed000 } from '../../samples/data/seed-000';
import { createExcelApi, createOfficeContext, MemoryWorkbook } from '../../src/hosts/memory';
import { createOfficeWorkbookPort, detectCapabilities } from '../../src/hosts/office';
import { planFromSample } from '../../src/playground/sample-plan';
import { narrativeReportSheetPlanner } from '../../src/workbook/plan/narrative-report-planner';
import { scoreWorkbook } from '../../src/workbook/score-workbook';

/** seed 000 in the in-memory Excel, with the port a pane would use, scored once with its 自评报告 */
async function scoredSeed000() {
  const workbook = new MemoryWorkbook({ sheets: [] });
  const excel = createExcelApi(workbook);
  await createOfficeWorkbookPort(excel).apply(planFromSample(seed000));
  const port = createOfficeWorkbookPort(excel, { capabilities: detectCapabilities(createOfficeContext(workbook)) });
  const planReportSheet = narrativeReportSheetPlanner({ onConflict: 'newSheet' });
  await scoreWorkbook(port, { planReportSheet });
  return { workbook, excel, port, planReportSheet };
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
