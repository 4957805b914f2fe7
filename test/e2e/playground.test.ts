/**
 * The add-in end to end in a real browser: the production build of the playground (the in-memory Excel
 * as a grid beside the real pane) in Debian's headless Chromium. A person's path through it, step by
 * step, with a screenshot of each step under test-artifacts/e2e/. Any console error, failed request or
 * request that leaves this machine fails the test.
 */
import * as fs from 'fs';
import * as path from 'path';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { measureBundle, STARTUP_BUDGET_BYTES } from '../../bench/bundle-size';
import { buildPages } from './build-pages';
import { serveDirectory, type StaticServer } from './static-server';

const CHROMIUM = '/usr/bin/chromium';
const ARTIFACTS = path.join(__dirname, '..', '..', 'test-artifacts', 'e2e');
const STEP_TIMEOUT = 15_000;

jest.setTimeout(240_000);

let outDir: string;
let server: StaticServer;
let browser: Browser;
let page: Page;
const problems: string[] = [];

beforeAll(async () => {
  outDir = buildPages();
  server = await serveDirectory(outDir);
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const context = await browser.newContext({ viewport: { width: 1280, height: 860 }, acceptDownloads: true, locale: 'zh-CN' });
  // Nothing may leave localhost: record and refuse any other request.
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(server.origin) || url.startsWith('blob:') || url.startsWith('data:')) return route.continue();
    problems.push(`request left localhost: ${url}`);
    return route.abort();
  });
  page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()} (${request.failure()?.errorText})`));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  fs.mkdirSync(ARTIFACTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (outDir) fs.rmSync(outDir, { recursive: true, force: true });
});

afterEach(() => {
  const seen = problems.splice(0);
  expect(seen).toEqual([]);
});

async function screenshot(name: string): Promise<void> {
  await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`) });
  await page.locator('#pane-root').screenshot({ path: path.join(ARTIFACTS, `${name}-pane.png`) });
}

/** Waits until the element's text is (or contains) what is expected; jest has no retrying matchers. */
async function expectText(locator: Locator, expected: string, how: 'is' | 'contains' = 'is', timeout = STEP_TIMEOUT): Promise<void> {
  const deadline = Date.now() + timeout;
  let seen: string | null = null;
  do {
    seen = (await locator.count()) > 0 ? ((await locator.first().textContent()) ?? '').trim() : null;
    if (seen !== null && (how === 'is' ? seen === expected : seen.includes(expected))) return;
    await page.waitForTimeout(50);
  } while (Date.now() < deadline);
  throw new Error(`expected text ${how === 'is' ? '' : 'containing '}"${expected}", saw ${seen === null ? 'no element' : `"${seen}"`}`);
}

const pane = () => page.locator('#pane-root');
const cell = (address: string) => page.locator(`[data-testid="grid"] td[data-address="${address}"]`);

async function openSheet(name: string): Promise<void> {
  await page.getByTestId(`sheet-tab-${name}`).click();
  await page.waitForFunction((sheet) => document.querySelector('[data-testid="grid"]')?.getAttribute('aria-label') === sheet, name);
}

/** The column letter of a header in row 1 of the sheet shown (the template's headers carry a note on a second line). */
async function columnOf(header: string): Promise<string> {
  const address = await page.evaluate((text) => {
    const cells = [...document.querySelectorAll('[data-testid="grid"] td[data-address]')];
    const isHeader = (td: Element) => td.textContent === text || (td.textContent ?? '').startsWith(`${text}\n`);
    return cells.find((td) => /^[A-Z]+1$/.test(td.getAttribute('data-address') ?? '') && isHeader(td))?.getAttribute('data-address') ?? null;
  }, header);
  if (!address) throw new Error(`no header "${header}" in row 1`);
  return address.replace(/\d+$/, '');
}

/** Select a cell, type, press Enter: a user edit of the in-memory workbook. */
async function typeInto(address: string, text: string): Promise<void> {
  await cell(address).click();
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
}

