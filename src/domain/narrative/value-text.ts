import type { Comparator, ParsedValue, ScoredIndicator } from '../model';
import { formatQuantity } from './figures';

const COMPARATOR_SIGN: Record<Comparator, string> = { gte: '≥', gt: '>', lte: '≤', lt: '<', eq: '=' };

/**
 * A target or an actual value as the report prints it: "≥4 场", "91%", "17,905 人次", or a label
 * ("达成年度指标") as typed. null for a blank cell, which the sentence then says is not filled in.
 */
export function valueText(value: ParsedValue, comparator: Comparator | null = null): string | null {
  switch (value.kind) {
    case 'quantity': {
      const sign = value.comparator ?? comparator;
      const unit = value.unit === '' ? '' : value.unit === '%' ? '%' : ` ${value.unit}`;
      return `${sign !== null ? COMPARATOR_SIGN[sign] : ''}${formatQuantity(value.value)}${unit}`;
    }
    case 'qualitative':
    case 'yesNo':
      return value.label;
    case 'deadline':
      return value.text;
    case 'notApplicable':
    case 'placeholder':
    case 'unreadable':
      return value.text;
    case 'blank':
      return null;
  }
}

export function targetText(indicator: ScoredIndicator): string | null {
  const comparator = indicator.comparator !== null && indicator.comparator !== 'qualitative' ? indicator.comparator : null;
  return valueText(indicator.target, comparator);
}

export function actualText(indicator: ScoredIndicator): string | null {
  return valueText(indicator.actual);
}

/** a row judged on 达成 / 部分达成 / 未达成 or 是 / 否 rather than on figures */
export function isQualitative(indicator: ScoredIndicator): boolean {
  const kinds = [indicator.target.kind, indicator.actual.kind];
  return indicator.comparator === 'qualitative' || kinds.includes('qualitative') || kinds.includes('yesNo');
}
