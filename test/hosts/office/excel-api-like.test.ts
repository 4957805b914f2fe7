import { createExcelApi, MemoryWorkbook } from '../../../src/hosts/memory';
import { officeErrorCode, type ExcelApiLike } from '../../../src/hosts/office/excel-api-like';

/**
 * The office host takes the Excel API as a parameter. These assignments are checked by the type
 * checker (npm run typecheck): office.js's global `Excel` and the in-memory Excel must both fit.
 */
function officeJsFits(excel: typeof Excel): ExcelApiLike {
  return excel;
}

describe('the Excel API the office host accepts', () => {
  it('is met by the in-memory Excel, which runs a batch through it', async () => {
    const workbook = new MemoryWorkbook({ sheets: [{ name: '评分结果' }] });
    const excel: ExcelApiLike = createExcelApi(workbook);
    await excel.run({ delayForCellEdit: true }, async (context) => {
      context.workbook.worksheets.getItem('评分结果').getRange('A1').values = [['总分']];
      await context.sync();
    });
    expect(workbook.getCellValue('评分结果', 'A1')).toBe('总分');
    expect(typeof officeJsFits).toBe('function');
  });

  it('reports Office error codes and nothing for other failures', () => {
    expect(officeErrorCode({ code: 'AccessDenied', message: 'x' })).toBe('AccessDenied');
    expect(officeErrorCode(new Error('plain'))).toBeNull();
    expect(officeErrorCode('text')).toBeNull();
  });
});
