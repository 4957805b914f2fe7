import ExcelJS from 'exceljs';
import { evaluate } from '../../../src/domain/evaluate';
import { buildNarrative, type NarrativeDocument } from '../../../src/domain/narrative';
import { createXlsxWorkbook, openXlsx } from '../../../src/hosts/xlsx';
import type { SheetGrid } from '../../../src/workbook/grid';
import { hashReportSheet, MAX_CELL_TEXT, planReportSheet, splitForCells } from '../../../src/workbook/plan/report-sheet';
import type { PlannedCell, WriteOp } from '../../../src/workbook/write-plan';
import { seed000Input } from '../../fixtures/seeds';
import { samplePath, sampleReport } from '../../domain/narrative/sample-reports';
import { scoreWorkbook } from '../../../src/workbook/score-workbook';

type SetCells = Extract<WriteOp, { kind: 'setCells' }>;

function cellsOf(ops: readonly WriteOp[]): PlannedCell[][] {
  const block = ops.find((op): op is SetCells => op.kind === 'setCells');
  if (!block) throw new Error('no cells planned');
  return block.cells;
}

function rowStartingWith(cells: PlannedCell[][], text: string): PlannedCell[] {
  const row = cells.find((line) => typeof line[0].value === 'string' && line[0].value.startsWith(text));
  if (!row) throw new Error(`no row starting with ${text}`);
  return row;
}

function heightsOf(ops: readonly WriteOp[]): number[] {
  return ops.flatMap((op) => (op.kind === 'rowHeight' ? [op.height] : []));
}

function mergesOf(ops: readonly WriteOp[]): string[] {
  return ops.flatMap((op) => (op.kind === 'merge' ? [op.address] : []));
}

function grid(values: SheetGrid['values'], name = '自评报告'): SheetGrid {
  return { name, top: 1, left: 1, values, numberFormats: values.map((row) => row.map(() => 'General')) };
}

function smallDoc(paragraph: string): NarrativeDocument {
  return {
    locale: 'zh-CN',
    title: '2023 年度示例单位部门整体支出绩效自评报告',
    titleLines: ['2023 年度示例单位', '部门整体支出绩效自评报告'],
    unitName: '示例单位',
    year: '2023',
    evaluationType: 'department',
    subtitle: '单位名称：示例单位',
    blocks: [
      { kind: 'heading', level: 1, text: '一、基本情况' },
      { kind: 'paragraph', text: paragraph, origin: 'quoted' },
    ],
  };
}

