import type { BudgetField, IndicatorField, Locale } from '../../domain/model';
import { normaliseHeaderText } from './header-text';

/** The four input tables of the workbook contract (DESIGN.md) and the headers each field is known by. */

export type TableKind = 'indicators' | 'budget' | 'basicInfo' | 'settings';
export const TABLE_KINDS: readonly TableKind[] = ['indicators', 'budget', 'basicInfo', 'settings'];

export type BasicInfoTableField = 'item' | 'content';
export type SettingsTableField = 'key' | 'value' | 'note';

export interface TableFieldMap {
  indicators: IndicatorField;
  budget: BudgetField;
  basicInfo: BasicInfoTableField;
  settings: SettingsTableField;
}
export type FieldOf<K extends TableKind> = TableFieldMap[K];

export interface FieldSpec<F extends string> {
  field: F;
  /** the standard template's header */
  header: string;
  /** what the field is, for English messages */
  headerEn: string;
  /** other headers accepted, as typed (normalised when matched) */
  aliases: readonly string[];
}

export interface TableSpec<K extends TableKind> {
  kind: K;
  /** the standard template's sheet name */
  sheetName: string;
  title: Record<Locale, string>;
  fields: ReadonlyArray<FieldSpec<FieldOf<K>>>;
  /** each entry is required; an array means one of them is enough */
  required: ReadonlyArray<FieldOf<K> | ReadonlyArray<FieldOf<K>>>;
  /** a header row is a candidate for this table only when it matches at least this many fields … */
  minimumMatched: number;
  /** … of which at least this many required entries */
  minimumRequiredMatched: number;
}

export const INDICATOR_TABLE: TableSpec<'indicators'> = {
  kind: 'indicators',
  sheetName: '绩效指标',
  title: { 'zh-CN': '绩效指标', 'en-US': 'performance indicators' },
  fields: [
    { field: 'task', header: '任务', headerEn: 'task', aliases: ['工作任务', '任务名称', '重点任务', 'task'] },
    { field: 'level1', header: '一级指标', headerEn: 'level-1 indicator', aliases: ['一级', 'level1'] },
    { field: 'level2', header: '二级指标', headerEn: 'level-2 indicator', aliases: ['二级', 'level2'] },
    { field: 'level3', header: '三级指标', headerEn: 'level-3 indicator', aliases: ['三级', '指标名称', 'level3', 'indicator'] },
    { field: 'comparator', header: '指标性质', headerEn: 'direction', aliases: ['指标方向', '指标属性', 'direction'] },
    {
      field: 'target',
      header: '年度指标值',
      headerEn: 'target',
      aliases: ['指标值', '目标值', '年初目标值', '年度目标值', '年度目标', '全年指标值', '预期目标值', '预期指标值', 'target'],
    },
    { field: 'unit', header: '度量单位', headerEn: 'unit', aliases: ['计量单位', '单位', 'unit'] },
    {
      field: 'actual',
      header: '实际完成值',
      headerEn: 'actual',
      aliases: ['全年实际值', '完成值', '实际值', '全年完成值', '全年实际完成值', '实际完成数', '实际完成情况', 'actual'],
    },
    { field: 'points', header: '分值', headerEn: 'points', aliases: ['权重', '指标分值', '权重分值', 'points', 'weight'] },
    { field: 'selfScore', header: '自评得分', headerEn: 'self-assessed score', aliases: ['得分', '自评分', 'score'] },
    {
      field: 'reason',
      header: '偏差原因分析及改进措施',
      headerEn: 'reason for deviation',
      aliases: ['未完成原因分析', '偏差原因', '偏差原因分析', '偏差原因分析和改进措施', '未完成原因分析及改进措施', '原因分析', 'reason'],
    },
  ],
  required: ['level1', 'level3', 'target', 'actual', 'points'],
  minimumMatched: 3,
  minimumRequiredMatched: 3,
};

