import type { EvaluationType, Level1Kind } from '../../model';

/**
 * The facts each sentence of the report is written from. Figures arrive already formatted
 * (figures.ts), so the zh-CN and en-US phrasebooks cannot print a figure differently.
 */

export interface TitleFacts {
  unitName: string;
  year: string;
  evaluationType: EvaluationType | null;
  /** 项目名称, '' when not given; a department evaluation has none */
  projectName: string;
}

export interface BudgetTotalsFacts {
  initial: string | null;
  /** 年初 differs from 全年: the budget was adjusted during the year */
  adjustedDuringYear: boolean;
  adjusted: string | null;
  executed: string | null;
  /** executed / adjusted, one decimal */
  rate: string | null;
}

/** a named amount: a fund source, a part of the spending */
export interface AmountPart {
  label: string;
  amount: string;
}

export interface ThreePublicFacts {
  amount: string;
  /** the change from last year; null when last year is not given */
  change: { direction: 'up' | 'down' | 'same'; amount: string } | null;
}

export interface ProjectSpendingFacts {
  initial: string;
  /** 全年预算数 of the project line when it differs from 年初 */
  adjusted: string | null;
  executed: string;
  /** executed over the adjusted budget when given, else over 年初 (as seed 000 prints it) */
  rate: string | null;
  /** the budget the rate is on */
  rateBase: 'adjusted' | 'initial';
}

export interface ConclusionFacts {
  score: string;
  max: string;
  /** false when the points do not total 100: the score is then given "out of" its maximum */
  onHundred: boolean;
  grade: string;
  evaluationType: EvaluationType | null;
  /** 项目名称, '' when not given; a department evaluation has none */
  projectName: string;
}

export interface CapFacts {
  rate: string | null;
  from: string;
  to: string;
}

/** indicators of one dimension: label as the table names it (产出, 效果 …) for zh-CN, its kind for en-US */
export interface DimensionCount {
  kind: Level1Kind;
  label: string;
  count: number;
}

export interface IndicatorSetFacts {
  /** a 任务's indicators, the whole table when it has no 任务 column, or the rows left without a 任务 */
  subject: 'task' | 'unit' | 'rest';
  year: string;
  /** 涉及资金 of a task, null when the budget table gives none */
  funds: string | null;
  total: number;
  dimensions: DimensionCount[];
}

export interface MissedFacts {
  name: string;
  /** 偏差原因分析及改进措施 as typed, end punctuation trimmed; '' when blank */
  reason: string;
  target: string | null;
  actual: string | null;
  /** judged on a label (达成, 部分达成, 是) rather than on figures */
  qualitative: boolean;
  task: string | null;
}

export interface OutcomeFacts {
  total: number;
  met: number;
  notApplicable: number;
  /** not scored: no actual value filled in */
  unfilled: number;
  /** not scored: no 分值 filled in */
  pointsBlank: number;
  /** not scored: the 分值 cell merged with another indicator's, so neither has points of its own */
  pointsMerged: number;
  /** not scored: a 分值 that is not a number */
  pointsUnreadable: number;
  /** not scored: another figure (target, actual, their units) that could not be read */
  unscored: number;
  missed: MissedFacts[];
}

/**
 * How indicators ended: a quantitative one with its figures (and the points taken off when it went
 * so far beyond its target that the scheme deducts), or qualitative ones (达成 / 是) grouped
 * by their target and result, so nine rows of "达成" read as one sentence.
 */
export type IndicatorResultFacts =
  | { kind: 'figures'; name: string; target: string | null; actual: string | null; deduction: string | null }
  | { kind: 'levels'; names: string[]; target: string | null; actual: string | null };

export interface BudgetLineFacts {
  name: string;
  budget: string;
  executed: string;
  rate: string;
  /** which budget the rate is on */
  base: 'adjusted' | 'initial';
}

export interface OverExecutionLine extends BudgetLineFacts {
  /** executed − budget */
  excess: string;
}

export interface LowExecutionLine extends BudgetLineFacts {
  threshold: string | null;
  /** 说明 as typed; '' when blank */
  note: string;
}

export interface OverAchievedFacts {
  name: string;
  target: string | null;
  actual: string | null;
  percent: string | null;
  /** points the scheme took off for exceeding the target so far, null when it took none */
  deduction: string | null;
}

/** The problems the report raises, each with the facts its sentence and its measure need. */
export type Problem =
  | { kind: 'userNoted'; text: string }
  /** total: the 合计 line when its own rate is low; lines: the other slow lines (its parts when total is set) */
  | { kind: 'lowExecution'; total: LowExecutionLine | null; lines: LowExecutionLine[] }
  | { kind: 'overExecution'; lines: OverExecutionLine[] }
  | {
      kind: 'indicatorDesign';
      outputHeavy: Array<{ task: string; output: number; benefit: number }>;
      /** 产出 and 效益 as the table names them (seed 000 says 效果) */
      labels: { output: string; benefit: string };
      missingDimensions: Level1Kind[];
    }
  | { kind: 'missedTargets'; indicators: MissedFacts[] }
  | { kind: 'targetsTooLow'; indicators: OverAchievedFacts[] }
  | { kind: 'threePublicUp'; executed: string; lastYear: string; increase: string; note: string };

export type ProblemKind = Problem['kind'];
