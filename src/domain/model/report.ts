/**
 * The engine's result: one object that the pane shows, the sheets hold, the narrative tells and
 * `perf-eval score --json` prints ("One report, three faces" in DESIGN.md). Its warnings about cells
 * write their address and messages when read (warnings/cell-warning.ts), and its indicators read their
 * row's facts from the row (scoring/row-scored-indicator.ts), to keep 100,000-row reports light;
 * JSON.stringify writes every part as a plain object (send that JSON across a worker boundary:
 * structuredClone copies own fields only, and jest's toEqual compares them only).
 */
import type { FieldColumns } from './cell';
import type { BasicInfo, BudgetCategory, IndicatorField } from './input';
import type { GradeBand } from './scheme';
import type { Comparator, ParsedValue } from './value';
import type { Warning } from './warning';

export const REPORT_SCHEMA_VERSION = 1;

/** 产出 / 效益 (效果) / 满意度 / 预算执行 */
export type Level1Kind = 'output' | 'benefit' | 'satisfaction' | 'budget' | 'other';

export type IndicatorStatus =
  | 'met' // target reached
  | 'missed' // target not reached (quantitative B < A, or qualitative not 达成)
  | 'notApplicable' // excluded from scoring
  | 'invalid'; // could not be scored: see its warnings

export interface ScoredIndicator {
  sheet: string;
  /** 1-based Excel row */
  row: number;
  task: string | null;
  level1: string;
  level1Kind: Level1Kind;
  level2: string;
  /** 三级指标 */
  name: string;
  comparator: Comparator | 'qualitative' | null;
  target: ParsedValue;
  actual: ParsedValue;
  points: number | null;
  /** the engine's score; null when it could not score (status invalid / notApplicable) */
  computedScore: number | null;
  /** 自评得分 as entered, null when blank */
  selfScore: number | null;
  /** the score that counts in the totals (scheme.reportScore decides) */
  score: number | null;
  /** B / A (1 = 100%), for the 完成率 column; null when not meaningful */
  completionRate: number | null;
  status: IndicatorStatus;
  /** qualitative default score or other guess the user should confirm */
  provisional: boolean;
  reason: string;
  /** the column of each field of its table, as in the input (see cellOfField) */
  columns: FieldColumns<IndicatorField>;
}

export interface LevelTotal {
  level1: string;
  kind: Level1Kind;
  points: number;
  score: number;
  /** score / points, 0–1 */
  ratio: number;
  grade: string;
  indicatorCount: number;
  met: number;
  missed: number;
}

export interface TaskSummary {
  name: string;
  /** funds from the budget table's 任务 line of the same name, 万元 */
  funds: number | null;
  indicatorCount: number;
  countsByKind: Record<Level1Kind, number>;
  met: number;
  missed: Array<{ name: string; reason: string; sheet: string; row: number }>;
  points: number;
  score: number;
}

export interface BudgetLineResult {
  sheet: string;
  row: number;
  name: string;
  category: BudgetCategory | null;
  initial: number | null;
  adjusted: number | null;
  executed: number | null;
  /** executed / 全年预算数, or / 年初预算数 when 全年 is blank (the rate the line is checked on); null where not computable */
  executionRate: number | null;
  /** points and score where the line carries points (the 预算执行率 line) */
  points: number | null;
  score: number | null;
}

export interface BudgetSummary {
  /** 全年预算数 A and 全年执行数 B of the whole unit (合计 line, or the sum of basic + project) */
  initial: number | null;
  adjusted: number | null;
  executed: number | null;
  /** executed / 全年预算数 only (never 年初): what the score, the caps and the credibility check rest on */
  executionRate: number | null;
  points: number;
  score: number;
  basic: number | null;
  personnel: number | null;
  publicUse: number | null;
  project: number | null;
  projectInitial: number | null;
  projectExecutionRate: number | null;
  threePublic: number | null;
  threePublicLastYear: number | null;
  fiscal: number | null;
  carryOver: number | null;
  otherFunds: number | null;
  lines: BudgetLineResult[];
}

export interface ReportTotal {
  score: number;
  max: number;
  /** score / max, 0–1 */
  ratio: number;
  grade: string;
  /** set when an execution-rate cap lowered the total */
  cappedFrom: number | null;
}

export interface EvaluationReport {
  schemaVersion: typeof REPORT_SCHEMA_VERSION;
  info: BasicInfo;
  total: ReportTotal;
  /** the scheme's grade bands the grades were given on, so that what tells the report (a 得分比 beside its grade) keeps to them */
  gradeBands: GradeBand[];
  budget: BudgetSummary | null;
  levels: LevelTotal[];
  tasks: TaskSummary[];
  indicators: ScoredIndicator[];
  warnings: Warning[];
}
