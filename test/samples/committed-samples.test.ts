import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { SAMPLE_WORKBOOKS } from '../../samples/data';
import { SAMPLES_DIR, writeSampleWorkbooks } from '../../scripts/build-samples';

interface CellSnapshot {
  address: string;
  value: unknown;
  numFmt: string | undefined;
}

async function snapshot(file: string): Promise<Record<string, { cells: CellSnapshot[]; merges: string[] }>> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const sheets: Record<string, { cells: CellSnapshot[]; merges: string[] }> = {};
  workbook.eachSheet((sheet) => {
    const cells: CellSnapshot[] = [];
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        cells.push({ address: cell.address, value: cell.value, numFmt: cell.numFmt });
      }),
    );
    sheets[sheet.name] = { cells, merges: [...(sheet.model.merges as string[])].sort() };
  });
  return sheets;
}

describe('the committed sample workbooks', () => {
  let rebuilt: string;
  beforeAll(async () => {
    rebuilt = await fs.mkdtemp(path.join(os.tmpdir(), 'samples-'));
    await writeSampleWorkbooks(rebuilt);
  });
  afterAll(async () => {
    await fs.rm(rebuilt, { recursive: true, force: true });
  });

  it.each(SAMPLE_WORKBOOKS.map((sample) => [sample.file]))('%s is up to date with samples/data (run scripts/build-samples.ts)', async (file) => {
    const committed = await snapshot(path.join(SAMPLES_DIR, file));
    const fresh = await snapshot(path.join(rebuilt, file));
    expect(committed).toEqual(fresh);
  });
});
