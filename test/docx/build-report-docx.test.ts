import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { evaluate } from '../../src/domain/evaluate';
import { buildNarrative, type NarrativeDocument } from '../../src/domain/narrative';
import { buildReportDocx } from '../../src/docx';
import { seed000Input } from '../fixtures/seeds';
import { sampleReport } from '../domain/narrative/sample-reports';
import { zipTexts } from '../fixtures/zip-entries';

/** the text of the document's runs, paragraph by paragraph */
function paragraphTexts(documentXml: string): string[] {
  return [...documentXml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((match) => [...match[0].matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''));
}

describe('the 自评报告 as a Word document', () => {
  let doc: NarrativeDocument;
  let files: Map<string, string>;
  let documentXml: string;
  let bytes: Uint8Array;
  beforeAll(async () => {
    doc = buildNarrative(await sampleReport('seed-002'));
    bytes = await buildReportDocx(doc);
    files = zipTexts(bytes);
    documentXml = files.get('word/document.xml') ?? '';
  });

  it('is a .docx package', () => {
    expect(bytes).toBeInstanceOf(Uint8Array);
    expect(Buffer.from(bytes.subarray(0, 2)).toString('latin1')).toBe('PK');
    expect([...files.keys()]).toEqual(expect.arrayContaining(['word/document.xml', 'word/styles.xml', 'word/fontTable.xml', '[Content_Types].xml']));
  });

  it('holds every paragraph of the narrative, in order', () => {
    const texts = paragraphTexts(documentXml);
    expect(texts[0]).toBe(doc.title);
    expect(texts).toContain('全年预算数 1,291.73 万元，执行数 1,288.38 万元，完成预算的 99.7%。按资金来源分，一般公共预算财政拨款支出 1,288.38 万元，其他资金支出 0 万元。按支出性质看，基本支出 815.05 万元，项目支出 473.33 万元。');
    expect(texts).toContain('经逐项对照自评，本单位整体支出绩效自评 95.91 分，本次绩效评价各项工作自评结果：优。');
    const order = doc.blocks.flatMap((block) => (block.kind === 'table' ? [] : [block.text])).map((text) => texts.indexOf(text));
    expect(order.every((index) => index >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('sets the title on its lines, the unit’s then the report’s kind, not broken inside a word', () => {
    // 二号 holds 20 characters a line: the title broke as "…工商业联合会部门整 / 体支出绩效自评报告"
    const title = [...documentXml.matchAll(/<w:p>[\s\S]*?<\/w:p>/g)].map((m) => m[0]).find((p) => p.includes('<w:pStyle w:val="Title"/>')) ?? '';
    expect(title).toMatch(/<w:t[^>]*>2022 年度广州市黄埔区工商业联合会<\/w:t><\/w:r><w:r><w:br\/><w:t[^>]*>部门整体支出绩效自评报告<\/w:t>/);
  });

  it('uses Word’s title and heading styles', () => {
    expect(documentXml).toContain('<w:pStyle w:val="Title"/>');
    for (const level of [1, 2, 3]) expect(documentXml).toContain(`<w:pStyle w:val="Heading${level}"/>`);
    const styles = files.get('word/styles.xml') ?? '';
    expect(styles).toMatch(/w:styleId="Heading1"[\s\S]*?w:eastAsia="黑体"/);
    expect(styles).toMatch(/w:styleId="Heading2"[\s\S]*?w:eastAsia="楷体_GB2312"/);
    expect(styles).toMatch(/<w:docDefaults>[\s\S]*w:eastAsia="仿宋_GB2312"[\s\S]*<\/w:docDefaults>/);
  });

  it('sets Latin text in a Western language and Chinese text in zh-CN, so figures are not broken across lines', async () => {
    const defaults = /<w:docDefaults>[\s\S]*<\/w:docDefaults>/.exec(files.get('word/styles.xml') ?? '')?.[0] ?? '';
    expect(defaults).toContain('<w:lang w:val="en-US" w:eastAsia="zh-CN"/>');
    const english = zipTexts(await buildReportDocx({ ...doc, locale: 'en-US' })).get('word/styles.xml') ?? '';
    expect(english).toContain('<w:lang w:val="en-US" w:eastAsia="zh-CN"/>');
  });

  it('gives each Chinese font a fallback in the font table', () => {
    const fonts = files.get('word/fontTable.xml') ?? '';
    expect(fonts).toContain('<w:font w:name="仿宋_GB2312"><w:altName w:val="仿宋"/><w:charset w:val="86"/>');
    expect(fonts).toContain('<w:font w:name="楷体_GB2312"><w:altName w:val="楷体"/>');
    expect(fonts).toContain('<w:font w:name="黑体"><w:altName w:val="SimHei"/>');
  });

  it('is A4, at 1.5 lines, paragraphs indented two characters', () => {
    expect(documentXml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(files.get('word/styles.xml')).toMatch(/<w:spacing w:line="360" w:lineRule="auto"\/>/);
    const paragraph = [...documentXml.matchAll(/<w:p>[\s\S]*?<\/w:p>/g)].map((m) => m[0]).find((p) => p.includes('全年预算数 1,291.73'));
    expect(paragraph).toMatch(/w:firstLineChars="200"/);
  });

  it('has the scoring table as a Word table with a repeated header', () => {
    const table = /<w:tbl>[\s\S]*<\/w:tbl>/.exec(documentXml)?.[0] ?? '';
    expect(table).toContain('<w:tblHeader/>');
    const rows = [...table.matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map((row) => [...row[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((cell) => paragraphTexts(cell[0]).join('')));
    expect(rows[0]).toEqual(['评价指标', '分值', '得分', '得分比', '综合评价']);
    expect(rows).toContainEqual(['综合绩效', '100', '95.91', '96%', '优']);
  });

  it('writes the seed 000 scoring table line for line', async () => {
    const xml = zipTexts(await buildReportDocx(buildNarrative(evaluate(seed000Input())))).get('word/document.xml') ?? '';
    const texts = paragraphTexts(xml);
    for (const line of ['一、产出', '80', '74', '93%', '二、效果', '95%', '综合绩效', '1. 开展主题教育']) expect(texts).toContain(line);
  });

  it('writes the execution-rate cap line in plain type, the 一级指标 and 综合绩效 lines bold', async () => {
    const capped: NarrativeDocument = {
      ...doc,
      blocks: [
        {
          kind: 'table',
          header: ['评价指标', '分值', '得分', '得分比', '综合评价'],
          rows: [
            { role: 'adjustment', cells: [{ kind: 'text', text: '执行率限分调整' }, { kind: 'text', text: '' }, { kind: 'number', value: -1.14, text: '-1.14', format: 'score' }, { kind: 'text', text: '' }, { kind: 'text', text: '' }] },
            { role: 'total', cells: [{ kind: 'text', text: '综合绩效' }, { kind: 'text', text: '100' }, { kind: 'text', text: '89' }, { kind: 'text', text: '89%' }, { kind: 'text', text: '良' }] },
          ],
        },
      ],
    };
    const xml = zipTexts(await buildReportDocx(capped)).get('word/document.xml') ?? '';
    const runOf = (text: string) => [...xml.matchAll(/<w:r>[\s\S]*?<\/w:r>/g)].map((m) => m[0]).find((run) => run.includes(`>${text}<`)) ?? '';
    expect(runOf('-1.14')).not.toContain('<w:b/>');
    expect(runOf('综合绩效')).toContain('<w:b/>');
  });

  it('needs no file system, so it runs in the browser too', () => {
    const folder = path.join(__dirname, '..', '..', 'src', 'docx');
    for (const file of readdirSync(folder)) {
      expect(readFileSync(path.join(folder, file), 'utf8')).not.toMatch(/from ['"](node:)?(fs|path|os|child_process)['"]/);
    }
  });
});

describe('the Word document of a report quoting text XML cannot carry', () => {
  /** characters XML 1.0 cannot hold at all: a part holding one is not XML, and Word refuses the file */
  const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;
  let doc: NarrativeDocument;
  let files: Map<string, string>;
  beforeAll(async () => {
    doc = buildNarrative(await sampleReport('seed-002'));
    const odd = (text: string) => text.replace('工商', '工\uFFFE商\uFFFF').replace('2022', '20\u000122');
    const withOddText: NarrativeDocument = {
      ...doc,
      title: odd(doc.title),
      subtitle: odd(doc.subtitle),
      blocks: doc.blocks.map((block) =>
        block.kind === 'table'
          ? { ...block, header: block.header.map(odd), rows: block.rows.map((row) => ({ ...row, cells: row.cells.map((cell) => ({ ...cell, text: odd(cell.text) })) })) }
          : { ...block, text: odd(block.text) },
      ),
    };
    files = zipTexts(await buildReportDocx(withOddText));
  });

  it('writes every part as well-formed XML', () => {
    const damaged = [...files].filter(([name, xml]) => name.endsWith('.xml') && NOT_XML.test(xml)).map(([name]) => name);
    expect(damaged).toEqual([]);
  });

  it('leaves those characters out and keeps the rest of the text', () => {
    const texts = paragraphTexts(files.get('word/document.xml') ?? '');
    expect(texts[0]).toBe(doc.title);
    expect(texts).toContain(doc.subtitle);
  });
});
