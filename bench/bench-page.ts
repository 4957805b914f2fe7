/**
 * A bench module run in a blank page of Debian's headless Chromium, bundled for the browser into one
 * script as the pane's bundle is, with gc() exposed and exact heap figures. Used by engine-in-browser.ts
 * and engine-after-pause.ts.
 */
import * as fs from 'fs';
import * as esbuild from 'esbuild';
import { chromium, type Browser, type Page } from 'playwright-core';

const CHROMIUM = '/usr/bin/chromium';

export interface BenchPage {
  page: Page;
  /** 'Chromium 156.0…' */
  browser: string;
  close(): Promise<void>;
}

/**
 * A page holding `entry`'s exports as the global `globalName`. jsFlags go to V8 beside --expose-gc
 * (the pane cannot set any: they are for finding out what V8 does).
 */
export async function openBenchPage(entry: string, globalName: string, jsFlags: readonly string[] = []): Promise<BenchPage> {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install chromium (the engine bench runs the pane's engine in it)`);
  const bundle = esbuild.buildSync({
    entryPoints: [entry],
    bundle: true,
    platform: 'browser',
    format: 'iife',
    globalName,
    target: 'es2022',
    write: false,
    logLevel: 'error',
  });
  const browser: Browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      `--js-flags=${['--expose-gc', ...jsFlags].join(' ')}`,
      '--enable-precise-memory-info',
    ],
  });
  try {
    const page = await browser.newPage();
    await page.addScriptTag({ content: bundle.outputFiles[0].text });
    return { page, browser: `Chromium ${browser.version()}`, close: () => browser.close() };
  } catch (error) {
    await browser.close();
    throw error;
  }
}
