import Big from 'big.js';
import type { BudgetCategory, Scheme, Warning } from '../../model';
import { exactSum } from '../../numbers/round';
import { createWarning } from '../../warnings/catalogue';
import { exactFigure, linesOf, locationOf, type BudgetLine } from '../budget-line';

export type PartsCheck = 'basicProject' | 'personnelPublicUse' | 'fundSources';

interface PartsRule {
  check: PartsCheck;
  whole: BudgetCategory;
  parts: readonly BudgetCategory[];
  /** a unit lists the fund sources it has; a breakdown line left out says nothing */
  absentPartsCountAsZero: boolean;
}

const PARTS_RULES: readonly PartsRule[] = [
  { check: 'basicProject', whole: 'total', parts: ['basic', 'project'], absentPartsCountAsZero: false },
  { check: 'personnelPublicUse', whole: 'basic', parts: ['personnel', 'publicUse'], absentPartsCountAsZero: false },
  { check: 'fundSources', whole: 'total', parts: ['fiscal', 'carryOver', 'otherFunds'], absentPartsCountAsZero: true },
];

const COLUMNS = ['initial', 'adjusted', 'executed'] as const;

/**
 * 基本 + 项目 = 合计, 人员 + 公用 = 基本, 财政拨款 + 上年结转 + 其他资金 = 合计, on 年初预算数, 全年预算数
 * and 执行数.
 * A rule is checked when the whole and every part are in the table (a table listing 合计 and 项目支出
 * only is not short of 基本支出); for the fund sources one is enough and the others count as 0, since a
 * unit lists the sources it has. A part line whose cell is blank skips that column: nothing can be said
 * about it. A difference up to scheme.sumTolerance passes.
 */
export function checkParts(lines: readonly BudgetLine[], scheme: Scheme): Warning[] {
  const warnings: Warning[] = [];
  for (const rule of PARTS_RULES) {
    const whole = linesOf(lines, rule.whole)[0];
    const parts = rule.parts.flatMap((category) => linesOf(lines, category));
    const present = rule.parts.filter((category) => linesOf(lines, category).length > 0).length;
    if (!whole || present === 0 || (!rule.absentPartsCountAsZero && present < rule.parts.length)) continue;
    for (const column of COLUMNS) {
      // on the figures before any rounding in conversion, and told in them (4.035 against 4.02, 相差
      // 0.015 万元), so that the three agree and a difference just over the tolerance never reads as one
      // within it (0.0101, not a rounded 0.01)
      const wholeValue = exactFigure(whole, column);
      const partValues = parts.map((part) => exactFigure(part, column)).filter((v): v is number => v !== null);
      if (wholeValue === null || partValues.length < parts.length) continue;
      const partsSum = exactSum(partValues);
      const difference = new Big(wholeValue).minus(partsSum);
      if (difference.abs().lte(scheme.sumTolerance)) continue;
      warnings.push(
        createWarning('PARTS_MISMATCH', locationOf(whole.row, column), {
          check: rule.check,
          whole: whole.name,
          parts: parts.map((part) => part.name).join(' + '),
          column,
          wholeValue,
          partsSum,
          difference: difference.toNumber(),
          tolerance: scheme.sumTolerance,
        }),
      );
    }
  }
  return warnings;
}
