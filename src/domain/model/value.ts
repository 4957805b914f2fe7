/**
 * A cell value as the engine understands it. The parser never throws: what it cannot read is an
 * `unreadable` value with a precise reason, and every interpretation it made is listed in `notes`.
 */

/** 指标性质: ≥ > ≤ < = */
export type Comparator = 'gte' | 'gt' | 'lte' | 'lt' | 'eq';

/** 达成 / 部分达成 / 未达成 */
export type QualitativeLevel = 'achieved' | 'partial' | 'notAchieved';

/** Interpretations the parser made on its own; each becomes a visible info warning where it matters. */
export type ParseNote =
  | 'fullWidthNormalised' // １００％ → 100%
  | 'thousandsSeparator' // 1,029.2
  | 'operatorWord' // 不低于 → ≥
  | 'percentFromNumberFormat' // 0.95 with a % format → 95%
  | 'chineseNumeral' // 两场 → 2场
  | 'deadlineFromText'; // 12月底前

export type UnreadableReason =
  | 'errorValue' // #N/A, #DIV/0! …
  | 'noNumber' // text with no number and no known label
  | 'severalNumbers' // "90-95%" or "3个或4个": ambiguous
  | 'unknownUnit'
  | 'invalidNumber' // NaN, Infinity
  | 'textBeforeNumber' // 满意度≥95%: words before the number that are not a direction
  | 'textAfterNumber' // 95%不到, 96%(: words after the value that cannot be left out safely
  | 'approximate' // 约95%, 95%左右: a hedge where a figure belongs
  | 'unclearDate' // 12月前, 12月中旬, 次年1月10日: a time that names no one date
  | 'conflictingDirection'; // ≥95%以下, >95%（含）: two directions that contradict each other

export type ParsedValue =
  /** A number with its unit. Percentages are in percentage points: 95% → value 95, unit "%". */
  | {
      kind: 'quantity';
      value: number;
      unit: string;
      comparator: Comparator | null;
      notes: ParseNote[];
      /**
       * Text after the value that was left out of it (满意度 in ≥95%满意度, （抽样调查）): an
       * interpretation the scorer shows the user. Absent when the whole cell was read.
       */
      ignoredText?: string;
    }
  | { kind: 'qualitative'; level: QualitativeLevel; label: string }
  | { kind: 'yesNo'; value: boolean; label: string }
  /**
   * A date or a time target such as 12月底前 / 2022年12月31日前: the year when the cell has one (a date
   * serial, or one written), month 1–12, day when given (end of month otherwise).
   */
  | { kind: 'deadline'; year: number | null; month: number; day: number | null; comparator: Comparator | null; text: string }
  /** "/", "—", "不适用", "无": the indicator does not apply. */
  | { kind: 'notApplicable'; text: string }
  /** "*": left to be filled in. */
  | { kind: 'placeholder'; text: string }
  | { kind: 'blank' }
  | { kind: 'unreadable'; text: string; reason: UnreadableReason };

export type ParsedKind = ParsedValue['kind'];
