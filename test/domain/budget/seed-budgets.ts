import type { LineSpec } from './budget-rows';

type Specs = ReadonlyArray<Omit<LineSpec, 'row'>>;

/**
 * Seed 000 (新洲区工商联 2019), 二、(一): 支出总额 222.48 = 基本支出 189.4 + 项目支出 33.08;
 * 基本支出 = 人员经费 169.58 + 日常公用经费 19.82; 三公经费 0.38 (与上年基本持平, no figure given);
 * 项目支出 年初预算数 24.36, 执行数 33.08, 执行率 135.8%. The report gives no 全年预算数 for any line.
 */
export const SEED_000_BUDGET: Specs = [
  { category: 'total', name: '支出总额', executed: 222.48 },
  { category: 'basic', executed: 189.4 },
  { category: 'personnel', executed: 169.58 },
  { category: 'publicUse', executed: 19.82 },
  { category: 'project', initial: 24.36, executed: 33.08 },
  { category: 'threePublic', executed: 0.38 },
];

/**
 * Seed 002 (黄埔区工商联 2022), 一、(三): 全年预算数 1,291.73, 执行数 1,288.38, 完成预算的 99.7%;
 * 一般公共预算财政拨款支出 1,288.38, 其他资金支出 0; 基本支出 815.05, 项目支出 473.33. Figures are
 * typed as a finance officer copies them from the report, with thousands separators.
 */
export const SEED_002_BUDGET: Specs = [
  { category: 'total', name: '部门整体支出', adjusted: '1,291.73', executed: '1,288.38' },
  { category: 'basic', executed: 815.05 },
  { category: 'project', executed: 473.33 },
  { category: 'fiscal', name: '一般公共预算财政拨款', executed: '1,288.38' },
  { category: 'otherFunds', executed: 0 },
];
