/**
 * The engine end to end, in both runtimes it runs in for users, as they run it (bundled): Node (the
 * command) and the pane's browser (Debian's Chromium: Excel's WebView2 on Windows runs Chromium's
 * engine). In each, evaluate() on 100,000 generated indicators (engine-measure.ts): median, min and
 * max of seven timed runs back to back after two warm-ups, the split by stage, the same runs each
 * after a full collection, the peak heap, and the floor.
 * Budget on the project's 2-core machine, in each runtime: median ≤ 150 ms, heap ≤ 200 MB.
 */
import { fork } from 'child_process';
import { PerformanceObserver, type PerformanceEntry } from 'perf_hooks';
import * as path from 'path';
import * as v8 from 'v8';
import * as vm from 'vm';
import { cliBundlePath, type BundleOptions } from '../bin/cli-bundle';
import type { BenchResult } from './bench-result';
import type { BrowserMeasurement } from './engine-in-browser';
import type { EngineMeasurement, EngineRuntime } from './engine-measure';
import { median } from './median';

export const MEDIAN_BUDGET_MS = 150;
export const HEAP_BUDGET_MB = 200;

const ROOT = path.join(__dirname, '..');

/**
 * The engine bundled into one file with the measurement, as the command's bundle and the pane's
 * webpack bundle hold it, built with the command's esbuild options. Loaded module by module (as tsx
 * runs bench/), every call into another module goes through an export getter, and the same code ran
 * ~15% slower (median 342 → 295 ms, 5 alternating pairs).
 */
const NODE_BUNDLE: BundleOptions = {
  entry: path.join(ROOT, 'bench', 'engine-measure.ts'),
  outfile: path.join(ROOT, 'build', 'engine-bench.cjs'),
  alsoWatched: [path.join(ROOT, 'package-lock.json'), path.join(ROOT, 'bin', 'cli-bundle.js')],
};

type Measure = typeof import('./engine-measure');

export interface RuntimeResult {
  /** 'pane: Chromium 156.0…' or 'command: Node v20…' */
  runtime: string;
  measurement: EngineMeasurement;
  /** time spent collecting garbage in each timed run, where the runtime reports it (Node) */
  gcMs: number[] | null;
  withinBudget: boolean;
}

export interface EngineBenchResult extends BenchResult {
  runtimes: RuntimeResult[];
}

export async function run(): Promise<EngineBenchResult> {
  const runtimes = [await inNode(), await inBrowser()];
  for (const result of runtimes) printRuntimeResult(result);
  const describe = ({ runtime, measurement: m }: RuntimeResult) => `${runtime.split(':')[0]} median ${m.medianMs.toFixed(1)} ms, heap ${m.peakHeapMb.toFixed(0)} MB`;
  const first = runtimes[0].measurement;
  return {
    name: `engine: evaluate() on ${first.indicators.toLocaleString('en-US')} indicators`,
    withinBudget: runtimes.every((result) => result.withinBudget),
    headline: `${runtimes.map(describe).join('; ')} (budget ${MEDIAN_BUDGET_MS} ms, ${HEAP_BUDGET_MB} MB)`,
    runtimes,
  };
}

function judged(runtime: string, measurement: EngineMeasurement, gcMs: number[] | null = null): RuntimeResult {
  return { runtime, measurement, gcMs, withinBudget: measurement.medianMs <= MEDIAN_BUDGET_MS && measurement.peakHeapMb <= HEAP_BUDGET_MB };
}

/** The command's runtime: this Node, the measurement loaded from its bundle. */
async function inNode(): Promise<RuntimeResult> {
  const { measureEngine } = require(cliBundlePath(NODE_BUNDLE)) as Measure;
  const runtime: EngineRuntime = {
    gc: collector(),
    heapUsed: () => process.memoryUsage().heapUsed,
    cpuMs: () => {
      const { user, system } = process.cpuUsage();
      return (user + system) / 1000;
    },
  };
  const collections: PerformanceEntry[] = [];
  const observer = new PerformanceObserver((list) => collections.push(...list.getEntries()));
  observer.observe({ entryTypes: ['gc'] });
  const measurement = measureEngine(runtime);
  // GC records arrive after the synchronous runs: wait for them
  await new Promise((resolve) => setTimeout(resolve, 50));
  observer.disconnect();
  return judged(`command: Node ${process.version}`, measurement, gcPerRun(measurement, collections));
}

