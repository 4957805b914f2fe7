/** The pane's state machine: pure, so every transition is tested without React or a host. */
import type { EvaluationReport, Locale, Scheme } from '../../domain/model';
import type {
  PaneError,
  PaneNotice,
  PaneOperation,
  PaneState,
  PaneTab,
  RunTrigger,
  SchemeProblemView,
  WorkbookOverview,
} from './pane-types';

export type PaneAction =
  | { type: 'operationStarted'; operation: PaneOperation }
  | { type: 'operationFailed'; error: PaneError }
  | { type: 'operationFinished'; operation: PaneOperation; notice?: PaneNotice }
  | { type: 'workbookInspected'; overview: WorkbookOverview }
  | { type: 'scored'; report: EvaluationReport; finishedAt: number; trigger: RunTrigger; overview?: WorkbookOverview }
  /** `replaceForm`: the form shows this scheme even over unsaved edits */
  | { type: 'schemeLoaded'; scheme: Scheme; problems: SchemeProblemView[]; replaceForm?: boolean }
  | { type: 'inputsChanged' }
  | { type: 'autoRecalcChanged'; enabled: boolean }
  | { type: 'localeChanged'; locale: Locale }
  | { type: 'tabSelected'; tab: PaneTab }
  | { type: 'hostDescribed'; degradedFeatures: string[] }
  | { type: 'errorDismissed' }
  | { type: 'noticeDismissed' };

export function initialPaneState(locale: Locale): PaneState {
  return {
    locale,
    tab: 'workbook',
    busy: null,
    overview: null,
    lastRun: null,
    resultOutdated: false,
    autoRecalc: true,
    scheme: null,
    schemeProblems: [],
    schemeRevision: 0,
    error: null,
    notice: null,
    degradedFeatures: [],
  };
}

export function paneReducer(state: PaneState, action: PaneAction): PaneState {
  switch (action.type) {
    case 'operationStarted':
      // A new step replaces the old error and the old notice; going to a cell is not a step of its own.
      return { ...state, busy: action.operation, error: null, notice: action.operation === 'selectCell' ? state.notice : null };
    case 'operationFailed':
      return { ...state, busy: clearBusy(state, action.error.operation), error: action.error, notice: null };
    case 'operationFinished':
      return { ...state, busy: clearBusy(state, action.operation), notice: action.notice ?? state.notice };
    case 'workbookInspected':
      return { ...state, busy: clearBusy(state, 'inspect'), overview: action.overview };
    case 'scored':
      return {
        ...state,
        busy: clearBusy(state, 'score'),
        error: null,
        lastRun: { report: action.report, finishedAt: action.finishedAt, trigger: action.trigger },
        resultOutdated: false,
        overview: action.overview ?? state.overview,
        // A click on 评分 shows its result; an automatic run must not pull the user away from their tab.
        tab: action.trigger === 'manual' ? 'score' : state.tab,
      };
    case 'schemeLoaded':
      return {
        ...state,
        scheme: action.scheme,
        schemeProblems: action.problems,
        schemeRevision: state.schemeRevision + (action.replaceForm ? 1 : 0),
      };
    case 'inputsChanged':
      return { ...state, resultOutdated: state.lastRun !== null };
    case 'autoRecalcChanged':
      return { ...state, autoRecalc: action.enabled };
    case 'localeChanged':
      return { ...state, locale: action.locale };
    case 'tabSelected':
      return { ...state, tab: action.tab };
    case 'hostDescribed':
      return { ...state, degradedFeatures: action.degradedFeatures };
    case 'errorDismissed':
      return { ...state, error: null };
    case 'noticeDismissed':
      return { ...state, notice: null };
  }
}

/** An automatic run can end while a manual step is shown as busy: only the matching step clears it. */
function clearBusy(state: PaneState, operation: PaneOperation): PaneOperation | null {
  return state.busy === operation ? null : state.busy;
}
