import Big from 'big.js';
import type { WarningParams, WarningSpecs } from '../catalogue';

/**
 * Budget warnings (预算执行 sheet). Each message names the line as the table does and quotes its
 * figures as the seeds write them (1,288.38 万元, 135.8%). The params listed for each code are what the
 * narrative can reuse: amounts in 万元 and rates as exact ratios (1.358 = 135.8%), never pre-rounded.
 */

/**
 * where the reason goes: the 说明 column, named by its header where that is another word (noteHeader:
 * 备注), or one to add where the table has none (noteColumn 0)
 */
function zhExplain(p: WarningParams): string {
  return p.noteColumn === 0 ? '请在本表加一列“说明”，写明' : `请在“${noteHeader(p) ?? '说明'}”中写明`;
}

function enExplain(p: WarningParams): string {
  const header = noteHeader(p);
  return p.noteColumn === 0 ? 'please add a note column (说明) to this table and give the reason there' : `please give the reason in the note column${header ? ` (${header})` : ''}`;
}

function noteHeader(p: WarningParams): string | null {
  return typeof p.noteHeader === 'string' && p.noteHeader !== '' ? p.noteHeader : null;
}

const ZH_FIELD: Record<string, string> = {
  initial: '年初预算数',
  adjusted: '全年预算数',
  executed: '全年执行数',
  points: '分值',
  lastYear: '上年执行数',
};

const EN_FIELD: Record<string, string> = {
  initial: 'initial budget',
  adjusted: 'full-year budget',
  executed: 'amount spent',
  points: 'points',
  lastYear: "last year's spending",
};

const ZH_REASON: Record<string, string> = {
  errorValue: '是错误值',
  noNumber: '没有可识别的数字',
  severalNumbers: '包含多个数字，无法确定取哪一个',
  unknownUnit: '单位无法识别（金额应以万元填写）',
  yuanUnit: '不是以万元为单位（金额应以万元填写，1 万元 = 10,000 元，请换算后填写）',
  approximate: '是估计数（含“约”“左右”等字样），请填写账面的准确金额（万元）',
  invalidNumber: '不是有效数字',
  textBeforeNumber: '的数字前有其他文字，请只填写金额（万元）',
  textAfterNumber: '的数字后有其他文字，请只填写金额（万元），说明可写在说明栏',
  unclearDate: '不是金额',
  conflictingDirection: '不是金额（含“≥”“以下”等方向）',
  negativePoints: '不能为负数',
  aboveTotal: '大于总分',
};

const EN_REASON: Record<string, string> = {
  errorValue: 'is an error value',
  noNumber: 'holds no number that can be read',
  severalNumbers: 'holds several numbers, so it is unclear which one counts',
  unknownUnit: 'has a unit that cannot be read (amounts are in 10k yuan)',
  yuanUnit: 'is not in 10k yuan (amounts are in 10k yuan: 10,000 yuan = 1; please convert it)',
  approximate: 'is an estimate ("约", "左右"…); please enter the exact amount from the accounts (10k yuan)',
  invalidNumber: 'is not a valid number',
  textBeforeNumber: 'has other words before the number; please enter only the amount (10k yuan)',
  textAfterNumber: 'has other words after the number; please enter only the amount (10k yuan) and put remarks in the notes column',
  unclearDate: 'is not an amount',
  conflictingDirection: 'is not an amount (it states a direction such as “≥” or “以下”)',
  negativePoints: 'cannot be negative',
  aboveTotal: 'is more than the total of all points',
};

const ZH_CONVERSION: Record<string, string> = { 元: '除以 10,000，保留两位小数', 千元: '除以 10，保留两位小数', 亿元: '乘以 10,000' };
const EN_CONVERSION: Record<string, string> = { 元: 'divided by 10,000, to two decimals', 千元: 'divided by 10, to two decimals', 亿元: 'multiplied by 10,000' };
const EN_UNIT: Record<string, string> = { 元: 'yuan', 千元: 'thousand yuan', 亿元: '100 million yuan' };

// A message must never throw, whatever the params hold.
const isFiniteNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

/** 1288.38 → "1,288.38": the figure as typed, with thousands separators. */
function amount(value: unknown): string {
  if (!isFiniteNumber(value)) return String(value);
  const text = new Big(value).toFixed();
  const [whole, fraction] = text.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return fraction === undefined ? grouped : `${grouped}.${fraction}`;
}

/**
 * 1.35796 → "135.8%": one decimal, half up, as the seeds print rates; more decimals only where one
 * would show 100.0% for a rate that is not 100% (100.01 of 100 → "100.01%"), or would reach the
 * threshold `below` a rate is said to be under (89.99 of 100 below 90% → "89.99%", not "90.0%").
 */
