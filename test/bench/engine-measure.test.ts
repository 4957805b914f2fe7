import { evaluate, EVALUATION_STAGES } from '../../src/domain/evaluate';
import { engineBenchInput } from '../../bench/engine-input';
import { makeReportObjectsAgain, measureEngine, objectOfFields, TIMED_RUNS, type EngineRuntime } from '../../bench/engine-measure';

describe('the engine bench measurement', () => {
  it('times the runs, splits them by stage and samples the heap through the runtime it is given', () => {
    let collections = 0;
    let heapReads = 0;
    const runtime: EngineRuntime = {
      gc: () => collections++,
      heapUsed: () => 1_000_000 + 1024 * 1024 * heapReads++,
    };
    const size = 500;
    const measured = measureEngine(runtime, size);

    expect(measured.indicators).toBe(size);
    expect(measured.warnings).toBe(evaluate(engineBenchInput(size)).warnings.length);
    expect(measured.warnings).toBeGreaterThan(0);
    expect(measured.runsMs).toHaveLength(TIMED_RUNS);
    // each run starts after the one before it ended
    measured.runStartsMs.slice(1).forEach((start, i) => expect(start).toBeGreaterThanOrEqual(measured.runStartsMs[i] + measured.runsMs[i]));
    expect(measured.minMs).toBeLessThanOrEqual(measured.medianMs);
    expect(measured.medianMs).toBeLessThanOrEqual(measured.maxMs);
    // each stage's median is at most the slowest run
    for (const stageMs of Object.values(measured.stageMedianMs)) expect(stageMs).toBeLessThanOrEqual(measured.maxMs);
    expect(Object.keys(measured.stageMedianMs)).toEqual(['parse', 'score', 'budget', 'totals', 'warnings']);
    // a collection before the input's heap, each run after a collection and each floor run; none
    // between the warm-ups and the timed runs, which follow each other as the pane's evaluations do
    expect(collections).toBe(1 + 2 * TIMED_RUNS);
    expect(measured.afterCollectionRunsMs).toHaveLength(TIMED_RUNS);
    expect(measured.afterCollectionMedianMs).toBeGreaterThan(0);
    // the input is read once, then the heap at the end of every stage of the runs after a collection
    // (one per stage): the peak is the last reading
    expect(heapReads).toBe(1 + TIMED_RUNS * EVALUATION_STAGES.length);
    expect(measured.peakHeapMb).toBeCloseTo((1_000_000 + 1024 * 1024 * (heapReads - 1)) / (1024 * 1024), 6);
    expect(measured.peakHeapMb).toBeGreaterThan(measured.inputHeapMb);
    expect(measured.cpuMs).toBeNull();
    expect(measured.systemMs).toBeNull();
    expect(measured.pageFaults).toBeNull();
    expect(measured.reportCopyMedianMs).toBeGreaterThan(0);
  });

  it('reports CPU time, kernel time and page faults per run where the runtime tells them', () => {
    let cpu = 0;
    let system = 0;
    let faults = 0;
    const measured = measureEngine(
      { gc: () => undefined, heapUsed: () => 0, cpuMs: () => (cpu += 5), systemMs: () => (system += 2), pageFaults: () => (faults += 300) },
      100,
    );
    expect(measured.cpuMs).toEqual(Array(TIMED_RUNS).fill(5));
    expect(measured.systemMs).toEqual(Array(TIMED_RUNS).fill(2));
    expect(measured.pageFaults).toEqual(Array(TIMED_RUNS).fill(300));
  });

  describe('the floor', () => {
    it('makes one object per field set of any size, holding its values in order', () => {
      for (let size = 0; size <= 12; size++) {
        const values = Array.from({ length: size }, (_, i) => (i % 2 === 0 ? `v${i}` : i));
        expect(Object.values(objectOfFields(values))).toEqual(values);
      }
    });

    it("makes an object for each of the report's indicators and warnings", () => {
      const report = evaluate(engineBenchInput(300));
      const paramValues = report.warnings.map((warning) => Object.values(warning.params));
      expect(makeReportObjectsAgain(report, paramValues)).toBe(report.indicators.length + report.warnings.length);
      // the params of the bench's warnings hold up to 8 values, each size with a literal of its own
      expect(Math.max(...paramValues.map((values) => values.length))).toBeLessThanOrEqual(8);
    });
  });
});
