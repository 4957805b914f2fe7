/**
 * The engine end to end, as users run it (bundled, see ENGINE_BUNDLE): evaluate() on 100,000 generated
 * indicators (generation not timed), after two warm-up runs, seven timed runs: median, min and max
 * (wall and CPU time), the split by stage, and the peak heap sampled as each stage ends, input
 * included. Every run starts after a full collection.
 * Budget on the project's 2-core machine: median ≤ 150 ms, heap ≤ 200 MB.
 */
import * as path from 'path';
import * as v8 from 'v8';
import * as vm from 'vm';
import { cliBundlePath, type BundleOptions } from '../bin/cli-bundle';
import type { StageTimings } from '../src/domain/evaluate';
import type { EvaluationReport } from '../src/domain/model';
import type { BenchResult } from './bench-result';
import { median } from './median';
import { ENGINE_BENCH_SIZE, engineBenchInput } from './engine-input';

export const MEDIAN_BUDGET_MS = 150;
export const HEAP_BUDGET_MB = 200;
const WARM_UP_RUNS = 2;
const TIMED_RUNS = 7;

export interface EngineBenchResult extends BenchResult {
  indicators: number;
  warnings: number;
  runsMs: number[];
  /** CPU time of each run (all threads, GC included): less sensitive than wall time to other processes */
  cpuMs: number[];
  medianMs: number;
  /** median CPU time of the timed runs */
  cpuMedianMs: number;
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

const ROOT = path.join(__dirname, '..');

/**
 * The engine as users run it: bundled into one file, as the command's bundle and the pane's webpack
 * bundle hold it, built with the command's esbuild options. Loaded module by module (as tsx runs
 * bench/), every call into another module goes through an export getter, and the same code ran ~15%
 * slower.
 */
const ENGINE_BUNDLE: BundleOptions = {
  entry: path.join(ROOT, 'src', 'domain', 'evaluate.ts'),
  outfile: path.join(ROOT, 'build', 'engine-bench.cjs'),
  alsoWatched: [path.join(ROOT, 'package-lock.json'), path.join(ROOT, 'bin', 'cli-bundle.js')],
};

type Engine = typeof import('../src/domain/evaluate');

/** gc() when node runs with --expose-gc, else enabled here: the heap figures need a clean start. */
function collector(): () => void {
  const exposed = (globalThis as { gc?: () => void }).gc;
  if (exposed) return exposed;
  v8.setFlagsFromString('--expose-gc');
  return vm.runInNewContext('gc') as () => void;
}

const mb = (bytes: number) => bytes / (1024 * 1024);


export async function run(size = ENGINE_BENCH_SIZE): Promise<EngineBenchResult> {
  const { emptyTimings, evaluate, EVALUATION_STAGES } = require(cliBundlePath(ENGINE_BUNDLE)) as Engine;
  const gc = collector();
  const input = engineBenchInput(size);
  gc();
  const inputHeap = process.memoryUsage().heapUsed;

  let peakHeap = inputHeap;
  const sampleHeap = () => {
    const used = process.memoryUsage().heapUsed;
    if (used > peakHeap) peakHeap = used;
  };
  // Every run starts from a clean heap, and no run's report outlives it: the peak is one evaluation's,
  // not that of a report left over from the run before.
  const evaluateOnce = (timings?: StageTimings): number => evaluate(input, undefined, { timings, onStageEnd: sampleHeap }).warnings.length;
  let warnings = 0;
  for (let i = 0; i < WARM_UP_RUNS; i++) {
    gc();
    warnings = evaluateOnce();
  }

  const runsMs: number[] = [];
  const cpuMs: number[] = [];
  const stageRuns: StageTimings[] = [];
  for (let i = 0; i < TIMED_RUNS; i++) {
    gc();
    const timings = emptyTimings();
    const cpuStart = process.cpuUsage();
    const start = performance.now();
    warnings = evaluateOnce(timings);
    runsMs.push(performance.now() - start);
    const cpu = process.cpuUsage(cpuStart);
    cpuMs.push((cpu.user + cpu.system) / 1000);
    stageRuns.push(timings);
  }

  // The floor under the budget: making the report's own objects again (shallow copies of its indicators,
  // and of its warnings with their params objects), with nothing computed, timed the same way.
  const sample = evaluate(input);
  const copyRunsMs: number[] = [];
  for (let i = 0; i < TIMED_RUNS; i++) {
    gc();
    const start = performance.now();
    copyReportObjects(sample);
    copyRunsMs.push(performance.now() - start);
  }

  const stageMedianMs = emptyTimings();
  for (const stage of EVALUATION_STAGES) stageMedianMs[stage] = median(stageRuns.map((t) => t[stage]));
  const medianMs = median(runsMs);
  const peakHeapMb = mb(peakHeap);
  const result: EngineBenchResult = {
    name: `engine: evaluate() on ${size.toLocaleString('en-US')} indicators`,
    withinBudget: medianMs <= MEDIAN_BUDGET_MS && peakHeapMb <= HEAP_BUDGET_MB,
    headline: `median ${medianMs.toFixed(1)} ms (budget ${MEDIAN_BUDGET_MS}), peak heap ${peakHeapMb.toFixed(0)} MB (budget ${HEAP_BUDGET_MB})`,
    indicators: size,
    warnings,
    runsMs,
    cpuMs,
    medianMs,
    cpuMedianMs: median(cpuMs),
    minMs: Math.min(...runsMs),
    maxMs: Math.max(...runsMs),
    stageMedianMs,
    inputHeapMb: mb(inputHeap),
    peakHeapMb,
    reportCopyMedianMs: median(copyRunsMs),
  };
  printEngineResult(result, EVALUATION_STAGES);
  return result;
}

function printEngineResult(result: EngineBenchResult, stages: Engine['EVALUATION_STAGES']): void {
  const ms = (value: number) => `${value.toFixed(1)} ms`;
  console.log(`${result.name}: ${result.warnings.toLocaleString('en-US')} warnings`);
  console.log(`  runs: ${result.runsMs.map((v) => v.toFixed(1)).join(', ')} ms (CPU ${result.cpuMs.map((v) => v.toFixed(0)).join(', ')} ms)`);
  console.log(`  median ${ms(result.medianMs)} (min ${ms(result.minMs)}, max ${ms(result.maxMs)}; CPU median ${ms(result.cpuMedianMs)}); budget ${MEDIAN_BUDGET_MS} ms`);
  console.log(`  by stage (median): ${stages.map((stage) => `${stage} ${ms(result.stageMedianMs[stage])}`).join(', ')}`);
  console.log(`  heap: input ${result.inputHeapMb.toFixed(0)} MB, peak ${result.peakHeapMb.toFixed(0)} MB; budget ${HEAP_BUDGET_MB} MB`);
  console.log(`  floor: making the report's ${result.indicators.toLocaleString('en-US')} indicators and ${result.warnings.toLocaleString('en-US')} warnings again, nothing computed: median ${ms(result.reportCopyMedianMs)}`);
}

/** Shallow copies of every object the report holds per indicator and per warning (params included; own fields only, as the engine makes them). */
function copyReportObjects(report: EvaluationReport): number {
  const indicators = report.indicators.map((indicator) => ({ ...indicator }));
  const warnings = report.warnings.map((warning) => ({ ...warning, params: { ...warning.params } }));
  return indicators.length + warnings.length;
}

if (require.main === module) {
  run().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