function percent(ratio: unknown, below?: unknown): string {
  if (!isFiniteNumber(ratio)) return String(ratio);
  const points = new Big(ratio).times(100);
  const limit = isFiniteNumber(below) && points.lt(new Big(below).times(100)) ? new Big(below).times(100) : null;
  for (let decimals = 1; decimals < 6; decimals += 1) {
    const shown = points.round(decimals, Big.roundHalfUp);
    const readsAs100 = shown.eq(100) && !points.eq(100);
    const readsAsLimit = limit !== null && shown.gte(limit);
    if (!readsAs100 && !readsAsLimit) return `${shown.toFixed(decimals)}%`;
  }
  return `${points.toFixed()}%`;
}

/** a threshold from the scheme (0.9 → "90%"), shown without trailing zeros */
function threshold(ratio: unknown): string {
  if (!isFiniteNumber(ratio)) return String(ratio);
  return `${new Big(ratio).times(100).toFixed()}%`;
}

const line = (p: WarningParams) => `「${p.line}」`;
const enLine = (p: WarningParams) => `"${p.line}"`;
const hasNote = (p: WarningParams) => String(p.note ?? '') !== '';
const zhBase = (p: WarningParams) => (p.base === 'initial' ? '年初预算数' : '全年预算数');
const enBase = (p: WarningParams) => (p.base === 'initial' ? 'initial budget' : 'full-year budget');

function zhUnreadable(p: WarningParams): string {
  switch (p.reason) {
    case 'missingForScore':
      return (
        (p.budget !== undefined
          ? `${line(p)}填写了分值，但全年预算数为 ${amount(p.budget)} 万元，无法计算预算执行率得分，暂按 0 分计`
          : `${line(p)}填写了分值，但缺少${p.field === 'executed' ? (p.noBudget !== undefined ? '全年预算数和全年执行数' : '全年执行数') : '全年预算数'}，无法计算预算执行率得分，暂按 0 分计`) +
        (p.initial !== undefined && p.field === 'adjusted' ? `：得分以全年预算数为分母，不以年初预算数 ${amount(p.initial)} 万元计算，请填写全年预算数。` : '。')
      );
    case 'executedBlank':
      return `${line(p)}有${zhBase(p)} ${amount(p.budget)} 万元，但全年执行数为空，无法计算执行率：请填写全年执行数（未支出的填 0）。`;
    case 'unscoredWithoutFullYear':
      return `${line(p)}缺少全年预算数，预算执行率未计分：得分以全年预算数为分母，不以年初预算数 ${amount(p.initial)} 万元计算，请填写全年预算数。`;
    case 'spentWithoutBudget':
      return `${line(p)}的${ZH_FIELD[String(p.field)] ?? p.field}为 ${amount(p.budget)} 万元，却执行了 ${amount(p.executed)} 万元，无法计算执行率：请核对预算数是否漏填或填错，或检查是否无预算支出。`;
    case 'unknownCategory':
      return `${line(p)}的类别“${p.text}”无法识别，应为合计、基本支出、人员经费、日常公用经费、项目支出、三公经费、财政拨款、上年结转、其他资金或任务；该行不参与各项金额的合计与核对。`;
    default:
      return `${line(p)}的${ZH_FIELD[String(p.field)] ?? p.field}“${p.text}”${ZH_REASON[String(p.reason)] ?? '无法识别'}，该数未计入。`;
  }
}

