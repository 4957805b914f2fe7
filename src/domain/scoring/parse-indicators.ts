import type { Comparator, IndicatorRow, ParsedValue, RawCell } from '../model';
import { isCellError } from '../model';
import { lookUpLabel } from '../parsing/labels';
import { normaliseText, trimmed } from '../parsing/normalise-text';
import { parseAmount } from '../parsing/parse-amount';
import { parseComparator } from '../parsing/parse-comparator';
import { parseValue } from '../parsing/parse-value';
import { classifyNumberFormat } from '../parsing/number-format';
import { plainDecimal } from '../parsing/format-value';
import { scanQuantity } from '../parsing/quantity';
import { shiftDecimal } from './unit-alignment';
import type { NumberCell, ParsedBlock } from './parsed-indicator';

const BLANK: NumberCell = { kind: 'blank' };

/**
 * The parse stage: every cell of every row read, nothing judged yet, a block of rows at a time (see
 * evaluate). A table repeats its cells (the same 目标 "≥95%", 指标性质 "正向", 分值 5 on row after row),
 * and reading is a pure function of the cell, so each distinct cell is read once and its value shared
 * by the rows that hold it; the values are never changed afterwards (scoring makes a new value where it
 * reinterprets one).
 */
export class TableParser {
  /** the block parsed last */
  readonly block: ParsedBlock;
  private readonly reader = new CellReader();

  constructor(rows: readonly IndicatorRow[], blockRows: number) {
    const size = Math.min(rows.length, blockRows);
    this.block = {
      rows,
      first: 0,
      name: new Array(size),
      comparatorColumn: new Array(size),
      target: new Array(size),
      actual: new Array(size),
      unitColumn: new Array(size),
      points: new Array(size),
      selfScore: new Array(size),
    };
  }

  /** Rows from … to − 1, at most blockRows of them, replacing the previous block. */
  parse(from: number, to: number): void {
    const { block, reader } = this;
    const rows = block.rows;
    block.first = from;
    for (let i = from; i < to; i++) {
      const row = rows[i];
      const k = i - from;
      block.name[k] = trimmed(row.level3);
      block.comparatorColumn[k] = reader.comparator(row.comparator);
      block.target[k] = reader.value(row.target);
      block.actual[k] = reader.value(row.actual);
      block.unitColumn[k] = cellText(row.unit);
      block.points[k] = reader.numberCell(row.points);
      block.selfScore[k] = row.selfScore ? reader.numberCell(row.selfScore) : BLANK;
    }
  }
}

/** parseValue, parseComparator and readNumberCell, remembered by the cell's contents for one table. */
class CellReader {
  private readonly texts = new Map<string, ParsedValue>();
  /** by number format, then by number: the format decides whether 0.95 reads as 95% or 0.95 */
  private readonly numbers = new Map<string, Map<number, ParsedValue>>();
  private readonly comparators = new Map<string, Comparator | 'qualitative' | null>();
  private readonly textNumberCells = new Map<string, NumberCell>();

  value(raw: RawCell): ParsedValue {
    const value = raw?.value;
    if (typeof value === 'string') {
      let parsed = this.texts.get(value);
      if (parsed === undefined) this.texts.set(value, (parsed = parseValue(raw)));
      return parsed;
    }
    if (typeof value === 'number') {
      const format = raw.numberFormat ?? '';
      let byNumber = this.numbers.get(format);
      if (byNumber === undefined) this.numbers.set(format, (byNumber = new Map()));
      // Map keys are compared as SameValueZero: -0 is 0 and NaN is NaN, as parseValue reads them too
      let parsed = byNumber.get(value);
      if (parsed === undefined) byNumber.set(value, (parsed = parseValue(raw)));
      return parsed;
    }
    return parseValue(raw);
  }

  comparator(raw: RawCell | null): Comparator | 'qualitative' | null {
    const value = raw?.value;
    if (typeof value !== 'string') return null;
    let comparator = this.comparators.get(value);
    if (comparator === undefined) this.comparators.set(value, (comparator = parseComparator(raw)));
    return comparator;
  }

  numberCell(cell: RawCell): NumberCell {
    const value = cell.value;
    // A number is read at once (and its reading lives only as long as its block); text is parsed, once.
    if (typeof value !== 'string') return readNumberCell(cell);
    let read = this.textNumberCells.get(value);
    if (read === undefined) this.textNumberCells.set(value, (read = readNumberCell(cell)));
    return read;
  }
}

/** Points and 自评得分 are plain numbers; most cells hold one already, so the parser is the fallback. */
export function readNumberCell(cell: RawCell): NumberCell {
  const value = cell.value;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return { kind: 'invalid', text: String(value) };
    if (classifyNumberFormat(cell.numberFormat) === 'percent') return { kind: 'share', fraction: value, raw: value, text: `${plainDecimal(shiftDecimal(value, 2))}%` };
    return { kind: 'number', value };
  }
  if (value === null) return BLANK;
  if (isCellError(value)) return { kind: 'invalid', text: value.error };
  if (typeof value === 'boolean') return { kind: 'invalid', text: value ? 'TRUE' : 'FALSE' };
  const text = value.trim();
  if (text === '') return BLANK;
  if (text === '*' || text === '＊') return { kind: 'placeholder', text };
  const amount = parseAmount(cell);
  if (amount.ok) return { kind: 'number', value: amount.value };
  const normalised = normaliseText(text);
  if (normalised.endsWith('%')) {
    const scan = scanQuantity(normalised);
    if (scan.ok && scan.unit === '%' && scan.comparator === null && scan.ignored === '') return { kind: 'share', fraction: shiftDecimal(scan.value, -2), raw: null, text };
  }
  return lookUpLabel(normalised)?.kind === 'notApplicable' ? { kind: 'notApplicable', text } : { kind: 'invalid', text };
}

function cellText(cell: RawCell | null): string {
  if (!cell) return '';
  const value = cell.value;
  if (typeof value === 'string') return trimmed(value);
  if (typeof value === 'number') return String(value);
  return '';
}
