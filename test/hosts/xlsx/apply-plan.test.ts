import ExcelJS from 'exceljs';
import { createXlsxWorkbook, openXlsx, PlanNotApplicableError } from '../../../src/hosts/xlsx';
import { applyPlan, internalLink } from '../../../src/hosts/xlsx/apply-plan';
import type { PlannedCell, WritePlan } from '../../../src/workbook/write-plan';
import { zipEntryText } from '../../fixtures/zip-entries';

async function load(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return workbook;
}

async function bytesOf(workbook: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}

async function applied(input: Buffer, plan: WritePlan): Promise<Buffer> {
  const xlsx = await openXlsx(input);
  await xlsx.apply(plan);
  return xlsx.toBuffer();
}

const INDICATORS: Array<[string, string, string, number | string, number | string, number, number]> = [
  ['产出', '数量指标', '专题培训场次', 4, 4, 5, 5],
  ['', '数量指标', '普法活动场次', 20, 22, 5, 5],
  ['', '质量指标', '培训合格率', 0.9, 0.95, 10, 10],
  ['效益', '社会效益指标', '乡村振兴产业对接成功案例', 16, 3, 5, 1],
  ['满意度', '服务对象满意度指标', '会员企业满意率', 0.9, 0.91, 4, 4],
];

/** A user's workbook as people make them: a title, merged cells, formulas, styles, widths, another sheet. */
async function realisticWorkbook(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('绩效指标');
  sheet.getCell('A1').value = '2022 年度部门整体支出绩效自评表';
  sheet.getCell('A1').font = { name: '宋体', size: 16, bold: true };
  sheet.getCell('A1').alignment = { horizontal: 'center' };
  sheet.mergeCells('A1:H1');
  const header = ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '自评得分', '偏差原因分析及改进措施'];
  header.forEach((title, i) => {
    const cell = sheet.getCell(2, i + 1);
    cell.value = title;
    cell.font = { name: '宋体', bold: true, color: { argb: 'FF1F4E79' } };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
    cell.border = { top: { style: 'thin' }, bottom: { style: 'medium' } };
  });
  INDICATORS.forEach((row, r) => {
    row.forEach((value, c) => {
      sheet.getCell(3 + r, c + 1).value = value === '' ? null : value;
    });
    if (typeof row[3] === 'number' && row[3] < 1) {
      sheet.getCell(3 + r, 4).numFmt = '0%';
      sheet.getCell(3 + r, 5).numFmt = '0.0%';
    }
  });
  sheet.mergeCells('A3:A5');
  sheet.getCell('H6').value = '受疫情影响，产业对接事宜暂未达成意向';
  sheet.getCell('H6').alignment = { wrapText: true, vertical: 'top' };
  sheet.getCell('E8').value = '合计';
  sheet.getCell('F8').value = { formula: 'SUM(F3:F7)', result: 29 };
  sheet.getCell('G8').value = { formula: 'SUM(G3:G7)', result: 25 };
  sheet.getCell('G8').numFmt = '0.00';
  sheet.getColumn(3).width = 28;
  sheet.getColumn(8).width = 40;

  const other = workbook.addWorksheet('往来明细');
  other.getCell('A1').value = '日期';
  other.getCell('B1').value = '金额（万元）';
  other.getCell('A2').value = new Date(Date.UTC(2022, 5, 30));
  other.getCell('A2').numFmt = 'yyyy-mm-dd';
  other.getCell('B2').value = 42.52;
  other.getCell('B2').numFmt = '#,##0.00';
  other.getCell('B3').value = { formula: "B2+'绩效指标'!F8", result: 71.52 };
  other.mergeCells('C1:D2');
  other.getCell('C1').value = '备注';
  other.getColumn(2).width = 18;
  return bytesOf(workbook);
}

const text = (value: string, extra: Partial<PlannedCell> = {}): PlannedCell => ({ kind: 'text', value, ...extra });
const number = (value: number, numberFormat?: string): PlannedCell => ({ kind: 'value', value, numberFormat });

