import type { Locale } from '../../domain/model';
import { buildNarrative } from '../../domain/narrative';
import type { ReportSheetPlanner } from './plan-results';
import { planReportSheet, type ReportConflictChoice } from './report-sheet';

/**
 * The 自评报告 planner scoreWorkbook takes, made from the narrative and its sheet: the pane passes
 * onConflict 'ask' (it asks before replacing an edited report), the command line 'newSheet'.
 */
export function narrativeReportSheetPlanner(options: { locale?: Locale; onConflict?: ReportConflictChoice } = {}): ReportSheetPlanner {
  return (report, existing, context) =>
    planReportSheet(buildNarrative(report, options.locale ?? 'zh-CN'), existing, {
      storedHash: context.storedHash,
      sheetNames: context.sheetNames,
      sheets: context.sheets,
      storedHashes: context.storedHashes,
      onConflict: options.onConflict ?? 'ask',
    });
}
