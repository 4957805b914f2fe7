import { DEFAULT_SCHEME } from '../../../src/domain/scheme/defaults';
import { initialPaneState, paneReducer, type PaneAction } from '../../../src/taskpane/state/pane-reducer';
import type { PaneState, WorkbookOverview } from '../../../src/taskpane/state/pane-types';
import { seed000Report } from '../fixtures/seed-000-report';

const emptyWorkbook: WorkbookOverview = { isEmpty: true, tables: [], problems: [] };
const filledWorkbook: WorkbookOverview = {
  isEmpty: false,
  tables: [{ kind: 'indicators', sheet: '绩效指标', range: 'A1:K10', headerRow: 1, columns: [], remembered: false }],
  problems: [],
};

function run(actions: PaneAction[], from: PaneState = initialPaneState('zh-CN')): PaneState {
  return actions.reduce(paneReducer, from);
}

describe('the pane state', () => {
  it('starts in Chinese (or the given language) on the workbook tab, re-scoring after edits', () => {
    const state = initialPaneState('en-US');
    expect(state).toMatchObject({ locale: 'en-US', tab: 'workbook', autoRecalc: true, busy: null, lastRun: null });
  });

  it('shows the template offer data for an empty workbook and keeps the tab', () => {
    const state = run([{ type: 'operationStarted', operation: 'inspect' }, { type: 'workbookInspected', overview: emptyWorkbook }]);
    expect(state.busy).toBeNull();
    expect(state.overview?.isEmpty).toBe(true);
    expect(state.tab).toBe('workbook');
  });

  it('shows the result of a click on 评分 on the result tab, with the time it finished', () => {
    const report = seed000Report();
    const state = run([
      { type: 'workbookInspected', overview: filledWorkbook },
      { type: 'operationStarted', operation: 'score' },
      { type: 'scored', report, finishedAt: 1_700_000_000_000, trigger: 'manual' },
    ]);
    expect(state.busy).toBeNull();
    expect(state.tab).toBe('score');
    expect(state.lastRun).toEqual({ report, finishedAt: 1_700_000_000_000, trigger: 'manual' });
  });

  it('does not pull the user to another tab when a run starts by itself after an edit', () => {
    const state = run([
      { type: 'tabSelected', tab: 'settings' },
      { type: 'operationStarted', operation: 'score' },
      { type: 'scored', report: seed000Report(), finishedAt: 1, trigger: 'automatic' },
    ]);
    expect(state.tab).toBe('settings');
    expect(state.lastRun?.trigger).toBe('automatic');
  });

  it('keeps the error of a failed step until the next attempt or a dismissal', () => {
    const failed = run([
      { type: 'operationStarted', operation: 'writeReport' },
      { type: 'operationFailed', error: { code: 'sheetProtected', operation: 'writeReport', detail: null, location: { sheet: '自评报告', cell: null } } },
    ]);
    expect(failed.busy).toBeNull();
    expect(failed.error?.code).toBe('sheetProtected');
    expect(paneReducer(failed, { type: 'errorDismissed' }).error).toBeNull();
    expect(paneReducer(failed, { type: 'operationStarted', operation: 'writeReport' }).error).toBeNull();
  });

  it('does not let an automatic run clear the busy mark of a step the user started', () => {
    const state = run([
      { type: 'operationStarted', operation: 'writeReport' },
      { type: 'scored', report: seed000Report(), finishedAt: 1, trigger: 'automatic' },
    ]);
    expect(state.busy).toBe('writeReport');
  });

  it('shows a notice when a step finishes and clears it on failure', () => {
    const done = run([
      { type: 'operationStarted', operation: 'writeReport' },
      { type: 'operationFinished', operation: 'writeReport', notice: { kind: 'reportWritten', sheet: '自评报告' } },
    ]);
    expect(done.notice).toEqual({ kind: 'reportWritten', sheet: '自评报告' });
    const failed = paneReducer(done, { type: 'operationFailed', error: { code: 'unexpected', operation: 'score', detail: null, location: null } });
    expect(failed.notice).toBeNull();
  });

  it('drops the notice of the last step when the next one starts, but not for going to a cell', () => {
    const done = run([
      { type: 'operationStarted', operation: 'insertTemplate' },
      { type: 'operationFinished', operation: 'insertTemplate', notice: { kind: 'templateInserted', template: 'blank', sheets: ['绩效指标'] } },
    ]);
    expect(paneReducer(done, { type: 'operationStarted', operation: 'selectCell' }).notice).not.toBeNull();
    expect(paneReducer(done, { type: 'operationStarted', operation: 'score' }).notice).toBeNull();
  });

  it('switches language, the automatic recalculation and the scheme on request', () => {
    const scheme = { ...DEFAULT_SCHEME, reverseFormula: 'linear' as const };
    const state = run([
      { type: 'localeChanged', locale: 'en-US' },
      { type: 'autoRecalcChanged', enabled: false },
      { type: 'schemeLoaded', scheme, problems: [] },
    ]);
    expect(state.locale).toBe('en-US');
    expect(state.autoRecalc).toBe(false);
    expect(state.scheme?.reverseFormula).toBe('linear');
  });

  it('keeps the problems of 评分设置 with the scheme read with them, and drops those a later read no longer finds', () => {
    const problem = {
      kind: 'unreadableValue' as const,
      severity: 'error' as const,
      setting: 'reverseFormula' as const,
      message: { 'zh-CN': '「反向指标计分方法」的值「对数法」无法识别', 'en-US': 'cannot be read from "对数法"' },
      location: { sheet: '评分设置', cell: 'B3' },
    };
    const loaded = run([{ type: 'schemeLoaded', scheme: DEFAULT_SCHEME, problems: [problem] }]);
    expect(loaded.schemeProblems).toEqual([problem]);
    expect(paneReducer(loaded, { type: 'schemeLoaded', scheme: DEFAULT_SCHEME, problems: [], replaceForm: true }).schemeProblems).toEqual([]);
  });
});
