import type { WarningParams, WarningSpecs } from '../catalogue';

/**
 * Input, deviation, score, structure and credibility warnings (the budget ones are in budget.ts).
 * Each message names the indicator by its 三级指标 and quotes the figures, in words a finance officer
 * uses; English follows the same facts.
 */

function zhWho(p: WarningParams): string {
  const name = String(p.indicator ?? '');
  return name !== '' ? `指标“${name}”` : `第 ${p.row} 行的指标`;
}

function enWho(p: WarningParams): string {
  const name = String(p.indicator ?? '');
  return name !== '' ? `Indicator “${name}”` : `The indicator on row ${p.row}`;
}

const ZH_FIELD: Record<string, string> = {
  points: '分值',
  selfScore: '自评得分',
  target: '年度指标值',
  actual: '实际完成值',
};

const EN_FIELD: Record<string, string> = {
  points: 'points',
  selfScore: 'self-score',
  target: 'target',
  actual: 'actual value',
};

const ZH_PROBLEM: Record<string, string> = {
  blank: '未填写',
  errorValue: '是错误值',
  noNumber: '没有可识别的数值或等级',
  severalNumbers: '包含多个数值，无法确定取哪一个',
  unknownUnit: '单位无法识别',
  invalidNumber: '不是有效数字',
  textBeforeNumber: '的数值前有其他文字，请只填写方向、数值和单位（如“≥95%”），说明可写在偏差原因栏',
  textAfterNumber: '的数值后有无法识别的文字，请只填写方向、数值和单位（如“≥95%”），说明可写在偏差原因栏',
  approximate: '是估计数（含“约”“左右”等字样），请填写确切的数值',
  unclearDate: '不是明确的日期，请写成“12月31日前”“2024年1月10日”等形式',
  conflictingDirection: '中的方向前后矛盾（如“≥”与“以下”、“>”与“（含）”），请只保留一种',
  notNumber: '不是数字',
  notPositive: '必须大于 0',
  aboveTotal: '大于总分',
  negative: '不能为负数',
  kindMismatch: '与年度指标值的类型不一致，无法比较',
};

const EN_PROBLEM: Record<string, string> = {
  blank: 'is empty',
  errorValue: 'is an error value',
  noNumber: 'holds no number or level that can be read',
  severalNumbers: 'holds several numbers, so it is unclear which one counts',
  unknownUnit: 'has a unit that cannot be read',
  invalidNumber: 'is not a valid number',
  textBeforeNumber: 'has other words before the number; please enter only the direction, number and unit (such as “≥95%”) and put remarks in the reason column',
  textAfterNumber: 'has words after the value that cannot be read; please enter only the direction, number and unit (such as “≥95%”) and put remarks in the reason column',
  approximate: 'is an estimate (“约”, “左右”…); please enter the exact figure',
  unclearDate: 'is not a definite date; please write it as “12月31日前” or “2024年1月10日”',
  conflictingDirection: 'states two directions that contradict each other (such as “≥” with “以下”, or “>” with “（含）”); please keep one',
  notNumber: 'is not a number',
  notPositive: 'must be greater than 0',
  aboveTotal: 'is more than the total of all points',
  negative: 'cannot be negative',
  kindMismatch: 'is of a different kind than the target and cannot be compared with it',
};

function quoted(text: unknown): string {
  const value = String(text ?? '');
  return value === '' ? '' : `“${value}”`;
}

