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
  | 'deadlineFromText'; // 12月底前

export type UnreadableReason =
  | 'errorValue' // #N/A, #DIV/0! …
  | 'noNumber' // text with no number and no known label
  | 'severalNumbers' // "90-95%" or "3个或4个": ambiguous
  | 'unknownUnit'
  | 'invalidNumber'; // NaN, Infinity

export type ParsedValue =
  /** A number with its unit. Percentages are in percentage points: 95% → value 95, unit "%". */
  | {
      kind: 'quantity';
      value: number;
      unit: string;
      comparator: Comparator | null;
      notes: ParseNote[];
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
