/** A sample workbook's data (samples/data) as a write plan, so the playground loads it through a host port. */
import type { SampleCell, SampleSheet, SampleWorkbook } from '../../samples/data/sample-workbook';
import type { PlannedCell, WriteOp, WritePlan } from '../workbook/write-plan';

const HEADER_STYLE = { bold: true, fill: '#E2EFDA', border: true, vertical: 'middle' as const, wrap: true };
const TITLE_STYLE = { bold: true, fontSize: 14, horizontal: 'center' as const };

export function planFromSample(sample: SampleWorkbook): WritePlan {
  return { ops: sample.sheets.flatMap(sheetOps) };
}

function sheetOps(sheet: SampleSheet): WriteOp[] {
  const ops: WriteOp[] = [{ kind: 'ensureSheet', sheet: sheet.name }];
  const width = Math.max(0, ...sheet.rows.map((row) => row.length));
  if (sheet.rows.length > 0 && width > 0) {
    const headerRows = new Set(sheet.headerRows ?? []);
    const titleRows = new Set(sheet.titleRows ?? []);
    const wrapColumns = new Set(sheet.wrapColumns ?? []);
    const cells = sheet.rows.map((row, r) =>
      Array.from({ length: width }, (_, c) => {
        const planned = plannedCell(row[c] ?? null);
        const style = headerRows.has(r + 1) ? HEADER_STYLE : titleRows.has(r + 1) ? TITLE_STYLE : wrapColumns.has(c + 1) ? { wrap: true } : undefined;
        return style ? { ...planned, style } : planned;
      }),
    );
    ops.push({ kind: 'setCells', sheet: sheet.name, top: 1, left: 1, cells });
  }
  for (const address of sheet.merges ?? []) ops.push({ kind: 'merge', sheet: sheet.name, address });
  (sheet.columnWidths ?? []).forEach((width, index) => ops.push({ kind: 'columnWidth', sheet: sheet.name, column: index + 1, width }));
  return ops;
}

function plannedCell(cell: SampleCell): PlannedCell {
  if (cell === null) return { kind: 'value', value: null };
  if (typeof cell === 'string') return { kind: 'text', value: cell };
  if (typeof cell === 'number') return { kind: 'value', value: cell };
  if ('formula' in cell) return { kind: 'formula', value: cell.formula, result: cell.result };
  if ('date' in cell) return { kind: 'value', value: excelSerialDate(cell.date), numberFormat: cell.numberFormat };
  return { kind: 'value', value: cell.value, numberFormat: cell.numberFormat };
}

/** Excel keeps a date as the number of days since 1899-12-30 (its 1900 date system). */
function excelSerialDate(isoDate: string): number {
  const [year, month, day] = isoDate.split('-').map(Number);
  return Math.round((Date.UTC(year, month - 1, day) - Date.UTC(1899, 11, 30)) / 86_400_000);
}
