import type { IndicatorRow, Level1Kind, ParsedValue, Scheme, ScoredIndicator } from '../model';
import type { Findings } from './findings';
import { classifyLevel1 } from './level1-kind';
import { readRow, type NumberCell, type ParsedBlock, type ParsedIndicator } from './parsed-indicator';
import { scoreIndicator, type IndicatorScoring } from './score-indicator';
import { inferTableYear, type DeadlineYear } from './table-year';

/** The score stage's result: the report's lines, and per line the facts the warnings stage needs. */
export interface ScoredTable {
  rows: readonly IndicatorRow[];
  indicators: ScoredIndicator[];
  /** 1 where the row was scored on a qualitative band: its computed score is the user's in-band score */
  bandScored: Uint8Array;
  /**
   * Per row, the reported score before rounding as points × numerator / denominator (denominator 0:
   * the score as it stands), for the rescale; empty when the scheme does not rescale.
   */
  shareNumerator: Float64Array;
  shareDenominator: Float64Array;
}

/**
 * The score stage, a block of rows at a time (see evaluate). Level-1 names repeat, so each is
 * classified once. Scoring a row keeps nothing of the row's view or result holder, so one of each
 * serves every row.
 */
export class TableScorer {
  readonly table: ScoredTable;
  private readonly view: ParsedIndicator;
  private readonly result: IndicatorScoring;
  private readonly kinds = new Map<string, Level1Kind>();
  private lastLevel1: string | null = null;
  private kind: Level1Kind = 'other';
  /** 评价年度, else the table's own year, looked for once the first deadline without its year comes */
  private readonly deadlineYear: DeadlineYear;
  private yearLookedFor: boolean;

  /** `year` is 基本信息's 评价年度 as written (2022, 2022年度), '' when not given */
  constructor(
    rows: readonly IndicatorRow[],
    private readonly scheme: Scheme,
    private readonly findings: Findings,
    year = '',
  ) {
    const given = readEvaluationYear(year);
    this.deadlineYear = { year: given, source: given === null ? 'none' : 'given' };
    this.yearLookedFor = given !== null;
    const shares = scheme.rescaleNotApplicable ? rows.length : 0;
    this.table = {
      rows,
      indicators: new Array<ScoredIndicator>(rows.length),
      bandScored: new Uint8Array(rows.length),
      shareNumerator: new Float64Array(shares),
      shareDenominator: new Float64Array(shares),
    };
    this.view = { row: rows[0], name: '', comparatorColumn: null, target: BLANK, actual: BLANK, unitColumn: '', points: NO_NUMBER, selfScore: NO_NUMBER };
    this.result = { row: rows[0], indicator: null as unknown as ScoredIndicator, bandScored: false, shareNumerator: 0, shareDenominator: 0 };
  }

  /** The rows of a parsed block. */
  score(parsed: ParsedBlock, from: number, to: number): void {
    const { view, result, scheme, findings, deadlineYear } = this;
    const { rows, indicators, bandScored, shareNumerator, shareDenominator } = this.table;
    const keepShares = scheme.rescaleNotApplicable;
    for (let i = from; i < to; i++) {
      const level1 = rows[i].level1;
      if (level1 !== this.lastLevel1) {
        const known = this.kinds.get(level1);
        if (known === undefined) this.kinds.set(level1, (this.kind = classifyLevel1(level1)));
        else this.kind = known;
        this.lastLevel1 = level1;
      }
      readRow(parsed, i, view);
      if (!this.yearLookedFor && (isYearless(view.target) || isYearless(view.actual))) {
        this.yearLookedFor = true;
        const inferred = inferTableYear(rows);
        if (inferred !== null) {
          deadlineYear.year = inferred;
          deadlineYear.source = 'table';
        }
      }
      const scoring = scoreIndicator(view, this.kind, scheme, findings, result, deadlineYear);
      indicators[i] = scoring.indicator;
      if (scoring.bandScored) bandScored[i] = 1;
      if (keepShares) {
        shareNumerator[i] = scoring.shareNumerator;
        shareDenominator[i] = scoring.shareDenominator;
      }
    }
  }
}

/** The first four-digit number of 评价年度 (2022, 2022年, 2022年度), or null. */
export function readEvaluationYear(text: string): number | null {
  const match = /(?:^|\D)(\d{4})(?!\d)/.exec(text);
  return match ? Number(match[1]) : null;
}

function isYearless(value: ParsedValue): boolean {
  return value.kind === 'deadline' && value.year === null;
}

const BLANK: ParsedValue = { kind: 'blank' };
const NO_NUMBER: NumberCell = { kind: 'blank' };
