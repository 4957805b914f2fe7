import type { CellRef, Locale, Severity } from '../model';
import type { SchemeFieldPath } from './field-names';

/** What went wrong with one row of the 评分设置 sheet; the setting keeps its default value. */
export type SchemeProblemKind =
  | 'unknownParameter' // the 参数 is not a setting name
  | 'missingParameterName' // a 值 without a 参数
  | 'duplicateParameter' // a setting given twice: the first row counts
  | 'missingValue' // a 参数 with a blank 值 (info: the default applies)
  | 'unreadableValue' // the 值 is not what the setting takes ("abc" for 满分)
  | 'invalidValue' // readable but breaks a rule (a rate of 120%)
  | 'invalidCombination'; // fine alone, wrong with another setting (预算执行率默认分值 above 满分)

export interface SchemeProblem {
  kind: SchemeProblemKind;
  severity: Severity;
  sheet: string;
  /** A1 address of the cell to fix */
  cell: string;
  setting: SchemeFieldPath | null;
  message: Record<Locale, string>;
}

export function problemAt(
  kind: SchemeProblemKind,
  severity: Severity,
  cell: CellRef,
  setting: SchemeFieldPath | null,
  message: Record<Locale, string>,
): SchemeProblem {
  return {
    kind,
    severity,
    sheet: cell.sheet,
    cell: cell.address,
    setting,
    // the cell is the problem's own (sheet, cell): every place that shows the message shows it beside
    message,
  };
}

export const keptDefault = (defaultText: string | number): Record<Locale, string> => ({
  'zh-CN': `已采用默认值 ${defaultText}。`,
  'en-US': `The default, ${defaultText}, applies.`,
});
