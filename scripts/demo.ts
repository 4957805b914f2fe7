/**
 * `npm run demo`: scores every sample workbook through the command's own code path and prints one
 * line each (unit, year, total, grade, warnings); the scored copies are written to out/.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { formatScore } from '../src/cli/human-summary';
import { scoreXlsxFile, type ScoreFileResult } from '../src/cli/score-file';
import { SAMPLE_WORKBOOKS } from '../samples/data';
import { SAMPLES_DIR } from './build-samples';

const OUT_DIR = path.resolve(__dirname, '..', 'out');

export interface DemoRow {
  file: string;
  unit: string;
  year: string;
  total: string;
  grade: string;
  warnings: string;
  output: string;
}

export async function runDemo(outDir = OUT_DIR): Promise<DemoRow[]> {
  await fs.mkdir(outDir, { recursive: true });
  const rows: DemoRow[] = [];
  for (const sample of SAMPLE_WORKBOOKS) {
    const input = path.join(SAMPLES_DIR, sample.file);
    const output = path.join(outDir, sample.file.replace(/\.xlsx$/, '.scored.xlsx'));
    rows.push(demoRow(sample.file, await scoreXlsxFile({ input, output })));
  }
  return rows;
}

function demoRow(file: string, result: ScoreFileResult): DemoRow {
  if (result.kind !== 'scored') {
    const reason = result.reason['zh-CN'];
    return { file, unit: `（未评分：${reason}）`, year: '', total: '', grade: '', warnings: '', output: '' };
  }
  const { report } = result;
  const warnings = report.warnings.length + result.problems.length;
  return {
    file,
    unit: report.info.unitName,
    year: report.info.year,
    total: `${formatScore(report.total.score)} / ${formatScore(report.total.max)}`,
    grade: report.total.grade,
    warnings: String(warnings),
    output: path.relative(process.cwd(), result.output),
  };
}

const HEADERS: DemoRow = { file: '样例', unit: '单位', year: '年度', total: '总分', grade: '评价', warnings: '提示', output: '评分后的文件' };
const COLUMNS: Array<keyof DemoRow> = ['file', 'unit', 'year', 'total', 'grade', 'warnings', 'output'];
const WIDE_CHARACTER = /[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF]/;

function displayWidth(text: string): number {
  let width = 0;
  for (const character of text) width += WIDE_CHARACTER.test(character) ? 2 : 1;
  return width;
}

export function demoTable(rows: DemoRow[]): string {
  const all = [HEADERS, ...rows];
  const widths = COLUMNS.map((column) => Math.max(...all.map((row) => displayWidth(row[column]))));
  const line = (row: DemoRow) =>
    COLUMNS.map((column, index) => row[column] + ' '.repeat(widths[index] - displayWidth(row[column]))).join('  ').trimEnd();
  return [line(HEADERS), widths.map((width) => '-'.repeat(width)).join('  '), ...rows.map(line)].join('\n');
}

if (require.main === module) {
  runDemo().then(
    (rows) => {
      process.stdout.write(`${demoTable(rows)}\n`);
      if (rows.some((row) => row.output === '')) process.exitCode = 1;
    },
    (error: unknown) => {
      process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
