import { createExcelApi, MemoryWorkbook } from '../../../src/hosts/memory';
import type { MemoryRequestContext } from '../../../src/hosts/memory';

function indicators(): MemoryWorkbook {
  return new MemoryWorkbook({
    sheets: [
      {
        name: '绩效指标',
        top: 3,
        left: 2,
        rows: [
          ['三级指标', '年度指标值', '实际完成值'],
          ['培训人次', 120, { error: '#N/A' }],
          ['满意度', 0.9, true],
        ],
        numberFormats: [
          [null, null, null],
          [null, '0', null],
          [null, '0%', null],
        ],
      },
      { name: 'Sheet 2' },
      { name: 'Plain' },
    ],
  });
}

async function inRun<T>(workbook: MemoryWorkbook, batch: (context: MemoryRequestContext) => Promise<T>): Promise<T> {
  return createExcelApi(workbook).run(batch);
}

describe('reading a range', () => {
  it('gives values, number formats, value types and position of the used range', async () => {
    await inRun(indicators(), async (context) => {
      const used = context.workbook.worksheets.getItem('绩效指标').getUsedRange();
      used.load('address, values, numberFormat, valueTypes, rowIndex, columnIndex, rowCount, columnCount');
      await context.sync();
      // learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-address-member — "the range
      // reference in A1-style … contains the sheet reference (for example, "Sheet1!A1:B4")"
      expect(used.address).toBe("'绩效指标'!B3:D5");
      expect([used.rowIndex, used.columnIndex, used.rowCount, used.columnCount]).toEqual([2, 1, 3, 3]);
      expect(used.values).toEqual([
        ['三级指标', '年度指标值', '实际完成值'],
        ['培训人次', 120, '#N/A'],
        ['满意度', 0.9, true],
      ]);
      expect(used.valueTypes[1]).toEqual(['String', 'Double', 'Error']);
      expect(used.numberFormat[2]).toEqual(['General', '0%', 'General']);
    });
  });

  it('reads blank cells as "" with the value type Empty', async () => {
    await inRun(indicators(), async (context) => {
      const range = context.workbook.worksheets.getItem('绩效指标').getRange('A1:B1');
      range.load('values, valueTypes');
      await context.sync();
      expect(range.values).toEqual([['', '']]);
      expect(range.valueTypes).toEqual([['Empty', 'Empty']]);
    });
  });

  it('quotes sheet names in addresses only where Excel does', async () => {
    await inRun(indicators(), async (context) => {
      const sheets = context.workbook.worksheets;
      const spaced = sheets.getItem('Sheet 2').getRange('A1');
      const plain = sheets.getItem('Plain').getRange('c2:a1');
      spaced.load('address');
      plain.load('address');
      await context.sync();
      expect(spaced.address).toBe("'Sheet 2'!A1");
      expect(plain.address).toBe('Plain!A1:C2');
    });
  });

  it('has A1 as the used range of an empty sheet, and a null object from getUsedRangeOrNullObject', async () => {
    await inRun(indicators(), async (context) => {
      const sheet = context.workbook.worksheets.getItem('Plain');
      const used = sheet.getUsedRange();
      const orNull = sheet.getUsedRangeOrNullObject();
      used.load('address');
      await context.sync();
      expect(used.address).toBe('Plain!A1');
      expect(orNull.isNullObject).toBe(true);
    });
  });

  it('derives cells and ranges relative to a range, 0-based', async () => {
    await inRun(indicators(), async (context) => {
      const sheet = context.workbook.worksheets.getItem('绩效指标');
      const header = sheet.getRange('B3:D3');
      const cell = header.getCell(1, 2);
      const below = header.getOffsetRange(1, 0);
      const grown = header.getResizedRange(2, 0);
      const byIndexes = sheet.getRangeByIndexes(2, 1, 1, 3);
      for (const range of [cell, below, grown, byIndexes]) range.load('address');
      await context.sync();
      expect([cell.address, below.address, grown.address, byIndexes.address]).toEqual([
        "'绩效指标'!D4",
        "'绩效指标'!B4:D4",
        "'绩效指标'!B3:D5",
        "'绩效指标'!B3:D3",
      ]);
    });
  });

  it('fails at sync with InvalidArgument for an address Excel would not accept', async () => {
    await expect(
      inRun(indicators(), async (context) => {
        context.workbook.worksheets.getItem('Plain').getRange('A0');
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidArgument' });
  });
});

describe('writing 2D arrays', () => {
  // learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-ranges-set-get-values — the array must
  // have the range's dimensions
  it('refuses an array whose shape does not match the range with InvalidArgument', async () => {
    const workbook = indicators();
    await expect(
      inRun(workbook, async (context) => {
        context.workbook.worksheets.getItem('Plain').getRange('A1:B2').values = [[1, 2, 3]];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidArgument' });
    expect(workbook.dumpValues('Plain')).toEqual([]);
  });

  // learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-blank-null-values#null-input-in-2-d-array
  it('leaves cells given null unchanged and clears cells given ""', async () => {
    const workbook = indicators();
    await inRun(workbook, async (context) => {
      context.workbook.worksheets.getItem('绩效指标').getRange('C4:D4').values = [[null, '']];
      await context.sync();
    });
    expect(workbook.getCellValue('绩效指标', 'C4')).toBe(120);
    expect(workbook.getCellValue('绩效指标', 'D4')).toBeNull();
  });

  it('fills every cell with a single value', async () => {
    const workbook = indicators();
    await inRun(workbook, async (context) => {
      context.workbook.worksheets.getItem('Plain').getRange('A1:B2').numberFormat = '@' as unknown as string[][];
      await context.sync();
    });
    expect(workbook.getCell('Plain', 'B2').numberFormat).toBe('@');
  });

  it('turns a string starting with "=" into a formula, except in a Text cell or after an apostrophe', async () => {
    const workbook = indicators();
    await inRun(workbook, async (context) => {
      const sheet = context.workbook.worksheets.getItem('Plain');
      sheet.getRange('B1').numberFormat = [['@']];
      sheet.getRange('A1:C1').values = [['=HYPERLINK("http://x")', '=HYPERLINK("http://x")', '\'=HYPERLINK("http://x")']];
      await context.sync();
    });
    expect(workbook.getCell('Plain', 'A1').formula).toBe('=HYPERLINK("http://x")');
    expect(workbook.getCell('Plain', 'B1')).toMatchObject({ value: '=HYPERLINK("http://x")', formula: null });
    expect(workbook.getCell('Plain', 'C1')).toMatchObject({ value: '=HYPERLINK("http://x")', formula: null, quotePrefix: true });
  });

  it('stores formulas and reports them through formulas; values come from the evaluator', async () => {
    const workbook = new MemoryWorkbook({
      sheets: [{ name: 'S', rows: [[2, 3]] }],
      formulaEvaluator: (formula) => (formula === '=A1*B1' ? 6 : null),
    });
    await inRun(workbook, async (context) => {
      const cell = context.workbook.worksheets.getItem('S').getRange('C1');
      cell.formulas = [['=A1*B1']];
      await context.sync();
      cell.load('formulas, values');
      await context.sync();
      expect(cell.formulas).toEqual([['=A1*B1']]);
      expect(cell.values).toEqual([[6]]);
    });
  });
});

describe('formats, merges, links and selection', () => {
  it('applies fonts, fills, alignment and wrapping, and reads null where the cells differ', async () => {
    const workbook = indicators();
    await inRun(workbook, async (context) => {
      const sheet = context.workbook.worksheets.getItem('绩效指标');
      const header = sheet.getRange('B3:D3');
      header.format.font.bold = true;
      header.format.fill.color = '#d9e1f2';
      header.format.horizontalAlignment = 'Center';
      header.format.wrapText = true;
      const mixed = sheet.getRange('B3:B4');
      mixed.load('format/font/bold, format/fill/color');
      header.load('format/fill/color');
      await context.sync();
      expect(header.format.fill.color).toBe('#D9E1F2');
      expect(mixed.format.font.bold).toBeNull();
      expect(mixed.format.fill.color).toBeNull();
    });
    expect(workbook.getCell('绩效指标', 'C3').format).toEqual({ bold: true, fill: '#D9E1F2', horizontal: 'Center', wrap: true });
  });

  it('sets column widths in points and merges keeping the upper-left value', async () => {
    const workbook = indicators();
    await inRun(workbook, async (context) => {
      const sheet = context.workbook.worksheets.getItem('Plain');
      sheet.getRange('B:C').format.columnWidth = 90;
      sheet.getRange('A1:B1').values = [['标题', '旁边']];
      sheet.getRange('A1:C1').merge();
      const width = sheet.getRange('B1:C1');
      width.load('format/columnWidth');
      await context.sync();
      expect(width.format.columnWidth).toBe(90);
    });
    expect(workbook.sheetInfo('Plain')).toMatchObject({ merges: ['A1:C1'], columnWidths: { 2: 90, 3: 90 } });
    expect(workbook.dumpValues('Plain')).toEqual([['标题']]);
  });

  it('sets row heights in points, 0 to 409, and reads a mixed range as null', async () => {
    const workbook = indicators();
    await inRun(workbook, async (context) => {
      const sheet = context.workbook.worksheets.getItem('Plain');
      sheet.getRange('2:3').format.rowHeight = 45;
      const same = sheet.getRange('A2:C3');
      const mixed = sheet.getRange('A1:A2');
      same.load('format/rowHeight');
      mixed.load('format/rowHeight');
      await context.sync();
      expect(same.format.rowHeight).toBe(45);
      expect(mixed.format.rowHeight).toBeNull();
    });
    expect(workbook.sheetInfo('Plain')).toMatchObject({ rowHeights: { 2: 45, 3: 45 } });
    await expect(
      inRun(workbook, async (context) => {
        context.workbook.worksheets.getItem('Plain').getRange('4:4').format.rowHeight = 410;
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidArgument' });
    expect(workbook.sheetInfo('Plain').rowHeights).toEqual({ 2: 45, 3: 45 });
  });

  it('links a cell inside the workbook and shows the text to display', async () => {
    const workbook = indicators();
    await inRun(workbook, async (context) => {
      context.workbook.worksheets.getItem('Plain').getRange('A1').hyperlink = { documentReference: "'绩效指标'!D4", textToDisplay: '实际完成值缺失' };
      await context.sync();
    });
    expect(workbook.getCell('Plain', 'A1')).toMatchObject({ value: '实际完成值缺失', hyperlink: { documentReference: "'绩效指标'!D4" } });
  });

  it('clears contents and formats, and unmerges', async () => {
    const workbook = indicators();
    await inRun(workbook, async (context) => {
      const sheet = context.workbook.worksheets.getItem('绩效指标');
      sheet.getRange('B3:D3').merge();
      await context.sync();
      sheet.getRange('B3:D5').clear();
      await context.sync();
    });
    expect(workbook.dumpValues('绩效指标')).toEqual([]);
    expect(workbook.sheetInfo('绩效指标')).toMatchObject({ merges: [], lastRow: 0 });
  });

  it('selects a range and activates its sheet; getSelectedRange gives it back', async () => {
    const workbook = indicators();
    await inRun(workbook, async (context) => {
      context.workbook.worksheets.getItem('绩效指标').getRange('D4').select();
      await context.sync();
      const selected = context.workbook.getSelectedRange();
      selected.load('address');
      await context.sync();
      expect(selected.address).toBe("'绩效指标'!D4");
    });
    expect(workbook.activeSheetName()).toBe('绩效指标');
  });

  it('freezes header rows and sets the page layout', async () => {
    const workbook = indicators();
    await inRun(workbook, async (context) => {
      const sheet = context.workbook.worksheets.getItem('Plain');
      sheet.freezePanes.freezeRows(2);
      sheet.pageLayout.orientation = 'Landscape';
      sheet.pageLayout.paperSize = 'A4';
      sheet.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
      sheet.pageLayout.setPrintTitleRows('$1:$2');
      await context.sync();
    });
    expect(workbook.sheetInfo('Plain')).toMatchObject({
      frozenRows: 2,
      pageLayout: { orientation: 'Landscape', paperSize: 'A4', fitToPagesWide: 1, fitToPagesTall: 0, printTitleRows: { first: 1, last: 2 } },
    });
  });

  it('takes only whole rows as print titles, as Excel does, and sets them on ExcelApi 1.9 only', async () => {
    for (const address of ['A1:B2', '$2:$1', '0:1']) {
      await expect(
        inRun(indicators(), async (context) => {
          context.workbook.worksheets.getItem('Plain').pageLayout.setPrintTitleRows(address);
          await context.sync();
        }),
      ).rejects.toMatchObject({ code: 'InvalidArgument' });
    }
    const older = new MemoryWorkbook({ sheets: [{ name: 'Plain', rows: [['a']] }], excelApiVersion: '1.8' });
    await expect(
      inRun(older, async (context) => {
        context.workbook.worksheets.getItem('Plain').pageLayout.setPrintTitleRows('1:1');
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'ApiNotFound' });
    expect(older.sheetInfo('Plain').pageLayout.printTitleRows).toBeNull();
  });
});

describe('merged areas (ExcelApi 1.13)', () => {
  const merged = () => new MemoryWorkbook({ sheets: [{ name: '绩效指标', rows: [['偏差原因', null, null]], merges: ['A1:C1', 'B3:C4'] }] });

  it('gives the areas that start in the range, with the sheet, once loaded and synced', async () => {
    await inRun(merged(), async (context) => {
      const sheet = context.workbook.worksheets.getItem('绩效指标');
      const all = sheet.getRange().getMergedAreasOrNullObject();
      expect(() => all.address).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      all.load('address');
      // a merge only reaching into the range is not one of its areas (office-js#3611)
      const part = sheet.getRange('C1:D4').getMergedAreasOrNullObject().load('address');
      const none = sheet.getRange('E1:F9').getMergedAreasOrNullObject();
      expect(() => none.isNullObject).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      await context.sync();
      expect(all.isNullObject).toBe(false);
      expect(all.address).toBe("'绩效指标'!A1:C1,'绩效指标'!B3:C4");
      expect(part.isNullObject).toBe(true);
      expect(none.isNullObject).toBe(true);
    });
  });

  it('is not there before 1.13', async () => {
    const workbook = new MemoryWorkbook({ sheets: [{ name: 'S', merges: ['A1:B1'] }], excelApiVersion: '1.12' });
    await expect(
      inRun(workbook, async (context) => {
        context.workbook.worksheets.getItem('S').getRange().getMergedAreasOrNullObject().load('address');
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'ApiNotFound' });
  });

  it('merges a seeded sheet as Excel merges: the covered cells lose their values', () => {
    const workbook = new MemoryWorkbook({ sheets: [{ name: 'S', rows: [['keep', 'lost']], merges: ['A1:B1'] }] });
    expect(workbook.dumpValues('S')).toEqual([['keep']]);
    expect(workbook.sheetInfo('S').merges).toEqual(['A1:B1']);
  });
});

describe('the used range inside a range (ExcelApi 1.4)', () => {
  it('is the smallest rectangle holding the used cells within it, or a null object', async () => {
    const workbook = indicators();
    await inRun(workbook, async (context) => {
      const sheet = context.workbook.worksheets.getItem('绩效指标');
      const window = sheet.getRangeByIndexes(0, 0, 4, 3).getUsedRangeOrNullObject(false).load('address, rowCount, columnCount');
      const empty = sheet.getRange('F1:H9').getUsedRangeOrNullObject(false).load('address');
      await context.sync();
      expect(window.address).toBe("'绩效指标'!B3:C4");
      expect([window.rowCount, window.columnCount]).toEqual([2, 2]);
      expect(empty.isNullObject).toBe(true);
    });
  });
});
