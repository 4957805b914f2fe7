import { RecentOwnWrites } from '../../../src/taskpane/services/recent-own-writes';

const SCHEME = [{ sheet: '评分设置', address: 'B2:B21' }];

describe('the add-in’s recent writes into the input tables', () => {
  it('counts a write’s ranges as its own from its start until the window after it ends, then no more', async () => {
    let time = 0;
    const writes = new RecentOwnWrites(() => time, 2_000);
    let during: unknown = null;
    await writes.during(SCHEME, async () => {
      time += 5_000; // a slow sync: still its own while it lasts
      during = writes.ranges();
    });
    expect(during).toEqual(SCHEME);
    time += 1_999;
    expect(writes.ranges()).toEqual(SCHEME);
    time += 1;
    expect(writes.ranges()).toEqual([]);
  });

  it('starts the window after a write that failed too (what it wrote before failing raises events)', async () => {
    let time = 0;
    const writes = new RecentOwnWrites(() => time, 2_000);
    await expect(writes.during(SCHEME, async () => Promise.reject(new Error('protected')))).rejects.toThrow('protected');
    expect(writes.ranges()).toEqual(SCHEME);
    time += 2_000;
    expect(writes.ranges()).toEqual([]);
  });
});
