import { createExcelApi, MemoryWorkbook } from '../../../src/hosts/memory';

function twoSheets(): MemoryWorkbook {
  return new MemoryWorkbook({
    sheets: [{ name: '基本信息', rows: [['项目', '内容']] }, { name: '预算执行', rows: [['资金项目', '类别']] }],
  });
}

describe('finding worksheets', () => {
  // learn.microsoft.com/javascript/api/excel/excel.worksheetcollection#excel-excel-worksheetcollection-getitem-member(1)
  // — getItem of a missing sheet fails with ItemNotFound when the batch runs (at sync), not when called
  it('fails at sync with ItemNotFound when getItem asks for a missing sheet', async () => {
    const Excel = createExcelApi(twoSheets());
    await Excel.run(async (context) => {
      const missing = context.workbook.worksheets.getItem('绩效指标');
      expect(missing).toBeDefined();
      await expect(context.sync()).rejects.toMatchObject({ code: 'ItemNotFound' });
    });
  });

  // learn.microsoft.com/office/dev/add-ins/develop/application-specific-api-model#ornullobject-methods-and-properties
  // — "…returns an object with its isNullObject property set to true … you must call context.sync()
  // before testing the isNullObject property"
  it('gives a null object for a missing sheet, known only after sync', async () => {
    const Excel = createExcelApi(twoSheets());
    await Excel.run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject('绩效指标');
      const present = context.workbook.worksheets.getItemOrNullObject('预算执行');
      expect(() => missing.isNullObject).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      expect(present.isNullObject).toBe(false);
    });
  });

  it('finds sheets by name regardless of case, as Excel does', async () => {
    const Excel = createExcelApi(new MemoryWorkbook({ sheets: [{ name: 'Budget' }] }));
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('BUDGET');
      sheet.load('name');
      await context.sync();
      expect(sheet.name).toBe('Budget');
    });
  });

  it('lists the sheets in tab order after loading items/name, hidden ones included', async () => {
    const workbook = twoSheets();
    workbook.addSheet({ name: '_perfeval', visibility: 'VeryHidden' });
    const Excel = createExcelApi(workbook);
    await Excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load('items/name, items/visibility');
      await context.sync();
      expect(sheets.items.map((sheet) => [sheet.name, sheet.visibility])).toEqual([
        ['基本信息', 'Visible'],
        ['预算执行', 'Visible'],
        ['_perfeval', 'VeryHidden'],
      ]);
    });
  });

  it('adds a sheet at the end; adding a name that exists fails with ItemAlreadyExists', async () => {
    const workbook = twoSheets();
    const Excel = createExcelApi(workbook);
    await Excel.run(async (context) => {
      const added = context.workbook.worksheets.add('评分结果');
      added.getRange('A1').values = [['总分']];
      await context.sync();
    });
    expect(workbook.sheetNames()).toEqual(['基本信息', '预算执行', '评分结果']);
    expect(workbook.getCellValue('评分结果', 'A1')).toBe('总分');
    await expect(
      Excel.run(async (context) => {
        context.workbook.worksheets.add('预算执行');
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'ItemAlreadyExists' });
  });

  it('keeps pointing at the same sheet after it is renamed', async () => {
    const workbook = twoSheets();
    const Excel = createExcelApi(workbook);
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('预算执行');
      await context.sync();
      sheet.name = '预算执行情况';
      sheet.getRange('C1').values = [['年初预算数']];
      await context.sync();
    });
    expect(workbook.getCellValue('预算执行情况', 'C1')).toBe('年初预算数');
  });

  it('will not hide the last visible sheet', async () => {
    const Excel = createExcelApi(new MemoryWorkbook({ sheets: [{ name: 'Only' }] }));
    await expect(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem('Only').visibility = 'VeryHidden';
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidOperation' });
  });

  it('refuses an API above the Excel version it imitates with ApiNotFound', async () => {
    const Excel = createExcelApi(new MemoryWorkbook({ excelApiVersion: '1.3', sheets: [{ name: 'Sheet1' }] }));
    await expect(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItemOrNullObject('Sheet1');
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'ApiNotFound' });
  });
});

describe('objects reached through a null object', () => {
  it('are null objects too, and loading them brings nothing', async () => {
    const Excel = createExcelApi(twoSheets());
    await Excel.run(async (context) => {
      const used = context.workbook.worksheets.getItemOrNullObject('绩效指标').getUsedRangeOrNullObject();
      used.load('values');
      await context.sync();
      expect(used.isNullObject).toBe(true);
    });
  });

  it('cannot be written to: ItemNotFound', async () => {
    const Excel = createExcelApi(twoSheets());
    await expect(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItemOrNullObject('绩效指标').getRange('A1').values = [[1]];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'ItemNotFound' });
  });

  it('fail with ItemNotFound when the workbook is set to refuse chaining on null objects', async () => {
    const Excel = createExcelApi(new MemoryWorkbook({ nullObjectChaining: 'itemNotFound', sheets: [{ name: 'Sheet1' }] }));
    await expect(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItemOrNullObject('绩效指标').getUsedRangeOrNullObject().load('values');
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'ItemNotFound' });
  });
});
