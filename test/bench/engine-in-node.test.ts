import { nodeRuntime } from '../../bench/engine-in-node';

const MB = 1024 * 1024;
/**
 * Above glibc's largest mmap threshold (32 MB on 64-bit), so that malloc always maps new pages: a
 * smaller buffer may come from memory the process freed and touched before (CI saw 6 faults for 16 MB).
 */
const FRESH_BYTES = 64 * MB;

describe("the engine bench's Node runtime", () => {
  it('counts the pages of fresh memory the process touches, and tells kernel time apart from all CPU time', () => {
    const runtime = nodeRuntime();
    const faultsBefore = runtime.pageFaults!();
    const fresh = Buffer.allocUnsafeSlow(FRESH_BYTES);
    fresh.fill(1);
    const faults = runtime.pageFaults!() - faultsBefore;
    // one fault per 4 KB page (16,384 here), or per 2 MB where the kernel backs the buffer with huge pages
    expect(faults).toBeGreaterThanOrEqual(FRESH_BYTES / (2 * MB));
    expect(runtime.systemMs!()).toBeGreaterThan(0);
    expect(runtime.systemMs!()).toBeLessThanOrEqual(runtime.cpuMs!());
    expect(fresh[FRESH_BYTES - 1]).toBe(1);
  });

  it('collects garbage and reads the heap in use', () => {
    const runtime = nodeRuntime();
    runtime.gc();
    expect(runtime.heapUsed()).toBeGreaterThan(0);
  });
});
