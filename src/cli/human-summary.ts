import type { EvaluationReport, Locale, Severity } from '../domain/model';
import { formatAmount, formatScoreRatio } from '../domain/narrative/figures';
import { roundHalfUp } from '../domain/numbers/round';
import { RESULT_SHEET } from '../workbook/owned-sheets';
import type { WorkbookProblem } from '../workbook/problems';
import { CLI_MESSAGES, type CliMessages } from './messages';

/** how many warnings the summary lists before pointing to the 评分结果 sheet */
export const LISTED_WARNINGS = 8;
const SEVERITY_ORDER: readonly Severity[] = ['error', 'warning', 'info'];

/** The short summary `perf-eval score` prints for a person: who, how much, which grade, what to look at. */
export function humanSummary(report: EvaluationReport, problems: readonly WorkbookProblem[], output: string, locale: Locale): string {
  const messages = CLI_MESSAGES[locale];
  const lines: string[] = [];
  const type = messages.evaluationType[report.info.evaluationType ?? 'unknown'];
  lines.push(messages.heading(report.info.unitName, report.info.year, type));
  lines.push(totalLine(report, messages));
  const budget = report.budget;
  if (budget && budget.executed !== null && budget.adjusted !== null && budget.executionRate !== null) {
    // the 自评报告's own amounts (100 万元, 1,288.38 万元), so the summary and the report agree
    lines.push(messages.budgetLine(formatAmount(budget.executed), formatAmount(budget.adjusted), formatPercent(budget.executionRate)));
  }
  if (report.levels.length > 0) {
    lines.push(messages.levels(report.levels.map((level) => `${level.level1} ${formatScore(level.score)}/${formatScore(level.points)}`)));
  }

  const findings = [...problems, ...report.warnings].sort((a, b) => SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity));
  if (findings.length === 0) {
    lines.push(messages.noWarnings);
  } else {
    const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
    for (const finding of findings) counts[finding.severity] += 1;
    lines.push(messages.warningCounts(counts));
    for (const finding of findings.slice(0, LISTED_WARNINGS)) {
      const where = finding.sheet ? `${finding.sheet}${finding.cell ? `!${finding.cell}` : ''}` : messages.wholeWorkbook;
      lines.push(`  [${messages.severity[finding.severity]}] ${where} ${firstLine(finding.message[locale])}`);
    }
    if (findings.length > LISTED_WARNINGS) lines.push(messages.moreWarnings(findings.length - LISTED_WARNINGS, RESULT_SHEET));
  }
  lines.push(messages.written(output));
  return `${lines.join('\n')}\n`;
}

/** 93 → "93", 95.91 → "95.91", 93.5 → "93.5" */
export function formatScore(value: number): string {
  return String(roundHalfUp(value, 2));
}

/**
 * 总分 93 / 100（得分比 93%），综合评价：优: the 得分比 as the 自评报告 prints it beside the grade, so
 * 94.97 under bands 95/85 reads 94.97% and not 95.0% beside 较好.
 */
export function totalLine(report: EvaluationReport, messages: CliMessages): string {
  const { score, max, grade } = report.total;
  const ratio = formatScoreRatio(score, max, report.gradeBands) ?? formatPercent(report.total.ratio);
  return messages.total(formatScore(score), formatScore(max), ratio, grade);
}

/** 0.99740 → "99.7%" */
export function formatPercent(ratio: number): string {
  return `${roundHalfUp(ratio * 100, 1).toFixed(1)}%`;
}

function firstLine(text: string): string {
  return text.split('\n')[0];
}