describe('the 自评报告 sheet', () => {
  let doc: NarrativeDocument;
  beforeAll(async () => {
    doc = buildNarrative(await sampleReport('seed-000'));
  });

  it('starts with the title and the unit and year, centred across A:E', () => {
    const { ops } = planReportSheet(doc, null);
    const cells = cellsOf(ops);
    expect(cells[0][0]).toMatchObject({ kind: 'text', value: '2019 年度武汉市新洲区工商业联合会部门整体支出绩效自评报告', style: { bold: true, fontSize: 16, horizontal: 'center' } });
    expect(cells[1][0]).toMatchObject({ kind: 'text', value: '单位名称：武汉市新洲区工商业联合会　　评价年度：2019 年度' });
    expect(mergesOf(ops)).toEqual(expect.arrayContaining(['A1:E1', 'A2:E2']));
  });

  it('sets a title too long for one line on its lines, so that it never breaks inside a word', async () => {
    // project-mof's title broke as "…补贴项目支 / 出绩效自评报告" across A:E
    const project = buildNarrative(await sampleReport('project-mof'));
    const cells = cellsOf(planReportSheet(project, null).ops);
    expect(cells[0][0].value).toBe('2023 年度示例区人力资源和社会保障局（虚构示例）\n职业技能提升培训补贴项目支出绩效自评报告');
    // and it is as tall as its two lines
    const [title] = heightsOf(planReportSheet(project, null).ops);
    expect(title).toBeGreaterThan(2 * 16 * 1.3);
  });

  it('styles headings as headings and writes one paragraph a row, merged and wrapped', () => {
    const { ops } = planReportSheet(doc, null);
    const cells = cellsOf(ops);
    expect(rowStartingWith(cells, '一、基本情况')[0].style).toMatchObject({ bold: true, fontSize: 14 });
    expect(rowStartingWith(cells, '（一）部门概况')[0].style).toMatchObject({ bold: true, fontSize: 12 });
    const paragraph = rowStartingWith(cells, '全年支出总额为 222.48 万元。');
    expect(paragraph[0]).toMatchObject({ kind: 'text', style: { wrap: true, vertical: 'top' } });
    const row = cells.indexOf(paragraph) + 1;
    expect(mergesOf(ops)).toContain(`A${row}:E${row}`);
    expect(cells.every((line) => line.length === 5)).toBe(true);
  });

  it('writes the scoring table as a real table: a value a cell, numbers as numbers, borders', () => {
    const { ops } = planReportSheet(doc, null);
    const cells = cellsOf(ops);
    const header = rowStartingWith(cells, '评价指标');
    expect(header.map((cell) => cell.value)).toEqual(['评价指标', '分值', '得分', '得分比', '综合评价']);
    expect(header.every((cell) => cell.style?.border)).toBe(true);
    const output = rowStartingWith(cells, '一、产出');
    expect(output.map((cell) => cell.value)).toEqual(['一、产出', 80, 74, 0.93, '优']);
    expect(output[1]).toMatchObject({ kind: 'value', numberFormat: 'General' });
    expect(output[3]).toMatchObject({ kind: 'value', numberFormat: '0%' });
    expect(output.every((cell) => cell.style?.border && cell.style.bold)).toBe(true);
    const item = rowStartingWith(cells, '3. 非公经济人士培训班');
    expect(item.map((cell) => cell.value)).toEqual(['3. 非公经济人士培训班', 13, 11, null, null]);
    expect(item[0].style?.bold).toBe(false);
    expect(rowStartingWith(cells, '综合绩效').map((cell) => cell.value)).toEqual(['综合绩效', 100, 93, 0.93, '优']);
  });

  it('writes the execution-rate cap as a plain line holding the points taken off, above 综合绩效', () => {
    const capped: NarrativeDocument = {
      ...doc,
      blocks: [
        {
          kind: 'table',
          header: ['评价指标', '分值', '得分', '得分比', '综合评价'],
          rows: [
            { role: 'adjustment', cells: [{ kind: 'text', text: '执行率限分调整' }, { kind: 'text', text: '' }, { kind: 'number', value: -1.14, text: '-1.14', format: 'score' }, { kind: 'text', text: '' }, { kind: 'text', text: '' }] },
          ],
        },
      ],
    };
    const row = rowStartingWith(cellsOf(planReportSheet(capped, null).ops), '执行率限分调整');
    expect(row.map((cell) => cell.value)).toEqual(['执行率限分调整', null, -1.14, null, null]);
    expect(row.some((cell) => cell.style?.bold)).toBe(false);
  });

  it('lays the table out without merges, its first column as wide as the two columns it replaces', () => {
    const { ops } = planReportSheet(doc, null);
    const cells = cellsOf(ops);
    const tableTop = cells.indexOf(rowStartingWith(cells, '评价指标')) + 1;
    const tableBottom = cells.indexOf(rowStartingWith(cells, '综合绩效')) + 1;
    const merged = mergesOf(ops).map((address) => Number(/^A(\d+):E\1$/.exec(address)?.[1]));
    expect(merged.every((row) => Number.isInteger(row))).toBe(true);
    expect(merged.filter((row) => row >= tableTop && row <= tableBottom)).toEqual([]);
    const widths = ops.flatMap((op) => (op.kind === 'columnWidth' ? [[op.column, op.width]] : []));
    expect(widths).toEqual([[1, 46], [2, 10], [3, 10], [4, 10], [5, 10]]);
  });

  it('is set up for A4, fitted to the page width', () => {
    const { ops } = planReportSheet(doc, null);
    expect(ops).toContainEqual({ kind: 'pageSetup', sheet: '自评报告', paper: 'A4', orientation: 'portrait', fitToWidth: true });
    expect(ops.filter((op) => op.kind === 'columnWidth')).toHaveLength(5);
  });

  it('keeps text as text, even when it starts like a formula', () => {
    const { ops } = planReportSheet(smallDoc('=SUM(A1:A3) 是用户写的文字'), null);
    const cell = rowStartingWith(cellsOf(ops), '=SUM')[0];
    expect(cell).toMatchObject({ kind: 'text', value: '=SUM(A1:A3) 是用户写的文字' });
  });

  it('splits a paragraph longer than a row can show across rows, after a sentence, losing nothing', () => {
    const sentence = '本单位认真开展绩效自评工作，逐项核实各项指标的完成情况。';
    const long = sentence.repeat(Math.ceil(3000 / sentence.length));
    const { ops } = planReportSheet(smallDoc(long), null);
    const rows = cellsOf(ops).slice(4).map((line) => String(line[0].value));
    expect(rows.length).toBe(3);
    expect(rows.every((text) => text.length <= MAX_CELL_TEXT && text.endsWith('。'))).toBe(true);
    expect(rows.join('')).toBe(long);
    // title, subtitle, heading, then the pieces: each as tall as its text, within Excel's tallest row
    const [first, second, third] = heightsOf(ops).slice(3);
    expect(first).toBeGreaterThan(300);
    expect(second).toBeGreaterThan(300);
    expect(third).toBeLessThan(first);
    expect(Math.max(...heightsOf(ops))).toBeLessThanOrEqual(409);
  });

  it('sets the height of every merged row to its wrapped text, since no application fits merged rows', () => {
    const short = '全年预算数 1,291.73 万元，执行数 1,288.38 万元，完成预算的 99.7%。';
    const { ops } = planReportSheet(smallDoc(short.repeat(5)), null);
    const merged = mergesOf(ops).map((address) => Number(/\d+/.exec(address)![0]));
    const heighted = ops.flatMap((op) => (op.kind === 'rowHeight' ? [op.row] : []));
    expect(heighted).toEqual(merged);
    const [title, , , paragraph] = heightsOf(ops);
    // the title is one line of 16-point text; the sentence is 66 characters wide (20 Chinese ones count
    // two), five of them 330, on lines of 85: 4 lines of 11-point text
    expect(title).toBeGreaterThan(20);
    expect(title).toBeLessThan(30);
    expect(paragraph).toBeGreaterThanOrEqual(4 * 11 * 1.3);
    expect(paragraph).toBeLessThan(5 * 11 * 1.4);
  });
});

