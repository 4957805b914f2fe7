/**
 * What the pane shows, as plain data. The controller turns host and workbook results into these
 * shapes, so the components never depend on how a host or the workbook layer reports things.
 */
import type { EvaluationReport, Locale, Scheme, Severity } from '../../domain/model';
import type { SchemeFieldPath } from '../../domain/scheme/field-names';
import type { SchemeProblemKind } from '../../domain/scheme/setting-problems';

/** Everything the pane can ask a host to do; one at a time, so writes never interleave. */
export const PANE_OPERATIONS = [
  'inspect',
  'insertTemplate',
  'score',
  'writeReport',
  'downloadDocx',
  'remapTable',
  'loadScheme',
  'saveScheme',
  'selectCell',
] as const;
export type PaneOperation = (typeof PANE_OPERATIONS)[number];

export const PANE_TABS = ['workbook', 'score', 'settings'] as const;
export type PaneTab = (typeof PANE_TABS)[number];

/** The tables the add-in reads; the user may point each of them at a range of their own. */
export const TABLE_KINDS = ['indicators', 'budget', 'basicInfo', 'settings'] as const;
export type TableKind = (typeof TABLE_KINDS)[number];

export type TemplateKind = 'blank' | 'example';

/** Text the workbook layer or the engine already wrote in both languages. */
export type LocalizedText = Record<Locale, string>;

export interface CellLocation {
  sheet: string;
  /** A1 address without the sheet; null for a whole-sheet finding */
  cell: string | null;
}

export interface MappedColumnView {
  /** the engine's field name, e.g. "target" */
  field: string;
  /** the header text found in the sheet, e.g. "年度指标值" */
  header: string;
  /** A1 address of the header cell */
  address: string;
}

export interface TableView {
  kind: TableKind;
  sheet: string;
  /** A1 range of the table, header included */
  range: string;
  headerRow: number;
  columns: MappedColumnView[];
  /** true when the location comes from the user's own correction, remembered in the workbook */
  remembered: boolean;
}

/** A finding about the workbook's layout (a missing table or column, a blocked output place). */
export interface WorkbookProblemView {
  severity: Severity;
  message: LocalizedText;
  location: CellLocation | null;
}

/** A row of 评分设置 the scheme could not take, or the whole sheet when its 参数 | 值 header is missing. */
export interface SchemeProblemView extends WorkbookProblemView {
  kind: SchemeProblemKind | 'tableNotFound';
  /** the setting the form shows its default (or its first row) for; null when the row names none */
  setting: SchemeFieldPath | null;
  location: CellLocation;
}

/** The scheme 评分设置 holds, and what in the sheet it could not take (those settings keep their defaults). */
export interface SchemeOfSheet {
  scheme: Scheme;
  problems: SchemeProblemView[];
}

export interface WorkbookOverview {
  /** no sheet holds any value: the pane offers the standard template */
  isEmpty: boolean;
  tables: TableView[];
  problems: WorkbookProblemView[];
}

/** The kinds of failure the pane knows how to explain; each has a title and a hint in i18n. */
export const PANE_ERROR_CODES = [
  'layoutProblem',
  'sheetProtected',
  'cellEditMode',
  'requestTooLarge',
  'itemNotFound',
  'workbookChanged',
  'cellChanged',
  'selectionNotUsable',
  'reportEditedByUser',
  'unexpected',
] as const;
export type PaneErrorCode = (typeof PANE_ERROR_CODES)[number];

export interface PaneError {
  code: PaneErrorCode;
  operation: PaneOperation;
  /** what happened in detail, when the source gave words for it */
  detail: LocalizedText | null;
  location: CellLocation | null;
}

export type PaneNotice =
  | { kind: 'templateInserted'; template: TemplateKind; sheets: string[] }
  | { kind: 'reportWritten'; sheet: string }
  | { kind: 'docxDownloaded'; fileName: string }
  | { kind: 'tableRemapped'; table: TableKind; sheet: string; range: string }
  | { kind: 'schemeSaved'; keptSheetEdits: boolean }
  | { kind: 'schemeChangedInSheet'; settings: SchemeFieldPath[] };

export type RunTrigger = 'manual' | 'automatic';

export interface ScoreRun {
  report: EvaluationReport;
  /** epoch milliseconds of the end of the run */
  finishedAt: number;
  trigger: RunTrigger;
}

export interface PaneState {
  locale: Locale;
  tab: PaneTab;
  /** the operation in progress, if any */
  busy: PaneOperation | null;
  overview: WorkbookOverview | null;
  lastRun: ScoreRun | null;
  /** an input changed after the last run and nothing scored it yet (auto recalculation off) */
  resultOutdated: boolean;
  autoRecalc: boolean;
  scheme: Scheme | null;
  /** what in 评分设置 the scheme shown could not take, as last read */
  schemeProblems: SchemeProblemView[];
  /** counts the loads that replace the settings form even while the user is editing it (after a save) */
  schemeRevision: number;
  error: PaneError | null;
  notice: PaneNotice | null;
  /** message keys (under "degraded.") of features that work in a reduced way on this host */
  degradedFeatures: string[];
}
