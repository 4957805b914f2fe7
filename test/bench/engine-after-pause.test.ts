import * as path from 'path';
import { openBenchPage } from '../../bench/bench-page';
import { options } from '../../bench/engine-after-pause';

jest.setTimeout(60_000);

describe('the engine after pauses, in the pane', () => {
  it('takes the table size, the pauses and V8 flags from the command line, with defaults', () => {
    expect(options([])).toEqual({ indicators: 100_000, pauses: 6, seconds: 12, jsFlags: [] });
    expect(options(['500', '--pauses=2', '--seconds=3', '--js-flags=--no-memory-reducer --trace-gc'])).toEqual({
      indicators: 500,
      pauses: 2,
      seconds: 3,
      jsFlags: ['--no-memory-reducer', '--trace-gc'],
    });
  });

  it('says which argument it cannot read', () => {
    expect(() => options(['--pause=2'])).toThrow('unknown argument --pause=2');
    expect(() => options(['--seconds=ten'])).toThrow('--seconds=ten: a whole number above 0 is needed');
    expect(() => options(['--pauses'])).toThrow('--pauses: a whole number above 0 is needed');
    // no pause, or no table, would leave nothing to measure
    expect(() => options(['--pauses=0'])).toThrow('--pauses=0: a whole number above 0 is needed');
    expect(() => options(['0'])).toThrow('0: a whole number above 0 is needed');
    expect(() => options(['--js-flags'])).toThrow('--js-flags: give the V8 flags');
    expect(() => options(['--js-flags='])).toThrow('--js-flags=: give the V8 flags');
  });

  it('evaluates a generated table in headless Chromium, timing each evaluation, with the V8 flags it is given', async () => {
    const { page, browser, close } = await openBenchPage(path.join(__dirname, '../../bench/engine-pause-page.ts'), 'pauseBench', ['--allow-natives-syntax']);
    try {
      expect(browser).toMatch(/^Chromium \d+\./);
      await expect(page.evaluate('pauseBench.timedEvaluation()')).rejects.toThrow('prepare() the table first');
      await page.evaluate('pauseBench.prepare(50)');
      const times = [(await page.evaluate('pauseBench.timedEvaluation()')) as number, (await page.evaluate('pauseBench.timedEvaluation()')) as number];
      for (const ms of times) expect(ms).toBeGreaterThan(0);
      // the V8 flag given reached the page (--allow-natives-syntax: %-calls parse), beside --expose-gc
      expect(await page.evaluate("eval('%IsSmi(1)')")).toBe(true);
      expect(await page.evaluate('typeof gc')).toBe('function');
    } finally {
      await close();
    }
  });
});
