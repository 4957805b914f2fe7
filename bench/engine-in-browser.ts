/**
 * The engine bench's browser half, run by bench/engine.ts as a child process: the measurement
 * (engine-measure.ts) run in a page of headless Chromium (bench-page.ts). It sends the browser's
 * version and the measurement to its parent.
 *
 * A process of its own because loading playwright-core slows the process that loads it: with it
 * loaded, the xlsx bench that runs after this one in `npm run bench` measured the command 2–3× slower
 * (open 45 → 153 ms, save 61 → 118 ms; ExcelJS's side, in a worker thread, unchanged). We did not
 * find out what in playwright-core does it.
 */
import * as path from 'path';
import { openBenchPage } from './bench-page';
import { answerParent } from './child-measurement';
import type { EngineMeasurement } from './engine-measure';

const MEASURE_ENTRY = path.join(__dirname, 'engine-measure.ts');

/** What the child measures. */
export interface BrowserMeasurement {
  /** 'Chromium 156.0…' */
  browser: string;
  measurement: EngineMeasurement;
}

/**
 * Run in the page once the bundle is loaded. A string, not a function: tsx rewrites functions with a
 * helper the page does not have. performance.memory is Chromium's own, exact with
 * --enable-precise-memory-info.
 */
const MEASURE_IN_PAGE = `engineBench.measureEngine({ gc: () => gc(), heapUsed: () => performance.memory.usedJSHeapSize })`;

async function measureInBrowser(): Promise<BrowserMeasurement> {
  const { page, browser, close } = await openBenchPage(MEASURE_ENTRY, 'engineBench');
  try {
    const measurement = (await page.evaluate(MEASURE_IN_PAGE)) as EngineMeasurement;
    return { browser, measurement };
  } finally {
    await close();
  }
}

if (require.main === module) answerParent(measureInBrowser);
