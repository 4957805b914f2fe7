/**
 * The fonts of a Chinese official report (GB/T 9704): 仿宋_GB2312 for the body, 黑体 for first-level
 * headings, 楷体_GB2312 for second-level ones, 小标宋 for the title; Times New Roman for Latin text.
 * The _GB2312 fonts are installed on most government machines but not on every computer, so the
 * document's font table gives each an alternative (altName: 仿宋, 楷体 …, as Windows ships them) and
 * the GB2312 character set, which Word uses to substitute a font that is missing.
 */

export interface ReportFont {
  /** the name runs ask for */
  name: string;
  /** what Word uses when `name` is not installed */
  altName: string;
  family: 'roman' | 'modern' | 'swiss';
}

export const BODY_FONT: ReportFont = { name: '仿宋_GB2312', altName: '仿宋', family: 'modern' };
export const HEADING1_FONT: ReportFont = { name: '黑体', altName: 'SimHei', family: 'modern' };
export const HEADING2_FONT: ReportFont = { name: '楷体_GB2312', altName: '楷体', family: 'modern' };
export const TITLE_FONT: ReportFont = { name: '方正小标宋简体', altName: '宋体', family: 'roman' };
export const LATIN_FONT = 'Times New Roman';

const REPORT_FONTS: readonly ReportFont[] = [BODY_FONT, HEADING1_FONT, HEADING2_FONT, TITLE_FONT];

/** run fonts: Latin text in Times New Roman, Chinese in the given font */
export function runFont(font: ReportFont): { ascii: string; hAnsi: string; cs: string; eastAsia: string; hint: string } {
  return { ascii: LATIN_FONT, hAnsi: LATIN_FONT, cs: LATIN_FONT, eastAsia: font.name, hint: 'eastAsia' };
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** GB2312 in the OOXML character set enumeration */
const CHARSET_GB2312 = '86';

/** word/fontTable.xml naming each font with its alternative, replacing the empty table docx writes */
export function fontTableXml(): string {
  const fonts = REPORT_FONTS.map(
    (font) =>
      `<w:font w:name="${escapeXml(font.name)}"><w:altName w:val="${escapeXml(font.altName)}"/><w:charset w:val="${CHARSET_GB2312}"/>` +
      `<w:family w:val="${font.family}"/><w:pitch w:val="variable"/></w:font>`,
  );
  const latin = `<w:font w:name="${LATIN_FONT}"><w:charset w:val="00"/><w:family w:val="roman"/><w:pitch w:val="variable"/></w:font>`;
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
    [...fonts, latin].join('') +
    '</w:fonts>'
  );
}
