/** The pane's only door to the hosts: what the components and the pane hook may ask for. */
import type { EvaluationReport, Locale, Scheme } from '../../domain/model';
import type { SchemeFieldPath } from '../../domain/scheme/field-names';
import type { CellLocation, SchemeOfSheet, SchemeProblemView, TableKind, TableView, TemplateKind, WorkbookOverview } from '../state/pane-types';

export type HostKind = 'excel' | 'memory';
export type ThemeKind = 'light' | 'dark';

export interface ScoreOutcome {
  report: EvaluationReport;
  overview: WorkbookOverview;
}

export interface AutoRecalcCallbacks {
  onRunStarted(): void;
  onScored(outcome: ScoreOutcome): void;
  onFailed(error: unknown): void;
  /** with `rescore` off: an input changed since the last run, and nothing was scored */
  onInputsChanged(): void;
}

export interface AutoRecalcOptions {
  /** score after edits; when off, only report that the inputs changed */
  rescore: boolean;
  /** with `rescore` on: score once right away, as after an edit (the result shown is out of date) */
  scoreAtOnce?: boolean;
}

export interface AutoRecalcHandle {
  stop(): Promise<void>;
}

export interface ReportWriteOptions {
  /** overwrite a 自评报告 sheet that a person edited since the add-in last wrote it */
  replaceEditedSheet: boolean;
}

export interface DocxFile {
  fileName: string;
  blob: Blob;
  /** the run the document was built from: the workbook as it was at download time */
  outcome: ScoreOutcome;
}

/** a score run that follows another operation, which stands whether the run succeeds or not */
export type RescoreResult = { ok: true; outcome: ScoreOutcome } | { ok: false; error: unknown };

export type SchemeSaveResult =
  /**
   * `scheme` is what the sheet holds now, `problems` what in it the scheme still could not take;
   * `keptSheetEdits`: other settings changed in the sheet meanwhile stayed; `rescore`: the score run
   * after the save, once the pane has scored (null before)
   */
  | { kind: 'saved'; scheme: Scheme; problems: SchemeProblemView[]; keptSheetEdits: boolean; rescore: RescoreResult | null }
  /** nothing written: these settings were changed in the sheet too, since the form was loaded */
  | { kind: 'changedInSheet'; scheme: Scheme; problems: SchemeProblemView[]; conflicts: SchemeFieldPath[] };

export interface PaneController {
  readonly hostKind: HostKind;
  /** the language Office shows its own interface in */
  officeLocale(): Locale;
  officeTheme(): ThemeKind;
  /** i18n keys (under "degraded.") of features that work in a reduced way on this host */
  degradedFeatures(): string[];
  inspect(): Promise<WorkbookOverview>;
  insertTemplate(kind: TemplateKind): Promise<{ sheets: string[]; overview: WorkbookOverview }>;
  score(): Promise<ScoreOutcome>;
  /** scores again and writes 自评报告 with the result */
  writeReport(options: ReportWriteOptions): Promise<{ sheet: string; outcome: ScoreOutcome }>;
  /** scores again and builds the 自评报告 as Word, in Chinese: it is the document a unit hands in */
  buildDocx(): Promise<DocxFile>;
  selectCell(location: CellLocation): Promise<void>;
  /** point a table at the range selected in the sheet, and remember it in the workbook */
  useSelectionAs(table: TableKind): Promise<{ table: TableView; overview: WorkbookOverview }>;
  /** the scheme of 评分设置, and the rows of it that could not be used (those settings show their defaults) */
  loadScheme(): Promise<SchemeOfSheet>;
  /**
   * writes the settings changed from `basis` (what the form was loaded from) to 评分设置, keeping what
   * was changed in the sheet since; once the pane has scored, scores again with it
   */
  saveScheme(edited: Scheme, basis: Scheme): Promise<SchemeSaveResult>;
  /** re-score (or only report) after edits to the input tables, debounced; the add-in's own writes never count */
  startAutoRecalc(callbacks: AutoRecalcCallbacks, options?: AutoRecalcOptions): Promise<AutoRecalcHandle>;
}
