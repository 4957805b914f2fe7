/**
 * Saving the scheme to 评分设置, the scheme's source of truth that everyone can read: the 值 of each
 * changed setting is replaced where it stands, settings the sheet lacks are added under the table, and
 * a workbook without the sheet gets it as the template writes it. The 值 of a setting the save does not
 * change stays as a colleague typed it: a formula, a number with a % format, even a word the reader
 * cannot use (written over, it would silently become the default the pane showed for it).
 */
import type { CellScalar, Scheme } from '../../domain/model';
import { findSetting, SCHEME_SETTINGS, type SchemeFieldPath, type SettingRow } from '../../domain/scheme';
import { columnOf, type DetectedTable } from '../../workbook/detect/detection-types';
import { SETTINGS_TABLE } from '../../workbook/detect/table-fields';
import { numberCell, TABLE_HEADER_STYLE, textCell } from '../../workbook/plan/planned-cells';
import type { PlannedCell, WriteOp, WritePlan } from '../../workbook/write-plan';

const SETTINGS_COLUMN_WIDTHS = [26, 30, 60];

/** `changed`: the settings whose value in `scheme` differs from what the sheet's rows say now */
export function planSchemeSheet(
  scheme: Scheme,
  changed: ReadonlySet<SchemeFieldPath>,
  table: DetectedTable<'settings'> | null,
  rows: readonly SettingRow[],
): WritePlan {
  if (!table) return { ops: newSettingsSheet(scheme) };
  const keyColumn = columnOf(table, 'key');
  const valueColumn = columnOf(table, 'value');
  const noteColumn = columnOf(table, 'note');
  if (keyColumn === null || valueColumn === null) return { ops: newSettingsSheet(scheme) };

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