describe('splitting text for cells', () => {
  it('cuts after a sentence when one ends within the limit', () => {
    expect(splitForCells('第一句。第二句很长很长。', 8)).toEqual(['第一句。', '第二句很长很长。']);
  });

  it('cuts after a clause (，、：) when no sentence ends within the limit, rather than inside a word', () => {
    expect(splitForCells('负责党建工作的指导，负责党建工作的考核', 14)).toEqual(['负责党建工作的指导，', '负责党建工作的考核']);
    expect(splitForCells('一句。负责指导、考核和培训', 12)).toEqual(['一句。', '负责指导、考核和培训']);
  });

  it('cuts at the limit when no sentence ends, never inside a surrogate pair', () => {
    const parts = splitForCells('ab😀cd', 3);
    expect(parts).toEqual(['ab', '😀c', 'd']);
  });

  it('leaves a short text whole', () => {
    expect(splitForCells('短文本')).toEqual(['短文本']);
  });
});

describe('writing the report again', () => {
  const doc = buildNarrative(evaluate(seed000Input()));

  it('replaces the report it wrote: the old content is cleared first', () => {
    const first = planReportSheet(doc, null);
    const existing = grid([['旧的标题', null, null, null, null, null, null, '旧内容']]);
    const again = planReportSheet(doc, existing, { storedHash: hashReportSheet(existing) });
    expect(again.conflict).toBeNull();
    expect(again.ops[0]).toEqual({ kind: 'ensureSheet', sheet: '自评报告' });
    expect(again.ops[1]).toEqual({ kind: 'clearRange', sheet: '自评报告', address: 'A1:H1' });
    expect(again.hash).toBe(first.hash);
  });

  it('writes an empty sheet without asking', () => {
    const plan = planReportSheet(doc, grid([[null, '']]));
    expect(plan.conflict).toBeNull();
    expect(plan.ops.length).toBeGreaterThan(0);
  });

  it('asks before replacing a report someone edited', () => {
    const edited = grid([['2019 年度报告（已手工修改）']]);
    const plan = planReportSheet(doc, edited, { storedHash: 'abc', onConflict: 'ask' });
    expect(plan.ops).toEqual([]);
    expect(plan.conflict).toMatchObject({ sheet: '自评报告', resolution: 'askUser' });
    expect(plan.conflict?.message['zh-CN']).toContain('已被修改');
    expect(plan.conflict?.message['en-US']).toContain('was edited');
  });

  it('treats a sheet it never recorded writing as someone else’s', () => {
    expect(planReportSheet(doc, grid([['用户自己的报告']])).conflict?.resolution).toBe('askUser');
  });

  it('writes beside an edited report when told to, under the first free name', () => {
    const edited = grid([['已修改']]);
    const plan = planReportSheet(doc, edited, { storedHash: 'abc', onConflict: 'newSheet', sheetNames: ['基本信息', '自评报告', '自评报告(2)'] });
    expect(plan.sheet).toBe('自评报告(3)');
    expect(plan.ops[0]).toEqual({ kind: 'ensureSheet', sheet: '自评报告(3)' });
    expect(plan.ops.some((op) => op.sheet === '自评报告')).toBe(false);
    expect(plan.conflict).toMatchObject({ sheet: '自评报告', resolution: 'wroteNewSheet' });
    expect(plan.conflict?.message['zh-CN']).toContain('自评报告(3)');
  });

  it('writes again into the 自评报告(n) it wrote beside the edited report, when no one edited that one', () => {
    const edited = grid([['已修改']]);
    const copy2 = grid([['自评报告（旧稿，经办人改过）']], '自评报告(2)');
    const copy3 = grid([['2019 年度报告']], '自评报告(3)');
    const sheets = [edited, copy2, copy3];
    const storedHashes = { 自评报告: 'abc', '自评报告(2)': 'def', '自评报告(3)': hashReportSheet(copy3) };
    const plan = planReportSheet(doc, edited, { storedHash: 'abc', onConflict: 'newSheet', sheetNames: sheets.map((g) => g.name), sheets, storedHashes });
    expect(plan.sheet).toBe('自评报告(3)');
    expect(plan.ops.slice(0, 2)).toEqual([
      { kind: 'ensureSheet', sheet: '自评报告(3)' },
      { kind: 'clearRange', sheet: '自评报告(3)', address: 'A1:E1' },
    ]);
    expect(plan.ops.some((op) => op.sheet === '自评报告' || op.sheet === '自评报告(2)')).toBe(false);
    expect(plan.conflict?.message['zh-CN']).toContain('自评报告(3)');
  });
});

