/**
 * The engine bench's measurement, the same in every runtime the engine runs in (Node for the command,
 * the browser for the pane): bench/engine.ts bundles this file with the engine and runs it in each.
 * It takes what only the runtime can give (a full collection, the heap in use, CPU time) and uses no
 * Node or browser API itself.
 */
import { emptyTimings, evaluate, EVALUATION_STAGES, type StageTimings } from '../src/domain/evaluate';
import type { EvaluationReport } from '../src/domain/model';
import { ENGINE_BENCH_SIZE, engineBenchInput } from './engine-input';
import { median } from './median';

export const WARM_UP_RUNS = 2;
export const TIMED_RUNS = 7;

/** What the runtime provides. */
export interface EngineRuntime {
  /** a full garbage collection: the input's heap, the runs after a collection and the floor start from a clean heap */
  gc(): void;
  /** bytes of JavaScript heap in use */
  heapUsed(): number;
  /** CPU milliseconds used so far by the process, all threads; absent where the runtime cannot tell */
  cpuMs?(): number;
  /** of that, the milliseconds spent in the kernel (mostly page faults); absent where the runtime cannot tell */
  systemMs?(): number;
  /** minor page faults so far (pages of memory the process touched for the first time); absent where the runtime cannot tell */
  pageFaults?(): number;
}

export interface EngineMeasurement {
  indicators: number;
  warnings: number;
  /** the timed runs, back to back (see measureEngine) */
  runsMs: number[];
  /** performance.now() as each timed run started: with runsMs, when each ran (to match the runtime's GC records) */
  runStartsMs: number[];
  /** CPU time of each run (all threads, GC included), where the runtime tells it: less sensitive than wall time to other processes */
  cpuMs: number[] | null;
  /** kernel time of each run (all threads), where the runtime tells it */
  systemMs: number[] | null;
  /**
   * minor page faults of each run, where the runtime tells it: one per 4 KB page of fresh memory the
   * heap grew into. Unlike time, the count hardly moves from run to run, and each fault costs kernel
   * time, which the machine's busy spells multiply.
   */
  pageFaults: number[] | null;
  medianMs: number;
  minMs: number;
  maxMs: number;
  /** median of each stage over the timed runs */
  stageMedianMs: StageTimings;
  /** runs each started right after a full collection: in Node 20 each of them compiles the engine's hot code again */
  afterCollectionRunsMs: number[];
  afterCollectionMedianMs: number;
  /** heap used by the generated input alone, after a full collection */
  inputHeapMb: number;
  /** highest heap used at the end of any stage of a run that started after a full collection, input included */
  peakHeapMb: number;
  /** median time to make the report's objects again with nothing computed: what no engine can go below */
  reportCopyMedianMs: number;
}

const mb = (bytes: number) => bytes / (1024 * 1024);

/**
 * evaluate() on `size` generated indicators (generation not timed): two warm-up runs, then seven timed
 * runs, all back to back as the pane runs the engine again after each edit, with the split by stage;
 * then seven runs each after a full collection, which give the peak heap, and the floor.
 *
 * The timed runs are not separated by full collections. In Node 20 (V8 11.3) a full collection that
 * finds no object of a class alive throws away the optimized code that checks for that class's objects
 * ("marking dependent code for deoptimization, reason: weak objects" under --trace-deopt-verbose), and
 * between two evaluations none of the engine's working objects (parser, findings, tallies) is alive:
 * each run after a full collection compiled its hot code again (about 40 functions): 271 ms, against
 * 187 ms when an experiment kept the previous run's working objects alive (3 alternating pairs).
 * Chromium keeps the code. The runs after a full collection are printed beside the timed ones, so the
 * difference stays in sight.
 */
