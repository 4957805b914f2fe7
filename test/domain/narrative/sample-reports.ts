import path from 'node:path';
import { evaluate } from '../../../src/domain/evaluate';
import type { EvaluationReport } from '../../../src/domain/model';
import { schemeFromSettingRows } from '../../../src/domain/scheme';
import { openXlsx } from '../../../src/hosts/xlsx';
import { detectTables } from '../../../src/workbook/detect/detect-tables';
import { readInput } from '../../../src/workbook/read/read-input';

export type SampleName = 'seed-000' | 'seed-002' | 'project-mof';

export function samplePath(name: SampleName): string {
  return path.join(__dirname, '..', '..', '..', 'samples', `${name}.xlsx`);
}

/** A sample workbook read the way the add-in reads it: tables found by their headers, its 评分设置 applied. */
export async function sampleReport(name: SampleName): Promise<EvaluationReport> {
  const workbook = await openXlsx(samplePath(name));
  const grids = await workbook.readSheets(await workbook.sheetNames());
  const read = readInput(grids, detectTables(grids));
  return evaluate(read.input, schemeFromSettingRows(read.schemeRows).scheme);
}
