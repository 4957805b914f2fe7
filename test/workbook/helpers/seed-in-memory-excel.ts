/** Seed 000 in the in-memory Excel, as the template lays it out, with the port a pane would use. */
import { seed000 } from '../../../samples/data/seed-000';
import { createExcelApi, createOfficeContext, MemoryWorkbook } from '../../../src/hosts/memory';
import { createOfficeWorkbookPort, detectCapabilities } from '../../../src/hosts/office';
import { planFromSample } from '../../../src/playground/sample-plan';
import type { ReportSheetPlanner } from '../../../src/workbook/plan/plan-results';
import { scoreWorkbook } from '../../../src/workbook/score-workbook';

/** the workbook as a person has it before the first score */
export async function seed000InMemoryExcel() {
  const workbook = new MemoryWorkbook({ sheets: [] });
  const excel = createExcelApi(workbook);
  await createOfficeWorkbookPort(excel).apply(planFromSample(seed000));
  const port = createOfficeWorkbookPort(excel, { capabilities: detectCapabilities(createOfficeContext(workbook)) });
  return { workbook, excel, port };
}

/** …scored once (with its 自评报告 when a planner is given) */
export async function scoredSeed000InMemoryExcel(planReportSheet?: ReportSheetPlanner) {
  const opened = await seed000InMemoryExcel();
  await scoreWorkbook(opened.port, { planReportSheet });
  return opened;
}
