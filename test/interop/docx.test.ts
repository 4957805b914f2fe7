import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildNarrative } from '../../src/domain/narrative';
import { buildReportDocx } from '../../src/docx';
import { sampleReport } from '../domain/narrative/sample-reports';

/** whitespace-insensitive: the PDF's text wraps lines and spaces CJK text as it lays it out */
const squeezed = (text: string): string => text.replace(/\s+/g, '');

const ARTIFACTS = path.join(__dirname, '..', '..', 'test-artifacts');

/**
 * The seed 002 report written as .docx, opened by LibreOffice and printed to PDF: what a colleague
 * without Word sees. The text is read back with pdftotext; page 1 is kept as a PNG in test-artifacts/
 * for a person to look at (Chinese glyphs, not boxes).
 */
describe('the Word report in LibreOffice', () => {
  let work: string;
  let pdfText: string;
  let pdfPath: string;

  beforeAll(async () => {
    work = mkdtempSync(path.join(tmpdir(), 'perfeval-docx-'));
    const docxPath = path.join(work, 'seed-002-自评报告.docx');
    writeFileSync(docxPath, await buildReportDocx(buildNarrative(await sampleReport('seed-002'))));
    const profile = path.join(tmpdir(), `lo-${randomBytes(6).toString('hex')}`);
    try {
      execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${profile}`, '--convert-to', 'pdf', '--outdir', work, docxPath], {
        timeout: 120_000,
        stdio: 'pipe',
      });
    } finally {
      rmSync(profile, { recursive: true, force: true });
    }
    pdfPath = docxPath.replace(/\.docx$/, '.pdf');
    pdfText = execFileSync('pdftotext', ['-enc', 'UTF-8', pdfPath, '-'], { encoding: 'utf8' });
  }, 180_000);

  afterAll(() => {
    rmSync(work, { recursive: true, force: true });
  });

  it('prints the report’s key sentences', () => {
    const text = squeezed(pdfText);
    for (const sentence of [
      '2022 年度广州市黄埔区工商业联合会部门整体支出绩效自评报告',
      '全年预算数 1,291.73 万元，执行数 1,288.38 万元，完成预算的 99.7%',
      '设置绩效评价指标 6 个，其中产出指标 3 个、效益指标 2 个、满意度指标 1 个',
      '该 6 个指标中 5 个指标已达到目标值，1 个指标未达到目标值：2022 年受新冠病毒疫情影响，会员企业与贵州等地的产业对接事宜暂未达成意向',
      '本单位整体支出绩效自评 95.91 分，本次绩效评价各项工作自评结果：优',
      '三、存在的主要问题',
      '四、下一步改进措施',
    ]) {
      expect(text).toContain(squeezed(sentence));
    }
  });

  it('prints the scoring table, a row a line', () => {
    const layout = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', pdfPath, '-'], { encoding: 'utf8' });
    expect(layout).toMatch(/评价指标\s+分值\s+得分\s+得分比\s+综合评价/);
    expect(layout).toMatch(/一、产出\s+49\s+49\s+100%\s+优/);
    expect(layout).toMatch(/综合绩效\s+100\s+95\.91\s+96%\s+优/);
  });

  it('is laid out on A4', () => {
    const info = execFileSync('pdfinfo', [pdfPath], { encoding: 'utf8' });
    expect(info).toMatch(/Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/);
  });

  it('renders page 1 to test-artifacts/ for a visual check', () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    const prefix = path.join(ARTIFACTS, 'docx-seed-002-page');
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', pdfPath, prefix]);
    expect(statSync(`${prefix}.png`).size).toBeGreaterThan(10_000);
  });
});
