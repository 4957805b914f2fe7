import { createExcelApi, MemoryWorkbook } from '../../../src/hosts/memory';

describe('Excel.run on the in-memory Excel', () => {
  // learn.microsoft.com/office/dev/add-ins/develop/application-specific-api-model#run-function — the batch
  // returns a promise; Excel.run resolves with its result
  it('resolves with what the batch returns', async () => {
    const Excel = createExcelApi(new MemoryWorkbook({ sheets: [{ name: 'S', rows: [[7]] }] }));
    const value = await Excel.run(async (context) => {
      const cell = context.workbook.worksheets.getItem('S').getRange('A1');
      cell.load('values');
      await context.sync();
      return cell.values[0][0];
    });
    expect(value).toBe(7);
  });

  it('rejects a batch that does not return a promise with RunMustReturnPromise', async () => {
    const Excel = createExcelApi(new MemoryWorkbook());
    const notAsync = (() => undefined) as unknown as () => Promise<void>;
    await expect(Excel.run(notAsync)).rejects.toMatchObject({ code: 'RunMustReturnPromise' });
  });

  it('runs again on an earlier context through RunOptions.previousObjects', async () => {
    const workbook = new MemoryWorkbook({ sheets: [{ name: 'S' }] });
    const Excel = createExcelApi(workbook);
    const sheet = await Excel.run(async (context) => {
      const found = context.workbook.worksheets.getItem('S');
      await context.sync();
      return found;
    });
    await Excel.run({ previousObjects: sheet }, async (context) => {
      expect(context).toBe(sheet.context);
      sheet.getRange('A1').values = [['again']];
      await context.sync();
    });
    expect(workbook.getCellValue('S', 'A1')).toBe('again');
  });

  it('offers the enums production code compares with', () => {
    const Excel = createExcelApi(new MemoryWorkbook());
    expect(Excel.EventTriggerSource.thisLocalAddin).toBe('ThisLocalAddin');
    expect(Excel.EventSource.remote).toBe('Remote');
    expect(Excel.SheetVisibility.veryHidden).toBe('VeryHidden');
    expect(Excel.ErrorCodes.itemNotFound).toBe('ItemNotFound');
  });

  it('makes a RequestContext with new, as Office.js allows', async () => {
    const workbook = new MemoryWorkbook({ sheets: [{ name: 'S' }] });
    const Excel = createExcelApi(workbook);
    const context = new Excel.RequestContext();
    context.workbook.worksheets.getItem('S').getRange('B2').values = [[1]];
    await context.sync();
    expect(workbook.getCellValue('S', 'B2')).toBe(1);
  });
});