export function measureEngine(runtime: EngineRuntime, size = ENGINE_BENCH_SIZE): EngineMeasurement {
  const input = engineBenchInput(size);
  runtime.gc();
  const inputHeap = runtime.heapUsed();

  // The heap is sampled in the runs that start from a clean heap, after a full collection: one
  // evaluation's peak. Between back-to-back runs the runtime leaves the reports before as garbage for
  // as long as it likes (Node's heap reached 272 MB), which says how lazily it collects, not what the
  // engine needs.
  let peakHeap = inputHeap;
  const sampleHeap = () => {
    const used = runtime.heapUsed();
    if (used > peakHeap) peakHeap = used;
  };
  // No run keeps its report: each is garbage once the next run starts, as a replaced report is in the pane.
  const evaluateOnce = (timings?: StageTimings, onStageEnd?: () => void): number => evaluate(input, undefined, { timings, onStageEnd }).warnings.length;
  let warnings = 0;
  for (let i = 0; i < WARM_UP_RUNS; i++) warnings = evaluateOnce();

  const runsMs: number[] = [];
  const runStartsMs: number[] = [];
  const cpuMs: number[] = [];
  const systemMs: number[] = [];
  const pageFaults: number[] = [];
  const stageRuns: StageTimings[] = [];
  for (let i = 0; i < TIMED_RUNS; i++) {
    const timings = emptyTimings();
    const cpuStart = runtime.cpuMs?.() ?? 0;
    const systemStart = runtime.systemMs?.() ?? 0;
    const faultsStart = runtime.pageFaults?.() ?? 0;
    const start = performance.now();
    warnings = evaluateOnce(timings);
    runsMs.push(performance.now() - start);
    runStartsMs.push(start);
    if (runtime.cpuMs) cpuMs.push(runtime.cpuMs() - cpuStart);
    if (runtime.systemMs) systemMs.push(runtime.systemMs() - systemStart);
    if (runtime.pageFaults) pageFaults.push(runtime.pageFaults() - faultsStart);
    stageRuns.push(timings);
  }

  const afterCollectionRunsMs = timedAfterCollection(runtime, () => evaluateOnce(undefined, sampleHeap));

  // The floor under the budget: making the report's own objects again, with nothing computed, each
  // after a full collection (see makeReportObjectsAgain).
  const sample = evaluate(input);
  const paramValues = sample.warnings.map((warning) => Object.values(warning.params));
  const copyRunsMs = timedAfterCollection(runtime, () => makeReportObjectsAgain(sample, paramValues));

  const stageMedianMs = emptyTimings();
  for (const stage of EVALUATION_STAGES) stageMedianMs[stage] = median(stageRuns.map((t) => t[stage]));
  return {
    indicators: size,
    warnings,
    runsMs,
    runStartsMs,
    cpuMs: runtime.cpuMs ? cpuMs : null,
    systemMs: runtime.systemMs ? systemMs : null,
    pageFaults: runtime.pageFaults ? pageFaults : null,
    medianMs: median(runsMs),
    minMs: Math.min(...runsMs),
    maxMs: Math.max(...runsMs),
    stageMedianMs,
    afterCollectionRunsMs,
    afterCollectionMedianMs: median(afterCollectionRunsMs),
    inputHeapMb: mb(inputHeap),
    peakHeapMb: mb(peakHeap),
    reportCopyMedianMs: median(copyRunsMs),
  };
}

/** `work` timed TIMED_RUNS times, each run right after a full collection. */
function timedAfterCollection(runtime: EngineRuntime, work: () => unknown): number[] {
  const runsMs: number[] = [];
  for (let i = 0; i < TIMED_RUNS; i++) {
    runtime.gc();
    const start = performance.now();
    work();
    runsMs.push(performance.now() - start);
  }
  return runsMs;
}

/**
 * The report's objects made again: a shallow copy of each indicator and each warning, and per warning
 * an object holding its params' values (`paramValues`, read beforehand), made by an object literal of
 * as many fields, as the engine makes each params object. Copying the params with a spread was twice
 * as slow: their shapes are too many for V8's fast copy, and the generic one is not what the engine pays.
 */
export function makeReportObjectsAgain(report: EvaluationReport, paramValues: readonly (readonly unknown[])[]): number {
  const indicators = report.indicators.map((indicator) => ({ ...indicator }));
  const warnings = report.warnings.map((warning, i) => ({ ...warning, params: objectOfFields(paramValues[i]) }));
  return indicators.length + warnings.length;
}

/** An object with one field per value, made by a literal of that many fields (the params hold up to 8). */
export function objectOfFields(v: readonly unknown[]): object {
  switch (v.length) {
    case 0:
      return {};
    case 1:
      return { a: v[0] };
    case 2:
      return { a: v[0], b: v[1] };
    case 3:
      return { a: v[0], b: v[1], c: v[2] };
    case 4:
      return { a: v[0], b: v[1], c: v[2], d: v[3] };
    case 5:
      return { a: v[0], b: v[1], c: v[2], d: v[3], e: v[4] };
    case 6:
      return { a: v[0], b: v[1], c: v[2], d: v[3], e: v[4], f: v[5] };
    case 7:
      return { a: v[0], b: v[1], c: v[2], d: v[3], e: v[4], f: v[5], g: v[6] };
    case 8:
      return { a: v[0], b: v[1], c: v[2], d: v[3], e: v[4], f: v[5], g: v[6], h: v[7] };
    default:
      return Object.fromEntries(v.map((value, i) => [`f${i}`, value]));
  }
}
