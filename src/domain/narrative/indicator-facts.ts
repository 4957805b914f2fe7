import type { ScoredIndicator } from '../model';
import type { IndicatorResultFacts, MissedFacts } from './phrases/facts';
import { withoutEndPunctuation } from './quoted-text';
import { actualText, isQualitative, targetText } from './value-text';

/** An indicator as the report's sentences speak of it. */

export function missedFacts(indicator: ScoredIndicator): MissedFacts {
  return {
    name: indicator.name,
    reason: withoutEndPunctuation(indicator.reason),
    target: targetText(indicator),
    actual: actualText(indicator),
    task: indicator.task,
  };
}

/** the results of the indicators in table order; qualitative ones with the same target and result together */
export function resultFacts(indicators: readonly ScoredIndicator[]): IndicatorResultFacts[] {
  const results: IndicatorResultFacts[] = [];
  const levelGroups = new Map<string, Extract<IndicatorResultFacts, { kind: 'levels' }>>();
  for (const indicator of indicators) {
    const target = targetText(indicator);
    const actual = actualText(indicator);
    if (!isQualitative(indicator)) {
      results.push({ kind: 'figures', name: indicator.name, target, actual });
      continue;
    }
    const key = JSON.stringify([target, actual]);
    const group = levelGroups.get(key);
    if (group) {
      group.names.push(indicator.name);
      continue;
    }
    const created: Extract<IndicatorResultFacts, { kind: 'levels' }> = { kind: 'levels', names: [indicator.name], target, actual };
    levelGroups.set(key, created);
    results.push(created);
  }
  return results;
}
