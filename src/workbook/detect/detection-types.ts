import type { WorkbookProblem } from '../problems';
import type { FieldOf, TableKind } from './table-fields';

/** Which header cell became which field. */
export interface DetectedColumn<F extends string> {
  field: F;
  /** the header as the user typed it */
  header: string;
  /** 1-based Excel column */
  column: number;
  /** A1 address of the header cell */
  address: string;
}

export interface DetectedTable<K extends TableKind> {
  kind: K;
  sheet: string;
  /** first row of the header (differs from headerRow for a two-row header with merged group headers) */
  firstHeaderRow: number;
  /** the header row directly above the data */
  headerRow: number;
  firstDataRow: number;
  /** last row holding data (headerRow when the table is empty) */
  lastRow: number;
  /** leftmost and rightmost non-blank header columns (a merged header cell to its merge's right edge) */
  left: number;
  right: number;
  /** A1 range from the header's first cell to the last data row's last column */
  range: string;
  columns: Array<DetectedColumn<FieldOf<K>>>;
  /** required fields with no column (for "one of" requirements, the first alternative) */
  missing: Array<FieldOf<K>>;
  source: 'detected' | 'remembered';
}

export interface Detection {
  indicators: DetectedTable<'indicators'> | null;
  budget: DetectedTable<'budget'> | null;
  basicInfo: DetectedTable<'basicInfo'> | null;
  settings: DetectedTable<'settings'> | null;
  problems: WorkbookProblem[];
}

/** A table location the user confirmed or corrected in the pane; it overrides detection. */
export interface RememberedTable<F extends string> {
  sheet: string;
  headerRow: number;
  /** field → 1-based column */
  columns: Partial<Record<F, number>>;
}

export type TableLocations = { [K in TableKind]?: RememberedTable<FieldOf<K>> };

export function columnOf<K extends TableKind>(table: DetectedTable<K>, field: FieldOf<K>): number | null {
  const found = table.columns.find((column) => column.field === field);
  return found ? found.column : null;
}
