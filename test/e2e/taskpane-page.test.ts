/**
 * The task pane's page as Excel loads it, in Debian's headless Chromium: the production build of
 * taskpane.html, with office.js from Microsoft's CDN served from the npm package's copy (or refused, as
 * a proxy or an intranet would), and with a bundle the browser cannot run (as Internet Explorer 11 and
 * Edge Legacy, which volume-licensed Office 2019 uses, cannot parse it). No Excel runs here, so the
 * page is seen outside Office; each time it must say something, never stay blank. The build is the one
 * a deployer makes (`--env url=…`), so its manifest is checked against what the build holds.
 */
import * as fs from 'fs';
import * as path from 'path';
import { parse } from 'acorn';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { buildPages } from './build-pages';
import { serveDirectory, type StaticServer } from './static-server';

const CHROMIUM = '/usr/bin/chromium';
const OFFICE_CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/';
const OFFICE_JS_COPY = path.join(__dirname, '..', '..', 'node_modules', '@microsoft', 'office-js', 'dist');
const STEP_TIMEOUT = 15_000;
const DEPLOY_URL = 'https://addins.example.test/perf-eval/';

jest.setTimeout(240_000);

let outDir: string;
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  outDir = buildPages(['--env', 'only=taskpane', '--env', `url=${DEPLOY_URL}`]);
  server = await serveDirectory(outDir);
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (outDir) fs.rmSync(outDir, { recursive: true, force: true });
});

function pngSize(file: string): { width: number; height: number } {
  const bytes = fs.readFileSync(file);
  expect(bytes.subarray(1, 4).toString('ascii')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('the deployment build', () => {
  it('writes a manifest whose every page and icon is a file of the build, at the size it names', () => {
    const manifest = fs.readFileSync(path.join(outDir, 'manifest.xml'), 'utf8');
    expect(manifest).not.toContain('localhost');
    const urls = [...manifest.matchAll(/DefaultValue="(https:[^"]+)"/g)].map((m) => m[1]);
    expect(urls.length).toBeGreaterThan(8);
    for (const url of urls) {
      expect(url.startsWith(DEPLOY_URL)).toBe(true);
      const file = path.join(outDir, url.slice(DEPLOY_URL.length));
      expect(fs.existsSync(file)).toBe(true);
      const size = /icon-(\d+)\.png$/.exec(url);
      if (size) expect(pngSize(file)).toEqual({ width: Number(size[1]), height: Number(size[1]) });
    }
    expect(urls.map((url) => url.slice(DEPLOY_URL.length))).toEqual(
      expect.arrayContaining(['taskpane.html', 'commands.html', 'help.html', 'assets/icon-16.png', 'assets/icon-32.png', 'assets/icon-64.png', 'assets/icon-80.png']),
    );
    expect(manifest).toContain('<AppDomain>https://addins.example.test</AppDomain>');
  });

  it('names no development address in what it ships, and loads the pages by relative paths', () => {
    for (const file of fs.readdirSync(outDir).filter((name) => /\.(html|js)$/.test(name))) {
      expect(`${file}: ${fs.readFileSync(path.join(outDir, file), 'utf8').includes('localhost:3000')}`).toBe(`${file}: false`);
    }
    const taskpane = fs.readFileSync(path.join(outDir, 'taskpane.html'), 'utf8');
    const scripts = [...taskpane.matchAll(/<script[^>]*\bsrc=(?:"([^"]+)"|([^\s>]+))/g)].map((m) => m[1] ?? m[2]);
    expect(scripts).toEqual(['https://appsforoffice.microsoft.com/lib/1/hosted/office.js', expect.stringMatching(/^taskpane\.[0-9a-f]+\.js$/)]);
  });
});

interface Opened {
  page: Page;
  context: BrowserContext;
  /** requests that went neither to the local server nor to office.js's copy */
  elsewhere: string[];
}

/** Opens the built taskpane.html; `officeJs`: served from the npm package's copy, or refused. */
async function openPane(options: { officeJs: 'served' | 'refused'; unrunnableBundle?: boolean }): Promise<Opened> {
  const context = await browser.newContext({ locale: 'zh-CN' });
  const elsewhere: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(server.origin)) {
      if (options.unrunnableBundle && /\/taskpane\.[0-9a-f]+\.js$/.test(url)) {
        // what an engine without ES2020 sees: a script it cannot parse
        return route.fulfill({ contentType: 'text/javascript', body: 'var x = {}?.y ?? 1;\n@unparseable' });
      }
      return route.continue();
    }
    if (url.startsWith(OFFICE_CDN) && options.officeJs === 'served') {
      const file = path.join(OFFICE_JS_COPY, url.slice(OFFICE_CDN.length));
      if (fs.existsSync(file)) return route.fulfill({ contentType: 'text/javascript', body: fs.readFileSync(file) });
    }
    if (!url.startsWith(OFFICE_CDN)) elsewhere.push(url);
    return route.abort();
  });
  const page = await context.newPage();
  await page.goto(`${server.origin}/taskpane.html`);
  return { page, context, elsewhere };
}

describe('the task pane page outside Excel', () => {
  it('says it is not running in Office when office.js loads in a plain browser', async () => {
    const { page, context } = await openPane({ officeJs: 'served' });
    await page.getByText('未在 Office 中运行').waitFor({ timeout: STEP_TIMEOUT });
    expect(await page.locator('#pane-did-not-start').isVisible()).toBe(false);
    await context.close();
  });

  it('says office.js could not be loaded, and where from, when the CDN is out of reach', async () => {
    const { page, context, elsewhere } = await openPane({ officeJs: 'refused' });
    await page.getByText('未能加载 office.js').waitFor({ timeout: STEP_TIMEOUT });
    expect(await page.locator('#root').innerText()).toContain('https://appsforoffice.microsoft.com');
    expect(await page.locator('#pane-did-not-start').isVisible()).toBe(false);
    expect(elsewhere).toEqual([]);
    await context.close();
  });

  it('says the pane could not start, and which Excel to use, where the browser cannot run the bundle', async () => {
    const { page, context } = await openPane({ officeJs: 'served', unrunnableBundle: true });
    const note = page.locator('#pane-did-not-start');
    await note.waitFor({ state: 'visible', timeout: STEP_TIMEOUT });
    const text = await note.innerText();
    expect(text).toContain('任务窗格未能启动');
    expect(text).toContain('Office 2021');
    expect(text).toContain('The task pane could not start');
    expect(await page.locator('#root').innerText()).toBe('');
    await context.close();
  });

  it('keeps the note’s own script to ES5, which Internet Explorer 11 runs', () => {
    const html = fs.readFileSync(path.join(outDir, 'taskpane.html'), 'utf8');
    const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
    expect(inline.join('')).toContain('__perfEvalPaneStarted');
    for (const code of inline) expect(() => parse(code, { ecmaVersion: 5 })).not.toThrow();
    // and the check is a real one: the bundle's own syntax is not ES5
    expect(() => parse('var x = {}?.y ?? 1;', { ecmaVersion: 5 })).toThrow();
  });
});
