import ExcelJS from 'exceljs';
import { openXlsx } from '../../../src/hosts/xlsx';

async function bytesOf(workbook: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}

async function workbookWith(fill: (sheet: ExcelJS.Worksheet, workbook: ExcelJS.Workbook) => void): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  fill(workbook.addWorksheet('绩效指标'), workbook);
  return bytesOf(workbook);
}

async function readOne(bytes: Buffer, sheet = '绩效指标') {
  const [grid] = await (await openXlsx(bytes)).readSheets([sheet]);
  return grid;
}

describe('reading an .xlsx the way Office.js reports a used range', () => {
  it('gives a percentage shown as 95% as the number 0.95 with its "0%" format', async () => {
    const grid = await readOne(
      await workbookWith((sheet) => {
        sheet.getCell('A1').value = 0.95;
        sheet.getCell('A1').numFmt = '0%';
      }),
    );
    expect(grid.values).toEqual([[0.95]]);
    expect(grid.numberFormats).toEqual([['0%']]);
  });

  it('gives a formula cell its cached result and keeps the formula apart', async () => {
    const grid = await readOne(
      await workbookWith((sheet) => {
        sheet.getCell('A1').value = 30;
        sheet.getCell('B1').value = { formula: 'A1*2', result: 60 };
        sheet.getCell('C1').value = { formula: 'A1/0', result: { error: '#DIV/0!' } };
      }),
    );
    expect(grid.values).toEqual([[30, 60, { error: '#DIV/0!' }]]);
    expect(grid.formulas).toEqual([[null, '=A1*2', '=A1/0']]);
  });

  it('tells a formula the file holds no result for (a script wrote it) from one a spreadsheet calculated as ""', async () => {
    const workbook = await openXlsx(
      await workbookWith((sheet) => {
        // as Excel, WPS and LibreOffice save =IF(…,"",…) showing "": t="str" and an empty <v></v>
        sheet.getCell('A1').value = { formula: 'IF(TRUE,"",1)', result: '' };
        // as openpyxl and ExcelJS write a formula no spreadsheet calculated: no <v> text
        sheet.getCell('B1').value = { formula: '80+0' } as ExcelJS.CellFormulaValue;
        sheet.getCell('C1').value = { formula: '25*2', result: 50 };
        sheet.getCell('B3').value = { formula: '100-50' } as ExcelJS.CellFormulaValue;
      }),
    );
    const [grid] = await workbook.readSheets(['绩效指标']);
    expect(grid.values).toEqual([
      [null, null, 50],
      [null, null, null],
      [null, null, null],
    ]);
    expect(grid.formulas?.[0]).toEqual(['=IF(TRUE,"",1)', '=80+0', '=25*2']);
    expect(workbook.uncalculatedFormulas()).toEqual(
      new Map([
        [
          '绩效指标',
          [
            { row: 1, column: 2 },
            { row: 3, column: 2 },
          ],
        ],
      ]),
    );
  });

  it('reads rich text and hyperlinks as their plain text', async () => {
    const grid = await readOne(
      await workbookWith((sheet) => {
        sheet.getCell('A1').value = { richText: [{ text: '达成', font: { bold: true } }, { text: '年度指标' }] };
        sheet.getCell('B1').value = { text: '政策文件', hyperlink: 'https://www.mof.gov.cn/' };
      }),
    );
    expect(grid.values).toEqual([['达成年度指标', '政策文件']]);
  });

  it('reads error values as { error } and never as text', async () => {
    const grid = await readOne(
      await workbookWith((sheet) => {
        sheet.getCell('A1').value = { error: '#N/A' } as ExcelJS.CellErrorValue;
        sheet.getCell('B1').value = '#N/A';
      }),
    );
    expect(grid.values).toEqual([[{ error: '#N/A' }, '#N/A']]);
  });

  it('reads dates as Excel serial numbers with their date format, as Office.js does', async () => {
    const grid = await readOne(
      await workbookWith((sheet) => {
        sheet.getCell('A1').value = new Date(Date.UTC(2022, 11, 31));
        sheet.getCell('A1').numFmt = 'yyyy"年"m"月"d"日"';
        sheet.getCell('B1').value = new Date(Date.UTC(2019, 11, 31, 12, 0, 0));
        sheet.getCell('B1').numFmt = 'yyyy-mm-dd hh:mm';
      }),
    );
    expect(grid.values).toEqual([[44926, 43830.5]]);
    expect(grid.numberFormats).toEqual([['yyyy"年"m"月"d"日"', 'yyyy-mm-dd hh:mm']]);
  });

  it('reads dates of a 1904-date-system workbook to the serial numbers Excel shows', async () => {
    const bytes = await workbookWith((sheet, workbook) => {
      workbook.properties.date1904 = true;
      sheet.getCell('A1').value = new Date(Date.UTC(2022, 11, 31));
      sheet.getCell('A1').numFmt = 'yyyy-mm-dd';
    });
    const grid = await readOne(bytes);
    expect(grid.values).toEqual([[44926 - 1462]]);
  });

  it('gives a merged area its value in the top-left cell only, the covered cells blank', async () => {
    const grid = await readOne(
      await workbookWith((sheet) => {
        sheet.getCell('A1').value = '产出指标';
        sheet.mergeCells('A1:A3');
        sheet.getCell('B1').value = '数量指标';
        sheet.getCell('B2').value = '质量指标';
        sheet.getCell('B3').value = '时效指标';
      }),
    );
    expect(grid.values).toEqual([
      ['产出指标', '数量指标'],
      [null, '质量指标'],
      [null, '时效指标'],
    ]);
    expect(grid.merges).toEqual([{ top: 1, left: 1, bottom: 3, right: 1 }]);
  });

  it('gives every merged area in Excel\'s 1-based rows and columns, and none on a sheet without merges', async () => {
    const grid = await readOne(
      await workbookWith((sheet) => {
        sheet.getCell('C2').value = '偏差原因分析及改进措施';
        sheet.mergeCells('C2:F2');
        sheet.getCell('B4').value = '因疫情影响未完成';
        sheet.mergeCells('B4:D5');
      }),
    );
    expect(grid).toMatchObject({ top: 2, left: 2 });
    expect(grid.merges).toEqual(
      expect.arrayContaining([
        { top: 2, left: 3, bottom: 2, right: 6 },
        { top: 4, left: 2, bottom: 5, right: 4 },
      ]),
    );
    expect(grid.merges).toHaveLength(2);
    const plain = await readOne(await workbookWith((sheet) => (sheet.getCell('A1').value = '产出指标')));
    expect(plain.merges).toBeUndefined();
  });

  it('starts the used range at the first used cell, not at A1, and counts formatted empty cells', async () => {
    const grid = await readOne(
      await workbookWith((sheet) => {
        sheet.getCell('C4').value = '三级指标';
        sheet.getCell('D5').value = 4;
        sheet.getCell('E7').border = { bottom: { style: 'thin' } };
      }),
    );
    expect(grid.top).toBe(4);
    expect(grid.left).toBe(3);
    expect(grid.values).toEqual([
      ['三级指标', null, null],
      [null, 4, null],
      [null, null, null],
      [null, null, null],
    ]);
  });

  it('reads an empty sheet as the single blank cell A1', async () => {
    const grid = await readOne(await workbookWith(() => undefined));
    expect(grid).toMatchObject({ top: 1, left: 1, values: [[null]], numberFormats: [['General']] });
  });

  it('reads blank text as a blank and booleans as booleans', async () => {
    const grid = await readOne(
      await workbookWith((sheet) => {
        sheet.getCell('A1').value = '';
        sheet.getCell('B1').value = true;
        sheet.getCell('C1').value = '否';
      }),
    );
    expect(grid.values).toEqual([[null, true, '否']]);
  });

  it('lists every sheet in tab order, hidden ones included, and reads their visibility', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('基本信息');
    workbook.addWorksheet('评分元数据', { state: 'veryHidden' }).getCell('A1').value = 1;
    workbook.addWorksheet('备注', { state: 'hidden' });
    const xlsx = await openXlsx(await bytesOf(workbook));
    expect(await xlsx.sheetNames()).toEqual(['基本信息', '评分元数据', '备注']);
    const grids = await xlsx.readSheets(['评分元数据', '备注', '不存在的表']);
    expect(grids.map((grid) => [grid.name, grid.visibility])).toEqual([
      ['评分元数据', 'veryHidden'],
      ['备注', 'hidden'],
    ]);
  });

  it('finds a sheet whatever the case of its name, as Excel does', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Budget').getCell('A1').value = 'x';
    const grids = await (await openXlsx(await bytesOf(workbook))).readSheets(['budget']);
    expect(grids.map((grid) => grid.name)).toEqual(['Budget']);
  });
});
