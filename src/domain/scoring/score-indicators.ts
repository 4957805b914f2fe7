import type { Level1Kind, Scheme } from '../model';
import type { Finding } from './findings';
import { classifyLevel1 } from './level1-kind';
import type { ParsedIndicator } from './parsed-indicator';
import { scoreIndicator, type IndicatorScoring } from './score-indicator';

/** The score stage over all rows; level-1 names repeat, so each is classified once. */
export function scoreIndicators(parsed: readonly ParsedIndicator[], scheme: Scheme, findings: Finding[]): IndicatorScoring[] {
  const kinds = new Map<string, Level1Kind>();
  const scorings = new Array<IndicatorScoring>(parsed.length);
  for (let i = 0; i < parsed.length; i++) {
    const level1 = parsed[i].row.level1;
    let kind = kinds.get(level1);
    if (kind === undefined) kinds.set(level1, (kind = classifyLevel1(level1)));
    scorings[i] = scoreIndicator(parsed[i], kind, scheme, findings);
  }
  return scorings;
}
