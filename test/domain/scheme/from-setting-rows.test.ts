import { DEFAULT_SCHEME } from '../../../src/domain/scheme/defaults';
import { schemeFromSettingRows } from '../../../src/domain/scheme/from-setting-rows';
import { percentCell, settingRows } from './setting-sheet';

describe('schemeFromSettingRows (the 评分设置 sheet)', () => {
  it('gives the default scheme for an empty sheet, with no problems', () => {
    expect(schemeFromSettingRows([])).toEqual({ scheme: DEFAULT_SCHEME, problems: [] });
  });

  it('skips the 参数 | 值 header and blank rows', () => {
    expect(schemeFromSettingRows(settingRows([['参数', '值'], [null, null], ['', '  ']]))).toEqual({ scheme: DEFAULT_SCHEME, problems: [] });
  });

  it('reads the settings a finance officer typed, in the forms Excel hands them over', () => {
    const { scheme, problems } = schemeFromSettingRows(
      settingRows([
        ['满分', 100],
        ['反向指标计分方法', '线性法'],
        ['不适用指标按满分折算', '是'],
        ['预算执行率默认分值', '15分'],
        ['参考权重-产出', 40],
        ['按执行率限制总分', true],
        ['执行率限分档', '80%:89；60%:69'],
        ['超额完成阈值', '150%'],
        ['超额完成扣分', '是'],
        ['超额扣分分值', 1],
        ['等级划分', '95:好; 85:较好; 60:一般; 0:差'],
        ['合计容差（万元）', '0.05'],
        ['报告采用得分', '自评得分'],
        ['执行率预警线', percentCell(0.85)],
        ['完成率预警线', '50%'],
        ['高分可信度预警线', 98],
      ]),
    );
    expect(problems).toEqual([]);
    expect(scheme).toEqual({
      ...DEFAULT_SCHEME,
      reverseFormula: 'linear',
      rescaleNotApplicable: true,
      budgetPointsDefault: 15,
      referenceWeights: { ...DEFAULT_SCHEME.referenceWeights, output: 40 },
      executionCaps: {
        enabled: true,
        caps: [
          { rateBelow: 0.8, maxTotal: 89 },
          { rateBelow: 0.6, maxTotal: 69 },
        ],
      },
      overAchievement: { threshold: 1.5, deductionEnabled: true, deductionPoints: 1 },
      grades: [
        { min: 95, label: '好' },
        { min: 85, label: '较好' },
        { min: 60, label: '一般' },
        { min: 0, label: '差' },
      ],
      sumTolerance: 0.05,
      reportScore: 'self',
      lowExecutionRate: 0.85,
      lowCompletion: 0.5,
      credibilityTotal: 98,
    });
  });

  it('accepts the English names too', () => {
    const { scheme, problems } = schemeFromSettingRows(settingRows([['Reverse indicator formula', 'linear'], ['Low execution rate line', '80%']]));
    expect(problems).toEqual([]);
    expect(scheme).toEqual({ ...DEFAULT_SCHEME, reverseFormula: 'linear', lowExecutionRate: 0.8 });
  });

  it('keeps the default and names the cell when a value cannot be read', () => {
    const { scheme, problems } = schemeFromSettingRows(settingRows([['满分', 100], ['执行率预警线', '九成']]));
    expect(scheme).toEqual(DEFAULT_SCHEME);
    expect(problems).toEqual([
      {
        kind: 'unreadableValue',
        severity: 'error',
        sheet: '评分设置',
        cell: 'B3',
        setting: 'lowExecutionRate',
        message: {
          'zh-CN': '「执行率预警线」的值「九成」无法识别，应为百分比，如 90%；已采用默认值 90%。',
          'en-US': '"Low execution rate line" cannot be read from "九成": expected a percentage, e.g. 90%. The default, 90%, applies.',
        },
      },
    ]);
  });

  it('keeps the default when a readable value breaks a rule, and says which rule', () => {
    const { scheme, problems } = schemeFromSettingRows(settingRows([['等级划分', '60:中; 90:优; 0:差; 90:良'], ['合计容差(万元)', -1]]));
    expect(scheme).toEqual(DEFAULT_SCHEME);
    expect(problems.map((p) => [p.kind, p.cell, p.message['zh-CN']])).toEqual([
      ['invalidValue', 'B2', '「等级划分」中同一分数下限出现了两次，每档的分数下限须互不相同。已采用默认值 90:优; 80:良; 60:中; 0:差。'],
      ['invalidValue', 'B3', '「合计容差(万元)」不能为负数。已采用默认值 0.01。'],
    ]);
  });

  it('reads lists typed one item a line or from the lowest band up, and a tolerance in 元', () => {
    const { scheme, problems } = schemeFromSettingRows(
      settingRows([
        ['等级划分', '0:差\n60:中\n80:良\n90:优'],
        ['按执行率限制总分', '是'],
        ['执行率限分档', '70%:79\n80%:89'],
        ['合计容差(万元)', '100元'],
      ]),
    );
    expect(problems).toEqual([]);
    expect(scheme.grades).toEqual(DEFAULT_SCHEME.grades);
    expect(scheme.executionCaps).toEqual({ enabled: true, caps: [{ rateBelow: 0.8, maxTotal: 89 }, { rateBelow: 0.7, maxTotal: 79 }] });
    expect(scheme.sumTolerance).toBe(0.01);
  });

  it('keeps the other settings when one row is wrong', () => {
    const { scheme, problems } = schemeFromSettingRows(settingRows([['反向指标计分方法', '对数法'], ['完成率预警线', '50%']]));
    expect(scheme).toEqual({ ...DEFAULT_SCHEME, lowCompletion: 0.5 });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ kind: 'unreadableValue', cell: 'B2', setting: 'reverseFormula' });
  });

  it('falls back for a combination that breaks a rule: 满分 below the budget points', () => {
    const { scheme, problems } = schemeFromSettingRows(settingRows([['满分', 5]]));
    expect(scheme).toEqual(DEFAULT_SCHEME);
    expect(problems).toEqual([
      expect.objectContaining({
        kind: 'invalidCombination',
        cell: 'B2',
        setting: 'totalPoints',
        message: expect.objectContaining({ 'zh-CN': '「预算执行率默认分值」不能大于「满分」。已采用默认值 100。' }),
      }),
    ]);
  });

  it('falls back on both rows when both settings of a broken combination came from the sheet', () => {
    const { scheme, problems } = schemeFromSettingRows(settingRows([['满分', 20], ['预算执行率默认分值', 30]]));
    expect(scheme).toEqual(DEFAULT_SCHEME);
    expect(problems.map((p) => [p.kind, p.cell])).toEqual([
      ['invalidCombination', 'B3'],
      ['invalidCombination', 'B2'],
    ]);
  });

  it('keeps a combination that is fine: 满分 50 with 5 budget points', () => {
    const { scheme, problems } = schemeFromSettingRows(settingRows([['满分', 50], ['预算执行率默认分值', 5]]));
    expect(problems).toEqual([]);
    expect(scheme).toMatchObject({ totalPoints: 50, budgetPointsDefault: 5 });
  });

  it('ignores an unknown parameter and lists the known ones', () => {
    const { scheme, problems } = schemeFromSettingRows(settingRows([['满分值上限', 100]]));
    expect(scheme).toEqual(DEFAULT_SCHEME);
    expect(problems[0]).toMatchObject({ kind: 'unknownParameter', severity: 'error', cell: 'A2', setting: null });
    expect(problems[0].message['zh-CN']).toMatch(/^参数「满分值上限」无法识别，本行已忽略。可用的参数：满分、反向指标计分方法、/);
  });

  it('uses the first of two rows for the same setting and flags the second', () => {
    const { scheme, problems } = schemeFromSettingRows(settingRows([['执行率预警线', '85%'], ['执行率预警线', '80%']]));
    expect(scheme.lowExecutionRate).toBe(0.85);
    expect(problems).toEqual([
      expect.objectContaining({
        kind: 'duplicateParameter',
        cell: 'A3',
        message: expect.objectContaining({ 'zh-CN': '参数「执行率预警线」重复，以第一次出现的 A2 为准，本行已忽略。' }),
      }),
    ]);
  });

  it('tells (as info) that a parameter with no value keeps its default', () => {
    const { scheme, problems } = schemeFromSettingRows(settingRows([['超额完成阈值', null]]));
    expect(scheme).toEqual(DEFAULT_SCHEME);
    expect(problems).toEqual([expect.objectContaining({ kind: 'missingValue', severity: 'info', cell: 'B2' })]);
    expect(problems[0].message['zh-CN']).toBe('「超额完成阈值」未填写值，已采用默认值 130%。');
  });

  it('flags a value with no parameter name', () => {
    const { problems } = schemeFromSettingRows(settingRows([[null, '90%']]));
    expect(problems).toEqual([expect.objectContaining({ kind: 'missingParameterName', severity: 'error', cell: 'A2' })]);
  });

  it('reports an Excel error value in a cell as unreadable', () => {
    const { problems } = schemeFromSettingRows(settingRows([['满分', { value: { error: '#REF!' } }]]));
    expect(problems[0]).toMatchObject({ kind: 'unreadableValue', cell: 'B2' });
    expect(problems[0].message['zh-CN']).toContain('「#REF!」');
  });
});
