import type { EvaluationReport, Level1Kind, ScoredIndicator, TaskSummary } from '../../model';
import type { NarrativeBlock } from '../document';
import { dimensionName } from '../dimension-name';
import { formatAmount } from '../figures';
import type { Phrasebook } from '../phrases';
import type { DimensionCount } from '../phrases/facts';
import { missedFacts, overAchievementDeductions, resultFacts, unscoredCauses, type UnscoredCause } from '../indicator-facts';
import { oneLineName } from '../quoted-text';
import { indicatorSource, uniqueSources } from '../sources';
import { statement } from './section';

const KIND_ORDER: readonly Level1Kind[] = ['output', 'benefit', 'satisfaction', 'budget', 'other'];

/** A 任务 with its indicators; name null for the whole table (no 任务 column) or rows left without a task. */
interface IndicatorGroup {
  name: string | null;
  indicators: ScoredIndicator[];
  summary: TaskSummary | null;
}

/**
 * The tasks in the engine's order (first seen in the table); without any 任务, the whole table is one
 * group and the report speaks of the year's indicators, without task headings.
 */
function groupsOf(report: EvaluationReport): IndicatorGroup[] {
  const hasTask = (indicator: ScoredIndicator): indicator is ScoredIndicator & { task: string } => indicator.task !== null && indicator.task.trim() !== '';
  if (!report.indicators.some(hasTask)) return report.indicators.length > 0 ? [{ name: null, indicators: report.indicators, summary: null }] : [];
  // one pass, in a map by name: the report's tasks first, then names only the indicators use, as first seen
  const byName = new Map<string, IndicatorGroup>();
  for (const task of report.tasks) if (!byName.has(task.name)) byName.set(task.name, { name: task.name, indicators: [], summary: task });
  const untasked: ScoredIndicator[] = [];
  for (const indicator of report.indicators) {
    if (!hasTask(indicator)) {
      untasked.push(indicator);
      continue;
    }
    let group = byName.get(indicator.task);
    if (!group) {
      group = { name: indicator.task, indicators: [], summary: null };
      byName.set(indicator.task, group);
    }
    group.indicators.push(indicator);
  }
  const groups = [...byName.values()];
  if (untasked.length > 0) groups.push({ name: null, indicators: untasked, summary: null });
  return groups.filter((group) => group.indicators.length > 0);
}

/** counts by dimension, named as the table names them (效益 or 效果); 'other' dimensions each by name */
function dimensionCounts(indicators: readonly ScoredIndicator[], locale: 'zh-CN' | 'en-US'): DimensionCount[] {
  const counts: DimensionCount[] = [];
  for (const kind of KIND_ORDER) {
    const ofKind = indicators.filter((indicator) => indicator.level1Kind === kind);
    if (ofKind.length === 0) continue;
    if (kind !== 'other') {
      counts.push({ kind, label: locale === 'zh-CN' ? dimensionName(ofKind[0].level1) : kind, count: ofKind.length });
      continue;
    }
    const byName = new Map<string, number>();
    for (const indicator of ofKind) byName.set(dimensionName(indicator.level1), (byName.get(dimensionName(indicator.level1)) ?? 0) + 1);
    for (const [label, count] of byName) counts.push({ kind, label, count });
  }
  return counts;
}

function groupBlocks(
  group: IndicatorGroup,
  alone: boolean,
  report: EvaluationReport,
  causeOf: (indicator: ScoredIndicator) => UnscoredCause,
  phrases: Phrasebook,
  locale: 'zh-CN' | 'en-US',
): NarrativeBlock[] {
  const { indicators } = group;
  const sentences: string[] = [];
  const funds = group.summary?.funds ?? null;
  sentences.push(
    phrases.indicatorSet({
      subject: group.name !== null ? 'task' : alone ? 'unit' : 'rest',
      year: report.info.year,
      funds: funds !== null ? formatAmount(funds) : null,
      total: indicators.length,
      dimensions: dimensionCounts(indicators, locale),
    }),
  );
  const missed = indicators.filter((indicator) => indicator.status === 'missed');
  const causes = indicators.filter((indicator) => indicator.status === 'invalid').map(causeOf);
  const counted = (cause: UnscoredCause): number => causes.filter((found) => found === cause).length;
  sentences.push(
    phrases.outcome({
      total: indicators.length,
      met: indicators.filter((indicator) => indicator.status === 'met').length,
      notApplicable: indicators.filter((indicator) => indicator.status === 'notApplicable').length,
      unfilled: counted('actualBlank'),
      pointsBlank: counted('pointsBlank'),
      pointsMerged: counted('pointsMerged'),
      pointsUnreadable: counted('pointsUnreadable'),
      unscored: counted('unreadable'),
      missed: missed.map((indicator) => missedFacts(indicator, phrases)),
    }),
  );
  const fundsLine = group.name !== null ? report.budget?.lines.find((line) => line.category === 'task' && line.name.trim() === group.name?.trim()) : undefined;
  const summarySources = uniqueSources([
    fundsLine ? { sheet: fundsLine.sheet, row: fundsLine.row } : null,
    ...missed.map((indicator) => indicatorSource(indicator, 'reason')),
  ]);
  const blocks: NarrativeBlock[] = [statement(sentences.join(phrases.sentenceJoin), summarySources)];
  const scored = indicators.filter((indicator) => indicator.status !== 'notApplicable');
  if (scored.length > 0) {
    blocks.push(statement(phrases.indicatorResults(resultFacts(scored, phrases, overAchievementDeductions(report))), uniqueSources(scored.map((indicator) => indicatorSource(indicator, 'actual')))));
  }
  return blocks;
}

/**
 * （二）各项工作任务绩效目标完成情况分析, task by task as seed 002 writes it: "1、<任务>（任务 1）", its
 * funds, its indicators counted by dimension, how many met their targets and, for each one missed,
 * the user's reason.
 */
export function taskAnalysis(report: EvaluationReport, phrases: Phrasebook, locale: 'zh-CN' | 'en-US'): NarrativeBlock[] {
  const blocks: NarrativeBlock[] = [];
  const groups = groupsOf(report);
  const withHeadings = groups.some((group) => group.name !== null);
  const causeOf = unscoredCauses(report);
  groups.forEach((group, index) => {
    if (withHeadings) {
      const text = group.name !== null ? phrases.taskHeading(index + 1, oneLineName(group.name)) : phrases.otherIndicatorsHeading(index + 1);
      blocks.push({ kind: 'heading', level: 3, text });
    }
    blocks.push(...groupBlocks(group, !withHeadings, report, causeOf, phrases, locale));
  });
  return blocks;
}
