/** Small inputs for the scoring and warning tests: an indicator table with defaults filled in. */
import { evaluate } from '../../../src/domain/evaluate';
import type { BudgetRow, EvaluationReport, EvaluationType, Scheme, Warning, WarningCode } from '../../../src/domain/model';
import { DEFAULT_SCHEME } from '../../../src/domain/scheme/defaults';
import { basicInfo, indicatorRows, type IndicatorSpec, type IndicatorTableLayout } from '../../fixtures/seeds';

export type Row = Partial<IndicatorSpec> & Pick<IndicatorSpec, 'target' | 'actual'>;

export interface TableOptions {
  scheme?: Partial<Scheme>;
  evaluationType?: EvaluationType | null;
  budget?: BudgetRow[];
  layout?: IndicatorTableLayout;
  /** 基本信息's 评价年度 */
  year?: string;
}

/** Rows default to an 产出 indicator worth 10 points named 指标<n>. */
export function evaluateTable(rows: readonly Row[], options: TableOptions = {}): EvaluationReport {
  const specs: IndicatorSpec[] = rows.map((row, i) => ({ level1: '产出', level3: `指标${i + 1}`, points: 10, ...row }));
  return evaluate(
    { info: basicInfo({ unitName: '测试单位', year: options.year }, options.evaluationType ?? 'department'), indicators: indicatorRows(specs, options.layout), budget: options.budget ?? [] },
    { ...DEFAULT_SCHEME, ...options.scheme },
  );
}

export function warningsOf(report: EvaluationReport, code: WarningCode): Warning[] {
  return report.warnings.filter((w) => w.code === code);
}

export function codesOf(report: EvaluationReport): WarningCode[] {
  return report.warnings.map((w) => w.code);
}
