import type { BudgetCategory, BudgetField, BudgetRow, CellRef, RawCell } from '../../../src/domain/model';
import type { BudgetLine } from '../../../src/domain/budget/budget-line';
import { readBudgetLine } from '../../../src/domain/budget/read-budget-line';

export const BUDGET_SHEET = '预算执行';

/** The standard template's columns: 资金项目 | 类别 | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 上年执行数 | 说明 */
const COLUMNS: Record<BudgetField, string> = {
  name: 'A',
  category: 'B',
  initial: 'C',
  adjusted: 'D',
  executed: 'E',
  points: 'F',
  lastYear: 'G',
  note: 'H',
};

const CATEGORY_TEXT: Record<BudgetCategory, string> = {
  total: '合计',
  basic: '基本支出',
  personnel: '人员经费',
  publicUse: '日常公用经费',
  project: '项目支出',
  threePublic: '三公经费',
  fiscal: '财政拨款',
  carryOver: '上年结转',
  otherFunds: '其他资金',
  task: '任务',
};

type CellInput = RawCell['value'] | RawCell | undefined;

export interface LineSpec {
  row: number;
  category: BudgetCategory | null;
  /** 资金项目; defaults to the category's word */
  name?: string;
  /** 类别 as typed; defaults to the category's word */
  categoryText?: string;
  initial?: CellInput;
  adjusted?: CellInput;
  executed?: CellInput;
  points?: CellInput;
  lastYear?: CellInput;
  note?: string;
}

function raw(input: CellInput): RawCell {
  if (input === undefined) return { value: null };
  return input !== null && typeof input === 'object' && 'value' in input ? input : { value: input };
}

function ref(field: BudgetField, row: number): CellRef {
  const letter = COLUMNS[field];
  return { sheet: BUDGET_SHEET, address: `${letter}${row}`, row, column: letter.charCodeAt(0) - 64 };
}

/** A BudgetRow as the workbook layer hands it over from the standard 预算执行 sheet. */
export function budgetRow(spec: LineSpec): BudgetRow {
  const categoryText = spec.categoryText ?? (spec.category ? CATEGORY_TEXT[spec.category] : '');
  const cells = Object.fromEntries((Object.keys(COLUMNS) as BudgetField[]).map((field) => [field, ref(field, spec.row)]));
  return {
    sheet: BUDGET_SHEET,
    row: spec.row,
    name: spec.name ?? categoryText,
    category: spec.category,
    categoryText,
    initial: raw(spec.initial),
    adjusted: raw(spec.adjusted),
    executed: raw(spec.executed),
    points: raw(spec.points),
    lastYear: raw(spec.lastYear),
    note: spec.note ?? '',
    cells,
  };
}

/** Rows 2, 3, 4 … from a list of specs without row numbers. */
export function budgetRows(specs: ReadonlyArray<Omit<LineSpec, 'row'>>): BudgetRow[] {
  return specs.map((spec, index) => budgetRow({ ...spec, row: index + 2 }));
}

export function budgetLine(spec: Omit<LineSpec, 'row'> & { row?: number }): BudgetLine {
  return readBudgetLine(budgetRow({ row: 2, ...spec })).line;
}

export function budgetLines(specs: ReadonlyArray<Omit<LineSpec, 'row'>>): BudgetLine[] {
  return budgetRows(specs).map((row) => readBudgetLine(row).line);
}
