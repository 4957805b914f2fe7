/**
 * Saving the scheme to 评分设置, the scheme's source of truth that everyone can read: the 值 of each
 * changed setting is replaced where it stands, settings the sheet lacks are added under the table, and
 * a workbook without the sheet gets it as the template writes it. The 值 of a setting the save does not
 * change stays as a colleague typed it: a formula, a number with a % format, even a word the reader
 * cannot use (written over, it would silently become the default the pane showed for it). Nothing
 * else a person put in the sheet is written over: where a cell the save needs is taken (the header
 * renamed, so the table is not found and a fresh one would go over it; notes under the table where
 * a missing setting would be added), the save is refused, naming that cell.
 */
import type { CellScalar, Scheme } from '../../domain/model';
import { findSetting, SCHEME_SETTINGS, type SchemeFieldPath, type SettingRow } from '../../domain/scheme';
import { cellAddress } from '../../workbook/cells/a1';
import { isOccupiedAt } from '../../workbook/cells/grid-cells';
import { columnOf, type DetectedTable } from '../../workbook/detect/detection-types';
import type { SheetGrid } from '../../workbook/grid';
import { SETTINGS_TABLE } from '../../workbook/detect/table-fields';
import { numberCell, TABLE_HEADER_STYLE, textCell } from '../../workbook/plan/planned-cells';
import type { PlannedCell, WriteOp, WritePlan } from '../../workbook/write-plan';

const SETTINGS_COLUMN_WIDTHS = [26, 30, 60];

/** The writes of a save, or the first cell of a person's that they would go over. */
export type SchemeSheetPlan = { kind: 'plan'; plan: WritePlan } | { kind: 'cellTaken'; sheet: string; cell: string };

/**
 * `changed`: the settings whose value in `scheme` differs from what the sheet's rows say now; `grids`:
 * the workbook as read, to see which cells are taken.
 */
export function planSchemeSheet(
  scheme: Scheme,
  changed: ReadonlySet<SchemeFieldPath>,
  table: DetectedTable<'settings'> | null,
  rows: readonly SettingRow[],
  grids: readonly SheetGrid[],
): SchemeSheetPlan {
  const keyColumn = table && columnOf(table, 'key');
  const valueColumn = table && columnOf(table, 'value');
  const plan: WritePlan =
    !table || keyColumn === null || valueColumn === null ? { ops: newSettingsSheet(scheme) } : settingsInTable(scheme, changed, table, rows, keyColumn, valueColumn);
  // the 值 cells of the settings being changed are the settings' own: replacing them is the save
  const ownValues = new Set(rows.map((row) => `${row.valueCell.sheet}\u0001${row.valueCell.row}\u0001${row.valueCell.column}`));
  for (const op of plan.ops) {
    if (op.kind !== 'setCells') continue;
    const grid = grids.find((candidate) => candidate.name === op.sheet);
    if (!grid) continue;
    for (let r = 0; r < op.cells.length; r++) {
      for (let c = 0; c < op.cells[r].length; c++) {
        const [row, column] = [op.top + r, op.left + c];
        if (!ownValues.has(`${op.sheet}\u0001${row}\u0001${column}`) && isOccupiedAt(grid, row, column)) return { kind: 'cellTaken', sheet: op.sheet, cell: cellAddress(row, column) };
      }
    }
  }
  return { kind: 'plan', plan };
}

function settingsInTable(
  scheme: Scheme,
  changed: ReadonlySet<SchemeFieldPath>,
  table: DetectedTable<'settings'>,
  rows: readonly SettingRow[],
  keyColumn: number,
  valueColumn: number,
): WritePlan {
  const noteColumn = columnOf(table, 'note');

  const ops: WriteOp[] = [];
  const written = new Set<string>();
  for (const row of rows) {
    const setting = typeof row.key.value === 'string' ? findSetting(row.key.value) : null;
    if (!setting || written.has(setting.field)) continue;
    written.add(setting.field);
    if (!changed.has(setting.field)) continue;
    ops.push({ kind: 'setCells', sheet: table.sheet, top: row.valueCell.row, left: row.valueCell.column, cells: [[valueCell(setting.write(scheme))]] });
  }
  let nextRow = table.lastRow + 1;
  for (const setting of SCHEME_SETTINGS) {
    if (written.has(setting.field)) continue;
    const cells: Array<[number, PlannedCell]> = [
      [keyColumn, textCell(setting.name['zh-CN'])],
      [valueColumn, valueCell(setting.write(scheme))],
      ...(noteColumn !== null ? [[noteColumn, textCell(setting.note)] as [number, PlannedCell]] : []),
    ];
    for (const [column, cell] of cells) ops.push({ kind: 'setCells', sheet: table.sheet, top: nextRow, left: column, cells: [[cell]] });
    nextRow += 1;
  }
  return { ops };
}

function newSettingsSheet(scheme: Scheme): WriteOp[] {
  const sheet = SETTINGS_TABLE.sheetName;
  return [
    { kind: 'ensureSheet', sheet, visibility: 'visible' },
    {
      kind: 'setCells',
      sheet,
      top: 1,
      left: 1,
      cells: [
        SETTINGS_TABLE.fields.map((field) => textCell(field.header, TABLE_HEADER_STYLE)),
        ...SCHEME_SETTINGS.map((setting) => [textCell(setting.name['zh-CN']), valueCell(setting.write(scheme)), textCell(setting.note)]),
      ],
    },
    { kind: 'freezeRows', sheet, rows: 1 },
    ...SETTINGS_COLUMN_WIDTHS.map((width, index): WriteOp => ({ kind: 'columnWidth', sheet, column: index + 1, width })),
  ];
}

/** "90:优; 80:良 …" and "是" stay text (never a formula); numbers stay numbers. */
function valueCell(value: CellScalar): PlannedCell {
  return typeof value === 'number' ? numberCell(value, 'General') : textCell(String(value ?? ''));
}
