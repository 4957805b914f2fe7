import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { scoreXlsxFile, type StageTimes } from '../../src/cli/score-file';
import { SAMPLES_DIR } from '../../scripts/build-samples';

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'perf-eval-stages-'));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

describe('the time of each stage of scoring a file (the benchmark split)', () => {
  it('tells the five stages once the file is saved, together no longer than the whole run', async () => {
    const told: StageTimes[] = [];
    const start = performance.now();
    const result = await scoreXlsxFile({ input: path.join(SAMPLES_DIR, 'seed-002.xlsx'), output: path.join(dir, 'seed-002.scored.xlsx'), onStageTimes: (times) => told.push(times) });
    const wall = performance.now() - start;
    expect(result.kind).toBe('scored');
    expect(told).toHaveLength(1);
    const [times] = told;
    expect(Object.keys(times).sort()).toEqual(['apply', 'open', 'read', 'save', 'scorePlan']);
    for (const ms of Object.values(times)) expect(ms).toBeGreaterThan(0);
    expect(times.open + times.read + times.scorePlan + times.apply + times.save).toBeLessThanOrEqual(wall);
  });

  it('tells nothing when the file is not scored', async () => {
    const told: StageTimes[] = [];
    const result = await scoreXlsxFile({ input: path.join(dir, 'missing.xlsx'), output: path.join(dir, 'missing.scored.xlsx'), onStageTimes: (times) => told.push(times) });
    expect(result.kind).toBe('unreadable');
    expect(told).toEqual([]);
  });
});
