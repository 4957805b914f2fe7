import type { EvaluationReport } from '../../model';
import type { ParagraphBlock } from '../document';
import { formatRatio, formatScore } from '../figures';
import type { Phrasebook } from '../phrases';
import { projectNameOf } from '../sources';
import { statement } from './section';

/** （一）自评结论综述: "经逐项对照自评，本单位整体支出绩效自评 95.91 分，本次绩效评价各项工作自评结果：优。" */
export function conclusion(report: EvaluationReport, phrases: Phrasebook): ParagraphBlock[] {
  const { total } = report;
  if (!(total.max > 0)) return [statement(phrases.nothingScored)];
  const sentences = [
    phrases.conclusion({
      score: formatScore(total.score),
      max: formatScore(total.max),
      onHundred: total.max === 100,
      grade: total.grade,
      evaluationType: report.info.evaluationType,
      projectName: projectNameOf(report.info),
    }),
  ];
  if (total.cappedFrom !== null) {
    const rate = report.budget?.executionRate ?? null;
    sentences.push(phrases.capped({ rate: rate !== null ? formatRatio(rate) : null, from: formatScore(total.cappedFrom), to: formatScore(total.score) }));
  }
  return [statement(sentences.join(phrases.sentenceJoin))];
}
