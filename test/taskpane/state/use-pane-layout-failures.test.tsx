/** @jest-environment jsdom */
/**
 * How the pane answers a run that fails on the workbook's layout, through the real controller on the
 * in-memory Excel: the 工作簿 tab follows the workbook as it is, and an error that a later run made
 * stale does not stand over that run's result.
 */
import '@testing-library/jest-dom';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { seed000 } from '../../../samples/data/seed-000';
import { createExcelApi, createOfficeContext, MemoryWorkbook } from '../../../src/hosts/memory';
import { createOfficeWorkbookPort } from '../../../src/hosts/office';
import { planFromSample } from '../../../src/playground/sample-plan';
import { createPaneController } from '../../../src/taskpane/services/pane-controller';
import { renderPane } from '../fixtures/render-pane';

beforeEach(() => jest.spyOn(document, 'hasFocus').mockReturnValue(true));
afterEach(() => jest.restoreAllMocks());

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const ready = () => waitFor(() => expect(screen.getByTestId('score-button')).not.toHaveAttribute('aria-disabled', 'true'), { timeout: 5000 });

/**
 * Seed 000 in the in-memory Excel, scored once in the pane. `afterRun`, while set, is called once after
 * the next Excel.run and that run's answer comes 150 ms late: a colleague's edit landing meanwhile.
 */
async function scoredSeed000() {
  const workbook = new MemoryWorkbook({ sheets: [] });
  const excel = createExcelApi(workbook);
  await createOfficeWorkbookPort(excel).apply(planFromSample(seed000));
  const slow: { afterRun: (() => void) | null } = { afterRun: null };
  const slowExcel = Object.assign(Object.create(excel), {
    run: async (...args: unknown[]) => {
      const result = await (excel.run as (...a: unknown[]) => Promise<unknown>)(...args);
      const edit = slow.afterRun;
      if (edit) {
        slow.afterRun = null;
        edit();
        await wait(150);
      }
      return result;
    },
  });
  const controller = createPaneController({ kind: 'memory', excel: slowExcel, office: createOfficeContext(workbook, {}) }, { debounceMs: 20 });
  renderPane(controller);
  await screen.findByTestId('tables-overview');
  await ready();
  fireEvent.click(screen.getByTestId('score-button'));
  await screen.findByTestId('total-score');
  return { workbook, slow };
}

async function workbookTabText(): Promise<string> {
  fireEvent.click(screen.getByRole('tab', { name: /工作簿/ }));
  return (await screen.findByTestId('tables-overview')).parentElement?.textContent ?? '';
}

describe('the pane after a run that fails on the layout', () => {
  it('shows the tables as they are now in the 工作簿 tab when an automatic run fails (the 分值 header cleared)', async () => {
    const { workbook } = await scoredSeed000();
    workbook.userEdit('绩效指标', 'H1', '');
    await screen.findByTestId('error-bar');
    await ready();
    await waitFor(async () => expect(await workbookTabText()).not.toContain('分值 (H1)'));
  });

  it('lets the result of a run started by a colleague’s mending edit clear the error of the 评分 that failed before it', async () => {
    const { workbook, slow } = await scoredSeed000();
    workbook.remoteEdit('绩效指标', 'H1', '');
    await screen.findByTestId('error-bar');
    await ready();
    slow.afterRun = () => workbook.remoteEdit('绩效指标', 'H1', '分值');
    fireEvent.click(screen.getByTestId('score-button'));
    await wait(1500);
    await ready();
    expect(screen.queryByTestId('error-bar')).not.toBeInTheDocument();
    expect(screen.getByTestId('total-score')).toHaveTextContent('93');
  });
});
