/**
 * The engine bench's browser half, run by bench/engine.ts as a child process: the measurement
 * (engine-measure.ts) bundled for the browser, one script as the pane's bundle is, run in a blank page
 * of Debian's headless Chromium with gc() exposed and exact heap figures. It sends the browser's
 * version and the measurement to its parent.
 *
 * A process of its own because loading playwright-core slows the process that loads it: with it
 * loaded, the xlsx bench that runs after this one in `npm run bench` measured the command 2–3× slower
 * (open 45 → 153 ms, save 61 → 118 ms; ExcelJS's side, in a worker thread, unchanged). We did not
 * find out what in playwright-core does it.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as esbuild from 'esbuild';
import { chromium } from 'playwright-core';
import { answerParent } from './child-measurement';
import type { EngineMeasurement } from './engine-measure';

const CHROMIUM = '/usr/bin/chromium';
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
  if (!fs.existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install chromium (the engine bench runs the pane's engine in it)`);
  const bundle = esbuild.buildSync({
    entryPoints: [MEASURE_ENTRY],
    bundle: true,
    platform: 'browser',
    format: 'iife',
    globalName: 'engineBench',
    target: 'es2022',
    write: false,
    logLevel: 'error',
  });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--js-flags=--expose-gc', '--enable-precise-memory-info'],
  });
  try {
    const page = await browser.newPage();
    await page.addScriptTag({ content: bundle.outputFiles[0].text });
    const measurement = (await page.evaluate(MEASURE_IN_PAGE)) as EngineMeasurement;
    return { browser: `Chromium ${browser.version()}`, measurement };
  } finally {
    await browser.close();
  }
}

if (require.main === module) answerParent(measureInBrowser);