describe('the content hash, through a real .xlsx', () => {
  it('is the same planned, written, saved and read back; an edit changes it', async () => {
    const doc = buildNarrative(await sampleReport('seed-002'));
    const plan = planReportSheet(doc, null);
    const workbook = createXlsxWorkbook();
    await workbook.apply({ ops: plan.ops });
    const reopened = await openXlsx(await workbook.toBuffer());
    const [readBack] = await reopened.readSheets(['自评报告']);
    expect(hashReportSheet(readBack)).toBe(plan.hash);

    const again = planReportSheet(doc, readBack, { storedHash: plan.hash });
    expect(again.conflict).toBeNull();

    const edited: SheetGrid = { ...readBack, values: readBack.values.map((row, r) => (r === 4 ? row.map((value, c) => (c === 0 ? '（一）改过的概况' : value)) : row)) };
    expect(planReportSheet(doc, edited, { storedHash: plan.hash }).conflict?.resolution).toBe('askUser');
  });
});

describe('a report written by the earlier layout (A:F, the table’s first column merged over A:B)', () => {
  it('is replaced by the new one: no old merge, nothing left in F, the same values as a fresh report', async () => {
    const doc = buildNarrative(await sampleReport('seed-002'));
    const old = workbookWithOldReport(doc);
    const workbook = await openXlsx((await old.xlsx.writeBuffer()) as unknown as Buffer);
    const [existing] = await workbook.readSheets(['自评报告']);
    const plan = planReportSheet(doc, existing, { storedHash: hashReportSheet(existing) });
    expect(plan.conflict).toBeNull();
    await workbook.apply({ ops: plan.ops });

    const reread = new ExcelJS.Workbook();
    await reread.xlsx.load((await workbook.toBuffer()) as unknown as ExcelJS.Buffer);
    const sheet = reread.getWorksheet('自评报告')!;
    const merges = sheet.model.merges as string[];
    expect(merges.length).toBeGreaterThan(0);
    expect(merges.every((address) => /^A(\d+):E\1$/.test(address))).toBe(true);
    const [readBack] = await (await openXlsx(await workbook.toBuffer())).readSheets(['自评报告']);
    expect(hashReportSheet(readBack)).toBe(plan.hash);
    expect(readBack.values.every((row) => row.slice(5).every((value) => value === null))).toBe(true);
  });
});

