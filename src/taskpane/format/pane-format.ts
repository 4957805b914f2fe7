/** How the pane writes figures: as the seeds do (95.91, 99.7%, 1,291.73), rounded half up. */
import type { Locale } from '../../domain/model';
import { roundHalfUp } from '../../domain/numbers/round';

/** Scores with up to 2 decimals: 93, 95.91, 9.5 */
export function formatScore(value: number | null): string {
  if (value === null || !Number.isFinite(value)) return '—';
  return String(roundHalfUp(value, 2));
}

/** A 0–1 ratio as a percentage with one decimal: 0.99741 → 99.7% */
export function formatPercent(ratio: number | null): string {
  if (ratio === null || !Number.isFinite(ratio)) return '—';
  return `${roundHalfUp(ratio * 100, 1).toFixed(1)}%`;
}

/** 万元 amounts with thousands separators and 2 decimals: 1,291.73 */
export function formatAmount(value: number | null): string {
  if (value === null || !Number.isFinite(value)) return '—';
  const [whole, fraction] = roundHalfUp(value, 2).toFixed(2).split('.');
  const sign = whole.startsWith('-') ? '-' : '';
  const digits = sign ? whole.slice(1) : whole;
  return `${sign}${digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${fraction}`;
}

/** The time of the last run, in the pane's language: 14:03:21 */
export function formatClockTime(epochMs: number, locale: Locale): string {
  return new Date(epochMs).toLocaleTimeString(locale, { hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false });
}
