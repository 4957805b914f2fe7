/**
 * ExcelJS reads a file's data validation "B2:B1000" as one entry per cell, and on saving squeezes the
 * cells back into rectangles walking them in text order (B10, B100, B1000, B101 … B2), without
 * skipping cells already taken: B2:B1000 comes back as B10:B1000 and B2:B1000, two overlapping
 * rules. The template's dropdowns went through that on every `score`. So before each save the
 * per-cell entries are put back together here, as column runs joined side by side, and handed to
 * ExcelJS as ranges, which it writes as they are.
 */
import type ExcelJS from 'exceljs';
import { rangeAddress } from '../../workbook/cells/a1';
import { parseRange } from '../../workbook/cells/cell-range';

type Validation = ExcelJS.DataValidation;

/** ExcelJS keeps a sheet's data validations by address ("B2" or "B2:B1000"); its types leave them out */
export interface WorksheetDataValidations {
  dataValidations: { model: Record<string, Validation | undefined>; add(address: string, validation: Validation): void };
}

export function dataValidationsOf(worksheet: ExcelJS.Worksheet): WorksheetDataValidations['dataValidations'] {
  return (worksheet as unknown as WorksheetDataValidations).dataValidations;
}

/** rewrites the sheet's validations as non-overlapping ranges, each rule's cells unchanged */
export function compactDataValidations(worksheet: ExcelJS.Worksheet): void {
  const validations = dataValidationsOf(worksheet);
  const entries = Object.entries(validations.model).filter((entry): entry is [string, Validation] => entry[1] !== undefined);
  if (entries.length < 2) return;
  // cells by rule (rules compared by content, as ExcelJS does), then by column
  const byRule = new Map<string, { validation: Validation; columns: Map<number, Set<number>> }>();
  // ExcelJS hands every cell of a rule the same object: its content is written out once
  const keys = new Map<Validation, string>();
  for (const [address, validation] of entries) {
    const bounds = parseRange(address);
    if (!bounds) return; // an address this code does not understand: leave ExcelJS's model alone
    let key = keys.get(validation);
    if (key === undefined) keys.set(validation, (key = JSON.stringify(validation)));
    let group = byRule.get(key);
    if (!group) byRule.set(key, (group = { validation, columns: new Map() }));
    for (let column = bounds.left; column <= bounds.right; column++) {
      let rows = group.columns.get(column);
      if (!rows) group.columns.set(column, (rows = new Set()));
      for (let row = bounds.top; row <= bounds.bottom; row++) rows.add(row);
    }
  }
  const model: Record<string, Validation> = {};
  for (const { validation, columns } of byRule.values()) {
    // runs of rows in each column, joined with the same run in the next columns
    const open = new Map<string, { top: number; bottom: number; left: number; right: number }>();
    const done: Array<{ top: number; bottom: number; left: number; right: number }> = [];
    const sortedColumns = [...columns.keys()].sort((a, b) => a - b);
    for (const column of sortedColumns) {
      const runs = rowRuns(columns.get(column)!);
      const next = new Map<string, { top: number; bottom: number; left: number; right: number }>();
      for (const [top, bottom] of runs) {
        const key = `${top}:${bottom}`;
        const previous = open.get(key);
        if (previous && previous.right === column - 1) {
          previous.right = column;
          next.set(key, previous);
        } else next.set(key, { top, bottom, left: column, right: column });
      }
      for (const [key, rect] of open) if (next.get(key) !== rect) done.push(rect);
      open.clear();
      for (const [key, rect] of next) open.set(key, rect);
    }
    done.push(...open.values());
    for (const rect of done) model[rangeAddress(rect.top, rect.left, rect.bottom, rect.right)] = validation;
  }
  validations.model = model;
}

function rowRuns(rows: Set<number>): Array<[number, number]> {
  const sorted = [...rows].sort((a, b) => a - b);
  const runs: Array<[number, number]> = [];
  for (const row of sorted) {
    const last = runs[runs.length - 1];
    if (last && last[1] === row - 1) last[1] = row;
    else runs.push([row, row]);
  }
  return runs;
}
