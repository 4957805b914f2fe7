/**
 * A large, varied indicator table for the engine benchmark: every comparator, percentages in all their
 * forms, units (matching, synonyms, mismatched), qualitative values with and without self-scores,
 * deadlines, yes/no, not-applicable rows, placeholders, unreadable cells, duplicates, and many missed
 * targets without reasons, so that the warnings stage has real work. Deterministic (seeded).
 */
import { INDICATOR_FIELDS, type BudgetCategory, type BudgetField, type BudgetRow, type CellRef, type EvaluationInput, type FieldColumns, type IndicatorField, type IndicatorRow, type RawCell } from '../src/domain/model';

const SHEET = '绩效指标';
/** A..K, as the workbook reader hands them: one map of columns for the whole table */
const TABLE_COLUMNS: FieldColumns<IndicatorField> = Object.fromEntries(INDICATOR_FIELDS.map((field, i) => [field, i + 1]));

/** mulberry32: small, fast, and the same sequence on every machine */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface RowValues {
  comparator: string;
  target: RawCell;
  unit: string;
  actual: RawCell;
  selfScore: RawCell;
}

const text = (value: string): RawCell => ({ value, numberFormat: 'General' });
const number = (value: number, numberFormat = 'General'): RawCell => ({ value, numberFormat });
const blank: RawCell = { value: null, numberFormat: 'General' };

/** One of the ways indicators are written in real tables, chosen by `kind`. */
function rowValues(kind: number, next: () => number, points: number): RowValues {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)];
  const self = (): RawCell => (next() < 0.5 ? blank : number(Math.round(next() * points * 100) / 100));
  switch (kind) {
    case 0: // ≥ percentage, actual as a %-formatted fraction, met or missed
      return { comparator: '≥', target: text('≥95%'), unit: '%', actual: number(pick([0.97, 0.95, 0.9, 0.5, 1]), '0.00%'), selfScore: self() };
    case 1: // bare number beside a percentage target
      return { comparator: '', target: text('≥90%'), unit: '', actual: number(pick([92, 85, 40, 95.5])), selfScore: self() };
    case 2: // fraction without a % format beside a percentage target
      return { comparator: '正向', target: text('不低于90%'), unit: '', actual: number(pick([0.93, 0.8, 0.3])), selfScore: self() };
    case 3: // ≤ working days
      return { comparator: '≤', target: text('≤5个工作日'), unit: '个工作日', actual: text(`${pick([3, 5, 7, 12])}个工作日`), selfScore: self() };
    case 4: // counts, with over-achievement and misses
      return { comparator: '≥', target: text(`≥${pick([50, 200, 12])}人次`), unit: '人次', actual: number(pick([60, 210, 300, 5, 0])), selfScore: self() };
    case 5: // = 100%
      return { comparator: '=', target: text('=100%'), unit: '%', actual: text(pick(['100%', '98%', '１００％'])), selfScore: self() };
    case 6: // qualitative, self-score in or out of band, or none
      return {
        comparator: '定性',
        target: text('达成年度指标'),
        unit: '',
        actual: text(pick(['达成', '部分达成', '未达成', '达成年度指标', '基本完成'])),
        selfScore: next() < 0.4 ? blank : number(pick([points, points * 0.9, points * 0.5, points * 0.7])),
      };
    case 7: // deadline
      return { comparator: '', target: text('12月底前'), unit: '', actual: text(pick(['11月底前', '12月20日', '是', '次年1月15日'])), selfScore: self() };
    case 8: // yes / no
      return { comparator: '', target: text('是'), unit: '', actual: text(pick(['是', '否', '有'])), selfScore: self() };
    case 9: // cost indicator written with ≥, money with a unit mismatch
      return { comparator: '≥', target: text('≥1,029.2万元'), unit: '万元', actual: text(pick(['1,100万元', '9800000元', '900万元'])), selfScore: self() };
    case 10: // not applicable
      return { comparator: '', target: text(pick(['/', '不适用'])), unit: '', actual: text('—'), selfScore: blank };
    case 11: // placeholders and unreadable cells
      return { comparator: '', target: text(pick(['*', '≥95%', '90-95%'])), unit: '', actual: text(pick(['*', '良好', '#N/A', ''])), selfScore: blank };
    case 12: // units that cannot be compared
      return { comparator: '≥', target: text('≥4个'), unit: '个', actual: text(pick(['80人次', '5个', '3场'])), selfScore: self() };
    default: // lower is better, ratio or linear both exercised by the numbers
      return { comparator: '<', target: text('<2%'), unit: '%', actual: number(pick([0.01, 0.03, 0.05]), '0%'), selfScore: self() };
  }
}