function enUnreadable(p: WarningParams): string {
  switch (p.reason) {
    case 'missingForScore':
      return (
        (p.budget !== undefined
          ? `${enLine(p)} has points but a full-year budget of ${amount(p.budget)}, so its execution score cannot be computed and counts as 0`
          : `${enLine(p)} has points but no ${p.field === 'executed' ? (p.noBudget !== undefined ? 'full-year budget and no amount spent' : 'amount spent') : 'full-year budget'}, so its execution score cannot be computed and counts as 0`) +
        (p.initial !== undefined && p.field === 'adjusted' ? `: the score is computed on the full-year budget, not on the initial budget of ${amount(p.initial)} (10k yuan); please fill in the full-year budget.` : '.')
      );
    case 'executedBlank':
      return `${enLine(p)} has a ${enBase(p)} of ${amount(p.budget)} (10k yuan) but its amount spent is blank, so it has no execution rate: please fill in the amount spent (0 if nothing was spent).`;
    case 'unscoredWithoutFullYear':
      return `${enLine(p)} has no full-year budget, so budget execution is not scored: the score is computed on the full-year budget, not on the initial budget of ${amount(p.initial)} (10k yuan); please fill in the full-year budget.`;
    case 'spentWithoutBudget':
      return `${enLine(p)} spent ${amount(p.executed)} against a ${EN_FIELD[String(p.field)] ?? p.field} of ${amount(p.budget)} (10k yuan), so it has no execution rate: check whether the budget is missing or wrong, or whether money was spent without a budget.`;
    case 'unknownCategory':
      return `The category "${p.text}" of ${enLine(p)} is not one the table knows (合计, 基本支出, 人员经费, 日常公用经费, 项目支出, 三公经费, 财政拨款, 上年结转, 其他资金, 任务); the line is left out of the totals and their checks.`;
    default:
      return `The ${EN_FIELD[String(p.field)] ?? p.field} of ${enLine(p)}, "${p.text}", ${EN_REASON[String(p.reason)] ?? 'cannot be read'}; it was left out.`;
  }
}

