import { linkSync, promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { defaultScoredPath, isSameFile } from '../../src/cli/output-path';

describe('where the scored copy goes', () => {
  it('goes beside the input with .scored.xlsx when no -o is given', () => {
    expect(defaultScoredPath('samples/seed-000.xlsx')).toBe('samples/seed-000.scored.xlsx');
    expect(defaultScoredPath('/data/2022 自评.XLSX')).toBe('/data/2022 自评.scored.xlsx');
    expect(defaultScoredPath('宏.xlsm')).toBe('宏.scored.xlsx');
    expect(defaultScoredPath('noextension')).toBe('noextension.scored.xlsx');
  });

  it('recognises the input under another spelling of its path, links included', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'out-path-'));
    try {
      const file = path.join(dir, 'in.xlsx');
      await fs.writeFile(file, 'x');
      await fs.symlink(file, path.join(dir, 'link.xlsx'));
      expect(isSameFile(file, path.join(dir, '.', 'sub', '..', 'in.xlsx'))).toBe(true);
      expect(isSameFile(file, path.join(dir, 'link.xlsx'))).toBe(true);
      expect(isSameFile(file, path.join(dir, 'in.scored.xlsx'))).toBe(false);
      await fs.writeFile(path.join(dir, 'other.xlsx'), 'x');
      expect(isSameFile(file, path.join(dir, 'other.xlsx'))).toBe(false);
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  });

  it('recognises the input under a name its realpath does not give: a hard link (as a bind mount or another letter case)', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'out-path-'));
    try {
      const file = path.join(dir, 'in.xlsx');
      await fs.writeFile(file, 'x');
      linkSync(file, path.join(dir, 'hard.xlsx'));
      expect(isSameFile(file, path.join(dir, 'hard.xlsx'))).toBe(true);
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  });
});
