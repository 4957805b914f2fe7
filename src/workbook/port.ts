import type { SheetGrid } from './grid';
import type { WritePlan } from './write-plan';

/**
 * The one small interface the three hosts (Office.js, in-memory, .xlsx) implement, so a feature is
 * written once. Each call is one round trip to the host.
 */
export interface WorkbookPort {
  /** names of all worksheets, in tab order, hidden ones included */
  sheetNames(): Promise<string[]>;
  /** used ranges of the named sheets (missing names are skipped), values and number formats */
  readSheets(names: string[]): Promise<SheetGrid[]>;
  /** apply every write of the plan, all or nothing as far as the host allows */
  apply(plan: WritePlan): Promise<void>;
}
