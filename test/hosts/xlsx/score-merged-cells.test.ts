import ExcelJS from 'exceljs';
import { openXlsx } from '../../../src/hosts/xlsx';
import { INDICATOR_OUTPUT_HEADERS } from '../../../src/workbook/output-headers';
import { scoreWorkbook } from '../../../src/workbook/score-workbook';
import { seed000IndicatorRows } from '../../workbook/helpers/seed-sheets';

const REASON = '因疫情影响未完成，已在下半年补上，详见附件';

/** seed 000's indicator table (A:J, 偏差原因 in J) with a reason merged across J4:M4, and its header too when asked */
async function workbookWithMergedReason(mergeHeader: boolean): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('绩效指标');
  for (const row of seed000IndicatorRows()) sheet.addRow(row.map((cell) => (cell === '' ? null : cell)));
  if (mergeHeader) sheet.mergeCells('J1:M1');
  sheet.getCell('J4').value = REASON;
  sheet.mergeCells('J4:M4');
  return Buffer.from((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}

async function scoredCopy(input: Buffer): Promise<{ output: Buffer; sheet: ExcelJS.Worksheet }> {
  const xlsx = await openXlsx(input);
  const result = await scoreWorkbook(xlsx);
  expect(result.problems.filter((problem) => problem.fatal)).toEqual([]);
  const output = await xlsx.toBuffer();
  const reread = new ExcelJS.Workbook();
  await reread.xlsx.load(output as unknown as ExcelJS.Buffer);
  return { output, sheet: reread.getWorksheet('绩效指标') as ExcelJS.Worksheet };
}

const headersFrom = (sheet: ExcelJS.Worksheet, column: number): unknown[] =>
  INDICATOR_OUTPUT_HEADERS.map((_, index) => sheet.getRow(1).getCell(column + index).value);

describe('scoring an .xlsx with merged cells beside the indicator table', () => {
  it('writes the results past a 偏差原因 merged across J4:M4, and the user\'s text stays', async () => {
    const { sheet } = await scoredCopy(await workbookWithMergedReason(false));
    expect(sheet.getCell('J4').value).toBe(REASON);
    expect(sheet.getCell('J1').value).toBe('偏差原因分析及改进措施');
    expect(headersFrom(sheet, 14)).toEqual([...INDICATOR_OUTPUT_HEADERS]);
    expect(sheet.getCell('O4').value).toEqual(expect.any(Number));
    expect(sheet.model.merges).toContain('J4:M4');
  });

  it('writes the results beside a header merged across J1:M1, which stays whole', async () => {
    const { sheet } = await scoredCopy(await workbookWithMergedReason(true));
    expect(sheet.getCell('J1').value).toBe('偏差原因分析及改进措施');
    expect(sheet.getCell('J4').value).toBe(REASON);
    expect(headersFrom(sheet, 14)).toEqual([...INDICATOR_OUTPUT_HEADERS]);
    expect(sheet.model.merges).toEqual(expect.arrayContaining(['J1:M1', 'J4:M4']));
  });

  it('writes nothing when run again on what it wrote', async () => {
    const { output } = await scoredCopy(await workbookWithMergedReason(true));
    const again = await scoreWorkbook(await openXlsx(output));
    expect(again.plan.ops).toEqual([]);
  });
});

describe('scoring an .xlsx with a 偏差原因 merged down over two indicators', () => {
  it('takes the reason for both: the second missed indicator is not said to lack one', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('绩效指标');
    sheet.addRow(['一级指标', '二级指标', '三级指标', '指标性质', '年度指标值', '实际完成值', '分值', '偏差原因分析及改进措施']);
    sheet.addRow(['产出指标', '数量指标', 'A', '≥', 10, 8, 30, '受疫情影响，A、B 两项培训延期，下一步加强计划管理']);
    sheet.addRow(['产出指标', '数量指标', 'B', '≥', 10, 7, 30]);
    sheet.addRow(['效益指标', '社会效益指标', 'C', '≥', 10, 10, 30]);
    sheet.addRow(['满意度指标', '服务对象满意度指标', 'D', '≥', 10, 10, 10]);
    sheet.mergeCells('H2:H3');
    const result = await scoreWorkbook(await openXlsx(Buffer.from((await workbook.xlsx.writeBuffer()) as ArrayBuffer)));
    expect(result.report.warnings.filter((warning) => warning.code === 'MISSED_NO_REASON')).toEqual([]);
    expect(result.report.indicators.map((indicator) => indicator.status)).toEqual(['missed', 'missed', 'met', 'met']);
  });
});
