import type { CellError, CellScalar } from '../domain/model';
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
  /**
   * every sheet, in tab order, as readSheets reads them: what a scoring run reads. A host that pays a
   * round trip per call reads the sheets it knows of and lists them in the same one, and reads again
   * only for a sheet it did not know
   */
  readWorkbook(): Promise<SheetGrid[]>;
  /**
   * apply every write of the plan, all or nothing as far as the host allows; rejects with
   * WorkbookChangedError when the workbook's sheets are no longer those the plan was made from.
   * `readFrom`: the grids the plan was made from. A host where someone else can edit between the read
   * and the write (Excel, co-authoring) checks, in the same request as its write, that every cell the
   * plan writes, clears, merges or takes on those sheets still held what they show just before it was
   * written; when one did not, it puts back what it wrote and rejects with CellChangedError.
   */
  apply(plan: WritePlan, readFrom?: readonly SheetGrid[]): Promise<void>;
}

/**
 * A sheet appeared or vanished between the read a plan was made from and its write. A plan is made
 * against what was read (minimiseWrites drops the cells already right, ensureSheet is planned from the
 * sheets found), so it cannot be sent again as it is: read again and plan again.
 */
export class WorkbookChangedError extends Error {
  constructor(
    override readonly cause?: unknown,
    message = 'The workbook\'s sheets changed while it was being written (a sheet was added, deleted or renamed); read it again and score again.',
  ) {
    super(message);
    this.name = 'WorkbookChangedError';
  }
}

/**
 * A cell the plan would write, clear or merge no longer holds what the read it was made from saw there:
 * someone (a colleague co-authoring, another pane) typed into it or cleared it in between. What was
 * written is put back (the cells' contents and number formats, sheets added deleted), so nothing of
 * the plan stays; read again and plan again, and the planners judge the cell as it is now (a person's text
 * where a result would go stops the run and is named; a 自评报告 edited asks before it is replaced).
 */
export class CellChangedError extends WorkbookChangedError {
  constructor(
    readonly sheet: string,
    /** the first such cell, A1 */
    readonly cell: string,
    /** what the cell holds now (null: blank) */
    readonly found: CellScalar | CellError,
  ) {
    super(undefined, `Sheet "${sheet}": ${cell} was changed by someone else after the workbook was read; nothing was written, so as not to write over it. Score again.`);
    this.name = 'CellChangedError';
  }
}

/**
 * `attempt` (a read, a plan and its write) once more when its write met WorkbookChangedError (or
 * CellChangedError): it reads and plans anew. A second change in a row is left to the person.
 */
export async function againIfWorkbookChanged<T>(attempt: () => Promise<T>): Promise<T> {
  try {
    return await attempt();
  } catch (error) {
    if (!(error instanceof WorkbookChangedError)) throw error;
    return attempt();
  }
}
