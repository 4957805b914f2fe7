import type { QualitativeLevel } from '../model';
import { roundScore, scaleScore } from './fast-round';

/** A band of allowed scores: [low, high] when highInclusive, else [low, high). */
export interface ScoreBand {
  low: number;
  high: number;
  highInclusive: boolean;
}

export interface QualitativeScore {
  score: number;
  /** no self-score: the band default, for the user to confirm */
  provisional: boolean;
  /** the self-score lay outside the band and was moved to its nearest edge */
  clampedFrom: number | null;
  band: ScoreBand;
}

/** 达成 [0.8w, w]; 部分达成 [0.6w, 0.8w); 未达成 [0, 0.6w). */
export function qualitativeBand(level: QualitativeLevel, points: number): ScoreBand {
  switch (level) {
    case 'achieved':
      return { low: scaleScore(points, 8, 10), high: points, highInclusive: true };
    case 'partial':
      return { low: scaleScore(points, 6, 10), high: scaleScore(points, 8, 10), highInclusive: false };
    case 'notAchieved':
      return { low: 0, high: scaleScore(points, 6, 10), highInclusive: false };
  }
}

/** The default when no score was entered: the top for 达成 (w), the midpoint otherwise (0.7w, 0.3w). */
export function qualitativeDefault(level: QualitativeLevel, points: number): number {
  switch (level) {
    case 'achieved':
      return points;
    case 'partial':
      return scaleScore(points, 7, 10);
    case 'notAchieved':
      return scaleScore(points, 3, 10);
  }
}

/**
 * A self-score inside its band is the computed score. Outside, it moves to the band's nearest edge; a
 * half-open band's top is one cent below its bound (部分达成 at w = 10 tops out at 7.99), since the
 * bound itself belongs to the next band up. With no self-score the band default applies, provisionally.
 */
export function scoreQualitative(level: QualitativeLevel, points: number, selfScore: number | null): QualitativeScore {
  const band = qualitativeBand(level, points);
  if (selfScore === null) return { score: qualitativeDefault(level, points), provisional: true, clampedFrom: null, band };
  const top = band.highInclusive ? band.high : Math.max(band.low, roundScore(band.high - 0.01));
  if (selfScore < band.low) return { score: band.low, provisional: false, clampedFrom: selfScore, band };
  const aboveBand = band.highInclusive ? selfScore > band.high : selfScore >= band.high;
  if (aboveBand) return { score: top, provisional: false, clampedFrom: selfScore, band };
  return { score: Math.min(roundScore(selfScore), top), provisional: false, clampedFrom: null, band };
}
