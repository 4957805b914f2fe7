import { INDICATOR_FIELDS, type BudgetField, type CellScalar, type IndicatorField } from '../../domain/model';
import { DEFAULT_SCHEME } from '../../domain/scheme/defaults';
import { schemeToSettingRows } from '../../domain/scheme/to-setting-rows';
import type { SheetGrid } from '../grid';
import { isBlankValue } from '../cells/grid-cells';
import { cellAddress, rangeAddress } from '../cells/a1';
import { BASIC_INFO_TABLE, BUDGET_TABLE, fieldSpec, INDICATOR_TABLE, SETTINGS_TABLE } from '../detect/table-fields';
import { BASIC_INFO_LABELS, type BasicInfoItem } from '../read/read-basic-info';
import type { CellStyle, PlannedCell, WriteOp, WritePlan } from '../write-plan';
import { blankCell, numberCell, TABLE_HEADER_STYLE, textCell } from './planned-cells';
import { wrappedRowHeight } from './wrapped-row-height';

/** Excel's default column width, in characters */
const DEFAULT_COLUMN_WIDTH = 8.43;

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

/**
 * What a colleague without the add-in needs to know to fill a column in: the words a constrained
 * column takes, the unit of amounts, which columns may stay empty. Written in brackets on a second
 * line of the header ("类别\n（合计、…）"), which detection reads as the header itself.
 */
const BUDGET_HEADER_NOTES: Partial<Record<BudgetField, string>> = {
  category: '合计、基本支出、人员经费、日常公用经费、项目支出、三公经费、财政拨款、上年结转、其他资金、任务',
  initial: '万元',
  adjusted: '万元',
  executed: '万元',
  points: '预算执行率的分值，选填',
  lastYear: '万元，选填',
};
const INDICATOR_HEADER_NOTES: Partial<Record<IndicatorField, string>> = {
  task: '选填',
  level1: '产出指标、效益指标、满意度指标',
  comparator: '≥、≤、=、定性',
  unit: '选填',
  selfScore: '选填',
};
/** 基本信息 items whose 内容 takes given words, or is not always needed */
const INFO_LABEL_NOTES: Partial<Record<BasicInfoItem, string>> = {
  projectName: '项目支出评价填写',
  evaluationType: '部门整体支出或项目支出',
};

/**
 * The words the constrained columns offer in an in-cell dropdown (the header notes' words). A help,
 * not a rule: the validation raises no alert, so 成本指标, 正向 or a category of the unit's own stay
 * possible. 指标性质's "=" is the full-width "＝" here: Excel enters a dropdown choice as if typed, and
 * a bare "=" typed into a cell starts a formula; the engine reads "＝" as "=".
 */
const BUDGET_LISTS: Partial<Record<BudgetField, string[]>> = {
  category: ['合计', '基本支出', '人员经费', '日常公用经费', '项目支出', '三公经费', '财政拨款', '上年结转', '其他资金', '任务'],
};
const INDICATOR_LISTS: Partial<Record<IndicatorField, string[]>> = {
  level1: ['产出指标', '效益指标', '满意度指标'],
  comparator: ['≥', '≤', '＝', '>', '<', '定性'],
};
const INFO_LISTS: Partial<Record<BasicInfoItem, string[]>> = {
  evaluationType: ['部门整体支出', '项目支出'],
};
/** the data rows a dropdown covers: generous, far beyond any unit's table */
export const TEMPLATE_LIST_LAST_ROW = 1000;

/** long text wraps within its column, rows aligned at the top */
const FREE_TEXT_STYLE: CellStyle = { wrap: true, vertical: 'top' };
const TOP_STYLE: CellStyle = { vertical: 'top' };

function noted(text: string, note: string | undefined): string {
  return note === undefined ? text : `${text}\n（${note}）`;
}

interface TemplateSheet {
  name: string;
  /** printed on A4 one page wide: the wide tables across the page */
  orientation: 'portrait' | 'landscape';
  header: string[];
  rows: PlannedCell[][];
  widths: number[];
  /** in-cell dropdowns: a column's data rows (2–TEMPLATE_LIST_LAST_ROW), or single cells */
  lists: Array<{ address: string; values: string[] }>;
}

