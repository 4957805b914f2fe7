/** The pane's state and the actions the components call: each action goes through the controller. */
import { useCallback, useEffect, useMemo, useReducer, useRef } from 'react';
import type { i18n } from 'i18next';
import type { Locale, Scheme } from '../../domain/model';
import type { PaneController } from '../services/pane-controller-types';
import { describeFailure } from '../services/pane-failure';
import { downloadFile } from '../services/download-file';
import { initialPaneState, paneReducer } from './pane-reducer';
import type { CellLocation, PaneOperation, PaneState, PaneTab, TableKind, TemplateKind } from './pane-types';

export interface PaneActions {
  refresh(): Promise<void>;
  insertTemplate(kind: TemplateKind): Promise<void>;
  score(): Promise<void>;
  writeReport(replaceEditedSheet?: boolean): Promise<void>;
  downloadDocx(): Promise<void>;
  selectCell(location: CellLocation): Promise<void>;
  useSelectionAs(table: TableKind): Promise<void>;
  loadScheme(): Promise<void>;
  saveScheme(edited: Scheme, basis: Scheme): Promise<void>;
  setAutoRecalc(enabled: boolean): void;
  setLocale(locale: Locale): void;
  selectTab(tab: PaneTab): void;
  dismissError(): void;
  dismissNotice(): void;
}

export interface PaneOptions {
  controller: PaneController;
  i18n: i18n;
  initialLocale: Locale;
  /** remembers the user's language choice between sessions; absent in tests */
  saveLocale?: (locale: Locale) => void;
  now?: () => number;
}

