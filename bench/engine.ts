/**
 * The engine end to end, in both runtimes it runs in for users, as they run it (bundled): Node (the
 * command, with the V8 flags bin/perf-eval.js starts it with on a large workbook) and the pane's
 * browser (Debian's Chromium: Excel's WebView2 on Windows runs Chromium's engine). In each,
 * evaluate() on 100,000 generated indicators (engine-measure.ts): median, min and max of seven timed
 * runs back to back after two warm-ups, the split by stage, the same runs each after a full
 * collection, the peak heap, the floor, and the page faults and kernel time per run (Node's timed runs;
 * the pane's renderer over more runs, see engine-in-browser.ts).
 * Budget on the project's 2-core machine, in each runtime: median ≤ 150 ms, heap ≤ 200 MB.
 */
import { COMMAND_NODE_FLAGS } from '../bin/node-flags';
import type { BenchResult } from './bench-result';
import { childMeasurement } from './child-measurement';
import type { BrowserMeasurement } from './engine-in-browser';
import type { NodeMeasurement } from './engine-in-node';
import type { EngineMeasurement } from './engine-measure';
import { median } from './median';

export const MEDIAN_BUDGET_MS = 150;
export const HEAP_BUDGET_MB = 200;
/** Linux's page: one minor fault each */
const PAGE_BYTES = 4096;

export interface RuntimeResult {
  /** 'pane: Chromium 156.0…' or 'command: Node v20…' */
  runtime: string;
  measurement: EngineMeasurement;
  /** time spent collecting garbage in each timed run, where the runtime reports it (Node) */
  gcMs: number[] | null;
  /** page faults and kernel time per run, where the system tells them */
  kernel: KernelFigures | null;
  withinBudget: boolean;
}

export interface KernelFigures {
  /** which runs they are from */
  runs: string;
  pageFaults: number[];
  systemMs: number[];
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

function judged(runtime: string, measurement: EngineMeasurement, gcMs: number[] | null, kernel: KernelFigures | null): RuntimeResult {
  return { runtime, measurement, gcMs, kernel, withinBudget: measurement.medianMs <= MEDIAN_BUDGET_MS && measurement.peakHeapMb <= HEAP_BUDGET_MB };
}

/**
 * The command's runtime: Node started as bin/perf-eval.js starts the command on a workbook of this
 * size (100,000 indicators make a 4.4 MB .xlsx, over node-flags.js's LARGE_INPUT_BYTES: the command
 * runs it under COMMAND_NODE_FLAGS), in a child process measured by engine-in-node.ts. With V8's
 * default young generation the median was ~20% higher (see node-flags.js).
 */
async function inNode(): Promise<RuntimeResult> {
  const answer = await childMeasurement<NodeMeasurement>('engine-in-node.ts', [...COMMAND_NODE_FLAGS, '--expose-gc']);
  const flags = answer.heapFlags.length > 0 ? answer.heapFlags.join(' ') : "V8's default heap";
  const { pageFaults, systemMs } = answer.measurement;
  const kernel = pageFaults && systemMs ? { runs: 'the timed runs', pageFaults, systemMs } : null;
  return judged(`command: ${answer.node} (${flags})`, answer.measurement, answer.gcMs, kernel);
}

/** The pane's runtime: headless Chromium, measured by engine-in-browser.ts in a child process (see there why). */
async function inBrowser(): Promise<RuntimeResult> {
  const answer = await childMeasurement<BrowserMeasurement>('engine-in-browser.ts');
  const kernel = answer.kernel ? { runs: `${answer.kernel.pageFaults.length} more runs, one call into the page each; kernel time to 10 ms`, ...answer.kernel } : null;
  return judged(`pane: ${answer.browser}`, answer.measurement, null, kernel);
}

function printRuntimeResult({ runtime, measurement: m, gcMs, kernel }: RuntimeResult): void {
  const ms = (value: number) => `${value.toFixed(1)} ms`;
  console.log(`engine in the ${runtime}: evaluate() on ${m.indicators.toLocaleString('en-US')} indicators, ${m.warnings.toLocaleString('en-US')} warnings`);
  const cpu = m.cpuMs ? ` (CPU ${m.cpuMs.map((v) => v.toFixed(0)).join(', ')} ms)` : '';
  console.log(`  runs: ${m.runsMs.map((v) => v.toFixed(1)).join(', ')} ms${cpu}`);
  const cpuMedian = m.cpuMs ? `; CPU median ${ms(median(m.cpuMs))}` : '';
  console.log(`  median ${ms(m.medianMs)} (min ${ms(m.minMs)}, max ${ms(m.maxMs)}${cpuMedian}); budget ${MEDIAN_BUDGET_MS} ms`);
  if (kernel) printKernel(kernel);
  console.log(`  by stage (median): ${Object.entries(m.stageMedianMs).map(([stage, value]) => `${stage} ${ms(value)}`).join(', ')}`);
  const afterCollection = m.afterCollectionRunsMs.map((v) => v.toFixed(0)).join(', ');
  console.log(`  each run right after a full collection instead: median ${ms(m.afterCollectionMedianMs)} (${afterCollection} ms)`);
  if (gcMs) console.log(`  garbage collection within the runs: median ${ms(median(gcMs))} (${gcMs.map((v) => v.toFixed(0)).join(', ')} ms)`);
  console.log(`  heap: input ${m.inputHeapMb.toFixed(0)} MB, peak ${m.peakHeapMb.toFixed(0)} MB; budget ${HEAP_BUDGET_MB} MB`);
  console.log(`  floor: making the report's ${m.indicators.toLocaleString('en-US')} indicators and ${m.warnings.toLocaleString('en-US')} warnings again, nothing computed: median ${ms(m.reportCopyMedianMs)}`);
}

function printKernel({ runs, pageFaults, systemMs }: KernelFigures): void {
  const faults = median(pageFaults);
  const freshMb = (faults * PAGE_BYTES) / (1024 * 1024);
  const systemMedian = median(systemMs);
  // kernel time per fault rises with how busy the machine is, while the count stays put
  const perFault = faults > 0 ? `; ${((systemMedian * 1000) / faults).toFixed(1)} µs of kernel time a fault` : '';
  console.log(
    `  kernel (${runs}): median ${faults.toLocaleString('en-US')} page faults per run (${freshMb.toFixed(0)} MB of fresh memory), ` +
      `system time median ${systemMedian.toFixed(1)} ms (${systemMs.map((v) => v.toFixed(0)).join(', ')} ms${perFault})`,
  );
}

if (require.main === module) {
  run().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
