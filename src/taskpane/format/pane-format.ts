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

/** What a grade label of the common schemes means, for readers of the English pane. */
export type GradeMeaning = 'excellent' | 'good' | 'fairlyGood' | 'fair' | 'pass' | 'poor' | 'fail';

/**
 * The labels of DOMAIN.md's schemes (优/良/中/差, 好/较好/一般/差) and the longer forms units write in
 * 评分设置 (优秀, 良好, 合格 …). A label of the unit's own making has no meaning the pane can tell.
 */
const GRADE_MEANINGS: ReadonlyMap<string, GradeMeaning> = new Map([
  ['优', 'excellent'],
  ['优秀', 'excellent'],
  ['良', 'good'],
  ['良好', 'good'],
  ['好', 'good'],
  ['较好', 'fairlyGood'],
  ['中', 'fair'],
  ['中等', 'fair'],
  ['一般', 'fair'],
  ['合格', 'pass'],
  ['及格', 'pass'],
  ['差', 'poor'],
  ['较差', 'poor'],
  ['不合格', 'fail'],
  ['不及格', 'fail'],
]);

export function gradeMeaning(label: string): GradeMeaning | null {
  return GRADE_MEANINGS.get(label) ?? null;
}

/**
 * A grade as the pane shows it: the label the sheets and the 自评报告 print (优), and in the English
 * pane what it means beside it (优 (excellent)), so a reader who does not read Chinese can tell 优 from 差.
 */
export function formatGrade(label: string, locale: Locale, meaningText: (meaning: GradeMeaning) => string): string {
  const meaning = locale === 'en-US' ? gradeMeaning(label) : null;
  return meaning ? `${label} (${meaningText(meaning)})` : label;
}