/** Writes like the add-in's: four columns beside the table, a result sheet, a hidden metadata sheet. */
const PLAN: WritePlan = {
  ops: [
    { kind: 'clearRange', sheet: '绩效指标', address: 'I2:L8' },
    {
      kind: 'setCells',
      sheet: '绩效指标',
      top: 2,
      left: 9,
      cells: [
        ['完成率', '计算得分', '状态', '提示'].map((title) => text(title, { style: { bold: true, fill: '#FFF2CC', border: true } })),
        [number(1, '0.0%'), number(5, '0.00'), text('达成'), text('')],
        [number(1.1, '0.0%'), number(5, '0.00'), text('达成'), text('')],
        [number(1.0556, '0.0%'), number(10, '0.00'), text('达成'), text('')],
        [number(0.1875, '0.0%'), number(0.94, '0.00'), text('未达成', { style: { fontColor: '#C00000' } }), text('=完成率低于60%', { style: { wrap: true } })],
        [number(1.0111, '0.0%'), number(4, '0.00'), text('达成'), text('-')],
        [text(''), { kind: 'formula', value: '=SUM(J3:J7)', result: 24.94, numberFormat: '0.00' }, text(''), text('')],
      ],
    },
    { kind: 'columnWidth', sheet: '绩效指标', column: 12, width: 36 },
    { kind: 'ensureSheet', sheet: '评分结果' },
    { kind: 'clearRange', sheet: '评分结果', address: 'A1:D6' },
    {
      kind: 'setCells',
      sheet: '评分结果',
      top: 1,
      left: 1,
      cells: [
        [text('评分结果', { style: { bold: true, fontSize: 14, horizontal: 'center', vertical: 'middle' } }), text(''), text(''), text('')],
        [text('总分'), number(95.91, '0.00'), text('综合评价'), text('优')],
        [text('+1 提示'), text('@张三'), text('=A1'), text('')],
        [text('绩效指标!D6', { link: { sheet: '绩效指标', address: 'D6' } }), text('完成率低于60%'), text(''), text('')],
        [{ kind: 'formula', value: '=B2/100', numberFormat: '0.0%' }, text(''), text(''), text('')],
      ],
    },
    { kind: 'merge', sheet: '评分结果', address: 'A1:D1' },
    { kind: 'columnWidth', sheet: '评分结果', column: 1, width: 24 },
    { kind: 'rowHeight', sheet: '评分结果', row: 4, height: 45.5 },
    { kind: 'pageSetup', sheet: '评分结果', paper: 'A4', orientation: 'portrait', fitToWidth: true },
    { kind: 'freezeRows', sheet: '评分结果', rows: 2 },
    { kind: 'ensureSheet', sheet: '_评分元数据', visibility: 'veryHidden' },
    { kind: 'setCells', sheet: '_评分元数据', top: 1, left: 1, cells: [[text('marker'), text('perf-eval:1')]] },
  ],
};

/** cells the plan owns on the user's sheet */
function ownedByPlan(sheet: string, row: number, column: number): boolean {
  return sheet === '绩效指标' && row >= 2 && row <= 8 && column >= 9 && column <= 12;
}

function cellsOf(workbook: ExcelJS.Workbook): Map<string, { value: unknown; formula: unknown; style: unknown; numFmt: unknown; type: number }> {
  const cells = new Map<string, { value: unknown; formula: unknown; style: unknown; numFmt: unknown; type: number }>();
  workbook.eachSheet((sheet) => {
    sheet.eachRow({ includeEmpty: true }, (row) => {
      row.eachCell({ includeEmpty: true }, (cell) => {
        if (ownedByPlan(sheet.name, cell.row as unknown as number, cell.col as unknown as number)) return;
        cells.set(`${sheet.name}!${cell.address}`, {
          value: cell.value,
          formula: cell.formula,
          style: JSON.parse(JSON.stringify(cell.style ?? {})),
          numFmt: cell.numFmt,
          type: cell.type,
        });
      });
    });
  });
  return cells;
}

