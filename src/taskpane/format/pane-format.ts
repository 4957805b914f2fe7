/**
 * How the pane writes figures: the narrative's own formatters (as the seeds print them: 95.91, 99.7%,
 * 1,291.73), with a dash where there is no figure, and the time of day of the last run.
 */
import type { GradeBand, Locale } from '../../domain/model';
import { formatAmount as amountText, formatRatio, formatScoreRatio as scoreRatioText, formatScore as scoreText } from '../../domain/narrative/figures';

const NO_FIGURE = '—';

const present = (value: number | null): value is number => value !== null && Number.isFinite(value);

/** Scores with up to 2 decimals: 93, 95.91, 9.5 */
export function formatScore(value: number | null): string {
  return present(value) ? scoreText(value) : NO_FIGURE;
}

/** A 0–1 ratio as a percentage with one decimal: 0.99741 → 99.7% */
export function formatPercent(ratio: number | null): string {
  return present(ratio) ? formatRatio(ratio) : NO_FIGURE;
}

/**
 * A 得分比 beside its grade, as the 自评报告 prints it: 93%, 99.7%, and 94.97% under bands 95/85
 * beside 较好 (never 95.0%, a band it did not reach)
 */
export function formatScoreRatio(score: number, points: number, gradeBands: readonly GradeBand[]): string {
  return scoreRatioText(score, points, gradeBands) ?? NO_FIGURE;
}

/** 万元 amounts with thousands separators and the workbook's own decimals: 1,291.73, 189.4 */
export function formatAmount(value: number | null): string {
  return present(value) ? amountText(value) : NO_FIGURE;
}

/** The time of the last run, in the pane's language: 14:03:21 */
export function formatClockTime(epochMs: number, locale: Locale): string {
  return new Date(epochMs).toLocaleTimeString(locale, { hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false });
}
