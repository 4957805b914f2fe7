import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { scoreXlsxFile } from '../../src/cli/score-file';
import { SAMPLES_DIR } from '../../scripts/build-samples';

/** a word pdftotext -bbox found, with its page (1-based) and its top edge in points */
interface PrintedWord {
  page: number;
  x: number;
  y: number;
  text: string;
}

/** every word of a PDF, page by page, where it is printed */
function printedWords(pdf: string): PrintedWord[] {
  const xhtml = execFileSync('pdftotext', ['-bbox', '-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const words: PrintedWord[] = [];
  xhtml.split('<page ').slice(1).forEach((page, index) => {
    for (const match of page.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>([^<]*)<\/word>/g)) {
      words.push({ page: index + 1, x: Number(match[1]), y: Number(match[2]), text: match[3] });
    }
  });
  return words;
}

/** prints a file to PDF with LibreOffice headless, in a profile of its own */
function printToPdf(file: string, outdir: string): string {
  const profile = path.join(tmpdir(), `lo-${randomBytes(6).toString('hex')}`);
  try {
    execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${profile}`, '--convert-to', 'pdf', '--outdir', outdir, file], { timeout: 120_000, stdio: 'pipe' });
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  return path.join(outdir, `${path.basename(file, path.extname(file))}.pdf`);
}

/**
 * The scored MoF sample printed by LibreOffice, as a colleague without the add-in prints it: where on
 * the page the results beside the tables land.
 */
describe('the scored project-mof sample, printed', () => {
  let work: string;
  let words: PrintedWord[];

  beforeAll(async () => {
    work = mkdtempSync(path.join(tmpdir(), 'perfeval-print-'));
    const scored = path.join(work, 'project-mof.xlsx');
    const result = await scoreXlsxFile({ input: path.join(SAMPLES_DIR, 'project-mof.xlsx'), output: scored });
    if (result.kind !== 'scored') throw new Error(`project-mof did not score: ${result.kind}`);
    words = printedWords(printToPdf(scored, work));
  }, 180_000);

  afterAll(() => {
    rmSync(work, { recursive: true, force: true });
  });

  it('prints a row’s 状态 on the line its 提示 starts on, not at the bottom of the row beside the next one', () => {
    const firstWordOf = (hintStart: string) => words.find((word) => word.text.startsWith(hintStart)) as PrintedWord;
    for (const hintStart of ['指标“取得职业技能等级证书人员占比”', '指标“参训人员平均月收入增长率”']) {
      const hint = firstWordOf(hintStart);
      expect(hint).toBeDefined();
      // the two 未达标 rows of the sample: each 状态 printed level with its own 提示
      const status = words.filter((word) => word.page === hint.page && word.text === '未达标' && word.x < hint.x);
      expect(status.map((word) => Math.round(word.y))).toContain(Math.round(hint.y));
    }
  });
});
