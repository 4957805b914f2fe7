import type { Locale, Severity } from '../domain/model';

/**
 * What the workbook layer has to say about the workbook itself (as opposed to the engine's warnings
 * about the figures): tables it could not find, columns it could not map, places it may not write.
 */
export type WorkbookProblemCode =
  | 'INDICATOR_TABLE_NOT_FOUND'
  | 'INDICATOR_ROWS_MISSING'
  | 'INDICATOR_ROWS_ALL_EXCLUDED'
  | 'INDICATOR_TABLE_IGNORED'
  | 'REQUIRED_COLUMN_MISSING'
  | 'REMEMBERED_LOCATION_INVALID'
  | 'ROWS_AFTER_BLANK_GAP'
  | 'BUDGET_HEADER_REPEATED'
  | 'BUDGET_EXECUTION_ROW_MOVED'
  | 'BUDGET_EXECUTION_ROW_IGNORED'
  | 'SETTING_INVALID'
  | 'SETTINGS_TABLE_NOT_FOUND'
  | 'SCHEME_NOT_DEFAULT'
  | 'OUTPUT_PLACE_BLOCKED'
  | 'OUTPUT_BLOCK_CHANGED'
  | 'SHEET_NOT_OWNED'
  | 'OWNED_SHEET_EDITED'
  | 'REPORT_SHEET_CONFLICT';

export interface WorkbookProblem {
  code: WorkbookProblemCode;
  severity: Severity;
  /** true when nothing may be written until it is fixed */
  fatal: boolean;
  sheet: string | null;
  /** A1 cell or range the problem is about */
  cell: string | null;
  message: Record<Locale, string>;
}

export function workbookProblem(
  code: WorkbookProblemCode,
  where: { sheet: string | null; cell: string | null },
  message: Record<Locale, string>,
  options: { severity?: Severity; fatal?: boolean } = {},
): WorkbookProblem {
  const fatal = options.fatal ?? false;
  return {
    code,
    severity: options.severity ?? (fatal ? 'error' : 'warning'),
    fatal,
    sheet: where.sheet,
    cell: where.cell,
    message,
  };
}

export function hasFatalProblem(problems: readonly WorkbookProblem[]): boolean {
  return problems.some((problem) => problem.fatal);
}

/** problems of where to write (a place taken, a sheet of the same name the user owns): they stop the writing, not the scoring */
const WRITE_PROBLEMS: ReadonlySet<WorkbookProblemCode> = new Set<WorkbookProblemCode>(['OUTPUT_PLACE_BLOCKED', 'OUTPUT_BLOCK_CHANGED', 'OWNED_SHEET_EDITED', 'SHEET_NOT_OWNED']);

export function isWriteProblem(problem: WorkbookProblem): boolean {
  return WRITE_PROBLEMS.has(problem.code);
}