/** The collections' time within each timed run. */
function gcPerRun({ runStartsMs, runsMs }: EngineMeasurement, collections: readonly PerformanceEntry[]): number[] {
  return runStartsMs.map((start, i) => {
    const end = start + runsMs[i];
    return collections.filter((entry) => entry.startTime >= start && entry.startTime < end).reduce((sum, entry) => sum + entry.duration, 0);
  });
}

/** gc() when node runs with --expose-gc, else enabled here: the heap figures need a clean start. */
function collector(): () => void {
  const exposed = (globalThis as { gc?: () => void }).gc;
  if (exposed) return exposed;
  v8.setFlagsFromString('--expose-gc');
  return vm.runInNewContext('gc') as () => void;
}

/** The pane's runtime: headless Chromium, measured by engine-in-browser.ts in a child process (see there why). */
function inBrowser(): Promise<RuntimeResult> {
  return new Promise((resolve, reject) => {
    // execArgv carries tsx's loader, so the child runs the TypeScript file as this process does
    const child = fork(path.join(__dirname, 'engine-in-browser.ts'), { execArgv: process.execArgv, stdio: 'inherit' });
    let answer: BrowserMeasurement | undefined;
    child.on('message', (message) => (answer = message as BrowserMeasurement));
    child.on('error', reject);
    child.on('exit', (code) => {
      if (answer?.ok) resolve(judged(`pane: ${answer.browser}`, answer.measurement));
      else reject(new Error(answer?.error ?? `the browser measurement exited with code ${code} and no result`));
    });
  });
}

function printRuntimeResult({ runtime, measurement: m, gcMs }: RuntimeResult): void {
  const ms = (value: number) => `${value.toFixed(1)} ms`;
  console.log(`engine in the ${runtime}: evaluate() on ${m.indicators.toLocaleString('en-US')} indicators, ${m.warnings.toLocaleString('en-US')} warnings`);
  const cpu = m.cpuMs ? ` (CPU ${m.cpuMs.map((v) => v.toFixed(0)).join(', ')} ms)` : '';
  console.log(`  runs: ${m.runsMs.map((v) => v.toFixed(1)).join(', ')} ms${cpu}`);
  const cpuMedian = m.cpuMs ? `; CPU median ${ms(median(m.cpuMs))}` : '';
  console.log(`  median ${ms(m.medianMs)} (min ${ms(m.minMs)}, max ${ms(m.maxMs)}${cpuMedian}); budget ${MEDIAN_BUDGET_MS} ms`);
  console.log(`  by stage (median): ${Object.entries(m.stageMedianMs).map(([stage, value]) => `${stage} ${ms(value)}`).join(', ')}`);
  const afterCollection = m.afterCollectionRunsMs.map((v) => v.toFixed(0)).join(', ');
  console.log(`  each run right after a full collection instead: median ${ms(m.afterCollectionMedianMs)} (${afterCollection} ms)`);
  if (gcMs) console.log(`  garbage collection within the runs: median ${ms(median(gcMs))} (${gcMs.map((v) => v.toFixed(0)).join(', ')} ms)`);
  console.log(`  heap: input ${m.inputHeapMb.toFixed(0)} MB, peak ${m.peakHeapMb.toFixed(0)} MB; budget ${HEAP_BUDGET_MB} MB`);
  console.log(`  floor: making the report's ${m.indicators.toLocaleString('en-US')} indicators and ${m.warnings.toLocaleString('en-US')} warnings again, nothing computed: median ${ms(m.reportCopyMedianMs)}`);
}

if (require.main === module) {
  run().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