describe('the built pages', () => {
  it('load office.js from Microsoft’s CDN in the task pane, and nothing from outside in the playground', () => {
    const taskpane = fs.readFileSync(path.join(outDir, 'taskpane.html'), 'utf8');
    const playground = fs.readFileSync(path.join(outDir, 'playground.html'), 'utf8');
    expect(taskpane).toContain('https://appsforoffice.microsoft.com/lib/1/hosted/office.js');
    expect(playground).not.toMatch(/office\.js|https?:\/\//);
  });

  it('start the task pane with at most 250 KB of gzip-compressed JavaScript', () => {
    const size = measureBundle(outDir);
    expect(size.startupFiles.length).toBeGreaterThan(0);
    expect(size.startupGzipBytes).toBeLessThanOrEqual(STARTUP_BUDGET_BYTES);
  });
});

describe('the playground in a real browser', () => {
  it('offers the template on a blank workbook and inserts it', async () => {
    await page.goto(`${server.origin}/playground.html?workbook=blank`);
    await pane().getByTestId('template-offer').waitFor({ timeout: STEP_TIMEOUT });
    await screenshot('01-blank-workbook');

    await pane().getByTestId('insert-blank-template').click();
    await pane().getByTestId('notice-bar').waitFor({ timeout: STEP_TIMEOUT });
    // In the 320 px pane the message keeps most of the bar: the × beside it takes no more than it needs.
    const widths = await pane()
      .getByTestId('notice-bar')
      .evaluate((bar) => ({ bar: bar.getBoundingClientRect().width, body: bar.querySelector('.fui-MessageBarBody')?.getBoundingClientRect().width ?? 0 }));
    expect(widths.body).toBeGreaterThanOrEqual(0.7 * widths.bar);
    for (const sheet of ['基本信息', '预算执行', '绩效指标', '评分设置']) {
      await expect(page.getByTestId(`sheet-tab-${sheet}`).count()).resolves.toBe(1);
    }
    await screenshot('02-template-inserted');
  });

  it('scores indicators typed into the grid: total and grade in the pane, results in the sheets', async () => {
    await openSheet('绩效指标');
    const column = {
      level1: await columnOf('一级指标'),
      level2: await columnOf('二级指标'),
      level3: await columnOf('三级指标'),
      direction: await columnOf('指标性质'),
      target: await columnOf('年度指标值'),
      unit: await columnOf('度量单位'),
      actual: await columnOf('实际完成值'),
      points: await columnOf('分值'),
    };
    const rows = [
      ['产出', '数量指标', '举办培训班', '≥', '4', '场', '4', '40'],
      ['产出', '质量指标', '培训合格率', '≥', '95%', '%', '96%', '30'],
      ['满意度', '服务对象满意度', '参训人员满意度', '≥', '90%', '%', '85%', '30'],
    ];
    for (const [index, values] of rows.entries()) {
      const row = index + 2;
      const fields = [column.level1, column.level2, column.level3, column.direction, column.target, column.unit, column.actual, column.points];
      for (const [i, letter] of fields.entries()) await typeInto(`${letter}${row}`, values[i]);
    }
    await expectText(cell(`${column.actual}4`), '85%');
    await screenshot('03-indicators-typed');

    await pane().getByTestId('score-button').click();
    // 40 + 30 + 30 × 85 / 90 = 98.33
    await expectText(pane().getByTestId('total-score'), '98.33');
    await expectText(pane().getByTestId('grade'), '优');
    await expectText(pane().getByTestId('level-table'), '满意度', 'contains');
    for (const header of ['完成率', '计算得分', '状态', '提示']) await columnOf(header);
    await expect(page.getByTestId('sheet-tab-评分结果').count()).resolves.toBe(1);
    await screenshot('04-scored');
  });

  it('re-scores by itself when an actual value is edited, updating the score and the 提示 column', async () => {
    const actual = await columnOf('实际完成值');
    const hint = await columnOf('提示');
    const hintBefore = await cell(`${hint}4`).textContent();
    await typeInto(`${actual}4`, '45%');
    // 40 + 30 + 30 × 45 / 90 = 85 → 良, and 50% completion is flagged in the row's 提示
    await expectText(pane().getByTestId('total-score'), '85');
    await expectText(pane().getByTestId('grade'), '良');
    await expectText(pane().getByTestId('last-run'), '编辑后自动', 'contains');
    await page.waitForFunction(
      ([address, before]) => document.querySelector(`[data-testid="grid"] td[data-address="${address}"]`)?.textContent !== before,
      [`${hint}4`, hintBefore] as const,
      { timeout: STEP_TIMEOUT },
    );
    await screenshot('05-rescored-after-edit');
  });

  it('selects a warning’s cell in the grid when the warning is clicked', async () => {
    await openSheet('基本信息');
    const warning = pane().locator('button[data-testid="warning-item"]').first();
    const where = (await warning.locator('span').last().textContent()) ?? '';
    const [sheet, address] = where.split('!');
    await warning.click();
    await page.waitForFunction((name) => document.querySelector('[data-testid="grid"]')?.getAttribute('aria-label') === name, sheet);
    await expectText(page.getByTestId('name-box'), address);
    await expect(cell(address.split(':')[0]).getAttribute('aria-selected')).resolves.toBe('true');
    await screenshot('06-warning-cell-selected');
  });

  it('writes the 自评报告 sheet with its headings', async () => {
    await pane().getByTestId('write-report-button').click();
    await pane().getByTestId('notice-bar').filter({ hasText: '自评报告' }).waitFor({ timeout: STEP_TIMEOUT });
    await openSheet('自评报告');
    const text = (await page.getByTestId('grid').textContent()) ?? '';
    for (const heading of ['一、基本情况', '二、综合评价分析', '三、存在的主要问题', '四、下一步改进措施']) expect(text).toContain(heading);
    await screenshot('07-report-sheet');
  });

  it('saves a changed scheme into the 评分设置 sheet', async () => {
    await pane().getByRole('tab', { name: '评分设置' }).click();
    await pane().getByTestId('settings-form').waitFor({ timeout: STEP_TIMEOUT });
    await pane().getByRole('radio', { name: /线性法/ }).check();
    await screenshot('08-scheme-settings');
    await pane().getByTestId('save-settings').click();
    await pane().getByTestId('notice-bar').filter({ hasText: '评分设置' }).waitFor({ timeout: STEP_TIMEOUT });
    await openSheet('评分设置');
    expect(await page.getByTestId('grid').textContent()).toContain('线性法');
  });

  it('switches the pane to English', async () => {
    await pane().getByTestId('language-switch').selectOption('en-US');
    await expectText(pane().getByTestId('score-button'), 'Score');
    expect(await pane().getByRole('tab', { name: 'Results' }).count()).toBe(1);
    await expectText(pane().getByTestId('settings-form'), 'Lower-is-better indicators', 'contains');
    await pane().getByRole('tab', { name: 'Results' }).click();
    await expectText(pane().getByTestId('level-table'), 'By level-1 indicator', 'contains');
    await screenshot('09-english');
  });
});

describe('the pane for keyboard, screen reader and zoom users', () => {
  let a11yPage: Page;

  /** A fresh playground page in its own context, watched like the main one. */
  async function openPlayground(workbook: string, locale: 'zh-CN' | 'en-US', paneWidth?: number): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 1280, height: 860 }, locale });
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(server.origin) || url.startsWith('blob:') || url.startsWith('data:')) return route.continue();
      problems.push(`request left localhost: ${url}`);
      return route.abort();
    });
    const opened = await context.newPage();
    opened.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
    });
    opened.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    await opened.goto(`${server.origin}/playground.html?workbook=${workbook}`);
    // Office gives the pane a fixed width on screen: at 200% zoom its 320 CSS pixels become 160.
    if (paneWidth) await opened.addStyleTag({ content: `.playground-pane { width: ${paneWidth}px !important; }` });
    await opened.locator('#pane-root').getByTestId('score-button').waitFor({ timeout: STEP_TIMEOUT });
    a11yPage = opened;
    return opened;
  }

  afterEach(async () => {
    await a11yPage?.context().close();
  });

  const focused = (on: Page) => on.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? document.activeElement?.tagName ?? null);

  it('keeps keyboard focus in the pane after inserting the template and after dismissing its message', async () => {
    const on = await openPlayground('blank', 'zh-CN');
    const pane = on.locator('#pane-root');
    await pane.getByTestId('insert-blank-template').focus();
    await on.keyboard.press('Enter');
    await pane.getByTestId('notice-bar').waitFor({ timeout: STEP_TIMEOUT });
    await on.waitForFunction(() => document.activeElement?.getAttribute('data-testid') === 'score-button', null, { timeout: STEP_TIMEOUT }).catch(() => undefined);
    expect(await focused(on)).toBe('score-button');

    await pane.getByTestId('notice-bar').getByRole('button', { name: '关闭' }).focus();
    await on.keyboard.press('Enter');
    await pane.getByTestId('notice-bar').waitFor({ state: 'detached', timeout: STEP_TIMEOUT });
    expect(await focused(on)).toBe('score-button');
  });

  /** the whole element is inside the pane's visible part */
  const inView = (element: Locator) =>
    element.evaluate((node) => {
      const box = node.getBoundingClientRect();
      const pane = document.getElementById('pane-root')!.getBoundingClientRect();
      return box.top >= pane.top && box.bottom <= Math.min(pane.bottom, window.innerHeight);
    });

  it('brings the answer to 生成报告 and 保存设置 into view, though the buttons are at the foot of a pane taller than the screen', async () => {
    const on = await openPlayground('seed-002', 'zh-CN');
    const pane = on.locator('#pane-root');
    /** clicks `button` at the foot of the scrolled pane; the notice saying `answer` is then in view */
    const answerInView = async (button: Locator, answer: string) => {
      await button.scrollIntoViewIfNeeded();
      // the pane is scrolled: its top, where the message bars are, is out of sight
      expect(await inView(pane.getByTestId('score-button'))).toBe(false);
      await button.click();
      const notice = pane.getByTestId('notice-bar').filter({ hasText: answer });
      await notice.waitFor({ timeout: STEP_TIMEOUT });
      await on.waitForFunction((bar) => bar !== null && bar.getBoundingClientRect().top >= 0, await notice.elementHandle(), { timeout: 2_000 }).catch(() => undefined);
      expect(await inView(notice)).toBe(true);
    };
    await pane.getByTestId('score-button').click();
    await pane.getByTestId('total-score').waitFor({ timeout: STEP_TIMEOUT });
    await answerInView(pane.getByTestId('write-report-button'), '已生成「自评报告」工作表');
    expect(await focused(on)).toBe('write-report-button');

    await pane.getByTestId('tab-settings').click();
    await pane.getByRole('radio', { name: /线性法/ }).check();
    await answerInView(pane.getByTestId('save-settings'), '评分设置已保存');
  });

  for (const locale of ['zh-CN', 'en-US'] as const) {
    it(`fits the pane at 200% zoom (160 px) without scrolling it sideways, in ${locale}; a table wider than that scrolls by itself, from the keyboard too`, async () => {
      const on = await openPlayground('seed-002', locale, 160);
      const pane = on.locator('#pane-root');
      const sideways = () => on.evaluate(() => {
        const root = document.getElementById('pane-root')!;
        return root.scrollWidth - root.clientWidth;
      });
      expect(await sideways()).toBe(0);
      await pane.getByTestId('score-button').press('Enter');
      await pane.getByTestId('total-score').waitFor({ timeout: STEP_TIMEOUT });
      expect(await sideways()).toBe(0);
      // the rows' names (产出指标, the tasks' names) keep at least four characters a line, not one
      const narrowestName = await pane
        .locator('[data-testid="level-table"] th[scope="row"], [data-testid="task-table"] th[scope="row"]')
        .evaluateAll((names) => Math.min(...names.map((name) => name.getBoundingClientRect().width / parseFloat(getComputedStyle(name).fontSize))));
      expect(narrowestName).toBeGreaterThanOrEqual(4);
      const scroller = pane.getByTestId('table-scroller').filter({ has: on.getByTestId('level-table') });
      await expect(scroller.getAttribute('tabindex')).resolves.toBe('0');
      await scroller.focus();
      await on.keyboard.press('ArrowRight');
      await on.waitForFunction((element) => element!.scrollLeft > 0, await scroller.elementHandle(), { timeout: STEP_TIMEOUT });
      await pane.getByTestId('tab-settings').press('Enter');
      await pane.getByTestId('settings-form').waitFor({ timeout: STEP_TIMEOUT });
      expect(await sideways()).toBe(0);
      await pane.getByTestId('tab-workbook').press('Enter');
      await pane.getByTestId('remap-table-kind').waitFor({ timeout: STEP_TIMEOUT });
      expect(await sideways()).toBe(0);
      await pane.screenshot({ path: path.join(ARTIFACTS, `10-zoom-200-${locale}.png`) });
    });
  }
});