const ZH_INTERPRETED: Record<string, (p: WarningParams) => string> = {
  comparatorDefault: (p) => `${zhNoDirection(p)}，已按“≥”（越高越好）计分`,
  comparatorCostDefault: (p) => `为成本指标，${zhNoDirection(p)}，已按“≤”（越低越好）计分`,
  comparatorZeroTarget: (p) => `年度指标值为 0，${zhNoDirection(p)}，已按“=”计分（实际完成值须为 0）`,
  comparatorContradicted: (p) => `指标性质“${p.from}”与年度指标值“${p.to}”自带的方向相反，已按指标性质“${p.sign}”计分，请核实哪一个有误`,
  bareActualAsPercent: (p) => `实际完成值 ${p.from} 未带单位，年度指标值为百分比，已按 ${p.to} 计分`,
  fractionActualAsPercent: (p) => `实际完成值 ${p.from} 看作比例，已按 ${p.to} 计分`,
  bareTargetAsPercent: (p) => `年度指标值 ${p.from} 未带单位，实际完成值为百分比，已按 ${p.to} 计分`,
  fractionTargetAsPercent: (p) => `年度指标值 ${p.from} 看作比例，已按 ${p.to} 计分`,
  negativeActual: (p) => `实际完成值 ${p.from} 为负数，已按 0 计分`,
  qualitativeActual: (p) => `年度指标值为数值，实际完成值为等级“${p.to}”，已按定性指标的分档计分`,
  yesNoAsLevel: (p) => `实际完成值“${p.from}”已按“${p.to}”计分`,
  actualRestatesTarget: (p) => `实际完成值与年度指标值相同（“${p.from}”），已按“${p.to}”计分`,
  actualReachesTarget: (p) => `实际完成值“${p.from}”即年度指标值“${p.target}”已达到，已按“${p.to}”计分`,
  actualPartlyReachesTarget: (p) => `实际完成值“${p.from}”即年度指标值“${p.target}”部分达到，已按“${p.to}”计分`,
  actualMissesTarget: (p) => `实际完成值“${p.from}”即年度指标值“${p.target}”未达到，已按“${p.to}”计分`,
  noneAsNo: () => '年度指标值为“有/是”，实际完成值“无”已按“否”计分，未作不适用处理',
  deadlineYearFromTable: (p) => `未填评价年度，“${p.from}”未写年份，已按表中日期所在的 ${p.to} 年计`,
  deadlineMonthDayOnly: (p) => `未填评价年度，表中也看不出年份，“${p.from}”未写年份，仅按月、日与“${p.to}”比较；跨年度的日期请在基本信息中填写评价年度后核实`,
  noneTargetAsNo: () => '年度指标值“无”已按“否”（不应发生）计分，实际完成值为“无”或“否”即达成，未作不适用处理',
  noneAsZero: (p) => `年度指标值为数值，实际完成值“无”已按 ${p.to} 计分，未作不适用处理`,
  noneAsZeroTarget: (p) => `实际完成值为数值，年度指标值“无”已按 ${p.to} 计分，未作不适用处理`,
  pointsFromPercent: (p) => `分值“${p.from}”为百分比，已按总分 ${p.total} 分的 ${p.from} 计为 ${p.to} 分`,
  targetTextIgnored: (p) => `年度指标值中数值后的“${p.from}”不是单位，已忽略，按“${p.to}”计分`,
  actualTextIgnored: (p) => `实际完成值中数值后的“${p.from}”不是单位，已忽略，按“${p.to}”计分`,
  targetNumeral: (p) => `年度指标值“${p.from}”用中文数字书写，已按“${p.to}”计分`,
  actualNumeral: (p) => `实际完成值“${p.from}”用中文数字书写，已按“${p.to}”计分`,
};

