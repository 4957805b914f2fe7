import type { ExecutionCap, GradeBand, Locale, RawCell, ReportScoreSource, ReverseFormula, Scheme } from '../model';
import { normaliseText } from '../parsing';
import { SCHEME_FIELD_NAMES, type SchemeFieldPath } from './field-names';
import {
  choiceLabel,
  formatExecutionCaps,
  formatGradeBands,
  formatPercent,
  formatYesNo,
  readChoice,
  readExecutionCaps,
  readGradeBands,
  readNumber,
  readPercent,
  readYesNo,
  type SettingChoice,
  type SettingRead,
  type UnitSuffix,
} from './setting-values';

/** One row of the 评分设置 sheet: its name, how its value is read and written, and where it goes in a Scheme. */
export interface SchemeSetting {
  field: SchemeFieldPath;
  /** the 参数 the template writes (zh-CN) and its English name */
  name: Record<Locale, string>;
  /** other names accepted in the 参数 column (besides both names above and the field path) */
  aliases: readonly string[];
  /** the explanation the template writes beside the value */
  note: string;
  /** reads the 值 cell; on success, `apply` puts the value into any scheme */
  read(cell: RawCell): { ok: true; apply: (scheme: Scheme) => Scheme } | { ok: false; expected: Record<Locale, string> };
  /** the 值 the template writes for this setting of `scheme` */
  write(scheme: Scheme): string | number;
}

interface SettingSpec<T> {
  field: SchemeFieldPath;
  aliases?: readonly string[];
  note: string;
  read: (cell: RawCell) => SettingRead<T>;
  format: (value: T) => string | number;
  get: (scheme: Scheme) => T;
  set: (scheme: Scheme, value: T) => Scheme;
}

function defineSetting<T>(spec: SettingSpec<T>): SchemeSetting {
  return {
    field: spec.field,
    name: SCHEME_FIELD_NAMES[spec.field],
    aliases: spec.aliases ?? [],
    note: spec.note,
    read(cell) {
      const read = spec.read(cell);
      return read.ok ? { ok: true, apply: (scheme) => spec.set(scheme, read.value) } : read;
    },
    write: (scheme) => spec.format(spec.get(scheme)),
  };
}

const POINT_SUFFIXES = ['分'];
/** the tables are in 万元; a tolerance typed in 元 (100元) is the same money, converted exactly */
const AMOUNT_SUFFIXES: readonly UnitSuffix[] = ['万元', '万', { suffix: '元', divisor: 10_000 }];
/** rates capped at 100%: a bare 0.9 and a bare 90 both mean 90% */
const readRate = (cell: RawCell) => readPercent(cell, 1);
const identity = <T>(value: T) => value;

const REVERSE_FORMULAS: ReadonlyArray<SettingChoice<ReverseFormula>> = [
  { value: 'ratio', label: '比例法', synonyms: ['ratio', '比例', '比值法', '比值'] },
  { value: 'linear', label: '线性法', synonyms: ['linear', '线性'] },
];

const REPORT_SCORES: ReadonlyArray<SettingChoice<ReportScoreSource>> = [
  { value: 'computed', label: '计算得分', synonyms: ['computed', '计算'] },
  { value: 'self', label: '自评得分', synonyms: ['self', '自评'] },
];

const withWeight = (scheme: Scheme, key: keyof Scheme['referenceWeights'], value: number): Scheme => ({
  ...scheme,
  referenceWeights: { ...scheme.referenceWeights, [key]: value },
});

const referenceWeight = (field: SchemeFieldPath, key: keyof Scheme['referenceWeights'], aliases: string[]) =>
  defineSetting<number>({
    field,
    aliases,
    note: '一级指标参考权重，仅在绩效指标表的分值与之不同时提示，实际分值以绩效指标表为准。',
    read: (cell) => readNumber(cell, POINT_SUFFIXES),
    format: identity,
    get: (s) => s.referenceWeights[key],
    set: (s, v) => withWeight(s, key, v),
  });

