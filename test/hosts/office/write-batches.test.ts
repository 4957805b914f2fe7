import { estimateCommandBytes, MAX_BATCH_REQUEST_BYTES, packBatches } from '../../../src/hosts/office/write-batches';
import type { WriteCommand } from '../../../src/hosts/office/write-commands';

function contents(rows: number, text: string): WriteCommand {
  return { kind: 'contents', sheet: '自评报告', address: `A1:A${rows}`, formulas: Array.from({ length: rows }, () => [`'${text}`]) };
}

describe('packing write commands into syncs', () => {
  it('keeps a normal plan in one batch', () => {
    const commands: WriteCommand[] = [{ kind: 'addSheet', sheet: '评分结果', visibility: 'Visible' }, contents(100, '达成'), { kind: 'merge', sheet: '评分结果', address: 'A1:D1' }];
    expect(packBatches(commands)).toEqual([commands]);
  });

  it('keeps every batch under the limit, in plan order', () => {
    const slice = contents(2000, '第一部分 部门概况。'.repeat(20));
    const commands = Array.from({ length: 10 }, () => slice);
    const batches = packBatches(commands);
    expect(batches.length).toBeGreaterThan(1);
    expect(batches.flat()).toEqual(commands);
    for (const batch of batches) expect(batch.reduce((sum, command) => sum + estimateCommandBytes(command), 0)).toBeLessThanOrEqual(MAX_BATCH_REQUEST_BYTES);
  });

  it('counts UTF-8 bytes: Chinese text weighs three bytes a character', () => {
    const ascii = estimateCommandBytes(contents(1, 'a'.repeat(3000)));
    const chinese = estimateCommandBytes(contents(1, '评'.repeat(1000)));
    expect(chinese).toBe(ascii);
  });

  it('gives nothing for nothing', () => {
    expect(packBatches([])).toEqual([]);
  });
});
