import Big from 'big.js';
import type { Warning } from '../../model';
import { createWarning } from '../../warnings/catalogue';
import { hasNote, locationOf, noteParams, type BudgetLine } from '../budget-line';

/** 三公经费 spent above 上年执行数 (where given); info rather than warning when 说明 explains it. */
export function checkThreePublic(line: BudgetLine): Warning[] {
  const { executed, lastYear } = line.figures;
  // figures compare as their decimals do (see numbers/compare)
  if (line.row.category !== 'threePublic' || executed === null || lastYear === null || !(executed > lastYear)) return [];
  const increase = new Big(executed).minus(lastYear);
  const params = { line: line.name, executed, lastYear, increase: increase.toNumber(), note: line.row.note.trim(), ...noteParams(line) };
  return [createWarning('THREE_PUBLIC_UP', locationOf(line.row, 'executed'), params, hasNote(line) ? 'info' : undefined)];
}