export const budgetWarningSpecs: WarningSpecs = {
  /**
   * A figure of a budget line cannot be read, its 类别 is not a known one (severity lowered to warning:
   * the line is still rate-checked), or the line carrying the points lacks what its score needs.
   * params: line (name), field (initial | adjusted | executed | points | lastYear | category),
   * text (the cell as typed), reason (the parser's UnreadableReason; 'negativePoints' for a 分值 below 0;
   * 'unknownCategory' for a 类别 it does not know; 'missingForScore' when the line with 分值 has no
   * 全年预算数 above 0 or no spending, with budget (its 全年预算数 of 0 or less) or initial (its 年初预算数,
   * when that is all it has); 'spentWithoutBudget', severity warning, when money was spent against a
   * budget of 0 or less (field: the budget column, budget, executed); 'yuanUnit' and 'approximate' for
   * an amount in 元 / 亿元 or hedged with 约 / 左右;
   * 'executedBlank', severity warning, when a line other than the one with 分值 has a budget (base:
   * adjusted | initial, budget) but its 全年执行数 cell is blank;
   * 'unscoredWithoutFullYear', severity warning, when no line has 分值 and the unit's totals have 年初
   * but no 全年, so the default budget points are left out; initial is then the unit's 年初预算数).
   */
  BUDGET_VALUE_UNREADABLE: {
    severity: 'error',
    message: { 'zh-CN': zhUnreadable, 'en-US': enUnreadable },
  },

  /**
   * Execution rate below the scheme's line. Severity warning; lowered to info when 说明 gives a reason
   * (the finding stays visible, the reason the report needs is there).
   * params: line, rate (executed / budget), threshold (scheme.lowExecutionRate), executed, budget,
   * base (adjusted | initial: which budget the rate is on), note (说明, '' when empty), noteColumn (see zhExplain).
   */
  EXECUTION_LOW: {
    severity: 'warning',
    message: {
      'zh-CN': (p) =>
        `${line(p)}预算执行率 ${percent(p.rate, p.threshold)}（执行 ${amount(p.executed)} 万元，${zhBase(p)} ${amount(p.budget)} 万元），低于 ${threshold(p.threshold)}` +
        (hasNote(p) ? `。说明：${p.note}` : `：${zhExplain(p)}原因。`),
      'en-US': (p) =>
        `${enLine(p)} spent ${percent(p.rate, p.threshold)} of its budget (${amount(p.executed)} of ${amount(p.budget)}, ${enBase(p)}, in 10k yuan), below ${threshold(p.threshold)}` +
        (hasNote(p) ? `. Explanation given: ${p.note}` : `: ${enExplain(p)}.`),
    },
  },

  /**
   * Execution rate above 100%: the denominator is probably 年初 rather than 全年 (seed 000's 135.8%),
   * or the line overspent. params: line, rate, executed, budget, base (adjusted | initial).
   */
  EXECUTION_OVER_100: {
    severity: 'warning',
    message: {
      'zh-CN': (p) =>
        p.base === 'initial'
          ? `${line(p)}执行率 ${percent(p.rate)}，超过 100%：该执行率以年初预算数 ${amount(p.budget)} 万元为分母（执行 ${amount(p.executed)} 万元），请填写全年预算数（调整后预算数），或检查是否超预算支出。`
          : `${line(p)}执行率 ${percent(p.rate)}，超过 100%：请检查是否以年初预算数为分母，或是否超预算支出（执行 ${amount(p.executed)} 万元，全年预算数 ${amount(p.budget)} 万元）。`,
      'en-US': (p) =>
        p.base === 'initial'
          ? `${enLine(p)} has an execution rate of ${percent(p.rate)}, above 100%: it is computed on the initial budget of ${amount(p.budget)} (spent ${amount(p.executed)}, 10k yuan); please fill in the full-year (adjusted) budget, or check for overspending.`
          : `${enLine(p)} has an execution rate of ${percent(p.rate)}, above 100%: check whether the initial budget was used as the full-year budget, or whether the line overspent (spent ${amount(p.executed)} of ${amount(p.budget)}, 10k yuan).`,
    },
  },

  /**
   * The table states its amounts in another unit than 万元 (a header 全年预算数（元）, a line
   * 金额单位：元 above it): they were converted. params: unit (元 | 千元 | 亿元), where (sheet!cell of
   * the statement), text (what it reads), more (1 when several columns state it, each in its header).
   */
  AMOUNT_UNIT_CONVERTED: {
    severity: 'info',
    message: {
      'zh-CN': (p) =>
        `预算执行表的金额以${p.unit}为单位（${p.where}“${p.text}”${p.more === 1 ? '等列' : ''}），已换算为万元（${ZH_CONVERSION[String(p.unit)] ?? ''}）后评分和撰写报告。`,
      'en-US': (p) =>
        `The budget table’s amounts are in ${EN_UNIT[String(p.unit)] ?? p.unit} (${p.where} “${p.text}”${p.more === 1 ? ' and its other amount columns' : ''}); they were converted to 10k yuan (${EN_CONVERSION[String(p.unit)] ?? ''}) for scoring and the report.`,
    },
  },

  /**
   * 年初预算数 differs from 全年预算数 and 说明 is empty.
   * params: line, initial, adjusted, difference (adjusted − initial, negative for a cut), noteColumn.
   */
  ADJUSTMENT_UNEXPLAINED: {
    severity: 'info',
    message: {
      'zh-CN': (p) =>
        `${line(p)}年初预算数 ${amount(p.initial)} 万元调整为全年预算数 ${amount(p.adjusted)} 万元（${Number(p.difference) > 0 ? '增加' : '减少'} ${amount(Math.abs(Number(p.difference)))} 万元），${zhExplain(p)}调整原因。`,
      'en-US': (p) =>
        `${enLine(p)} was adjusted from an initial budget of ${amount(p.initial)} to ${amount(p.adjusted)} (10k yuan) with no explanation; ${enExplain(p)}.`,
    },
  },

  /**
   * A whole differs from the sum of its parts by more than scheme.sumTolerance.
   * params: check (basicProject | personnelPublicUse | fundSources), whole (line name), parts (the part
   * lines' names joined with " + "), column (adjusted | executed), wholeValue, partsSum,
   * difference (wholeValue − partsSum), tolerance.
   */
  PARTS_MISMATCH: {
    severity: 'warning',
    message: {
      'zh-CN': (p) =>
        `「${p.whole}」的${ZH_FIELD[String(p.column)] ?? p.column} ${amount(p.wholeValue)} 万元，与 ${p.parts} 之和 ${amount(p.partsSum)} 万元不一致，相差 ${amount(Math.abs(Number(p.difference)))} 万元：请核对各项金额。`,
      'en-US': (p) =>
        `The ${EN_FIELD[String(p.column)] ?? p.column} of "${p.whole}", ${amount(p.wholeValue)}, differs from the sum of ${p.parts}, ${amount(p.partsSum)}, by ${amount(Math.abs(Number(p.difference)))} (10k yuan): please check the figures.`,
    },
  },

  /**
   * 三公经费 spent more than last year. Severity warning; info when 说明 gives a reason.
   * params: line, executed, lastYear, increase (executed − lastYear), note (说明, '' when empty), noteColumn.
   */
  THREE_PUBLIC_UP: {
    severity: 'warning',
    message: {
      'zh-CN': (p) =>
        `${line(p)}执行 ${amount(p.executed)} 万元，比上年 ${amount(p.lastYear)} 万元增加 ${amount(p.increase)} 万元` +
        (hasNote(p) ? `。说明：${p.note}` : `：三公经费应只减不增，${zhExplain(p)}原因。`),
      'en-US': (p) =>
        `${enLine(p)} spent ${amount(p.executed)}, up ${amount(p.increase)} from last year's ${amount(p.lastYear)} (10k yuan)` +
        (hasNote(p) ? `. Explanation given: ${p.note}` : `: official reception, vehicle and travel spending is expected not to grow; ${enExplain(p)}.`),
    },
  },
};
