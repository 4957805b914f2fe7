/**
 * The 自评报告 planners the pane hands scoreWorkbook (a lazy chunk: the narrative is not needed until
 * a report is written). The report is Chinese whatever the pane's language: it is the document a unit
 * hands in.
 */
import { buildNarrative } from '../../domain/narrative';
import type { ReportSheetPlanner } from '../../workbook/plan/plan-results';
import { narrativeReportSheetPlanner } from '../../workbook/plan/narrative-report-planner';
import { hashReportSheet, planReportSheet } from '../../workbook/plan/report-sheet';

export { narrativeReportSheetPlanner };

/** Writes over a 自评报告 that a person edited, once they confirmed it in the pane. */
export function forcedReportSheetPlanner(): ReportSheetPlanner {
  return (report, existing, context) =>
    planReportSheet(buildNarrative(report, 'zh-CN'), existing, {
      // the sheet as it stands counts as the add-in's own, so it is replaced rather than kept
      storedHash: existing ? hashReportSheet(existing) : null,
      sheetNames: context.sheetNames,
    });
}
