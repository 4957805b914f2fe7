import type { Comparator, IndicatorRow, ParsedValue } from '../model';

/** A points or 自评得分 cell, read. */
export type NumberCell =
  | { kind: 'number'; value: number }
  | { kind: 'blank' }
  | { kind: 'placeholder'; text: string }
  | { kind: 'invalid'; text: string };

/** An indicator row after the parse stage: what scoring works on. */
export interface ParsedIndicator {
  row: IndicatorRow;
  /** 指标性质, when the table has the column and the cell says something */
  comparatorColumn: Comparator | 'qualitative' | null;
  target: ParsedValue;
  actual: ParsedValue;
  /** 度量单位 as written, '' when absent */
  unitColumn: string;
  points: NumberCell;
  selfScore: NumberCell;
}
