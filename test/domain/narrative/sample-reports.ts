import path from 'node:path';
import type { EvaluationReport } from '../../../src/domain/model';
import { openXlsx } from '../../../src/hosts/xlsx';
import { scoreWorkbook } from '../../../src/workbook/score-workbook';

export type SampleName = 'seed-000' | 'seed-002' | 'project-mof';

export function samplePath(name: SampleName): string {
  return path.join(__dirname, '..', '..', '..', 'samples', `${name}.xlsx`);
}

/** A sample workbook scored the way the add-in scores it: tables found by their headers, its 评分设置 applied. */
export async function sampleReport(name: SampleName): Promise<EvaluationReport> {
  const scored = await scoreWorkbook(await openXlsx(samplePath(name)));
  const fatal = scored.problems.find((problem) => problem.fatal);
  if (fatal) throw new Error(`${name}.xlsx cannot be scored: ${fatal.message['en-US']}`);
  return scored.report;
}
