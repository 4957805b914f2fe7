import { promises as fs } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { installCellReconcile } from '../../../src/hosts/xlsx/exceljs-cell-reconcile';
import { everyKindOfPart } from '../../fixtures/every-kind-of-part';

interface CellXform {
  reconcile(model: Record<string, unknown>, options: Record<string, unknown>): void;
}
type CellXformClass = new () => CellXform;

// this file's ExcelJS, with the patch installed (imported above) …
const CellXformPatched = require('exceljs/lib/xlsx/xform/sheet/cell-xform') as CellXformClass;
// … and a copy of ExcelJS's cell reader as it ships
let pristine: { CellXform: CellXformClass };
jest.isolateModules(() => {
  pristine = { CellXform: require('exceljs/lib/xlsx/xform/sheet/cell-xform') as CellXformClass };
});

const SAMPLES = path.join(__dirname, '../../../samples');

async function loaded(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return workbook;
}

/** the models this ExcelJS loads from the same bytes with the patch and with ExcelJS's own CellXform.reconcile */
async function loadedBothWays(bytes: Buffer): Promise<[unknown, unknown]> {
  const mine = await loaded(bytes);
  const installed = CellXformPatched.prototype.reconcile;
  CellXformPatched.prototype.reconcile = pristine.CellXform.prototype.reconcile;
  try {
    const theirs = await loaded(bytes);
    return [mine.model, theirs.model];
  } finally {
    CellXformPatched.prototype.reconcile = installed;
  }
}

/** shared formulas, a date, a boolean, an error, rich text, a style, and a sheet beside it with a link and a note */
function formulasAndLinks(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  const plain = workbook.addWorksheet('绩效指标');
  plain.getCell('A1').value = 2;
  plain.getCell('A2').value = 3;
  plain.getCell('B1').value = { formula: 'A1*2', result: 4, shareType: 'shared', ref: 'B1:B2' } as ExcelJS.CellValue;
  plain.getCell('B2').value = { sharedFormula: 'B1', result: 6 } as ExcelJS.CellValue;
  plain.getCell('C1').value = new Date(Date.UTC(2024, 11, 31));
  plain.getCell('C2').value = true;
  plain.getCell('D1').value = { error: '#N/A' } as ExcelJS.CellErrorValue;
  plain.getCell('D2').value = { richText: [{ text: '达标', font: { bold: true } }, { text: '（部分）' }] };
  plain.getCell('E1').value = '完成率';
  plain.getCell('E1').numFmt = '0.0%';
  const linked = workbook.addWorksheet('评分结果');
  linked.getCell('A1').value = { text: '绩效指标', hyperlink: "#'绩效指标'!A1" };
  linked.getCell('B2').value = 0.97;
  linked.getCell('B2').note = '请核对';
  linked.getCell('C3').value = { formula: 'B2*100', result: 97 };
  return workbook;
}

describe('cells loaded without looking their address up in a sheet without links or notes', () => {
  it('is installed once', () => {
    expect(installCellReconcile()).toBe(true);
    expect(CellXformPatched.prototype.reconcile).not.toBe(pristine.CellXform.prototype.reconcile);
  });

  it('looks up neither links nor notes by the cell’s address when the sheet has none, and finishes the cell as ExcelJS does', () => {
    const asked: PropertyKey[] = [];
    const watched = (): object => new Proxy({}, { get: (target, key) => (asked.push(key), Reflect.get(target, key)) });
    const styles = { getStyleModel: (id: number) => (id === 3 ? { numFmt: 'yyyy-mm-dd' } : null) };
    const cell = () => ({ address: 'K12', type: ExcelJS.ValueType.Number, value: 45657, styleId: 3 });
    const mine = cell();
    new CellXformPatched().reconcile(mine, { styles, hyperlinkMap: watched(), commentsMap: watched(), formulae: {} });
    expect(asked).not.toContain('K12');
    const theirs = cell();
    new pristine.CellXform().reconcile(theirs, { styles, hyperlinkMap: {}, commentsMap: {}, formulae: {} });
    expect(mine).toEqual(theirs);
    expect(mine.address).toBe('K12');
    expect(mine.value).toEqual(new Date(Date.UTC(2024, 11, 31)));
  });

  it('reads shared formulas, dates, booleans, errors, rich text, links and notes as ExcelJS alone does', async () => {
    const bytes = (await formulasAndLinks().xlsx.writeBuffer()) as unknown as Buffer;
    const [mine, theirs] = await loadedBothWays(bytes);
    expect(mine).toEqual(theirs);
    const reloaded = await loaded(bytes);
    expect(reloaded.getWorksheet('绩效指标')?.getCell('B2').formula).toBe('A2*2');
    expect(reloaded.getWorksheet('评分结果')?.getCell('A1').hyperlink).toBe("#'绩效指标'!A1");
    expect(reloaded.getWorksheet('评分结果')?.getCell('B2').note).toBe('请核对');
  });

  it('reads every kind of part as ExcelJS alone does', async () => {
    const [mine, theirs] = await loadedBothWays((await (await everyKindOfPart()).xlsx.writeBuffer()) as unknown as Buffer);
    expect(mine).toEqual(theirs);
  });

  it.each(['seed-000.xlsx', 'seed-002.xlsx', 'project-mof.xlsx'])('reads %s as ExcelJS alone does', async (sample) => {
    const [mine, theirs] = await loadedBothWays(await fs.readFile(path.join(SAMPLES, sample)));
    expect(mine).toEqual(theirs);
  });
});