/** The 评分设置 rows, in the order the template writes them. */
export const SCHEME_SETTINGS: readonly SchemeSetting[] = [
  defineSetting<number>({
    field: 'totalPoints',
    aliases: ['总分', '总分值', '满分值'],
    note: '绩效指标分值与预算执行率分值合计应达到的总分，通常为 100。',
    read: (cell) => readNumber(cell, POINT_SUFFIXES),
    format: identity,
    get: (s) => s.totalPoints,
    set: (s, v) => ({ ...s, totalPoints: v }),
  }),
  defineSetting<ReverseFormula>({
    field: 'reverseFormula',
    aliases: ['反向指标计分', '反向指标计分公式', '反向计分方法'],
    note: '反向指标（≤、<）未达标时的计分：比例法 = 分值 × 目标值 ÷ 实际值；线性法 = 分值 × (1 − 超出目标的比例)，实际值达到目标值 2 倍时得 0 分。',
    read: (cell) => readChoice(cell, REVERSE_FORMULAS),
    format: (v) => choiceLabel(REVERSE_FORMULAS, v),
    get: (s) => s.reverseFormula,
    set: (s, v) => ({ ...s, reverseFormula: v }),
  }),
  defineSetting<boolean>({
    field: 'rescaleNotApplicable',
    aliases: ['不适用指标折算', '不适用指标按满分折算分值'],
    note: '是：有指标不适用时，其余指标按满分重新折算；否：不适用指标直接剔除，不折算。',
    read: readYesNo,
    format: formatYesNo,
    get: (s) => s.rescaleNotApplicable,
    set: (s, v) => ({ ...s, rescaleNotApplicable: v }),
  }),
  defineSetting<number>({
    field: 'budgetPointsDefault',
    aliases: ['预算执行率分值', '预算执行默认分值'],
    note: '预算执行表未填分值时，预算执行率指标的分值。',
    read: (cell) => readNumber(cell, POINT_SUFFIXES),
    format: identity,
    get: (s) => s.budgetPointsDefault,
    set: (s, v) => ({ ...s, budgetPointsDefault: v }),
  }),
  referenceWeight('referenceWeights.output', 'output', ['参考权重产出', '产出参考权重']),
  referenceWeight('referenceWeights.benefit', 'benefit', ['参考权重效果', '效益参考权重']),
  referenceWeight('referenceWeights.satisfaction', 'satisfaction', ['满意度参考权重']),
  referenceWeight('referenceWeights.budget', 'budget', ['参考权重预算执行', '预算执行率参考权重']),
  defineSetting<boolean>({
    field: 'executionCaps.enabled',
    aliases: ['执行率限制总分', '按预算执行率限制总分'],
    note: '是：预算执行率低于下面的限分档时，总分不超过该档的上限；否：不限制。',
    read: readYesNo,
    format: formatYesNo,
    get: (s) => s.executionCaps.enabled,
    set: (s, v) => ({ ...s, executionCaps: { ...s.executionCaps, enabled: v } }),
  }),
  defineSetting<ExecutionCap[]>({
    field: 'executionCaps.caps',
    aliases: ['执行率限分', '限分档'],
    note: '格式“执行率:总分上限”，用分号或换行分隔，顺序不限；如 80%:89 表示执行率低于 80% 时总分不超过 89 分。',
    read: readExecutionCaps,
    format: formatExecutionCaps,
    get: (s) => s.executionCaps.caps,
    set: (s, v) => ({ ...s, executionCaps: { ...s.executionCaps, caps: v } }),
  }),
  defineSetting<number>({
    field: 'overAchievement.threshold',
    aliases: ['超额完成标准', '超额完成比例'],
    // A threshold of 10 times the target is not a real setting, so a bare 130 can only mean 130%.
    note: '实际值达到目标值的这一比例即为超额完成（目标可能定得偏低），须说明原因。',
    read: (cell) => readPercent(cell, 10),
    format: formatPercent,
    get: (s) => s.overAchievement.threshold,
    set: (s, v) => ({ ...s, overAchievement: { ...s.overAchievement, threshold: v } }),
  }),
  defineSetting<boolean>({
    field: 'overAchievement.deductionEnabled',
    aliases: ['超额扣分', '超额完成是否扣分'],
    note: '是：实际值达到超额完成阈值的指标扣减“超额扣分分值”；否：只提示，不扣分。',
    read: readYesNo,
    format: formatYesNo,
    get: (s) => s.overAchievement.deductionEnabled,
    set: (s, v) => ({ ...s, overAchievement: { ...s.overAchievement, deductionEnabled: v } }),
  }),
  defineSetting<number>({
    field: 'overAchievement.deductionPoints',
    aliases: ['超额完成扣分分值', '超额扣分数'],
    note: '每个超额完成的指标扣减的分数。',
    read: (cell) => readNumber(cell, POINT_SUFFIXES),
    format: identity,
    get: (s) => s.overAchievement.deductionPoints,
    set: (s, v) => ({ ...s, overAchievement: { ...s.overAchievement, deductionPoints: v } }),
  }),
  defineSetting<GradeBand[]>({
    field: 'grades',
    aliases: ['评价等级', '等级', '综合评价等级'],
    note: '格式“分数下限:等级”，用分号或换行分隔，顺序不限，最低一档下限为 0；总分按得分比折算为百分制后对照。',
    read: readGradeBands,
    format: formatGradeBands,
    get: (s) => s.grades,
    set: (s, v) => ({ ...s, grades: v }),
  }),
  defineSetting<number>({
    field: 'sumTolerance',
    aliases: ['合计容差', '容差'],
    note: '核对“基本支出 + 项目支出 = 合计”等关系时允许的差额，单位万元。',
    read: (cell) => readNumber(cell, AMOUNT_SUFFIXES),
    format: identity,
    get: (s) => s.sumTolerance,
    set: (s, v) => ({ ...s, sumTolerance: v }),
  }),
  defineSetting<ReportScoreSource>({
    field: 'reportScore',
    aliases: ['采用得分', '报告得分'],
    note: '计算得分：按评分规则计算；自评得分：填写了自评得分的指标采用自评得分。',
    read: (cell) => readChoice(cell, REPORT_SCORES),
    format: (v) => choiceLabel(REPORT_SCORES, v),
    get: (s) => s.reportScore,
    set: (s, v) => ({ ...s, reportScore: v }),
  }),
  defineSetting<number>({
    field: 'selfScoreTolerance',
    aliases: ['自评得分容差', '得分差异容差'],
    note: '自评得分与计算得分相差超过这一分数时提示。',
    read: (cell) => readNumber(cell, POINT_SUFFIXES),
    format: identity,
    get: (s) => s.selfScoreTolerance,
    set: (s, v) => ({ ...s, selfScoreTolerance: v }),
  }),
  defineSetting<number>({
    field: 'lowExecutionRate',
    aliases: ['预算执行率预警线', '执行率预警'],
    note: '预算执行率低于这一比例时提示说明原因。',
    read: readRate,
    format: formatPercent,
    get: (s) => s.lowExecutionRate,
    set: (s, v) => ({ ...s, lowExecutionRate: v }),
  }),
  defineSetting<number>({
    field: 'lowCompletion',
    aliases: ['指标完成率预警线', '完成率预警'],
    note: '指标完成率（实际值 ÷ 目标值）低于这一比例时提示。',
    read: readRate,
    format: formatPercent,
    get: (s) => s.lowCompletion,
    set: (s, v) => ({ ...s, lowCompletion: v }),
  }),
  defineSetting<number>({
    field: 'credibilityTotal',
    aliases: ['高分预警线', '可信度预警线'],
    note: '总分达到这一分数，但有指标未完成或预算执行率偏低时，提示自评结果可能偏高。',
    read: (cell) => readNumber(cell, POINT_SUFFIXES),
    format: identity,
    get: (s) => s.credibilityTotal,
    set: (s, v) => ({ ...s, credibilityTotal: v }),
  }),
];

/** Folds what people type as a 参数 name: width, case, spaces, brackets and dashes do not matter. */
export function normaliseSettingName(name: string): string {
  return normaliseText(name)
    .toLowerCase()
    .replace(/[\s\-_—–()（）[\]【】:：·.]/g, '');
}

const SETTINGS_BY_NAME: ReadonlyMap<string, SchemeSetting> = new Map(
  SCHEME_SETTINGS.flatMap((setting) =>
    [setting.name['zh-CN'], setting.name['en-US'], setting.field, ...setting.aliases].map(
      (name) => [normaliseSettingName(name), setting] as const,
    ),
  ),
);

export function findSetting(name: string): SchemeSetting | null {
  return SETTINGS_BY_NAME.get(normaliseSettingName(name)) ?? null;
}