export function usePane({ controller, i18n, initialLocale, saveLocale, now = Date.now }: PaneOptions): [PaneState, PaneActions] {
  const [state, dispatch] = useReducer(paneReducer, initialLocale, initialPaneState);
  const tabShown = useRef(state.tab);
  tabShown.current = state.tab;
  const resultOutdated = useRef(state.resultOutdated);
  resultOutdated.current = state.resultOutdated;

  const reportFailure = useCallback(
    (operation: PaneOperation, error: unknown): void => {
      const failure = describeFailure(operation, error);
      // At once: a run started meanwhile (a colleague's edit that mends the layout) may end after it
      // and clear it, as it should.
      dispatch({ type: 'operationFailed', error: failure });
      // The layout is not what the pane last saw (a table typed into a workbook that was empty, a
      // column deleted): the 工作簿 tab and the error's hint follow the workbook as it is now.
      if (failure.code === 'layoutProblem' && operation !== 'inspect') {
        controller.inspect().then(
          (overview) => dispatch({ type: 'workbookInspected', overview }),
          () => undefined,
        );
      }
    },
    [controller],
  );

  const attempt = useCallback(
    async <T>(operation: PaneOperation, work: () => Promise<T>): Promise<T | undefined> => {
      dispatch({ type: 'operationStarted', operation });
      try {
        return await work();
      } catch (error) {
        reportFailure(operation, error);
        return undefined;
      }
    },
    [reportFailure],
  );

  const actions = useMemo<PaneActions>(
    () => ({
      async refresh() {
        const overview = await attempt('inspect', () => controller.inspect());
        if (overview) dispatch({ type: 'workbookInspected', overview });
      },
      async insertTemplate(kind) {
        const result = await attempt('insertTemplate', () => controller.insertTemplate(kind));
        if (!result) return;
        dispatch({ type: 'workbookInspected', overview: result.overview });
        dispatch({ type: 'operationFinished', operation: 'insertTemplate', notice: { kind: 'templateInserted', template: kind, sheets: result.sheets } });
      },
      async score() {
        const outcome = await attempt('score', () => controller.score());
        if (outcome) dispatch({ type: 'scored', report: outcome.report, overview: outcome.overview, finishedAt: now(), trigger: 'manual' });
      },
      async writeReport(replaceEditedSheet = false) {
        const result = await attempt('writeReport', () => controller.writeReport({ replaceEditedSheet }));
        if (!result) return;
        dispatch({ type: 'scored', report: result.outcome.report, overview: result.outcome.overview, finishedAt: now(), trigger: 'manual' });
        dispatch({ type: 'operationFinished', operation: 'writeReport', notice: { kind: 'reportWritten', sheet: result.sheet } });
      },
      async downloadDocx() {
        const file = await attempt('downloadDocx', () => controller.buildDocx());
        if (!file) return;
        dispatch({ type: 'scored', report: file.outcome.report, overview: file.outcome.overview, finishedAt: now(), trigger: 'manual' });
        downloadFile(file.blob, file.fileName);
        dispatch({ type: 'operationFinished', operation: 'downloadDocx', notice: { kind: 'docxDownloaded', fileName: file.fileName } });
      },
      async selectCell(location) {
        const done = await attempt('selectCell', async () => {
          await controller.selectCell(location);
          return true;
        });
        if (done) dispatch({ type: 'operationFinished', operation: 'selectCell' });
      },
      async useSelectionAs(table) {
        const result = await attempt('remapTable', () => controller.useSelectionAs(table));
        if (!result) return;
        dispatch({ type: 'workbookInspected', overview: result.overview });
        dispatch({
          type: 'operationFinished',
          operation: 'remapTable',
          notice: { kind: 'tableRemapped', table, sheet: result.table.sheet, range: result.table.range },
        });
      },
      async loadScheme() {
        const loaded = await attempt('loadScheme', () => controller.loadScheme());
        if (!loaded) return;
        dispatch({ type: 'schemeLoaded', scheme: loaded.scheme, problems: loaded.problems });
        dispatch({ type: 'operationFinished', operation: 'loadScheme' });
      },
      async saveScheme(edited, basis) {
        const result = await attempt('saveScheme', () => controller.saveScheme(edited, basis));
        if (!result) return;
        dispatch({ type: 'schemeLoaded', scheme: result.scheme, problems: result.problems, replaceForm: true });
        if (result.kind === 'changedInSheet') {
          dispatch({ type: 'operationFinished', operation: 'saveScheme', notice: { kind: 'schemeChangedInSheet', settings: result.conflicts } });
          return;
        }
        const { rescore } = result;
        if (rescore?.ok) dispatch({ type: 'scored', report: rescore.outcome.report, overview: rescore.outcome.overview, finishedAt: now(), trigger: 'automatic' });
        dispatch({ type: 'operationFinished', operation: 'saveScheme', notice: { kind: 'schemeSaved', keptSheetEdits: result.keptSheetEdits } });
        // saved all the same: the run after it failed as a score does
        if (rescore && !rescore.ok) reportFailure('score', rescore.error);
      },
      setAutoRecalc(enabled) {
        dispatch({ type: 'autoRecalcChanged', enabled });
      },
      setLocale(locale) {
        void i18n.changeLanguage(locale);
        saveLocale?.(locale);
        dispatch({ type: 'localeChanged', locale });
      },
      selectTab(tab) {
        dispatch({ type: 'tabSelected', tab });
      },
      dismissError() {
        dispatch({ type: 'errorDismissed' });
      },
      dismissNotice() {
        dispatch({ type: 'noticeDismissed' });
      },
    }),
    [attempt, controller, i18n, now, reportFailure, saveLocale],
  );

  useEffect(() => {
    dispatch({ type: 'hostDescribed', degradedFeatures: controller.degradedFeatures() });
    void actions.refresh();
  }, [actions, controller]);

  // Edits re-score from the first score on: before it, a half-typed template is not worth a write.
  // With automatic recalculation off, edits are still watched, to say the result shown is out of date.
  const hasScored = state.lastRun !== null;
  useEffect(() => {
    if (!hasScored) return;
    let handle: { stop(): Promise<void> } | null = null;
    let cancelled = false;
    void controller
      .startAutoRecalc({
        onRunStarted: () => dispatch({ type: 'operationStarted', operation: 'score' }),
        onScored: (outcome) => {
          dispatch({ type: 'scored', report: outcome.report, overview: outcome.overview, finishedAt: now(), trigger: 'automatic' });
          // The run may come from an edit in 评分设置: the open settings form should show it. Quietly,
          // without a busy state or a failure of its own: saving compares with the sheet anyway.
          if (tabShown.current === 'settings') {
            controller.loadScheme().then(
              (loaded) => dispatch({ type: 'schemeLoaded', scheme: loaded.scheme, problems: loaded.problems }),
              () => undefined,
            );
          }
        },
        onFailed: (error) => {
          // The run was started by an edit that it could not score: the result shown predates that
          // edit, and must say so once the error is read and dismissed.
          dispatch({ type: 'inputsChanged' });
          reportFailure('score', error);
        },
        onInputsChanged: () => dispatch({ type: 'inputsChanged' }),
      // Turned back on over a result that edits made out of date: score it now, not at the next edit.
      }, { rescore: state.autoRecalc, scoreAtOnce: state.autoRecalc && resultOutdated.current })
      .then(
        (started) => {
          if (cancelled) void started.stop();
          else handle = started;
        },
        (error: unknown) => dispatch({ type: 'operationFailed', error: describeFailure('score', error) }),
      );
    return () => {
      cancelled = true;
      if (handle) void handle.stop();
    };
  }, [controller, hasScored, now, reportFailure, state.autoRecalc]);

  return [state, actions];
}
