import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { demoTable, runDemo } from '../../scripts/demo';

describe('npm run demo', () => {
  it('scores every sample and prints unit, year, total, grade and warnings for each', async () => {
    const out = await fs.mkdtemp(path.join(os.tmpdir(), 'demo-'));
    try {
      const rows = await runDemo(out);
      expect(rows.map((row) => [row.file, row.unit, row.year, row.total, row.grade])).toEqual([
        ['seed-000.xlsx', '武汉市新洲区工商业联合会', '2019', '93 / 100', '优'],
        ['seed-002.xlsx', '广州市黄埔区工商业联合会', '2022', '95.91 / 100', '优'],
        ['project-mof.xlsx', '示例区人力资源和社会保障局（虚构示例）', '2023', '93.5 / 100', '优'],
      ]);
      expect(rows.every((row) => Number(row.warnings) > 0)).toBe(true);
      expect((await fs.readdir(out)).sort()).toEqual(['project-mof.scored.xlsx', 'seed-000.scored.xlsx', 'seed-002.scored.xlsx']);
      const table = demoTable(rows).split('\n');
      expect(table[0]).toMatch(/^样例\s+单位\s+年度\s+总分\s+评价\s+提示/);
      expect(table).toHaveLength(5);
    } finally {
      await fs.rm(out, { recursive: true, force: true });
    }
  });
});
