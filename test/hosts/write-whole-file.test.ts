import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { discardPartialFiles, writeWholeFile } from '../../src/hosts/write-whole-file';

let dir: string;
beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'write-whole-'));
});
afterEach(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

describe('writing an output file whole or not at all', () => {
  it('writes a new file and leaves nothing else in its folder, nor a handler for Ctrl+C', async () => {
    const file = path.join(dir, '评分后.xlsx');
    const before = process.listenerCount('SIGINT');
    await writeWholeFile(file, Buffer.from('scored workbook'));
    expect(await fs.readFile(file, 'utf8')).toBe('scored workbook');
    expect(await fs.readdir(dir)).toEqual(['评分后.xlsx']);
    expect(process.listenerCount('SIGINT')).toBe(before);
  });

  it('replaces a file that was there', async () => {
    const file = path.join(dir, '自评报告.docx');
    await fs.writeFile(file, 'last year');
    await writeWholeFile(file, Buffer.from('this year'));
    expect(await fs.readFile(file, 'utf8')).toBe('this year');
    expect(await fs.readdir(dir)).toEqual(['自评报告.docx']);
  });

  it('a write that fails half-way (a full disk) leaves the file it was replacing as it was, and no partial file', async () => {
    const file = path.join(dir, '评分后.xlsx');
    await fs.writeFile(file, 'the scored copy from last week');
    const realWrite = fs.writeFile.bind(fs);
    const halfThenFull = jest.spyOn(fs, 'writeFile').mockImplementationOnce(async (target, data) => {
      await realWrite(target, (data as Buffer).subarray(0, 5));
      throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
    });
    try {
      await expect(writeWholeFile(file, Buffer.from('a new scored copy, much longer than five bytes'))).rejects.toMatchObject({ code: 'ENOSPC', message: `ENOSPC: no space left on device, write '${file}'` });
    } finally {
      halfThenFull.mockRestore();
    }
    expect(await fs.readFile(file, 'utf8')).toBe('the scored copy from last week');
    expect(await fs.readdir(dir)).toEqual(['评分后.xlsx']);
  });

  it('when it cannot put the file in place, says why, leaves what was there and no partial file', async () => {
    // a folder of that name is in the way: the rename fails after the data was written
    const inTheWay = path.join(dir, '评分后.xlsx');
    await fs.mkdir(inTheWay);
    await fs.writeFile(path.join(inTheWay, 'kept.txt'), 'kept');
    await expect(writeWholeFile(inTheWay, Buffer.from('scored workbook'))).rejects.toThrow(/^(EISDIR|EPERM|EEXIST|ENOTEMPTY): [^,]+, write '.*评分后\.xlsx'$/);
    expect(await fs.readdir(dir)).toEqual(['评分后.xlsx']);
    expect(await fs.readFile(path.join(inTheWay, 'kept.txt'), 'utf8')).toBe('kept');
  });

  it('a process about to end by a signal removes the half-written hidden file of a write under way, and only that', async () => {
    const file = path.join(dir, '评分后.xlsx');
    await fs.writeFile(file, 'the scored copy from last week');
    const realWrite = fs.writeFile.bind(fs);
    let halfWritten!: () => void;
    const half = new Promise<void>((resolve) => (halfWritten = resolve));
    // a slow disk: half the data is written, and the rest never comes while the test runs
    const slow = jest.spyOn(fs, 'writeFile').mockImplementationOnce(async (target, data) => {
      await realWrite(target, (data as Buffer).subarray(0, 5));
      halfWritten();
      await new Promise(() => undefined);
    });
    const listeners = () => ['SIGINT', 'SIGTERM', 'SIGHUP'].map((signal) => process.listenerCount(signal));
    const before = listeners();
    try {
      void writeWholeFile(file, Buffer.from('a new scored copy, much longer than five bytes'));
      await half;
      expect((await fs.readdir(dir)).sort()).toEqual([expect.stringMatching(/^\.评分后\.xlsx\.[0-9a-f]{8}\.partial$/), '评分后.xlsx']);
      // listened for while the write is under way, and only then: a handler would hold Ctrl+C back while
      // the command reads or scores, which keep the event loop busy for seconds
      expect(listeners()).toEqual(before.map((count) => count + 1));
      discardPartialFiles();
      expect(listeners()).toEqual(before);
    } finally {
      slow.mockRestore();
    }
    expect(await fs.readdir(dir)).toEqual(['评分后.xlsx']);
    expect(await fs.readFile(file, 'utf8')).toBe('the scored copy from last week');
  });

  it('when the folder does not exist, says so and writes nothing', async () => {
    const file = path.join(dir, '没有的文件夹', 'out.xlsx');
    await expect(writeWholeFile(file, Buffer.from('x'))).rejects.toThrow(`ENOENT: no such file or directory, write '${file}'`);
    expect(await fs.readdir(dir)).toEqual([]);
  });
});
