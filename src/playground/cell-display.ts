/** How the playground grid shows a cell: a small subset of Excel's number formats, enough for the add-in's. */
import type { CellError, CellScalar } from '../domain/model';
import { isCellError } from '../domain/model';

export function displayCell(value: CellScalar | CellError, numberFormat: string | undefined): string {
  if (value === null) return '';
  if (isCellError(value)) return value.error;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'string') return value;
  return displayNumber(value, numberFormat ?? 'General');
}

function displayNumber(value: number, numberFormat: string): string {
  // Only the first section of a format applies to the positive and negative numbers shown here.
  const section = numberFormat.split(';')[0];
  if (section === 'General' || section === '@' || section === '') return generalNumber(value);
  const decimals = (/\.(0+)/.exec(section)?.[1] ?? '').length;
  const grouped = section.includes(',');
  if (section.includes('%')) return `${fixed(value * 100, decimals, grouped)}%`;
  if (/[0#]/.test(section)) return fixed(value, decimals, grouped);
  return generalNumber(value);
}

function fixed(value: number, decimals: number, grouped: boolean): string {
  const text = value.toFixed(decimals);
  if (!grouped) return text;
  const [whole, fraction] = text.split('.');
  const withSeparators = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return fraction === undefined ? withSeparators : `${withSeparators}.${fraction}`;
}

/** Excel's General format shows at most 11 significant characters; binary noise (0.1 + 0.2) is hidden. */
function generalNumber(value: number): string {
  return String(Number(value.toPrecision(11)));
}
