import Big from 'big.js';
import type { Warning } from '../../model';
import { createWarning } from '../../warnings/catalogue';
import { hasNote, locationOf, noteParams, type BudgetLine } from '../budget-line';

/** 年初预算数 ≠ 全年预算数 with nothing in 说明: an in-year adjustment the report must explain. */
export function checkAdjustment(line: BudgetLine): Warning[] {
  const { initial, adjusted } = line.figures;
  // equal figures have equal decimals (see numbers/compare): then there is nothing to explain
  if (initial === null || adjusted === null || adjusted === initial || hasNote(line)) return [];
  const difference = new Big(adjusted).minus(initial);
  return [createWarning('ADJUSTMENT_UNEXPLAINED', locationOf(line.row, 'adjusted'), { line: line.name, initial, adjusted, difference: difference.toNumber(), ...noteParams(line) })];
}
