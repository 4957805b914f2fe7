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
  /** a full garbage collection: every run starts from a clean heap */
  gc(): void;
  /** bytes of JavaScript heap in use */
  heapUsed(): number;
  /** CPU milliseconds used so far by the process, all threads; absent where the runtime cannot tell */
  cpuMs?(): number;
}

export interface EngineMeasurement {
  indicators: number;
  warnings: number;
  runsMs: number[];
  /** performance.now() as each timed run started: with runsMs, when each ran (to match the runtime's GC records) */
  runStartsMs: number[];
  /** CPU time of each run (all threads, GC included), where the runtime tells it: less sensitive than wall time to other processes */
  cpuMs: number[] | null;
  medianMs: number;
  minMs: number;
  maxMs: number;
  /** median of each stage over the timed runs */
  stageMedianMs: StageTimings;
  /** heap used by the generated input alone, after a full collection */
  inputHeapMb: number;
  /** highest heap used sampled at the end of every stage of every run, input included */
  peakHeapMb: number;
  /** median time to make the report's objects again with nothing computed: what no engine can go below */
  reportCopyMedianMs: number;
}

const mb = (bytes: number) => bytes / (1024 * 1024);

/**
 * evaluate() on `size` generated indicators (generation not timed): two warm-up runs, then seven timed
 * runs, each after a full collection, with the split by stage and the peak heap sampled as each stage
 * ends; then the floor, timed the same way.
 */
export function measureEngine(runtime: EngineRuntime, size = ENGINE_BENCH_SIZE): EngineMeasurement {
  const input = engineBenchInput(size);
  runtime.gc();
  const inputHeap = runtime.heapUsed();

  let peakHeap = inputHeap;
  const sampleHeap = () => {
    const used = runtime.heapUsed();
    if (used > peakHeap) peakHeap = used;
  };
  // No run's report outlives it: the peak is one evaluation's, not that of a report left over from the run before.
  const evaluateOnce = (timings?: StageTimings): number => evaluate(input, undefined, { timings, onStageEnd: sampleHeap }).warnings.length;
  let warnings = 0;
  for (let i = 0; i < WARM_UP_RUNS; i++) {
    runtime.gc();
    warnings = evaluateOnce();
  }

  const runsMs: number[] = [];
  const runStartsMs: number[] = [];
  const cpuMs: number[] = [];
  const stageRuns: StageTimings[] = [];
  for (let i = 0; i < TIMED_RUNS; i++) {
    runtime.gc();
    const timings = emptyTimings();
    const cpuStart = runtime.cpuMs?.() ?? 0;
    const start = performance.now();
    warnings = evaluateOnce(timings);
    runsMs.push(performance.now() - start);
    runStartsMs.push(start);
    if (runtime.cpuMs) cpuMs.push(runtime.cpuMs() - cpuStart);
    stageRuns.push(timings);
  }

  // The floor under the budget: making the report's own objects again (shallow copies of its indicators,
  // and of its warnings with their params objects), with nothing computed, timed the same way.
  const sample = evaluate(input);
  const copyRunsMs: number[] = [];
  for (let i = 0; i < TIMED_RUNS; i++) {
    runtime.gc();
    const start = performance.now();
    copyReportObjects(sample);
    copyRunsMs.push(performance.now() - start);
  }

  const stageMedianMs = emptyTimings();
  for (const stage of EVALUATION_STAGES) stageMedianMs[stage] = median(stageRuns.map((t) => t[stage]));
  return {
    indicators: size,
    warnings,
    runsMs,
    runStartsMs,
    cpuMs: runtime.cpuMs ? cpuMs : null,
    medianMs: median(runsMs),
    minMs: Math.min(...runsMs),
    maxMs: Math.max(...runsMs),
    stageMedianMs,
    inputHeapMb: mb(inputHeap),
    peakHeapMb: mb(peakHeap),
    reportCopyMedianMs: median(copyRunsMs),
  };
}

/** Shallow copies of every object the report holds per indicator and per warning (params included; own fields only, as the engine makes them). */
function copyReportObjects(report: EvaluationReport): number {
  const indicators = report.indicators.map((indicator) => ({ ...indicator }));
  const warnings = report.warnings.map((warning) => ({ ...warning, params: { ...warning.params } }));
  return indicators.length + warnings.length;
}
