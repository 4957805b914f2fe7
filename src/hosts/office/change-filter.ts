/**
 * Which change events start a re-score: edits that touch an input table, from a person here or a
 * co-author (Remote), and never the add-in's own writes. The own writes are recognised by
 * triggerSource ThisLocalAddin (ExcelApi 1.14); before that, by lying entirely in the ranges the
 * add-in wrote. A "busy" flag cannot do this: the events of a write arrive after its batch, when the
 * run that wrote may already be over.
 * learn.microsoft.com/javascript/api/excel/excel.worksheetchangedeventargs#excel-excel-worksheetchangedeventargs-triggersource-member
 */
import type { WorksheetChangedEventArgsLike } from './excel-api-like';
import { LAST_COLUMN, LAST_ROW, parseRange, rangesMeet, type CellRange } from '../../workbook/cells/cell-range';
import { isCovered, sameSheet, type SheetRange } from './sheet-range';

export interface ChangeContext {
  /** the sheet the handler was registered on */
  sheet: string;
  inputRanges: readonly SheetRange[];
  ownOutputRanges: readonly SheetRange[];
  /** trust triggerSource (ExcelApi 1.14) to tell the add-in's own writes apart */
  useTriggerSource: boolean;
}

export type ChangeVerdict = 'input' | 'ownWrite' | 'elsewhere';

export function judgeChange(args: WorksheetChangedEventArgsLike, context: ChangeContext): ChangeVerdict {
  const changed = parseRange(args.address);
  // an address Excel did not give as cells (a whole sheet, an empty string) is treated as touching everything
  const rect: CellRange = changed ?? { top: 1, left: 1, bottom: LAST_ROW, right: LAST_COLUMN };
  if (context.useTriggerSource && args.triggerSource !== undefined) {
    if (args.triggerSource === 'ThisLocalAddin') return 'ownWrite';
  } else if (args.source !== 'Remote') {
    const own = rectsOn(context.sheet, context.ownOutputRanges);
    if (own.length > 0 && isCovered(rect, own)) return 'ownWrite';
  }
  const inputs = rectsOn(context.sheet, context.inputRanges);
  return inputs.some((input) => rangesMeet(input, rect)) ? 'input' : 'elsewhere';
}

function rectsOn(sheet: string, ranges: readonly SheetRange[]): CellRange[] {
  return ranges.filter((range) => sameSheet(range.sheet, sheet)).flatMap((range) => {
    const rect = parseRange(range.address);
    return rect ? [rect] : [];
  });
}
