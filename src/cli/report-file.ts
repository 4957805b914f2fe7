import type { EvaluationReport, Locale } from '../domain/model';
import { buildNarrative } from '../domain/narrative';
import { buildReportDocx } from '../docx';
import { writeWholeFile } from '../hosts/write-whole-file';
import { openAndScore, type NotScored, type ScoreProgress } from './score-file';
import { writeFailure } from './write-failure';

export type ReportFileResult = { kind: 'written'; report: EvaluationReport; output: string } | NotScored | { kind: 'cannotWrite'; reason: Record<Locale, string> };

/** Scores a workbook file (without saving it) and writes its 自评报告 as a Word document. */
export async function writeReportDocxFile(options: { input: string; output: string; onProgress?: (progress: ScoreProgress) => void }): Promise<ReportFileResult> {
  // the workbook is not saved, so a blocked place for the result columns does not matter here
  const scored = await openAndScore(options.input, options.onProgress, undefined, false);
  if (scored.kind !== 'scored') return scored;
  const docx = await buildReportDocx(buildNarrative(scored.report, 'zh-CN'));
  try {
    await writeWholeFile(options.output, docx);
  } catch (error) {
    return { kind: 'cannotWrite', reason: writeFailure(error, options.output) };
  }
  return { kind: 'written', report: scored.report, output: options.output };
}
