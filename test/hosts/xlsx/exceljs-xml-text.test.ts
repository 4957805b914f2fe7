import { createXlsxWorkbook, openXlsx } from '../../../src/hosts/xlsx';
import { textCell } from '../../../src/workbook/plan/planned-cells';
import { zipTexts } from '../../fixtures/zip-entries';

/** characters XML 1.0 cannot carry in any form: a part holding one is not XML, and the file is damaged */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;

/** texts a workbook's cells can hold (Excel stores them escaped) that XML cannot hold as they are */
const ODD_TEXTS = [
  '乡村振兴\uFFFE产业对接成功案例',
  '会员企业\uFFFF满意率',
  '偏差原因\u0001\u0008\u000B\u001F（系统导出）',
  // text that looks like the escape itself stays what it is
  '_x0041_ 与 _x00e9_ 照原样',
  '\t制表符开头\r\n两行',
];

async function savedWith(texts: readonly string[]): Promise<Buffer> {
  const xlsx = createXlsxWorkbook();
  await xlsx.apply({
    ops: [
      { kind: 'ensureSheet', sheet: '评分结果' },
      { kind: 'setCells', sheet: '评分结果', top: 1, left: 1, cells: texts.map((text) => [textCell(text)]) },
    ],
  });
  return xlsx.toBuffer();
}

describe('text XML cannot carry as it is, in a saved .xlsx', () => {
  it('writes every part as well-formed XML', async () => {
    const parts = zipTexts(await savedWith(ODD_TEXTS));
    const damaged = [...parts].filter(([name, xml]) => name.endsWith('.xml') && NOT_XML.test(xml)).map(([name]) => name);
    expect(damaged).toEqual([]);
  });

  it('reads back every text as it was written, none of its characters lost', async () => {
    const reopened = await openXlsx(await savedWith(ODD_TEXTS));
    const [grid] = await reopened.readSheets(['评分结果']);
    // XML reads a carriage return before a line feed as the line feed alone
    expect(grid.values.map((row) => row[0])).toEqual(ODD_TEXTS.map((text) => text.replace(/\r\n/g, '\n')));
  });
});