/** dropdowns on the data rows below each listed column's header */
function columnLists<F extends string>(columns: readonly F[], lists: Partial<Record<F, string[]>>): TemplateSheet['lists'] {
  return columns.flatMap((field, index) => {
    const values = lists[field];
    return values ? [{ address: rangeAddress(2, index + 1, TEMPLATE_LIST_LAST_ROW, index + 1), values }] : [];
  });
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
      orientation: 'portrait',
      header: BASIC_INFO_TABLE.fields.map((field) => field.header),
      rows: BASIC_INFO_LABELS.map(([item, labels]) => [
        INFO_LABEL_NOTES[item] === undefined ? textCell(labels[0]) : textCell(noted(labels[0], INFO_LABEL_NOTES[item]), { wrap: true, vertical: 'top' }),
        // the free text (部门职能 runs to a dozen lines) wraps inside the column instead of running off it
        { ...exampleCell(example.info?.[item]), style: FREE_TEXT_STYLE },
      ]),
      widths: [26, 80],
      lists: BASIC_INFO_LABELS.flatMap(([item], index) => {
        const values = INFO_LISTS[item];
        return values ? [{ address: cellAddress(index + 2, 2), values }] : [];
      }),
    },
    {
      name: BUDGET_TABLE.sheetName,
      orientation: 'landscape',
      header: BUDGET_COLUMNS.map((field) => noted(fieldSpec(BUDGET_TABLE, field).header, BUDGET_HEADER_NOTES[field])),
      rows: (example.budget ?? []).map((line) => BUDGET_COLUMNS.map((field) => exampleCell(line[field]))),
      widths: [22, 24, 12, 12, 12, 12, 12, 36],
      lists: columnLists(BUDGET_COLUMNS, BUDGET_LISTS),
    },
    {
      name: INDICATOR_TABLE.sheetName,
      orientation: 'landscape',
      header: INDICATOR_FIELDS.map((field) => noted(fieldSpec(INDICATOR_TABLE, field).header, INDICATOR_HEADER_NOTES[field])),
      rows: (example.indicators ?? []).map((row) => INDICATOR_FIELDS.map((field) => exampleCell(row[field]))),
      widths: [20, 22, 14, 30, 14, 14, 10, 14, 8, 10, 40],
      lists: columnLists(INDICATOR_FIELDS, INDICATOR_LISTS),
    },
    {
      name: SETTINGS_TABLE.sheetName,
      orientation: 'portrait',
      header: SETTINGS_TABLE.fields.map((field) => field.header),
      rows: schemeToSettingRows(DEFAULT_SCHEME).map((row) => [textCell(row.key, TOP_STYLE), { ...exampleCell(row.value), style: TOP_STYLE }, textCell(row.note, FREE_TEXT_STYLE)]),
      widths: [26, 30, 60],
      lists: [],
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
  // the header's notes wrap onto more lines: the row is made tall enough for them wherever it is opened
  const headerHeight = Math.max(...sheet.header.map((text, index) => wrappedRowHeight(text, sheet.widths[index] ?? DEFAULT_COLUMN_WIDTH)));
  if (sheet.header.some((text) => text.includes('\n'))) ops.push({ kind: 'rowHeight', sheet: sheet.name, row: 1, height: headerHeight });
  if (sheet.rows.length > 0) ops.push({ kind: 'setCells', sheet: sheet.name, top: 2, left: 1, cells: sheet.rows });
  sheet.rows.forEach((row, index) => {
    const noted = row.map((cell, column) => (cell.kind === 'text' && String(cell.value).includes('\n') ? wrappedRowHeight(String(cell.value), sheet.widths[column] ?? DEFAULT_COLUMN_WIDTH) : 0));
    if (Math.max(...noted) > 0) ops.push({ kind: 'rowHeight', sheet: sheet.name, row: index + 2, height: Math.max(...noted) });
  });
  for (const list of sheet.lists) ops.push({ kind: 'listValidation', sheet: sheet.name, address: list.address, values: list.values });
  ops.push({ kind: 'freezeRows', sheet: sheet.name, rows: 1 });
  // the header prints again on every page, so a page torn from a long 绩效指标 still says what its columns are
  ops.push({ kind: 'pageSetup', sheet: sheet.name, paper: 'A4', orientation: sheet.orientation, fitToWidth: true, titleRows: 1 });
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