const LEVELS: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['产出指标', ['数量指标', '质量指标', '时效指标', '成本指标']],
  ['效益指标', ['社会效益指标', '经济效益指标', '可持续影响指标']],
  ['满意度指标', ['服务对象满意度指标']],
];

export const ENGINE_BENCH_SIZE = 100_000;

const taskNames: string[] = [];

/**
 * 任务 is a merged cell over its task's rows: the workbook reader hands every row the one string it
 * read (see read-indicators.ts), so the rows of a task share it rather than each holding a copy.
 */
function taskName(task: number): string {
  return (taskNames[task] ??= `任务${task}`);
}

export function engineBenchInput(size = ENGINE_BENCH_SIZE, seed = 20240601): EvaluationInput {
  const next = random(seed);
  const indicators = new Array<IndicatorRow>(size);
  for (let i = 0; i < size; i++) {
    const row = i + 2;
    const levelDraw = next();
    const [level1, level2s] = LEVELS[levelDraw < 0.6 ? 0 : levelDraw < 0.85 ? 1 : 2];
    const points = [2, 4, 5, 10, 13][Math.floor(next() * 5)];
    const kind = Math.floor(next() * 14);
    const values = rowValues(kind, next, points);
    const pointsCell = next() < 0.01 ? text(next() < 0.5 ? '*' : '五分') : next() < 0.1 ? text(`${points}分`) : number(points);
    indicators[i] = {
      sheet: SHEET,
      row,
      task: taskName(Math.floor(i / 500) + 1),
      level1,
      level2: level2s[Math.floor(next() * level2s.length)],
      // every 100th name repeats its neighbour: duplicates for the structure checks
      level3: i % 100 === 99 ? `指标${i - 1}` : `指标${i}`,
      comparator: text(values.comparator),
      target: values.target,
      unit: text(values.unit),
      actual: values.actual,
      points: pointsCell,
      selfScore: values.selfScore,
      reason: next() < 0.2 ? '受疫情影响，部分活动延期举办。' : '',
      columns: TABLE_COLUMNS,
    };
  }
  return {
    info: {
      unitName: '基准测试单位',
      year: '2024',
      evaluationType: 'project',
      projectName: '',
      functions: '',
      organisation: '',
      annualGoals: '',
      achievements: '',
      extraProblems: '',
      cells: {},
    },
    indicators,
    budget: budgetTable(),
  };
}

/** A unit's budget table: totals, parts, tasks, and a 合计 line carrying the execution points. */
function budgetTable(): BudgetRow[] {
  const sheet = '预算执行';
  const fields: BudgetField[] = ['name', 'category', 'initial', 'adjusted', 'executed', 'points', 'lastYear', 'note'];
  const lines: Array<[string, BudgetCategory, number | null, number | null, number | null, number | null]> = [
    ['合计', 'total', 1200, 1291.73, 1088.38, 10],
    ['基本支出', 'basic', 800, 815.05, 815.05, null],
    ['人员经费', 'personnel', 700, 700, 700, null],
    ['日常公用经费', 'publicUse', 100, 115.05, 115.05, null],
    ['项目支出', 'project', 400, 476.68, 273.33, null],
    ['三公经费', 'threePublic', 1, 1, 1.2, null],
  ];
  for (let t = 1; t <= 200; t++) lines.push([`任务${t}`, 'task', 2, 2.38, 1.36, null]);
  return lines.map(([name, category, initial, adjusted, executed, points], index) => {
    const row = index + 2;
    const cells: Partial<Record<BudgetField, CellRef>> = {};
    fields.forEach((field, c) => (cells[field] = { sheet, address: `${'ABCDEFGH'[c]}${row}`, row, column: c + 1 }));
    return {
      sheet,
      row,
      name,
      category,
      categoryText: name,
      initial: initial === null ? blank : number(initial),
      adjusted: adjusted === null ? blank : number(adjusted),
      executed: executed === null ? blank : number(executed),
      points: points === null ? blank : number(points),
      lastYear: category === 'threePublic' ? number(1) : blank,
      note: '',
      cells,
    };
  });
}
