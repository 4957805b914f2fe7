import { AlignmentType, Document, HeadingLevel, LineRuleType, Packer, PageOrientation, Paragraph, Table, TextRun } from 'docx';
import type { HeadingLevel as NarrativeHeadingLevel, NarrativeBlock, NarrativeDocument } from '../domain/narrative';
import { BODY_FONT, fontTableXml, HEADING1_FONT, HEADING2_FONT, runFont, TITLE_FONT } from './fonts';
import { A4, MARGINS, ONE_AND_A_HALF_LINES, SIZE, TWO_CHARACTERS, TWO_CHARACTERS_TWIPS } from './page-setup';
import { reportTable } from './report-table';
import { xmlSafeDocument } from './xml-safe-text';

const WORD_HEADING = {
  1: HeadingLevel.HEADING_1,
  2: HeadingLevel.HEADING_2,
  3: HeadingLevel.HEADING_3,
} as const satisfies Record<NarrativeHeadingLevel, (typeof HeadingLevel)[keyof typeof HeadingLevel]>;

const LANGUAGE = { value: 'en-US', eastAsia: 'zh-CN' } as const;

const LINE_SPACING = { line: ONE_AND_A_HALF_LINES, lineRule: LineRuleType.AUTO };

/** headings: Word's own Heading 1–3 styles, dressed as Chinese reports dress them */
function headingStyle(font: typeof BODY_FONT, bold: boolean, outlineLevel: number) {
  return {
    run: { font: runFont(font), size: SIZE.sanHao, bold, color: '000000' },
    paragraph: { spacing: { ...LINE_SPACING, before: 120, after: 0 }, indent: { firstLineChars: TWO_CHARACTERS, firstLine: TWO_CHARACTERS_TWIPS }, keepNext: true, outlineLevel },
  };
}

function block(item: NarrativeBlock): Paragraph | Table {
  switch (item.kind) {
    case 'heading':
      return new Paragraph({ heading: WORD_HEADING[item.level], children: [new TextRun(item.text)] });
    case 'paragraph':
      return new Paragraph({ indent: { firstLineChars: TWO_CHARACTERS, firstLine: TWO_CHARACTERS_TWIPS }, alignment: AlignmentType.JUSTIFIED, children: [new TextRun(item.text)] });
    case 'table':
      return reportTable(item);
  }
}

function wordDocument(doc: NarrativeDocument): Document {
  const opening = [
    // 二号 on A4 holds 20 characters a line: the title is set on its lines (the year and the unit, then
    // the report's kind) rather than broken wherever the line ends (部门整 / 体支出)
    new Paragraph({ heading: HeadingLevel.TITLE, children: doc.titleLines.map((line, index) => new TextRun({ text: line, ...(index > 0 ? { break: 1 } : {}) })) }),
    ...(doc.subtitle !== '' ? [new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 240 }, children: [new TextRun({ text: doc.subtitle, size: SIZE.siHao })] })] : []),
  ];
  return new Document({
    creator: 'perf-eval',
    title: doc.title,
    description: doc.subtitle,
    styles: {
      default: {
        document: {
          // Latin runs (digits, %, .) in a Western language, Chinese runs in zh-CN, whatever the report's
          // locale: with zh-CN for both, LibreOffice breaks lines inside figures ("基本支出 18 / 9.4 万元")
          run: { font: runFont(BODY_FONT), size: SIZE.sanHao, language: LANGUAGE },
          paragraph: { spacing: LINE_SPACING },
        },
        title: {
          run: { font: runFont(TITLE_FONT), size: SIZE.erHao, bold: false, color: '000000' },
          paragraph: { alignment: AlignmentType.CENTER, spacing: { ...LINE_SPACING, before: 240, after: 240 } },
        },
        heading1: headingStyle(HEADING1_FONT, false, 0),
        heading2: headingStyle(HEADING2_FONT, false, 1),
        heading3: headingStyle(BODY_FONT, true, 2),
      },
    },
    sections: [
      {
        properties: { page: { size: { width: A4.width, height: A4.height, orientation: PageOrientation.PORTRAIT }, margin: MARGINS } },
        children: [...opening, ...doc.blocks.map(block)],
      },
    ],
  });
}

/**
 * The 自评报告 as a Word document (.docx bytes): A4, 仿宋 body at 1.5 lines with a two-character
 * first-line indent, 黑体 / 楷体 headings in Word's heading styles, the scoring table as a Word table.
 * No file system: the caller saves or downloads the bytes, in Node or in the browser.
 */
export async function buildReportDocx(doc: NarrativeDocument): Promise<Uint8Array> {
  const bytes = await Packer.toArrayBuffer(wordDocument(xmlSafeDocument(doc)), false, [{ path: 'word/fontTable.xml', data: fontTableXml() }]);
  return new Uint8Array(bytes);
}
