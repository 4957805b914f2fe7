import { nodeRuntime } from '../../bench/engine-in-node';

const MB = 1024 * 1024;

describe("the engine bench's Node runtime", () => {
  it('counts the pages of fresh memory the process touches, and tells kernel time apart from all CPU time', () => {
    const runtime = nodeRuntime();
    const faultsBefore = runtime.pageFaults!();
    const fresh = Buffer.allocUnsafeSlow(16 * MB);
    fresh.fill(1);
    const faults = runtime.pageFaults!() - faultsBefore;
    // one fault per 4 KB page (4,096 here), or per 2 MB where the kernel backs the buffer with huge pages
    expect(faults).toBeGreaterThanOrEqual((16 * MB) / (2 * MB));
    expect(runtime.systemMs!()).toBeGreaterThan(0);
    expect(runtime.systemMs!()).toBeLessThanOrEqual(runtime.cpuMs!());
    expect(fresh[16 * MB - 1]).toBe(1);
  });

  it('collects garbage and reads the heap in use', () => {
    const runtime = nodeRuntime();
    runtime.gc();
    expect(runtime.heapUsed()).toBeGreaterThan(0);
  });
});