export const BUDGET_TABLE: TableSpec<'budget'> = {
  kind: 'budget',
  sheetName: '预算执行',
  title: { 'zh-CN': '预算执行', 'en-US': 'budget execution' },
  fields: [
    {
      field: 'name',
      header: '资金项目',
      headerEn: 'line',
      aliases: ['项目', '项目名称', '资金名称', '项目资金', '支出项目', '科目', '名称', 'line', 'name'],
    },
    { field: 'category', header: '类别', headerEn: 'category', aliases: ['类型', '支出类别', '资金类别', 'category'] },
    { field: 'initial', header: '年初预算数', headerEn: 'initial budget', aliases: ['年初预算', '年初预算金额', '年初批复数', '年初批复预算数', 'initial'] },
    {
      field: 'adjusted',
      header: '全年预算数',
      headerEn: 'adjusted budget',
      aliases: ['调整后预算数', '预算数', '全年预算', '调整后预算', '调整预算数', 'budget', 'adjusted'],
    },
    {
      field: 'executed',
      header: '全年执行数',
      headerEn: 'amount spent',
      aliases: ['执行数', '预算执行数', '全年执行', '实际执行数', '决算数', '全年决算数', '实际支出数', '实际支出', '支出数', 'executed'],
    },
    { field: 'points', header: '分值', headerEn: 'points', aliases: ['权重', 'points', 'weight'] },
    { field: 'lastYear', header: '上年执行数', headerEn: 'last year', aliases: ['上年数', '上年支出数', '上年执行', '上年同期', 'lastyear'] },
    { field: 'note', header: '说明', headerEn: 'note', aliases: ['备注', '情况说明', '偏差原因', 'note'] },
  ],
  required: ['executed', ['adjusted', 'initial']],
  minimumMatched: 2,
  minimumRequiredMatched: 1,
};

export const BASIC_INFO_TABLE: TableSpec<'basicInfo'> = {
  kind: 'basicInfo',
  sheetName: '基本信息',
  title: { 'zh-CN': '基本信息', 'en-US': 'basic information' },
  fields: [
    { field: 'item', header: '项目', headerEn: 'item', aliases: ['事项', '栏目', '信息项', 'item'] },
    { field: 'content', header: '内容', headerEn: 'content', aliases: ['填写内容', '具体内容', 'content'] },
  ],
  required: ['item', 'content'],
  minimumMatched: 2,
  minimumRequiredMatched: 2,
};

export const SETTINGS_TABLE: TableSpec<'settings'> = {
  kind: 'settings',
  sheetName: '评分设置',
  title: { 'zh-CN': '评分设置', 'en-US': 'scoring settings' },
  fields: [
    { field: 'key', header: '参数', headerEn: 'setting', aliases: ['参数名', '参数名称', '设置项', 'setting', 'parameter'] },
    { field: 'value', header: '值', headerEn: 'value', aliases: ['取值', '设置值', '参数值', 'value'] },
    { field: 'note', header: '说明', headerEn: 'note', aliases: ['备注', 'note'] },
  ],
  required: ['key', 'value'],
  minimumMatched: 2,
  minimumRequiredMatched: 2,
};

export interface TableSpecs {
  indicators: TableSpec<'indicators'>;
  budget: TableSpec<'budget'>;
  basicInfo: TableSpec<'basicInfo'>;
  settings: TableSpec<'settings'>;
}

export const TABLE_SPECS: TableSpecs = {
  indicators: INDICATOR_TABLE,
  budget: BUDGET_TABLE,
  basicInfo: BASIC_INFO_TABLE,
  settings: SETTINGS_TABLE,
};

/** normalised header text → field, per table */
export type HeaderLookup<F extends string> = ReadonlyMap<string, F>;

export function headerLookup<K extends TableKind>(spec: TableSpec<K>): HeaderLookup<FieldOf<K>> {
  const lookup = new Map<string, FieldOf<K>>();
  for (const field of spec.fields) {
    for (const text of [field.header, ...field.aliases]) {
      const key = normaliseHeaderText(text);
      if (!lookup.has(key)) lookup.set(key, field.field);
    }
  }
  return lookup;
}

/**
 * Each header text's place among its field's names: 0 for the field's own header, then its aliases in
 * the order listed, the surest first. Where two columns of a header name one field (a 年度目标 sentence
 * beside 年度指标值, the change 调整预算数 beside 调整后预算数), the surer name takes it.
 */
export function headerRanks<K extends TableKind>(spec: TableSpec<K>): ReadonlyMap<string, number> {
  const ranks = new Map<string, number>();
  for (const field of spec.fields) {
    [field.header, ...field.aliases].forEach((text, rank) => {
      const key = normaliseHeaderText(text);
      if (!ranks.has(key)) ranks.set(key, rank);
    });
  }
  return ranks;
}

export function fieldSpec<K extends TableKind>(spec: TableSpec<K>, field: FieldOf<K>): FieldSpec<FieldOf<K>> {
  const found = spec.fields.find((candidate) => candidate.field === field);
  if (!found) throw new Error(`table ${spec.kind} has no field ${field}`);
  return found;
}
