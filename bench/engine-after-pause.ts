/**
 * The pane's engine when the user pauses between edits, in headless Chromium: evaluations back to
 * back, then each after a pause. While a page is idle, V8's memory reducer collects and shrinks the
 * heap, and the next evaluation of a large table pays for it (README, Benchmarks). It takes minutes,
 * so `npm run bench` does not run it:
 *
 *   npx tsx bench/engine-after-pause.ts [indicators] [--pauses=N] [--seconds=S] [--js-flags="…"]
 *
 * 100,000 indicators, 6 pauses of 12 s by default. --js-flags passes V8 flags to the page (the pane
 * cannot set any), e.g. --no-memory-reducer to see what the reducer costs.
 */
import * as path from 'path';
import { openBenchPage } from './bench-page';
import { ENGINE_BENCH_SIZE } from './engine-input';
// the first back-to-back runs compile the engine, as in the engine bench
import { WARM_UP_RUNS } from './engine-measure';
import { median } from './median';

const BACK_TO_BACK_RUNS = 8;

export interface Options {
  indicators: number;
  pauses: number;
  seconds: number;
  jsFlags: string[];
}

/** The command line's choices; 100,000 indicators and 6 pauses of 12 s where none is given. */
export function options(args: readonly string[]): Options {
  const chosen: Options = { indicators: ENGINE_BENCH_SIZE, pauses: 6, seconds: 12, jsFlags: [] };
  for (const arg of args) {
    const [name, value] = arg.split(/=(.*)/s);
    if (name === '--pauses') chosen.pauses = positiveNumber(arg, value);
    else if (name === '--seconds') chosen.seconds = positiveNumber(arg, value);
    else if (name === '--js-flags') chosen.jsFlags = flags(arg, value);
    else if (/^\d+$/.test(arg)) chosen.indicators = positiveNumber(arg, arg);
    else throw new Error(`unknown argument ${arg}: give [indicators] [--pauses=N] [--seconds=S] [--js-flags="…"]`);
  }
  return chosen;
}

function positiveNumber(arg: string, value: string | undefined): number {
  if (value === undefined || !/^\d+$/.test(value) || Number(value) === 0) throw new Error(`${arg}: a whole number above 0 is needed`);
  return Number(value);
}

function flags(arg: string, value: string | undefined): string[] {
  const given = value?.split(/\s+/).filter(Boolean) ?? [];
  if (given.length === 0) throw new Error(`${arg}: give the V8 flags, e.g. --js-flags="--no-memory-reducer"`);
  return given;
}

async function main(): Promise<void> {
  const { indicators, pauses, seconds, jsFlags } = options(process.argv.slice(2));
  const { page, browser, close } = await openBenchPage(path.join(__dirname, 'engine-pause-page.ts'), 'pauseBench', jsFlags);
  try {
    await page.evaluate(`pauseBench.prepare(${indicators})`);
    const timed = async () => (await page.evaluate('pauseBench.timedEvaluation()')) as number;
    const backToBack: number[] = [];
    for (let i = 0; i < BACK_TO_BACK_RUNS; i++) backToBack.push(await timed());
    const afterPause: number[] = [];
    for (let i = 0; i < pauses; i++) {
      await page.waitForTimeout(seconds * 1000);
      afterPause.push(await timed());
    }
    const list = (values: readonly number[]) => values.map((value) => value.toFixed(0)).join(', ');
    const warm = backToBack.slice(WARM_UP_RUNS);
    console.log(`engine in the pane after pauses: ${browser}, ${indicators.toLocaleString('en-US')} indicators, V8 flags: ${jsFlags.join(' ') || 'none'}`);
    console.log(`  back to back: ${list(backToBack.slice(0, WARM_UP_RUNS))} (compiling), then ${list(warm)} ms; median ${median(warm).toFixed(1)} ms`);
    console.log(`  each after a ${seconds} s pause: ${list(afterPause)} ms; median ${median(afterPause).toFixed(1)} ms`);
  } finally {
    await close();
  }
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  });
}
