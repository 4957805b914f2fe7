import Big from 'big.js';
import type { EvaluationReport, LevelTotal, ScoredIndicator } from '../../model';
import type { NarrativeTableCell, NarrativeTableRow, TableBlock } from '../document';
import { dimensionName } from '../dimension-name';
import { formatScore, formatWholePercent, wholePercentValue } from '../figures';
import type { Phrasebook } from '../phrases';
import { indicatorName } from '../indicator-facts';
import { indicatorSource, uniqueSources } from '../sources';

const text = (value: string): NarrativeTableCell => ({ kind: 'text', text: value });

function score(value: number | null, phrases: Phrasebook): NarrativeTableCell {
  return value === null ? text(phrases.notScored) : { kind: 'number', value, text: formatScore(value), format: 'score' };
}

/** 得分比 as a whole percent, held as the rounded ratio so the sheet and the Word table show the same */
function ratio(scored: number, points: number, bounds: readonly number[], phrases: Phrasebook): NarrativeTableCell {
  const value = wholePercentValue(scored, points, bounds);
  const shown = formatWholePercent(scored, points, bounds);
  return value === null || shown === null ? text(phrases.notScored) : { kind: 'number', value, text: shown, format: 'percent' };
}

/**
 * A 一级指标 none of whose indicators could be scored has no 得分比 or grade to give: its 0 is a gap
 * in the workbook, not a result (差).
 */
function groupRow(level: LevelTotal, indicators: readonly ScoredIndicator[], index: number, bounds: readonly number[], phrases: Phrasebook): NarrativeTableRow {
  const judged = indicators.length === 0 || indicators.some((indicator) => indicator.status === 'met' || indicator.status === 'missed');
  return {
    role: 'group',
    cells: [
      text(phrases.scoringGroup(index, dimensionName(level.level1))),
      score(level.points, phrases),
      score(level.score, phrases),
      judged ? ratio(level.score, level.points, bounds, phrases) : text(phrases.notScored),
      text(judged ? level.grade : phrases.notScored),
    ],
  };
}

function itemRow(indicator: ScoredIndicator, index: number, phrases: Phrasebook): NarrativeTableRow {
  const counted = indicator.status !== 'notApplicable';
  return {
    role: 'item',
    cells: [text(phrases.scoringItem(index, indicatorName(indicator, phrases))), score(indicator.points, phrases), score(counted ? indicator.score : null, phrases), text(''), text('')],
    sources: uniqueSources([indicatorSource(indicator, 'points'), indicatorSource(indicator, 'selfScore')]),
  };
}

/**
 * The points an execution-rate cap took off, so that the lines above add up to 综合绩效 (90.14 − 1.14 = 89)
 */
function capRow(from: number, to: number, phrases: Phrasebook): NarrativeTableRow {
  const change = new Big(to).minus(from).toNumber();
  return { role: 'adjustment', cells: [text(phrases.scoringCap), text(''), { kind: 'number', value: change, text: formatScore(change), format: 'score' }, text(''), text('')] };
}

/**
 * The scoring table of seed 000: 评价指标 | 分值 | 得分 | 得分比 | 综合评价, one line per 一级指标 ("一、产出
 * 80 74 93% 优") with its indicators beneath it ("1. 开展主题教育 10 10"), and the 综合绩效 line.
 * The budget execution level, when the total counts it, is a line of its own; so is a cap on the total.
 */
export function scoringTable(report: EvaluationReport, phrases: Phrasebook): TableBlock {
  const rows: NarrativeTableRow[] = [];
  const bounds = report.gradeBands.map((band) => band.min);
  report.levels.forEach((level, levelIndex) => {
    const indicators = report.indicators.filter((indicator) => indicator.level1 === level.level1 && indicator.level1Kind === level.kind);
    rows.push(groupRow(level, indicators, levelIndex + 1, bounds, phrases));
    indicators.forEach((indicator, itemIndex) => rows.push(itemRow(indicator, itemIndex + 1, phrases)));
  });
  const { total } = report;
  if (total.cappedFrom !== null) rows.push(capRow(total.cappedFrom, total.score, phrases));
  // with no points counted there is no score to grade: the conclusion says none was reached, so 差 here would contradict it
  const graded = total.max > 0;
  rows.push({
    role: 'total',
    cells: [text(phrases.scoringTotal), score(total.max, phrases), score(total.score, phrases), ratio(total.score, total.max, bounds, phrases), text(graded ? total.grade : phrases.notScored)],
  });
  return { kind: 'table', header: [...phrases.scoringHeader], rows };
}
