import Big from 'big.js';
import type { Warning } from '../../model';
import { createWarning } from '../../warnings/catalogue';
import { hasNote, locationOf, type BudgetLine } from '../budget-line';

/** 年初预算数 ≠ 全年预算数 with nothing in 说明: an in-year adjustment the report must explain. */
export function checkAdjustment(line: BudgetLine): Warning[] {
  const { initial, adjusted } = line.figures;
  if (initial === null || adjusted === null || hasNote(line)) return [];
  const difference = new Big(adjusted).minus(initial);
  if (difference.eq(0)) return [];
  return [createWarning('ADJUSTMENT_UNEXPLAINED', locationOf(line.row, 'adjusted'), { line: line.name, initial, adjusted, difference: difference.toNumber() })];
}
