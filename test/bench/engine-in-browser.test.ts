import { rendererKernel } from '../../bench/engine-in-browser';

jest.setTimeout(60_000);

describe("the engine bench's browser half", () => {
  it("reads the pane's page faults and kernel time from its renderer process, per evaluation", async () => {
    const kernel = await rendererKernel(20_000, 3);
    expect(kernel.pageFaults).toHaveLength(3);
    expect(kernel.systemMs).toHaveLength(3);
    for (const faults of kernel.pageFaults) expect(Number.isInteger(faults) && faults >= 0).toBe(true);
    for (const ms of kernel.systemMs) expect(ms % 10).toBe(0);
    // 20,000 indicators make a report of some MB: the renderer touches fresh pages for it
    expect(kernel.pageFaults.reduce((a, b) => a + b)).toBeGreaterThan(100);
  });
});
