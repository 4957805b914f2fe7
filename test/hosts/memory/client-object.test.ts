import { createExcelApi, MemoryWorkbook } from '../../../src/hosts/memory';

function workbookWithIndicators(): MemoryWorkbook {
  return new MemoryWorkbook({
    sheets: [{ name: '绩效指标', rows: [['三级指标', '年度指标值'], ['培训人次', 120]] }],
  });
}

describe('reading a property needs load and sync, as in Office.js', () => {
  // learn.microsoft.com/office/dev/add-ins/develop/application-specific-api-model#load — "Before you can
  // read the properties of a proxy object, you must explicitly load the properties … and call sync()"
  it('throws PropertyNotLoaded for a property that was never loaded', async () => {
    const Excel = createExcelApi(workbookWithIndicators());
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('绩效指标').getRange('A1:B2');
      expect(() => range.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      await context.sync();
      // a sync alone is not a load
      expect(() => range.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
    });
  });

  it('throws PropertyNotLoaded between load and sync', async () => {
    const Excel = createExcelApi(workbookWithIndicators());
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('绩效指标').getRange('A1:B2');
      range.load('values');
      expect(() => range.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      await context.sync();
      expect(range.values).toEqual([
        ['三级指标', '年度指标值'],
        ['培训人次', 120],
      ]);
    });
  });

  it('loads only what was asked for', async () => {
    const Excel = createExcelApi(workbookWithIndicators());
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('绩效指标').getRange('B2');
      range.load('values, format/font/bold');
      await context.sync();
      expect(range.format.font.bold).toBe(false);
      expect(() => range.numberFormat).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      expect(() => range.format.fill.color).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
    });
  });

  it('catches a reader that forgets to load: it throws instead of returning undefined', async () => {
    // a deliberately wrong reader, the kind of mistake the stand-in is there to catch
    async function readValuesWithoutLoad(excel: ReturnType<typeof createExcelApi>): Promise<unknown[][]> {
      return excel.run(async (context) => {
        const range = context.workbook.worksheets.getItem('绩效指标').getUsedRange();
        await context.sync();
        return range.values;
      });
    }
    await expect(readValuesWithoutLoad(createExcelApi(workbookWithIndicators()))).rejects.toMatchObject({
      code: 'PropertyNotLoaded',
      debugInfo: { errorLocation: 'Range.values' },
    });
  });

  it('rejects a load of a property the object does not have (a typo is not silently empty)', async () => {
    const Excel = createExcelApi(workbookWithIndicators());
    await expect(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem('绩效指标').getRange('A1').load('valuez');
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidArgument' });
  });
});

describe('writes are queued and reach the document at sync', () => {
  // learn.microsoft.com/office/dev/add-ins/develop/application-specific-api-model#sync — "The sync()
  // method … synchronizes the state between JavaScript proxy objects and real objects in Excel by
  // executing instructions queued on the context"
  it('leaves the document unchanged until sync', async () => {
    const workbook = workbookWithIndicators();
    const Excel = createExcelApi(workbook);
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem('绩效指标').getRange('B2').values = [[150]];
      expect(workbook.getCellValue('绩效指标', 'B2')).toBe(120);
      await context.sync();
      expect(workbook.getCellValue('绩效指标', 'B2')).toBe(150);
    });
  });

  it('syncs what the batch left queued when Excel.run ends', async () => {
    const workbook = workbookWithIndicators();
    await createExcelApi(workbook).run(async (context) => {
      context.workbook.worksheets.getItem('绩效指标').getRange('B2').values = [[99]];
    });
    expect(workbook.getCellValue('绩效指标', 'B2')).toBe(99);
    expect(workbook.syncCount).toBe(1);
  });

  // The proxy keeps what it was given (Office.js's setter stores it: `this.m_values = value`, see
  // excel-web-16.00.debug.js, Range.prototype "values"), not what Excel made of it, until load + sync.
  it('reads back the written value, not the document, until a new load and sync', async () => {
    const workbook = workbookWithIndicators();
    const Excel = createExcelApi(workbook);
    await Excel.run(async (context) => {
      const cell = context.workbook.worksheets.getItem('绩效指标').getRange('B2');
      cell.load('values, valueTypes');
      await context.sync();
      cell.values = [['130']];
      await context.sync();
      // Excel read "130" as a number; the proxy still shows the string it was given
      expect(cell.values).toEqual([['130']]);
      expect(workbook.getCellValue('绩效指标', 'B2')).toBe(130);
      cell.load('values');
      await context.sync();
      expect(cell.values).toEqual([[130]]);
    });
  });

  it('keeps an old loaded value when someone edits the cell afterwards', async () => {
    const workbook = workbookWithIndicators();
    const Excel = createExcelApi(workbook);
    await Excel.run(async (context) => {
      const cell = context.workbook.worksheets.getItem('绩效指标').getRange('B2');
      cell.load('values');
      await context.sync();
      workbook.userEdit('绩效指标', 'B2', 200);
      expect(cell.values).toEqual([[120]]);
    });
  });
});
