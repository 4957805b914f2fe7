import type { IndicatorField } from '../model';
import { trimmed } from '../parsing/normalise-text';
import { alignUnits, canonicalUnit, type Amount, type Interpretation, type UnitAlignment } from './unit-alignment';

/** A VALUE_INTERPRETED finding an alignment calls for, its texts written once. */
export interface AlignmentNote {
  field: IndicatorField;
  what: Interpretation;
  /** the value as typed ("0.95") and as read ("95%") */
  from: string;
  to: string;
}

export interface AlignedPair {
  alignment: UnitAlignment;
  notes: readonly AlignmentNote[];
  /**
   * The units to show, as the user spelt them: the alignment's units are canonical (个工作日 → 工作日,
   * 名 → 人), fit for comparing but not for quoting back in a report or a message.
   */
  shown: { target: string; actual: string };
}

const INTERPRETED_FIELD: Record<Interpretation, IndicatorField> = {
  bareActualAsPercent: 'actual',
  fractionActualAsPercent: 'actual',
  bareTargetAsPercent: 'target',
  fractionTargetAsPercent: 'target',
};

/**
 * Rows share their parsed values (see TableParser), and a table pairs the same target with the same
 * actual and 度量单位 row after row: each pair is aligned once and its alignment, a pure function of the
 * three, shared. Weakly held, so an entry lives no longer than the values it is about.
 */
const PAIRS = new WeakMap<Amount, WeakMap<Amount, Map<string, AlignedPair>>>();

export function alignedPair(target: Amount, actual: Amount, unitColumn: string): AlignedPair {
  let byActual = PAIRS.get(target);
  if (byActual === undefined) PAIRS.set(target, (byActual = new WeakMap()));
  let byColumn = byActual.get(actual);
  if (byColumn === undefined) byActual.set(actual, (byColumn = new Map()));
  let pair = byColumn.get(unitColumn);
  if (pair === undefined) byColumn.set(unitColumn, (pair = align(target, actual, unitColumn)));
  return pair;
}

function align(target: Amount, actual: Amount, unitColumn: string): AlignedPair {
  const alignment = alignUnits(target, actual, unitColumn);
  if (alignment.kind === 'incompatible') {
    const shown = { target: shownUnit(alignment.targetUnit, target.unit, unitColumn, actual.unit), actual: shownUnit(alignment.actualUnit, actual.unit, unitColumn, target.unit) };
    return { alignment, notes: [], shown };
  }
  const shown = {
    target: shownUnit(alignment.target.unit, target.unit, unitColumn, actual.unit),
    actual: shownUnit(alignment.actual.unit, actual.unit, unitColumn, target.unit),
  };
  const notes = alignment.interpretations.map((what): AlignmentNote => {
    const field = INTERPRETED_FIELD[what];
    const before = field === 'actual' ? actual : target;
    const after = field === 'actual' ? alignment.actual : alignment.target;
    return { field, what, from: `${before.value}${before.unit}`, to: `${after.value}${after.unit}` };
  });
  return { alignment, notes, shown };
}

/**
 * A canonical unit as the user wrote it: on the value itself, else in 度量单位 (a bare number takes the
 * column's unit), else on the other value; the canonical spelling only when none of them has it.
 */
function shownUnit(canonical: string, own: string, column: string, other: string): string {
  if (canonical === '') return '';
  if (own !== '' && canonicalUnit(own) === canonical) return trimmed(own);
  if (column !== '' && canonicalUnit(column) === canonical) return trimmed(column);
  if (other !== '' && canonicalUnit(other) === canonical) return trimmed(other);
  return canonical;
}
