/**
 * Excel refuses values or formulas for part of a merged area, and a refused action does not undo the
 * ones before it in the batch: a result sheet would be left cleared and half written. So before
 * anything is sent, the write commands are checked against the merged areas the last read found
 * (ExcelApi 1.13), following the plan's own clears (which unmerge what they hold) and merges.
 */
import { rangeAddress } from '../../workbook/cells/a1';
import { cutsMergedArea, parseRange, rangeContains, rangesMeet, type CellRange } from '../../workbook/cells/cell-range';
import type { WriteCommand } from './write-commands';

/** A write that would change part of a merged area the user made: refused before anything is sent. */
export class MergedAreaWriteError extends Error {
  constructor(
    readonly sheet: string,
    /** the cells the add-in meant to write */
    readonly address: string,
    /** the merged area in the way */
    readonly mergedArea: string,
  ) {
    super(`Sheet "${sheet}": ${address} would change part of the merged cells ${mergedArea}; nothing was written. Unmerge ${mergedArea} and score again.`);
    this.name = 'MergedAreaWriteError';
  }
}

/** @param known merged areas by sheet name in upper case; a sheet not in it was not read (or not with merges) */
export function checkMergedAreas(commands: readonly WriteCommand[], known: ReadonlyMap<string, readonly CellRange[]>): void {
  const merges = new Map([...known].map(([sheet, areas]) => [sheet, [...areas]]));
  for (const command of commands) {
    const key = command.sheet.toLocaleUpperCase();
    if (command.kind === 'addSheet') {
      merges.set(key, []);
      continue;
    }
    const areas = merges.get(key);
    if (!areas || !('address' in command)) continue;
    const rect = parseRange(command.address);
    if (!rect) continue;
    if (command.kind === 'clear' && command.applyTo === 'All') merges.set(key, areas.filter((area) => !rangeContains(rect, area)));
    else if (command.kind === 'merge') merges.set(key, [...areas.filter((area) => !rangesMeet(area, rect)), rect]);
    else if (command.kind === 'contents' || command.kind === 'link') {
      const cut = areas.find((area) => cutsMergedArea(rect, area));
      if (cut) throw new MergedAreaWriteError(command.sheet, command.address, rangeAddress(cut.top, cut.left, cut.bottom, cut.right));
    }
  }
}