const EN_INTERPRETED: Record<string, (p: WarningParams) => string> = {
  comparatorDefault: (p) => `${enNoDirection(p, 'has')}; it was scored as “≥” (higher is better)`,
  comparatorCostDefault: (p) => `is a cost indicator ${enNoDirection(p, 'with')}; it was scored as “≤” (lower is better)`,
  comparatorZeroTarget: (p) => `has a target of 0 and ${enNoDirection(p, 'has')}; it was scored as “=” (the actual must be 0)`,
  comparatorContradicted: (p) => `has the direction “${p.from}” while its target “${p.to}” says the opposite; it was scored by the direction column (“${p.sign}”): please check which one is wrong`,
  bareActualAsPercent: (p) => `has an actual value ${p.from} without a unit beside a percentage target; it was scored as ${p.to}`,
  fractionActualAsPercent: (p) => `has an actual value ${p.from} read as a share; it was scored as ${p.to}`,
  bareTargetAsPercent: (p) => `has a target ${p.from} without a unit beside a percentage actual; it was scored as ${p.to}`,
  fractionTargetAsPercent: (p) => `has a target ${p.from} read as a share; it was scored as ${p.to}`,
  negativeActual: (p) => `has a negative actual value ${p.from}; it was scored as 0`,
  qualitativeActual: (p) => `has a numeric target but the level “${p.to}” as its actual; it was scored on the qualitative bands`,
  yesNoAsLevel: (p) => `has the actual “${p.from}”, scored as “${p.to}”`,
  actualRestatesTarget: (p) => `has an actual value that repeats its target word for word (“${p.from}”); it was scored as “${p.to}” (achieved)`,
  actualReachesTarget: (p) => `has the actual value “${p.from}”, its target “${p.target}” reached; it was scored as “${p.to}” (achieved)`,
  actualPartlyReachesTarget: (p) => `has the actual value “${p.from}”, its target “${p.target}” partly reached; it was scored as “${p.to}” (partly achieved)`,
  actualMissesTarget: (p) => `has the actual value “${p.from}”, its target “${p.target}” not reached; it was scored as “${p.to}” (not achieved)`,
  noneAsNo: () => 'expects “有/是” and the actual “无” was scored as “否” (no), not as not applicable',
  deadlineYearFromTable: (p) => `has “${p.from}” without a year and no evaluation year (评价年度) is given; it was placed in ${p.to}, the year the table's dates point to`,
  deadlineMonthDayOnly: (p) => `has “${p.from}” without a year, and neither the evaluation year (评价年度) nor the table tells it; only month and day were compared with “${p.to}”: for dates across the turn of the year, please fill in 评价年度 in 基本信息 and check`,
  noneTargetAsNo: () => 'has the target “无” (none), scored as “否” (it should not happen): an actual of “无” or “否” meets it; not treated as not applicable',
  noneAsZero: (p) => `has a numeric target and the actual “无” (none); it was scored as ${p.to}, not as not applicable`,
  noneAsZeroTarget: (p) => `has a numeric actual and the target “无” (none); it was scored as ${p.to}, not as not applicable`,
  pointsFromPercent: (p) => `has its points written as a percentage, “${p.from}”; they were counted as ${p.from} of the ${p.total}-point total: ${p.to}`,
  targetTextIgnored: (p) => `has “${p.from}” after the number of its target, which is no unit; it was left out and the target scored as “${p.to}”`,
  actualTextIgnored: (p) => `has “${p.from}” after the number of its actual value, which is no unit; it was left out and the actual scored as “${p.to}”`,
  targetNumeral: (p) => `has its target written in Chinese numerals, “${p.from}”; it was scored as “${p.to}”`,
  actualNumeral: (p) => `has its actual value written in Chinese numerals, “${p.from}”; it was scored as “${p.to}”`,
};

/** 定性 beside a numeric target gives no direction either: said as such, not as a blank 指标性质 */
function zhNoDirection(p: WarningParams): string {
  return p.from === '定性' ? '指标性质为“定性”，但年度指标值为数值' : '未注明指标性质（≥、≤ 等）';
}

function enNoDirection(p: WarningParams, verb: 'has' | 'with'): string {
  if (p.from === '定性') return `${verb === 'has' ? 'is' : 'marked'} “定性” (qualitative) although its target is a number`;
  return `${verb} no direction (≥, ≤ …)`;
}

/** a reading that decides the score: the other one and what it would score (p.other, p.score, p.otherScore) */
function zhOtherReading(p: WarningParams): string {
  if (p.other === undefined) return '';
  return `，得 ${p.score} 分；若按 ${p.other} 计则得 ${p.otherScore} 分，两种理解得分相差较大，请在单元格中写明单位（%）后核实`;
}

function enOtherReading(p: WarningParams): string {
  if (p.other === undefined) return '';
  return ` (${p.score} points); read as ${p.other} it would score ${p.otherScore}: the two readings differ widely, so please write the unit (%) in the cell and check`;
}

const ZH_DIMENSION: Record<string, string> = { output: '产出', benefit: '效益', satisfaction: '满意度', budget: '预算执行率' };
const EN_DIMENSION: Record<string, string> = { output: 'output', benefit: 'benefit', satisfaction: 'satisfaction', budget: 'budget execution' };

/** "the target “95%”", or "the target" for a blank cell, without the double space an empty quote leaves */
function enNamed(noun: string, text: unknown): string {
  const value = quoted(text);
  return value === '' ? noun : `${noun} ${value}`;
}

