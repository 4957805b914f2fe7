/**
 * The engine bench's Node half, run by bench/engine.ts as a child process started as the command
 * starts (with the V8 flags of bin/node-flags.js, and --expose-gc): the measurement (engine-measure.ts)
 * loaded from a bundle built with the command's esbuild options, as the command's bundle holds the
 * engine. It sends the Node version, its flags, the measurement and the time spent collecting garbage
 * in each timed run to its parent; run on its own (npx tsx bench/engine-in-node.ts), it prints them
 * as JSON for whatever flags it was started with.
 */
import { PerformanceObserver, type PerformanceEntry } from 'perf_hooks';
import * as path from 'path';
import * as v8 from 'v8';
import * as vm from 'vm';
import { cliBundlePath, type BundleOptions } from '../bin/cli-bundle';
import { answerParent } from './child-measurement';
import type { EngineMeasurement, EngineRuntime } from './engine-measure';

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

/** What the child measures. */
export interface NodeMeasurement {
  /** 'Node v20.20.2' */
  node: string;
  /** the young generation's V8 flags it ran under (none: V8's defaults) */
  heapFlags: string[];
  measurement: EngineMeasurement;
  /** time spent collecting garbage within each timed run */
  gcMs: number[];
}

async function measureInNode(): Promise<NodeMeasurement> {
  const { measureEngine } = require(cliBundlePath(NODE_BUNDLE)) as typeof import('./engine-measure');
  const runtime = nodeRuntime();
  const collections: PerformanceEntry[] = [];
  const observer = new PerformanceObserver((list) => collections.push(...list.getEntries()));
  observer.observe({ entryTypes: ['gc'] });
  const measurement = measureEngine(runtime);
  // GC records arrive after the synchronous runs: wait for them
  await new Promise((resolve) => setTimeout(resolve, 50));
  observer.disconnect();
  const heapFlags = process.execArgv.filter((arg) => /^--(min|max)-semi-space-size=/.test(arg));
  return { node: `Node ${process.version}`, heapFlags, measurement, gcMs: gcPerRun(measurement, collections) };
}

/** What Node tells the measurement: a full collection, the heap in use, CPU and kernel time, page faults. */
export function nodeRuntime(): EngineRuntime {
  return {
    gc: collector(),
    heapUsed: () => process.memoryUsage().heapUsed,
    cpuMs: () => {
      const { user, system } = process.cpuUsage();
      return (user + system) / 1000;
    },
    systemMs: () => process.cpuUsage().system / 1000,
    pageFaults: () => process.resourceUsage().minorPageFault,
  };
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

if (require.main === module) answerParent(measureInNode);
