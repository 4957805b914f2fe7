/**
 * The engine bench's browser half, run by bench/engine.ts as a child process: the measurement
 * (engine-measure.ts) run in a page of headless Chromium (bench-page.ts), then the renderer's page
 * faults and kernel time over more evaluations (rendererKernel). It sends the browser's version and
 * both to its parent.
 *
 * A process of its own because loading playwright-core slows the process that loads it: with it
 * loaded, the xlsx bench that runs after this one in `npm run bench` measured the command 2–3× slower
 * (open 45 → 153 ms, save 61 → 118 ms; ExcelJS's side, in a worker thread, unchanged). We did not
 * find out what in playwright-core does it.
 */
import * as fs from 'fs';
import * as path from 'path';
import { openBenchPage } from './bench-page';
import { answerParent } from './child-measurement';
import { ENGINE_BENCH_SIZE } from './engine-input';
import { TIMED_RUNS, WARM_UP_RUNS, type EngineMeasurement } from './engine-measure';
import { commandLine, descendantPids, processStat } from './process-stat';

const MEASURE_ENTRY = path.join(__dirname, 'engine-measure.ts');
const ONE_EVALUATION_ENTRY = path.join(__dirname, 'engine-pause-page.ts');

/** What the child measures. */
export interface BrowserMeasurement {
  /** 'Chromium 156.0…' */
  browser: string;
  measurement: EngineMeasurement;
  /** the renderer's page faults and kernel time, where /proc tells them (Linux) */
  kernel: RendererKernel | null;
}

/** Per evaluation, as the renderer process's figures rose over it. */
export interface RendererKernel {
  pageFaults: number[];
  /** to the kernel's 10 ms tick */
  systemMs: number[];
}

/**
 * Run in the page once the bundle is loaded. A string, not a function: tsx rewrites functions with a
 * helper the page does not have. performance.memory is Chromium's own, exact with
 * --enable-precise-memory-info.
 */
const MEASURE_IN_PAGE = `engineBench.measureEngine({ gc: () => gc(), heapUsed: () => performance.memory.usedJSHeapSize })`;

async function measureInBrowser(): Promise<BrowserMeasurement> {
  const { page, browser, close } = await openBenchPage(MEASURE_ENTRY, 'engineBench');
  let measurement: EngineMeasurement;
  try {
    measurement = (await page.evaluate(MEASURE_IN_PAGE)) as EngineMeasurement;
  } finally {
    await close();
  }
  const kernel = fs.existsSync('/proc/self/stat') ? await rendererKernel() : null;
  return { browser, measurement, kernel };
}

/**
 * The renderer's page faults and kernel time in `runs` evaluations of a generated table, after the
 * warm-ups, in a page of its own. A page cannot read them: they are read from /proc around each
 * evaluation, so each is one call into the page rather than part of the measurement's runs back to back.
 */
export async function rendererKernel(size = ENGINE_BENCH_SIZE, runs = TIMED_RUNS): Promise<RendererKernel> {
  const { page, close } = await openBenchPage(ONE_EVALUATION_ENTRY, 'pauseBench');
  try {
    await page.evaluate(`pauseBench.prepare(${size})`);
    const renderers = descendantPids(process.pid).filter((pid) => commandLine(pid).includes('--type=renderer'));
    if (renderers.length === 0) throw new Error('no Chromium renderer process found below this one in /proc');
    const now = () =>
      renderers.map(processStat).reduce((total, stat) => ({ minorFaults: total.minorFaults + stat.minorFaults, systemMs: total.systemMs + stat.systemMs }), { minorFaults: 0, systemMs: 0 });
    const evaluateOnce = () => page.evaluate('pauseBench.timedEvaluation()');
    for (let i = 0; i < WARM_UP_RUNS; i++) await evaluateOnce();
    const kernel: RendererKernel = { pageFaults: [], systemMs: [] };
    for (let i = 0; i < runs; i++) {
      const before = now();
      await evaluateOnce();
      const after = now();
      kernel.pageFaults.push(after.minorFaults - before.minorFaults);
      kernel.systemMs.push(after.systemMs - before.systemMs);
    }
    return kernel;
  } finally {
    await close();
  }
}

if (require.main === module) answerParent(measureInBrowser);
