import type { CellError, CellScalar } from '../domain/model';
import type { CellRange } from './cells/cell-range';

/**
 * A sheet's used range as every host reads it: values with their number formats, in one block.
 * Hosts normalise errors to `{ error: '#N/A' }` and blanks to null.
 */
export interface SheetGrid {
  name: string;
  /** 1-based Excel row and column of values[0][0] (the used range need not start at A1) */
  top: number;
  left: number;
  values: Array<Array<CellScalar | CellError>>;
  numberFormats: string[][];
  /** formulas where the host knows them (null for a plain value) */
  formulas?: Array<Array<string | null>>;
  /** hidden sheets (the add-in's own metadata sheet) are still read */
  visibility?: 'visible' | 'hidden' | 'veryHidden';
  /**
   * merged areas, 1-based like top and left, where the host knows them. Their covered cells read as
   * blank (null), as Office.js reads them, yet they are not free: a value written there lands in the
   * merge's top-left cell.
   */
  merges?: CellRange[];
}