function mergesOf(sheet: ExcelJS.Worksheet): string[] {
  return [...(sheet.model.merges as string[])].sort();
}

describe('applying a write plan to an .xlsx', () => {
  let input: Buffer;
  let output: Buffer;
  let before: ExcelJS.Workbook;
  let after: ExcelJS.Workbook;

  beforeAll(async () => {
    input = await realisticWorkbook();
    output = await applied(input, PLAN);
    before = await load(input);
    after = await load(output);
  });

  it('leaves every cell the plan does not own exactly as it was: value, formula, style, number format', () => {
    const original = cellsOf(before);
    const result = cellsOf(after);
    expect(original.size).toBeGreaterThan(40);
    for (const [address, cell] of original) {
      expect({ address, ...result.get(address) }).toEqual({ address, ...cell });
    }
  });

  it('keeps the merges and column widths of the user sheets, other sheets included', () => {
    for (const name of ['绩效指标', '往来明细']) {
      expect(mergesOf(after.getWorksheet(name)!)).toEqual(mergesOf(before.getWorksheet(name)!));
    }
    expect(after.getWorksheet('绩效指标')!.getColumn(3).width).toBe(28);
    expect(after.getWorksheet('绩效指标')!.getColumn(8).width).toBe(40);
    expect(after.getWorksheet('往来明细')!.getColumn(2).width).toBe(18);
    expect(after.worksheets.map((sheet) => sheet.name)).toEqual(['绩效指标', '往来明细', '评分结果', '_评分元数据']);
  });

  it('writes the planned values with their number formats and styles', () => {
    const sheet = after.getWorksheet('绩效指标')!;
    expect(sheet.getCell('I2').value).toBe('完成率');
    expect(sheet.getCell('I2').font).toMatchObject({ bold: true });
    expect(sheet.getCell('I2').fill).toMatchObject({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF2CC' } });
    expect(sheet.getCell('I2').border).toMatchObject({ top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' } });
    expect(sheet.getCell('I6').value).toBe(0.1875);
    expect(sheet.getCell('I6').numFmt).toBe('0.0%');
    expect(sheet.getCell('J6').value).toBe(0.94);
    expect(sheet.getCell('K6').font).toMatchObject({ color: { argb: 'FFC00000' } });
    expect(sheet.getCell('L6').alignment).toMatchObject({ wrapText: true });
    expect(sheet.getCell('L3').value).toBeNull();
    expect(sheet.getColumn(12).width).toBe(36);
    const result = after.getWorksheet('评分结果')!;
    expect(result.getCell('A1').font).toMatchObject({ bold: true, size: 14 });
    expect(result.getCell('A1').alignment).toMatchObject({ horizontal: 'center', vertical: 'middle' });
  });

  it('writes text that looks like a formula as text, never as a formula', () => {
    const result = after.getWorksheet('评分结果')!;
    for (const [address, expected] of [
      ['C3', '=A1'],
      ['A3', '+1 提示'],
      ['B3', '@张三'],
    ] as const) {
      expect(result.getCell(address).type).toBe(ExcelJS.ValueType.String);
      expect(result.getCell(address).value).toBe(expected);
    }
    expect(after.getWorksheet('绩效指标')!.getCell('L6').value).toBe('=完成率低于60%');
    expect(after.getWorksheet('绩效指标')!.getCell('L7').value).toBe('-');
    const sheetXml = zipEntryText(output, 'xl/worksheets/sheet3.xml')!;
    expect(sheetXml).toContain('<c r="A5"');
    expect(sheetXml.match(/<f>/g)).toHaveLength(1);
  });

  it('writes a formula with the planned value as its cached result', () => {
    const cell = after.getWorksheet('绩效指标')!.getCell('J8');
    expect(cell.formula).toBe('SUM(J3:J7)');
    expect(cell.result).toBe(24.94);
    expect(cell.numFmt).toBe('0.00');
  });

  it('asks Excel to recalculate on opening when a formula came without a result', () => {
    expect(zipEntryText(output, 'xl/workbook.xml')).toContain('fullCalcOnLoad="1"');
  });

  it('merges, sizes, sets up A4 printing and freezes the header of the result sheet', () => {
    const result = after.getWorksheet('评分结果')!;
    expect(mergesOf(result)).toEqual(['A1:D1']);
    expect(result.getColumn(1).width).toBe(24);
    expect(result.getRow(4).height).toBe(45.5);
    expect(zipEntryText(output, 'xl/worksheets/sheet3.xml')).toMatch(/<row r="4"[^>]* ht="45.5" customHeight="1"/);
    expect(result.pageSetup).toMatchObject({ paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
    expect(result.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
  });

  it('links a warning to the cell it is about, inside the workbook', () => {
    const link = after.getWorksheet('评分结果')!.getCell('A4');
    expect(link.value).toEqual({ text: '绩效指标!D6', hyperlink: "#'绩效指标'!$D$6" });
  });

  it('writes that link the way Excel does, as a location without a relationship, so WPS can follow it', () => {
    expect(zipEntryText(output, 'xl/worksheets/sheet3.xml')).toContain('<hyperlink ref="A4" location="&apos;绩效指标&apos;!$D$6"/>');
    expect(zipEntryText(output, 'xl/worksheets/_rels/sheet3.xml.rels') ?? '').not.toContain('hyperlink');
  });

  it('writes the linked cell absolute, which LibreOffice cannot take for R1C1 notation (C4, R5)', () => {
    expect(internalLink('项目支出绩效自评表', 'C4')).toBe("#'项目支出绩效自评表'!$C$4");
    expect(internalLink("Bob's", 'R5')).toBe("#'Bob''s'!$R$5");
  });

  it('keeps the internal links a user made in Excel (a location without a relationship)', async () => {
    const workbook = await load(output);
    const relinked = await load(await bytesOf(workbook));
    expect(relinked.getWorksheet('评分结果')!.getCell('A4').value).toEqual({ text: '绩效指标!D6', hyperlink: "#'绩效指标'!$D$6" });
  });

  it('names every font it writes (a bold header is not <font><b/></font>)', () => {
    const fonts = [...(zipEntryText(output, 'xl/styles.xml') ?? '').matchAll(/<font>[\s\S]*?<\/font>|<font\/>/g)].map((match) => match[0]);
    expect(fonts.length).toBeGreaterThan(1);
    expect(fonts.filter((font) => !/<name val="[^"]+"\/>/.test(font))).toEqual([]);
  });

  it('creates the metadata sheet very hidden', () => {
    expect(after.getWorksheet('_评分元数据')!.state).toBe('veryHidden');
    expect(after.getWorksheet('_评分元数据')!.getCell('B1').value).toBe('perf-eval:1');
  });

  it('gives the same file when the same plan is applied again to its own output', async () => {
    const twice = await load(await applied(output, PLAN));
    for (const name of ['绩效指标', '评分结果']) {
      const first = after.getWorksheet(name)!;
      const second = twice.getWorksheet(name)!;
      expect(mergesOf(second)).toEqual(mergesOf(first));
      first.eachRow({ includeEmpty: true }, (row) =>
        row.eachCell({ includeEmpty: true }, (cell) => {
          expect([cell.address, second.getCell(cell.address).value, second.getCell(cell.address).numFmt]).toEqual([cell.address, cell.value, cell.numFmt]);
        }),
      );
    }
  });
});

describe('a plan the host cannot apply', () => {
  it('changes nothing when any op is wrong, and says which', async () => {
    const input = await realisticWorkbook();
    const xlsx = await openXlsx(input);
    const plan: WritePlan = {
      ops: [
        { kind: 'setCells', sheet: '绩效指标', top: 2, left: 9, cells: [[text('完成率')]] },
        { kind: 'merge', sheet: '没有这张表', address: 'A1:B1' },
        { kind: 'clearRange', sheet: '绩效指标', address: 'not-an-address' },
      ],
    };
    await expect(xlsx.apply(plan)).rejects.toThrow(PlanNotApplicableError);
    await expect(xlsx.apply(plan)).rejects.toThrow(/op 2 \(merge 没有这张表\): no such sheet; op 3 .*unreadable address/);
    const [grid] = await xlsx.readSheets(['绩效指标']);
    expect(grid.values[1]).toHaveLength(8);
  });

  it('accepts ops on a sheet that an earlier op of the same plan creates', async () => {
    const xlsx = await openXlsx(await realisticWorkbook());
    await xlsx.apply({
      ops: [
        { kind: 'ensureSheet', sheet: '自评报告' },
        { kind: 'setCells', sheet: '自评报告', top: 1, left: 1, cells: [[text('一、基本情况')]] },
      ],
    });
    const [grid] = await xlsx.readSheets(['自评报告']);
    expect(grid.values).toEqual([['一、基本情况']]);
  });
});

describe('rows and cells written without a style', () => {
  const plan: WritePlan = {
    ops: [
      { kind: 'ensureSheet', sheet: '评分结果' },
      { kind: 'setCells', sheet: '评分结果', top: 1, left: 1, cells: Array.from({ length: 50 }, (_, r) => [text(`提示${r}`), number(r, '0.00'), text('')]) },
      { kind: 'clearRange', sheet: '评分结果', address: 'B40:C50' },
    ],
  };

  it('share one empty style, which ExcelJS looks up once when saving instead of once per object', () => {
    const workbook = new ExcelJS.Workbook();
    applyPlan(workbook, plan);
    const sheet = workbook.getWorksheet('评分结果')!;
    const empty = new Set<unknown>();
    sheet.eachRow((row) => {
      empty.add((row as unknown as { style: unknown }).style);
      empty.add(row.getCell(1).style);
      empty.add(row.getCell(3).style);
    });
    for (let r = 40; r <= 50; r++) empty.add(sheet.getCell(r, 2).style);
    expect(empty.size).toBe(1);
    const [shared] = empty;
    expect(shared).toEqual({});
    expect(Object.isFrozen(shared)).toBe(true);
    expect(sheet.getCell(2, 2).style).toMatchObject({ numFmt: '0.00' });
  });

  it('stay unstyled in the saved file', async () => {
    const xlsx = createXlsxWorkbook();
    await xlsx.apply(plan);
    const xml = zipEntryText(await xlsx.toBuffer(), 'xl/worksheets/sheet1.xml') ?? '';
    expect(xml).toContain('<c r="A1" t="s">');
    expect(xml).toContain('<row r="1"');
    expect(xml).not.toMatch(/<row [^>]*\bs="/);
    expect(xml).toMatch(/<c r="B2" s="[1-9]\d*"/);
  });
});

describe('rows where wrapped text is written', () => {
  const hint = { vertical: 'top', wrap: true } as const;
  const long = '「年度资金总额」年初预算数 300 万元调整为全年预算数 280 万元（减少 20 万元），请在“说明”中写明调整原因';

  function sheetAfter(prepare: (sheet: ExcelJS.Worksheet) => void, extra: WritePlan['ops'] = []): ExcelJS.Worksheet {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('预算执行');
    prepare(sheet);
    applyPlan(workbook, {
      ops: [
        { kind: 'setCells', sheet: '预算执行', top: 2, left: 8, cells: [[{ kind: 'text', value: long, style: hint }], [{ kind: 'text', value: long, style: hint }], [{ kind: 'text', value: '短提示', style: hint }], [{ kind: 'text', value: long, style: hint }]] },
        { kind: 'columnWidth', sheet: '预算执行', column: 8, width: 48 },
        ...extra,
      ],
    });
    return sheet;
  }

  it('are raised to show the whole text, as Excel does by itself (LibreOffice opens them one line high)', () => {
    const sheet = sheetAfter(() => undefined);
    // about 100 widths in a 48-wide column: three lines
    expect(sheet.getRow(2).height).toBeGreaterThanOrEqual(3 * 14);
    expect(sheet.getRow(4).height).toBeUndefined();
  });

  it('are never made lower than the user had them, and keep the height the plan gives them', () => {
    const sheet = sheetAfter(
      (s) => {
        s.getRow(3).height = 90;
      },
      [{ kind: 'rowHeight', sheet: '预算执行', row: 5, height: 20 }],
    );
    expect(sheet.getRow(3).height).toBe(90);
    expect(sheet.getRow(5).height).toBe(20);
  });

  it('are left alone where the text sits in merged cells (the plan sizes those)', () => {
    const sheet = sheetAfter((s) => s.mergeCells('H2:J2'));
    expect(sheet.getRow(2).height).toBeUndefined();
  });
});

describe('dropdown lists (listValidation)', () => {
  async function withList(ops: WritePlan['ops']): Promise<Buffer> {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('绩效指标').getCell('B1').value = '一级指标';
    return applied(await bytesOf(workbook), { ops });
  }

  it('writes one list validation over the range that never rejects an entry: no error message, information style, blanks allowed', async () => {
    const bytes = await withList([{ kind: 'listValidation', sheet: '绩效指标', address: 'B2:B1000', values: ['产出指标', '效益指标', '满意度指标'] }]);
    const xml = zipEntryText(bytes, 'xl/worksheets/sheet1.xml')!;
    const validations = [...xml.matchAll(/<dataValidation [^>]*>.*?<\/dataValidation>/g)].map((match) => match[0]);
    expect(validations).toHaveLength(1);
    expect(validations[0]).toContain('type="list"');
    expect(validations[0]).toContain('sqref="B2:B1000"');
    expect(validations[0]).toContain('allowBlank="1"');
    expect(validations[0]).toContain('errorStyle="information"');
    expect(validations[0]).not.toContain('showErrorMessage="1"');
    // OOXML's showDropDown="1" hides the in-cell arrow
    expect(validations[0]).not.toContain('showDropDown="1"');
    expect(validations[0]).toContain('<formula1>&quot;产出指标,效益指标,满意度指标&quot;</formula1>');
    const sheet = (await load(bytes)).getWorksheet('绩效指标')!;
    expect(sheet.getCell('B500').dataValidation).toMatchObject({ type: 'list', formulae: ['"产出指标,效益指标,满意度指标"'] });
    expect(sheet.getCell('B1').dataValidation).toBeUndefined();
  });

  it('replaces the validation a file had in the range when applied again, instead of stacking a second', async () => {
    const once = await withList([{ kind: 'listValidation', sheet: '绩效指标', address: 'B2:B20', values: ['产出指标'] }]);
    const twice = await applied(once, { ops: [{ kind: 'listValidation', sheet: '绩效指标', address: 'B2:B20', values: ['产出指标', '效益指标'] }] });
    const xml = zipEntryText(twice, 'xl/worksheets/sheet1.xml')!;
    expect(xml.match(/<dataValidation /g)).toHaveLength(1);
    expect(xml).toContain('&quot;产出指标,效益指标&quot;');
  });

  it('come back as they were after a file is opened and saved again, where ExcelJS alone writes B2:B1000 back as two overlapping rules', async () => {
    const first = await withList([
      { kind: 'listValidation', sheet: '绩效指标', address: 'B2:B1000', values: ['产出指标', '效益指标'] },
      { kind: 'listValidation', sheet: '绩效指标', address: 'E2:F1000', values: ['≥', '≤'] },
      { kind: 'listValidation', sheet: '绩效指标', address: 'H5', values: ['是'] },
    ]);
    const sqrefs = (bytes: Buffer) => [...zipEntryText(bytes, 'xl/worksheets/sheet1.xml')!.matchAll(/<dataValidation [^>]*sqref="([^"]*)"/g)].map((match) => match[1]).sort();
    expect(sqrefs(first)).toEqual(['B2:B1000', 'E2:F1000', 'H5']);
    // ExcelJS on its own: load and save
    expect(sqrefs(await bytesOf(await load(first)))).toEqual(expect.arrayContaining(['B10:B1000', 'B2:B1000']));
    // through this host, twice
    const again = await applied(await applied(first, { ops: [] }), { ops: [] });
    expect(sqrefs(again)).toEqual(['B2:B1000', 'E2:F1000', 'H5']);
    // and a file ExcelJS already spoilt is mended: the rule's cells are the same, once each
    expect(sqrefs(await applied(await bytesOf(await load(first)), { ops: [] }))).toEqual(['B2:B1000', 'E2:F1000', 'H5']);
  });

  it('refuses a list Excel would not keep: empty, over 255 characters, or with a comma inside a value', async () => {
    const xlsx = await openXlsx(await withList([]));
    const op = (values: string[]) => ({ kind: 'listValidation' as const, sheet: '绩效指标', address: 'B2:B9', values });
    await expect(xlsx.apply({ ops: [op([])] })).rejects.toThrow(/empty list/);
    await expect(xlsx.apply({ ops: [op(['x'.repeat(128), 'y'.repeat(127)])] })).rejects.toThrow(/longer than 255/);
    await expect(xlsx.apply({ ops: [op(['a,b'])] })).rejects.toThrow(/commas/);
    await expect(xlsx.apply({ ops: [{ ...op(['a']), address: 'B2:' }] })).rejects.toThrow(/unreadable address/);
    await expect(xlsx.apply({ ops: [op(['x'.repeat(127), 'y'.repeat(127)])] })).resolves.toBeUndefined();
  });
});

describe('print titles (a pageSetup’s titleRows)', () => {
  async function withTitles(ops: WritePlan['ops']): Promise<Buffer> {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('基本信息').getCell('A1').value = '项目';
    workbook.addWorksheet('绩效指标').getCell('A1').value = '任务';
    return applied(await bytesOf(workbook), { ops });
  }
  const pageSetup = (sheet: string, titleRows?: number) => ({ kind: 'pageSetup' as const, sheet, paper: 'A4' as const, orientation: 'landscape' as const, fitToWidth: true, titleRows });
  const definedNames = (bytes: Buffer) => [...zipEntryText(bytes, 'xl/workbook.xml')!.matchAll(/<definedName [^>]*>[^<]*<\/definedName>/g)].map((match) => match[0]);

  it('are saved as Excel keeps them, a Print_Titles name on the sheet, and stay one when the file is scored again', async () => {
    const bytes = await withTitles([pageSetup('绩效指标', 1)]);
    const expected = ['<definedName name="_xlnm.Print_Titles" localSheetId="1">&apos;绩效指标&apos;!$1:$1</definedName>'];
    expect(definedNames(bytes)).toEqual(expected);
    expect(definedNames(await applied(await applied(bytes, { ops: [] }), { ops: [pageSetup('绩效指标', 1)] }))).toEqual(expected);
  });

  it('are left out where the plan asks for none, and refused when not a whole number of rows from 1 to 10', async () => {
    expect(definedNames(await withTitles([pageSetup('绩效指标')]))).toEqual([]);
    const xlsx = await openXlsx(await withTitles([]));
    for (const titleRows of [0, 2.5, 11]) await expect(xlsx.apply({ ops: [pageSetup('绩效指标', titleRows)] })).rejects.toThrow(/bad title row count/);
  });
});
