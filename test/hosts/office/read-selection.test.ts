import { createExcelApi, MemoryWorkbook } from '../../../src/hosts/memory';
import { readSelection } from '../../../src/hosts/office';

describe('reading what the person selected', () => {
  it('gives the sheet and the address, whatever the sheet is called', async () => {
    const workbook = new MemoryWorkbook({ sheets: [{ name: "Bob's 指标" }] });
    workbook.select("Bob's 指标", 'B2:D9');
    await expect(readSelection(createExcelApi(workbook))).resolves.toEqual({ sheet: "Bob's 指标", address: 'B2:D9' });
    expect(workbook.syncCount).toBe(1);
  });

  it('gives null when nothing is selected', async () => {
    const workbook = new MemoryWorkbook({ sheets: [{ name: 'S' }] });
    await expect(readSelection(createExcelApi(workbook))).resolves.toBeNull();
  });
});