/** "1 indicator", "2 indicators" */
function enCount(count: unknown, noun: string): string {
  return `${count} ${Number(count) === 1 ? noun : `${noun}s`}`;
}

/** a band as words, not interval notation: 6 分（含）至 8 分（不含） */
function zhBand(p: WarningParams): string {
  return `${p.low} 分（含）至 ${p.high} 分（${p.highInclusive === 'yes' ? '含' : '不含'}）`;
}

function enBand(p: WarningParams): string {
  return p.highInclusive === 'yes' ? `from ${p.low} to ${p.high}, both included` : `from ${p.low} up to, but not including, ${p.high}`;
}

/**
 * Where the reason for a deviation goes, named as the table heads the column (reasonHeader: 偏差原因,
 * 未完成原因分析; absent for the standard 偏差原因分析及改进措施), or, where the table has no such column
 * (reasonColumn 0; absent where it has one), where to add one: beside the actual value, the figure it
 * explains, inside the table, where the add-in reads it (and the 自评报告 quotes it). The actual value's
 * column is named as the concept (实际完成值一栏), unquoted: the table may head it 全年实际值.
 */
function zhReasonPlace(p: WarningParams): string {
  if (p.reasonColumn === 0) return `本表没有偏差原因栏，请在实际完成值一栏之后插入一列“${REASON_HEADER}”并`;
  return `请在“${reasonHeader(p) ?? REASON_HEADER}”中`;
}

/** "please … in the reason column (偏差原因)", or where to add one */
function enReasonPlace(p: WarningParams, what: string): string {
  if (p.reasonColumn === 0) return `this table has no reason column: please insert one headed ${REASON_HEADER} after the actual values (实际完成值) and ${what} there`;
  return `please ${what} in the reason column (${reasonHeader(p) ?? REASON_HEADER})`;
}

const REASON_HEADER = '偏差原因分析及改进措施';

