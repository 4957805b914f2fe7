import { promises as fs } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { openAndScore } from '../../../src/cli/score-file';
import { renderXlsxParts } from '../../../src/hosts/xlsx/exceljs-parts';
import { everyKindOfPart, ICON, WRITTEN_AT } from '../../fixtures/every-kind-of-part';
import { zipEntries } from '../../fixtures/zip-entries';

const SAMPLES = path.join(__dirname, '../../../samples');

/** The parts as renderXlsxParts hands them over, as bytes. */
async function renderedParts(workbook: ExcelJS.Workbook): Promise<Map<string, Buffer>> {
  const parts = new Map<string, Buffer>();
  await renderXlsxParts(workbook, {
    append(data, { name, base64 }) {
      parts.set(name, typeof data === 'string' ? Buffer.from(data, base64 ? 'base64' : 'utf8') : Buffer.from(data));
    },
  });
  return parts;
}

/** The files of ExcelJS's own zip (stored), without the folder entries JSZip adds. */
async function excelJsOwnParts(workbook: ExcelJS.Workbook): Promise<Map<string, Buffer>> {
  const zip = (await workbook.xlsx.writeBuffer({ zip: { compression: 'STORE' } })) as unknown as Buffer;
  return new Map(zipEntries(zip).filter((entry) => !entry.name.endsWith('/')).map((entry) => [entry.name, entry.data()]));
}

function expectSameParts(mine: Map<string, Buffer>, theirs: Map<string, Buffer>): void {
  expect([...mine.keys()]).toEqual([...theirs.keys()]);
  for (const [name, bytes] of theirs) {
    if (!mine.get(name)?.equals(bytes)) throw new Error(`${name} differs from ExcelJS's own`);
  }
}

describe("rendering a workbook's parts as ExcelJS writes them, without its zip", () => {
  it('gives every part of ExcelJS’s own file, in its order, byte for byte', async () => {
    const workbook = await everyKindOfPart();
    const mine = await renderedParts(workbook);
    const theirs = await excelJsOwnParts(workbook);
    expect([...mine.keys()]).toEqual(
      expect.arrayContaining(['[Content_Types].xml', 'xl/worksheets/sheet1.xml', 'xl/sharedStrings.xml', 'xl/tables/table1.xml', 'xl/comments1.xml', 'xl/drawings/drawing1.xml', 'xl/media/image1.png', 'xl/media/image2.png', 'xl/media/image3.png', 'xl/styles.xml', 'docProps/core.xml']),
    );
    for (const image of ['image1', 'image2', 'image3']) expect(mine.get(`xl/media/${image}.png`)).toEqual(await fs.readFile(ICON));
    expectSameParts(mine, theirs);
  });

  it('makes each sheet’s model once (ExcelJS’s workbook.model makes it twice, one thrown away), and leaves the sheets as they were', async () => {
    const workbook = await everyKindOfPart();
    const sheetModel = jest.spyOn(Object.getPrototypeOf(workbook.worksheets[0]), 'model', 'get');
    try {
      await renderedParts(workbook);
      expect(sheetModel).toHaveBeenCalledTimes(workbook.worksheets.length);
    } finally {
      sheetModel.mockRestore();
    }
    for (const sheet of workbook.worksheets) expect(Object.getOwnPropertyNames(sheet)).not.toContain('model');
    expect(workbook.getWorksheet('绩效指标')?.getRow(5).getCell(1).isMerged).toBe(true);
  });

  it('can render the same workbook again with the same result', async () => {
    const workbook = await everyKindOfPart();
    expectSameParts(await renderedParts(workbook), await renderedParts(workbook));
  });

  it.each(['seed-000.xlsx', 'seed-002.xlsx', 'project-mof.xlsx'])('gives the parts of ExcelJS’s own file for the scored %s', async (sample) => {
    const scored = await openAndScore(path.join(SAMPLES, sample));
    if (scored.kind !== 'scored') throw new Error(`${sample} did not score`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await scored.workbook.toBuffer()) as unknown as ExcelJS.Buffer);
    workbook.modified = WRITTEN_AT;
    expectSameParts(await renderedParts(workbook), await excelJsOwnParts(workbook));
  });
});
