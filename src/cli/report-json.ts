import type {
  BudgetSummary,
  EvaluationReport,
  EvaluationType,
  IndicatorStatus,
  LevelTotal,
  Locale,
  Severity,
  TaskSummary,
  Warning,
} from '../domain/model';
import type { WorkbookProblem } from '../workbook/problems';

export interface JsonFinding {
  code: string;
  severity: Severity;
  sheet: string | null;
  /** A1 address, null for whole-workbook findings */
  cell: string | null;
  message: string;
}

export interface JsonIndicator {
  sheet: string;
  /** 1-based Excel row */
  row: number;
  task: string | null;
  level1: string;
  level2: string;
  name: string;
  points: number | null;
  computedScore: number | null;
  selfScore: number | null;
  score: number | null;
  /** B / A, 1 = 100% */
  completionRate: number | null;
  status: IndicatorStatus;
  provisional: boolean;
  reason: string;
}

/** What `perf-eval score --json` prints: the report's face for tools and tests. */
export interface ReportJson {
  schemaVersion: number;
  input: string;
  output: string;
  unit: string;
  year: string;
  evaluationType: EvaluationType | null;
  total: { score: number; max: number; ratio: number; grade: string; cappedFrom: number | null };
  budget: BudgetSummary | null;
  levels: LevelTotal[];
  tasks: TaskSummary[];
  indicators: JsonIndicator[];
  /** the engine's findings about the figures */
  warnings: JsonFinding[];
  /** the workbook layer's findings about the workbook itself (tables, columns, places to write) */
  problems: JsonFinding[];
}

export function reportJson(
  report: EvaluationReport,
  problems: readonly WorkbookProblem[],
  files: { input: string; output: string },
  locale: Locale,
): ReportJson {
  return {
    schemaVersion: report.schemaVersion,
    input: files.input,
    output: files.output,
    unit: report.info.unitName,
    year: report.info.year,
    evaluationType: report.info.evaluationType,
    total: {
      score: report.total.score,
      max: report.total.max,
      ratio: report.total.ratio,
      grade: report.total.grade,
      cappedFrom: report.total.cappedFrom,
    },
    budget: report.budget,
    levels: report.levels,
    tasks: report.tasks,
    indicators: report.indicators.map((indicator) => ({
      sheet: indicator.sheet,
      row: indicator.row,
      task: indicator.task,
      level1: indicator.level1,
      level2: indicator.level2,
      name: indicator.name,
      points: indicator.points,
      computedScore: indicator.computedScore,
      selfScore: indicator.selfScore,
      score: indicator.score,
      completionRate: indicator.completionRate,
      status: indicator.status,
      provisional: indicator.provisional,
      reason: indicator.reason,
    })),
    warnings: report.warnings.map((warning) => jsonFinding(warning, locale)),
    problems: problems.map((problem) => jsonFinding(problem, locale)),
  };
}

function jsonFinding(finding: Warning | WorkbookProblem, locale: Locale): JsonFinding {
  return { code: finding.code, severity: finding.severity, sheet: finding.sheet, cell: finding.cell, message: finding.message[locale] };
}