function reasonHeader(p: WarningParams): string | null {
  return typeof p.reasonHeader === 'string' && p.reasonHeader !== '' ? p.reasonHeader : null;
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export const indicatorWarningSpecs: WarningSpecs = {
  TARGET_UNREADABLE: {
    severity: 'error',
    message: {
      'zh-CN': (p) => `${zhWho(p)}的年度指标值${quoted(p.text)}${ZH_PROBLEM[String(p.problem)] ?? '无法识别'}，该指标未计分。`,
      'en-US': (p) => `${enWho(p)}: ${enNamed('the target', p.text)} ${EN_PROBLEM[String(p.problem)] ?? 'cannot be read'}; the indicator was not scored.`,
    },
  },
  ACTUAL_UNREADABLE: {
    severity: 'error',
    message: {
      'zh-CN': (p) => `${zhWho(p)}的实际完成值${quoted(p.text)}${ZH_PROBLEM[String(p.problem)] ?? '无法识别'}${p.target ? `（年度指标值为“${p.target}”）` : ''}，该指标未计分。`,
      'en-US': (p) => `${enWho(p)}: ${enNamed('the actual value', p.text)} ${EN_PROBLEM[String(p.problem)] ?? 'cannot be read'}${p.target ? ` (target “${p.target}”)` : ''}; the indicator was not scored.`,
    },
  },
  ACTUAL_MISSING: {
    severity: 'error',
    message: {
      'zh-CN': (p) => `${zhWho(p)}未填写实际完成值，该指标未计分。`,
      'en-US': (p) => `${enWho(p)} has no actual value; it was not scored.`,
    },
  },
  POINTS_INVALID: {
    severity: 'error',
    message: {
      'zh-CN': (p) =>
        p.problem === 'merged'
          ? `${zhWho(p)}的${ZH_FIELD[String(p.field)]}与第 ${p.mergedRow} 行合并，无法分到各个指标，请分别填写；${p.field === 'selfScore' ? '该自评得分已忽略' : '该指标未计分'}。`
          : p.field === 'selfScore'
          ? `${zhWho(p)}的自评得分${quoted(p.text)}${ZH_PROBLEM[String(p.problem)] ?? '无法识别'}，已忽略。`
          : `${zhWho(p)}的分值${quoted(p.text)}${ZH_PROBLEM[String(p.problem)] ?? '无法识别'}，该指标未计分。`,
      'en-US': (p) =>
        p.problem === 'merged'
          ? `${enWho(p)}: the ${EN_FIELD[String(p.field)]} cell is merged with row ${p.mergedRow}, so it cannot be shared between the indicators; please fill it in for each. ${p.field === 'selfScore' ? 'The self-score was ignored.' : 'The indicator was not scored.'}`
          : p.field === 'selfScore'
          ? `${enWho(p)}: ${enNamed('the self-score', p.text)} ${EN_PROBLEM[String(p.problem)] ?? 'cannot be read'}; it was ignored.`
          : `${enWho(p)}: ${enNamed('the points', p.text)} ${EN_PROBLEM[String(p.problem)] ?? 'cannot be read'}; the indicator was not scored.`,
    },
  },
  TARGET_ZERO: {
    severity: 'warning',
    message: {
      'zh-CN': (p) => `${zhWho(p)}的年度指标值为 ${p.target}，任何实际完成值都算达标，无法计算完成率，请核实目标值。`,
      'en-US': (p) => `${enWho(p)} has the target ${p.target}: any actual value meets it and no completion rate can be computed. Please check the target.`,
    },
  },
  UNIT_MISMATCH: {
    severity: 'warning',
    message: {
      'zh-CN': (p) =>
        p.scored === 'yes'
          ? `${zhWho(p)}的实际完成值单位“${p.actualUnit}”与年度指标值单位“${p.targetUnit}”不同，已换算为“${p.targetUnit}”后计分，请核实。`
          : `${zhWho(p)}的实际完成值单位“${p.actualUnit}”与年度指标值单位“${p.targetUnit}”不同，无法比较，该指标未计分。`,
      'en-US': (p) =>
        p.scored === 'yes'
          ? `${enWho(p)}: the actual value is in “${p.actualUnit}” but the target in “${p.targetUnit}”; it was converted to “${p.targetUnit}” and scored. Please check.`
          : `${enWho(p)}: the actual value is in “${p.actualUnit}” but the target in “${p.targetUnit}”; they cannot be compared and the indicator was not scored.`,
    },
  },
  PLACEHOLDER: {
    severity: 'error',
    message: {
      'zh-CN': (p) => `${zhWho(p)}的${ZH_FIELD[String(p.field)] ?? ''}仍是占位符“${p.text}”，请填写实际内容。`,
      'en-US': (p) => `${enWho(p)}: the ${EN_FIELD[String(p.field)] ?? 'cell'} is still the placeholder “${p.text}”; please fill it in.`,
    },
  },
  DUPLICATE_INDICATOR: {
    severity: 'warning',
    message: {
      'zh-CN': (p) => `${zhWho(p)}${p.task ? `在任务“${p.task}”中` : ''}与第 ${p.firstRow} 行重复，请合并或改名。`,
      'en-US': (p) => `${enWho(p)} repeats row ${p.firstRow}${p.task ? ` in task “${p.task}”` : ''}; merge or rename it.`,
    },
  },
  VALUE_INTERPRETED: {
    severity: 'info',
    message: {
      'zh-CN': (p) => `${zhWho(p)}：${(ZH_INTERPRETED[String(p.what)] ?? (() => `已将“${p.from}”理解为“${p.to}”`))(p)}${zhOtherReading(p)}。`,
      'en-US': (p) => `${enWho(p)} ${(EN_INTERPRETED[String(p.what)] ?? (() => `had “${p.from}” read as “${p.to}”`))(p)}${enOtherReading(p)}.`,
    },
  },
  NOT_APPLICABLE_EXCLUDED: {
    severity: 'info',
    message: {
      'zh-CN': (p) => `${zhWho(p)}标为“${p.text}”${p.text === '不适用' ? '' : '（不适用）'}，${p.points !== '' ? `其 ${p.points} 分` : '该指标'}不计入总分。`,
      'en-US': (p) => `${enWho(p)} is marked “${p.text}” (not applicable); ${p.points !== '' ? `its ${enCount(p.points, 'point')} ${Number(p.points) === 1 ? 'is' : 'are'}` : 'it is'} left out of the total.`,
    },
  },
  MISSED_NO_REASON: {
    severity: 'warning',
    message: {
      // params: indicator, row, target, actual, reasonColumn and reasonHeader (see zhReasonPlace)
      'zh-CN': (p) =>
        `${zhWho(p)}未达到年度指标值（目标 ${p.target}，实际 ${p.actual}），${
          p.reasonColumn !== 0 && reasonHeader(p) === null ? '请填写偏差原因分析及改进措施' : `${zhReasonPlace(p)}写明未完成原因及改进措施`
        }。`,
      'en-US': (p) => `${enWho(p)} missed its target (target ${p.target}, actual ${p.actual}); ${enReasonPlace(p, 'give the reason for the deviation and the measures taken')}.`,
    },
  },
  OVERACHIEVED_NO_REASON: {
    severity: 'warning',
    message: {
      // params: indicator, row, target, actual, percent, reasonColumn and reasonHeader (see zhReasonPlace)
      'zh-CN': (p) => `${zhWho(p)}实际完成值 ${p.actual} 达到目标 ${p.target} 的 ${p.percent}，超出较多，可能是目标值设置偏低，${zhReasonPlace(p)}说明原因。`,
      'en-US': (p) => `${enWho(p)} reached ${p.percent} of its target (actual ${p.actual}, target ${p.target}); the target may have been set too low. ${capitalised(enReasonPlace(p, 'explain'))}.`,
    },
  },
  LOW_COMPLETION: {
    severity: 'warning',
    message: {
      'zh-CN': (p) => `${zhWho(p)}完成率仅 ${p.percent}，低于 ${p.threshold}。`,
      'en-US': (p) => `${enWho(p)} is only ${p.percent} complete, below ${p.threshold}.`,
    },
  },
  EQUALITY_MISMATCH: {
    severity: 'warning',
    message: {
      // the target is quoted as written, "=100%" with its sign, or "100%" where 指标性质 says "="
      'zh-CN': (p) => `${zhWho(p)}年度指标值为 ${p.target}（须相等），实际为 ${p.actual}，请核实。`,
      'en-US': (p) => `${enWho(p)} has the target ${p.target}, to be met exactly, but the actual value is ${p.actual}; please check.`,
    },
  },
  SELF_SCORE_DIFFERS: {
    severity: 'warning',
    message: {
      'zh-CN': (p) => `${zhWho(p)}自评得分 ${p.selfScore} 分，按评分规则计算为 ${p.computed} 分，请核实。`,
      'en-US': (p) => `${enWho(p)}: the self-score is ${p.selfScore} but the scoring rules give ${p.computed}; please check.`,
    },
  },
  SCORE_ABOVE_POINTS: {
    severity: 'warning',
    message: {
      'zh-CN': (p) => `${zhWho(p)}自评得分 ${p.selfScore} 分，超过该指标分值 ${p.points} 分。`,
      'en-US': (p) => `${enWho(p)}: the self-score ${p.selfScore} is above its ${enCount(p.points, 'point')}.`,
    },
  },
  SCORE_OUTSIDE_BAND: {
    severity: 'warning',
    message: {
      'zh-CN': (p) => `${zhWho(p)}为“${p.level}”，得分应在 ${zhBand(p)}之间，自评得分 ${p.selfScore} 分不在此范围，已按 ${p.score} 分计算。`,
      'en-US': (p) => `${enWho(p)} is “${p.level}”, which scores ${enBand(p)}; the self-score ${p.selfScore} lies outside, so ${p.score} was used.`,
    },
  },
  SCORE_PROVISIONAL: {
    severity: 'info',
    message: {
      'zh-CN': (p) => `${zhWho(p)}为“${p.level}”且未填自评得分，暂按 ${p.score} 分计算，请确认。`,
      'en-US': (p) => `${enWho(p)} is “${p.level}” with no self-score; ${p.score} was used for now. Please confirm.`,
    },
  },
  OVERACHIEVEMENT_DEDUCTED: {
    severity: 'info',
    message: {
      'zh-CN': (p) => `${zhWho(p)}完成值达到目标的 ${p.percent}（不低于 ${p.threshold}），按评分设置扣 ${p.deduction} 分。`,
      'en-US': (p) => `${enWho(p)} reached ${p.percent} of its target (at least ${p.threshold}); ${enCount(p.deduction, 'point')} ${Number(p.deduction) === 1 ? 'was' : 'were'} deducted as the scheme sets.`,
    },
  },
  TOTAL_CAPPED: {
    severity: 'info',
    message: {
      'zh-CN': (p) => `预算执行率为 ${p.executionRate}，按评分设置总分不超过 ${p.cap} 分，由 ${p.from} 分调整为 ${p.cap} 分。`,
      'en-US': (p) => `The budget execution rate is ${p.executionRate}, so the scheme caps the total at ${p.cap}: it was lowered from ${p.from} to ${p.cap}.`,
    },
  },
  POINTS_TOTAL_MISMATCH: {
    severity: 'warning',
    message: {
      'zh-CN': (p) => `各指标分值${p.budgetPoints ? `（含预算执行率 ${p.budgetPoints} 分）` : ''}合计 ${p.sum} 分，应为 ${p.expected} 分。`,
      'en-US': (p) => `The indicators' points${p.budgetPoints ? ` (with ${p.budgetPoints} for budget execution)` : ''} add up to ${p.sum}, not ${p.expected}.`,
    },
  },
  WEIGHTS_DIFFER_FROM_REFERENCE: {
    severity: 'info',
    message: {
      'zh-CN': (p) => `${ZH_DIMENSION[String(p.dimension)] ?? p.dimension}指标合计 ${p.actual} 分，参考权重为 ${p.reference} 分。`,
      'en-US': (p) => `The ${EN_DIMENSION[String(p.dimension)] ?? p.dimension} indicators carry ${enCount(p.actual, 'point')}; the reference weight is ${p.reference}.`,
    },
  },
  LEVEL1_MISSING: {
    severity: 'warning',
    message: {
      'zh-CN': (p) => `指标体系中没有${ZH_DIMENSION[String(p.dimension)] ?? p.dimension}指标，绩效目标可能不完整。`,
      'en-US': (p) => `There is no ${EN_DIMENSION[String(p.dimension)] ?? p.dimension} indicator; the performance targets may be incomplete.`,
    },
  },
  OUTPUT_HEAVY: {
    severity: 'warning',
    message: {
      'zh-CN': (p) => `${p.task ? `任务“${p.task}”` : '指标体系'}设置产出指标 ${p.output} 个、效益指标 ${p.benefit} 个，产出指标过多、效益指标较少，难以体现实施效果。`,
      'en-US': (p) => `${p.task ? `Task “${p.task}”` : 'The indicator set'} has ${enCount(p.output, 'output indicator')} but only ${enCount(p.benefit, 'benefit indicator')}; too few show what the work achieved.`,
    },
  },
  COST_WITH_GTE: {
    severity: 'warning',
    message: {
      'zh-CN': (p) => `${zhWho(p)}是成本指标，却按“${p.comparator}”（越高越好）设置，成本指标通常应为“≤”。`,
      'en-US': (p) => `${enWho(p)} is a cost indicator set as “${p.comparator}” (higher is better); cost indicators are usually “≤”.`,
    },
  },
  PERCENT_TARGET_ABOVE_100: {
    severity: 'warning',
    message: {
      'zh-CN': (p) => `${zhWho(p)}的年度指标值 ${p.target} 超过 100%，请核实。`,
      'en-US': (p) => `${enWho(p)} has a target of ${p.target}, above 100%; please check.`,
    },
  },
  SCORE_MAY_BE_INFLATED: {
    severity: 'warning',
    message: {
      'zh-CN': (p) =>
        `总分 ${p.total} 分，但${[Number(p.missed) > 0 ? `有 ${p.missed} 个指标未达到目标值` : '', p.executionRate ? `预算执行率仅 ${p.executionRate}` : ''].filter(Boolean).join('、')}，自评结果可能偏高，严禁刻意抬高分数。`,
      'en-US': (p) =>
        `The total is ${p.total}, yet ${[Number(p.missed) > 0 ? (Number(p.missed) === 1 ? '1 indicator missed its target' : `${p.missed} indicators missed their targets`) : '', p.executionRate ? `budget execution is only ${p.executionRate}` : ''].filter(Boolean).join(' and ')}: the self-evaluation may be too high. Scores must not be inflated.`,
    },
  },
};
