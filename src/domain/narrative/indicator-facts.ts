import type { ScoredIndicator } from '../model';
import type { Phrasebook } from './phrases';
import type { IndicatorResultFacts, MissedFacts } from './phrases/facts';
import { withoutEndPunctuation } from './quoted-text';
import { actualText, isQualitative, targetText } from './value-text';

/** An indicator as the report's sentences speak of it. */

/** its 三级指标, or where it is when that is blank ("第 12 行指标"), never an empty “” */
export function indicatorName(indicator: ScoredIndicator, phrases: Phrasebook): string {
  const name = indicator.name.trim();
  return name !== '' ? name : phrases.unnamedIndicator(indicator.row);
}

export function missedFacts(indicator: ScoredIndicator, phrases: Phrasebook): MissedFacts {
  return {
    name: indicatorName(indicator, phrases),
    reason: withoutEndPunctuation(indicator.reason),
    target: targetText(indicator),
    actual: actualText(indicator),
    qualitative: isQualitative(indicator),
    task: indicator.task,
  };
}

/** the results of the indicators in table order; qualitative ones with the same target and result together */
export function resultFacts(indicators: readonly ScoredIndicator[], phrases: Phrasebook): IndicatorResultFacts[] {
  const results: IndicatorResultFacts[] = [];
  const levelGroups = new Map<string, Extract<IndicatorResultFacts, { kind: 'levels' }>>();
  for (const indicator of indicators) {
    const name = indicatorName(indicator, phrases);
    const target = targetText(indicator);
    const actual = actualText(indicator);
    if (!isQualitative(indicator)) {
      results.push({ kind: 'figures', name, target, actual });
      continue;
    }
    const key = JSON.stringify([target, actual]);
    const group = levelGroups.get(key);
    if (group) {
      group.names.push(name);
      continue;
    }
    const created: Extract<IndicatorResultFacts, { kind: 'levels' }> = { kind: 'levels', names: [name], target, actual };
    levelGroups.set(key, created);
    results.push(created);
  }
  return results;
}