/** the sheet as the earlier layout wrote it: paragraphs merged A:F, table rows with A:B merged and the values in C:F */
function workbookWithOldReport(doc: NarrativeDocument): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('自评报告');
  let row = 0;
  const wide = (text: string) => {
    row += 1;
    sheet.getCell(row, 1).value = text;
    sheet.mergeCells(row, 1, row, 6);
  };
  wide(doc.title);
  row += 1;
  for (const block of doc.blocks) {
    if (block.kind !== 'table') {
      wide(block.text);
      continue;
    }
    for (const line of [block.header, ...block.rows.map((tableRow) => tableRow.cells.map((cell) => (cell.kind === 'text' ? cell.text : cell.value)))]) {
      row += 1;
      const [first, ...rest] = line;
      sheet.getCell(row, 1).value = first;
      rest.forEach((value, i) => (sheet.getCell(row, 3 + i).value = value));
      sheet.mergeCells(row, 1, row, 2);
    }
    row += 1;
  }
  return workbook;
}

describe('the report sheet in a scoring run', () => {
  const planner =
    (onConflict: 'ask' | 'newSheet') =>
    (report: Parameters<typeof buildNarrative>[0], existing: SheetGrid | null, context: { storedHash: string | null; sheetNames: readonly string[] }) =>
      planReportSheet(buildNarrative(report), existing, { ...context, onConflict });

  async function reportSheetTexts(workbook: Awaited<ReturnType<typeof openXlsx>>, sheet = '自评报告'): Promise<string[]> {
    const [read] = await workbook.readSheets([sheet]);
    return read ? read.values.map((row) => String(row[0] ?? '')) : [];
  }

  it('is written with the workbook, rewritten silently, and kept when someone edited it', async () => {
    const workbook = await openXlsx(samplePath('seed-002'));
    await scoreWorkbook(workbook, { planReportSheet: planner('newSheet') });
    expect(await reportSheetTexts(workbook)).toContain('经逐项对照自评，本单位整体支出绩效自评 95.91 分，本次绩效评价各项工作自评结果：优。');

    const reopened = await openXlsx(await workbook.toBuffer());
    const again = await scoreWorkbook(reopened, { planReportSheet: planner('newSheet') });
    expect(again.problems.map((problem) => problem.code)).not.toContain('REPORT_SHEET_CONFLICT');
    expect(await reopened.sheetNames()).not.toContain('自评报告(2)');

    await reopened.apply({ ops: [{ kind: 'setCells', sheet: '自评报告', top: 6, left: 1, cells: [[{ kind: 'text', value: '（一）部门概况（经办人改写）' }]] }] });
    const edited = await scoreWorkbook(reopened, { planReportSheet: planner('newSheet') });
    expect(edited.problems.map((problem) => problem.code)).toContain('REPORT_SHEET_CONFLICT');
    expect(await reopened.sheetNames()).toContain('自评报告(2)');
    expect(await reportSheetTexts(reopened)).toContain('（一）部门概况（经办人改写）');
    expect(await reportSheetTexts(reopened, '自评报告(2)')).toContain('（一）部门概况');
  });

  it('writes into the same 自评报告(2) on every later run while 自评报告 stays edited, and then changes nothing', async () => {
    const workbook = await openXlsx(samplePath('seed-002'));
    await scoreWorkbook(workbook, { planReportSheet: planner('newSheet') });
    await workbook.apply({ ops: [{ kind: 'setCells', sheet: '自评报告', top: 6, left: 1, cells: [[{ kind: 'text', value: '（一）部门概况（经办人改写）' }]] }] });
    await scoreWorkbook(workbook, { planReportSheet: planner('newSheet') });
    const reopened = await openXlsx(await workbook.toBuffer());
    const third = await scoreWorkbook(reopened, { planReportSheet: planner('newSheet') });
    expect(await reopened.sheetNames()).not.toContain('自评报告(3)');
    expect(third.plan.ops).toEqual([]);
    expect(third.problems.find((problem) => problem.code === 'REPORT_SHEET_CONFLICT')?.message['zh-CN']).toContain('自评报告(2)');
  });
});
