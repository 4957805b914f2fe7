/**
 * What the workbook layer hands the engine: rows of raw cells, each with the cell it came from.
 * Parsing and judging them is the engine's job.
 */
import type { CellRef, FieldColumns, RawCell } from './cell';

/** The fields of an indicator row, in the order of the standard 绩效指标 sheet's columns. */
export const INDICATOR_FIELDS = [
  'task',
  'level1',
  'level2',
  'level3',
  'comparator',
  'target',
  'unit',
  'actual',
  'points',
  'selfScore',
  'reason',
] as const;
export type IndicatorField = (typeof INDICATOR_FIELDS)[number];

export interface IndicatorRow {
  sheet: string;
  /** 1-based Excel row */
  row: number;
  /** 任务 name, or null when the table has no 任务 column (inherits from above like merged cells) */
  task: string | null;
  /** level names after merged-cell inheritance */
  level1: string;
  level2: string;
  level3: string;
  /** raw cells of the value fields; null where the table has no such column */
  comparator: RawCell | null;
  target: RawCell;
  unit: RawCell | null;
  actual: RawCell;
  points: RawCell;
  selfScore: RawCell | null;
  reason: string;
  /** the column of each field present in the table (shared by the table's rows) */
  columns: FieldColumns<IndicatorField>;
  /**
   * The header of the 偏差原因 column as the table writes it (偏差原因, 未完成原因分析), where the table
   * has one and it is another than 偏差原因分析及改进措施: the warnings asking for a reason name the
   * column the reader sees. The one string read from the header, shared by the table's rows.
   */
  reasonHeader?: string;
  /**
   * 分值 / 自评得分 cells merged down over several rows (the host reports merges): the other row of the
   * merge (its top for a covered cell, which reads as blank; its last row for the top one). The merged
   * value is the points of the rows together, no one row's; absent when neither cell is merged so.
   */
  mergedWith?: Partial<Record<'points' | 'selfScore', number>>;
}

export const BUDGET_CATEGORIES = [
  'total', // 合计
  'basic', // 基本支出
  'personnel', // 人员经费
  'publicUse', // 日常公用经费
  'project', // 项目支出
  'threePublic', // 三公经费
  'fiscal', // 财政拨款
  'carryOver', // 上年结转
  'otherFunds', // 其他资金
  'task', // a 任务's funds; the line's name is the task's name
] as const;
export type BudgetCategory = (typeof BUDGET_CATEGORIES)[number];

export type BudgetField = 'name' | 'category' | 'initial' | 'adjusted' | 'executed' | 'points' | 'lastYear' | 'note';

export interface BudgetRow {
  sheet: string;
  row: number;
  name: string;
  /** null when 类别 is blank or not one of the known categories (see categoryText) */
  category: BudgetCategory | null;
  categoryText: string;
  /** 年初预算数 */
  initial: RawCell | null;
  /** 全年预算数 (A) */
  adjusted: RawCell | null;
  /** 全年执行数 (B) */
  executed: RawCell | null;
  points: RawCell | null;
  /** 上年执行数 */
  lastYear: RawCell | null;
  note: string;
  cells: Partial<Record<BudgetField, CellRef>>;
  /** the header of the 说明 column as the table writes it (备注, 说明), where the table has one and it differs from 说明 */
  noteHeader?: string;
  /**
   * The unit the table states for an amount column, where it states one other than 万元 (a header
   * 全年预算数（元）, a line 金额单位：元 above the table); one object shared by the table's rows.
   * Amounts are read in it and converted to 万元.
   */
  amountUnits?: StatedMoneyUnits;
  /**
   * The line's 分值 is the indicator table's 预算执行率 row's, moved here by the reader, and the budget
   * table has no 合计 line: the points score the unit's totals (基本支出 + 项目支出, or the 任务 lines),
   * which the row's rate is, not this one line's.
   */
  pointsScoreUnitTotals?: true;
}

/** Money units a table may state; 万元 is the engine's. */
export const MONEY_UNITS = ['元', '千元', '万元', '亿元'] as const;
export type MoneyUnit = (typeof MONEY_UNITS)[number];

export interface StatedMoneyUnit {
  unit: MoneyUnit;
  /** the cell that states it, and what it reads */
  cell: CellRef;
  text: string;
}

export type StatedMoneyUnits = Partial<Record<'initial' | 'adjusted' | 'executed' | 'lastYear', StatedMoneyUnit>>;

export type EvaluationType = 'department' | 'project';

/** 基本信息: free text the narrative quotes, never invents. */
export interface BasicInfo {
  unitName: string;
  year: string;
  /** 部门整体支出 → department, 项目支出 → project */
  evaluationType: EvaluationType | null;
  /** 项目名称 of a project evaluation ('' when not given) */
  projectName: string;
  functions: string;
  organisation: string;
  annualGoals: string;
  achievements: string;
  extraProblems: string;
  /** where each item came from, for links and messages */
  cells: Partial<Record<keyof Omit<BasicInfo, 'cells'>, CellRef>>;
}

export interface EvaluationInput {
  info: BasicInfo;
  indicators: IndicatorRow[];
  /** empty when the workbook has no budget table */
  budget: BudgetRow[];
}
