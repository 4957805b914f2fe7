import { INDICATOR_FIELDS, type BudgetField, type CellScalar, type IndicatorField } from '../../domain/model';
import { DEFAULT_SCHEME } from '../../domain/scheme/defaults';
import { schemeToSettingRows } from '../../domain/scheme/to-setting-rows';
import type { SheetGrid } from '../grid';
import { isBlankValue } from '../cells/grid-cells';
import { BASIC_INFO_TABLE, BUDGET_TABLE, fieldSpec, INDICATOR_TABLE, SETTINGS_TABLE } from '../detect/table-fields';
import { BASIC_INFO_LABELS, type BasicInfoItem } from '../read/read-basic-info';
import type { PlannedCell, WriteOp, WritePlan } from '../write-plan';
import { blankCell, numberCell, TABLE_HEADER_STYLE, textCell } from './planned-cells';

/** Example rows to put in the template (the sample workbooks, the playground), field by field. */
export interface TemplateExample {
  info?: Partial<Record<BasicInfoItem, string | number>>;
  budget?: Array<Partial<Record<BudgetField, CellScalar>>>;
  indicators?: Array<Partial<Record<IndicatorField, CellScalar>>>;
}

export interface TemplateOptions {
  example?: TemplateExample;
  /** the workbook's sheets: a standard sheet that already holds data is left alone */
  existing?: readonly SheetGrid[];
}

export interface TemplatePlan extends WritePlan {
  /** standard sheets that already held data and were not written */
  skippedSheets: string[];
}

const BUDGET_COLUMNS: readonly BudgetField[] = ['name', 'category', 'initial', 'adjusted', 'executed', 'points', 'lastYear', 'note'];

interface TemplateSheet {
  name: string;
  header: string[];
  rows: PlannedCell[][];
  widths: number[];
}

/**
 * The standard template: 基本信息, 预算执行, 绩效指标 and 评分设置 (written with the default scheme),
 * each with its header in row 1 (kept simple: no title rows), the header frozen, columns sized.
 */
export function planTemplate(options: TemplateOptions = {}): TemplatePlan {
  const example = options.example ?? {};
  const sheets: TemplateSheet[] = [
    {
      name: BASIC_INFO_TABLE.sheetName,
      header: BASIC_INFO_TABLE.fields.map((field) => field.header),
      rows: BASIC_INFO_LABELS.map(([item, labels]) => [textCell(labels[0]), exampleCell(example.info?.[item])]),
      widths: [16, 80],
    },
    {
      name: BUDGET_TABLE.sheetName,
      header: BUDGET_COLUMNS.map((field) => fieldSpec(BUDGET_TABLE, field).header),
      rows: (example.budget ?? []).map((line) => BUDGET_COLUMNS.map((field) => exampleCell(line[field]))),
      widths: [28, 14, 12, 12, 12, 8, 12, 36],
    },
    {
      name: INDICATOR_TABLE.sheetName,
      header: INDICATOR_FIELDS.map((field) => fieldSpec(INDICATOR_TABLE, field).header),
      rows: (example.indicators ?? []).map((row) => INDICATOR_FIELDS.map((field) => exampleCell(row[field]))),
      widths: [20, 10, 14, 30, 10, 14, 10, 14, 8, 10, 40],
    },
    {
      name: SETTINGS_TABLE.sheetName,
      header: SETTINGS_TABLE.fields.map((field) => field.header),
      rows: schemeToSettingRows(DEFAULT_SCHEME).map((row) => [textCell(row.key), exampleCell(row.value), textCell(row.note)]),
      widths: [26, 30, 60],
    },
  ];

  const skippedSheets: string[] = [];
  const ops: WriteOp[] = [];
  for (const sheet of sheets) {
    const existing = options.existing?.find((grid) => grid.name === sheet.name);
    if (existing && existing.values.some((row) => row.some((value) => !isBlankValue(value)))) {
      skippedSheets.push(sheet.name);
      continue;
    }
    ops.push(...sheetOps(sheet));
  }
  return { ops, skippedSheets };
}

function sheetOps(sheet: TemplateSheet): WriteOp[] {
  const ops: WriteOp[] = [
    { kind: 'ensureSheet', sheet: sheet.name, visibility: 'visible' },
    { kind: 'setCells', sheet: sheet.name, top: 1, left: 1, cells: [sheet.header.map((text) => textCell(text, TABLE_HEADER_STYLE))] },
  ];
  if (sheet.rows.length > 0) ops.push({ kind: 'setCells', sheet: sheet.name, top: 2, left: 1, cells: sheet.rows });
  ops.push({ kind: 'freezeRows', sheet: sheet.name, rows: 1 });
  sheet.widths.forEach((width, index) => ops.push({ kind: 'columnWidth', sheet: sheet.name, column: index + 1, width }));
  return ops;
}

/** text stays text (a target such as "≥95%" or "-5%" is never a formula); numbers stay numbers */
function exampleCell(value: CellScalar | undefined): PlannedCell {
  if (value === undefined || value === null) return blankCell();
  if (typeof value === 'string') return textCell(value);
  if (typeof value === 'number') return numberCell(value, 'General');
  return { kind: 'value', value };
}
