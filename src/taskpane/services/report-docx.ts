/** The 自评报告 as a Word document (a lazy chunk: the docx builder is large and rarely needed). */
import type { EvaluationReport } from '../../domain/model';
import { buildNarrative } from '../../domain/narrative';
import { buildReportDocx } from '../../docx';

export async function buildReportDocumentBytes(report: EvaluationReport): Promise<Uint8Array> {
  return buildReportDocx(buildNarrative(report, 'zh-CN'));
}
