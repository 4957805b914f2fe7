import fc from 'fast-check';
import type { Scheme } from '../../../src/domain/model';
import { DEFAULT_SCHEME } from '../../../src/domain/scheme/defaults';
import { schemeFromSettingRows } from '../../../src/domain/scheme/from-setting-rows';
import { schemeToSettingRows } from '../../../src/domain/scheme/to-setting-rows';
import { settingRows } from './setting-sheet';

const readBack = (scheme: Scheme) => schemeFromSettingRows(settingRows(schemeToSettingRows(scheme).map((row) => [row.key, row.value] as const)));

describe('schemeToSettingRows (the template 评分设置 sheet)', () => {
  it('writes the default scheme in the words of the sheet', () => {
    const rows = schemeToSettingRows(DEFAULT_SCHEME);
    expect(rows.map((r) => [r.key, r.value])).toEqual([
      ['满分', 100],
      ['反向指标计分方法', '比例法'],
      ['不适用指标按满分折算', '否'],
      ['预算执行率默认分值', 10],
      ['参考权重-产出', 50],
      ['参考权重-效益', 30],
      ['参考权重-满意度', 10],
      ['参考权重-预算执行率', 10],
      ['按执行率限制总分', '否'],
      ['执行率限分档', '80%:89; 70%:79; 60%:69; 50%:59'],
      ['超额完成阈值', '130%'],
      ['超额完成扣分', '否'],
      ['超额扣分分值', 2],
      ['等级划分', '90:优; 80:良; 60:中; 0:差'],
      ['合计容差(万元)', 0.01],
      ['报告采用得分', '计算得分'],
      ['自评得分差异容差', 0.1],
      ['执行率预警线', '90%'],
      ['完成率预警线', '60%'],
      ['高分可信度预警线', 95],
    ]);
    for (const row of rows) expect(row.note.length).toBeGreaterThan(5);
  });

  it('reads the default scheme back unchanged', () => {
    expect(readBack(DEFAULT_SCHEME)).toEqual({ scheme: DEFAULT_SCHEME, problems: [] });
  });

  it('reads a scheme with every setting changed back unchanged', () => {
    const custom: Scheme = {
      totalPoints: 120,
      reverseFormula: 'linear',
      rescaleNotApplicable: true,
      budgetPointsDefault: 20,
      referenceWeights: { output: 60, benefit: 25, satisfaction: 15, budget: 20 },
      executionCaps: {
        enabled: true,
        caps: [
          { rateBelow: 0.85, maxTotal: 89.5 },
          { rateBelow: 0.555, maxTotal: 59 },
        ],
      },
      overAchievement: { threshold: 1.25, deductionEnabled: true, deductionPoints: 0.5 },
      grades: [
        { min: 95, label: '好' },
        { min: 85, label: '较好' },
        { min: 60, label: '一般' },
        { min: 0, label: '差' },
      ],
      sumTolerance: 0.005,
      reportScore: 'self',
      selfScoreTolerance: 0.5,
      lowExecutionRate: 0.955,
      lowCompletion: 0.7,
      credibilityTotal: 92.5,
    };
    expect(readBack(custom)).toEqual({ scheme: custom, problems: [] });
  });

  it('reads back a scheme whose caps are off and empty', () => {
    const noCaps: Scheme = { ...DEFAULT_SCHEME, executionCaps: { enabled: false, caps: [] } };
    expect(schemeToSettingRows(noCaps).find((r) => r.key === '执行率限分档')?.value).toBe('无');
    expect(readBack(noCaps)).toEqual({ scheme: noCaps, problems: [] });
  });

  it('reads back any valid scheme unchanged', () => {
    const hundredths = (min: number, max: number) => fc.integer({ min, max }).map((n) => n / 100);
    const descending = (values: number[]) => [...new Set(values)].sort((a, b) => b - a);
    const grades = fc
      .uniqueArray(hundredths(1, 10000), { maxLength: 5 })
      .chain((mins) => {
        const sorted = [...descending(mins), 0];
        return fc.shuffledSubarray(['优', '良', '中', '差', '好', '较好', '一般'], { minLength: sorted.length, maxLength: sorted.length }).map((labels) =>
          sorted.map((min, i) => ({ min, label: labels[i] })),
        );
      });
    const caps = fc.uniqueArray(fc.integer({ min: 1, max: 1000 }), { maxLength: 4 }).map((rates) => {
      const sorted = descending(rates);
      return sorted.map((rate, i) => ({ rateBelow: rate / 1000, maxTotal: 100 - i * 10 }));
    });
    const scheme = fc.record({
      totalPoints: fc.integer({ min: 50, max: 200 }),
      reverseFormula: fc.constantFrom('ratio' as const, 'linear' as const),
      rescaleNotApplicable: fc.boolean(),
      budgetPointsDefault: hundredths(0, 5000),
      referenceWeights: fc.record({ output: hundredths(0, 10000), benefit: hundredths(0, 10000), satisfaction: hundredths(0, 10000), budget: hundredths(0, 10000) }),
      executionCaps: fc.record({ enabled: fc.boolean(), caps }).filter((c) => !c.enabled || c.caps.length > 0),
      overAchievement: fc.record({ threshold: fc.integer({ min: 101, max: 500 }).map((n) => n / 100), deductionEnabled: fc.boolean(), deductionPoints: hundredths(0, 1000) }),
      grades,
      sumTolerance: fc.integer({ min: 0, max: 1000 }).map((n) => n / 1000),
      reportScore: fc.constantFrom('computed' as const, 'self' as const),
      selfScoreTolerance: hundredths(0, 500),
      lowExecutionRate: fc.integer({ min: 1, max: 1000 }).map((n) => n / 1000),
      lowCompletion: fc.integer({ min: 1, max: 1000 }).map((n) => n / 1000),
      credibilityTotal: hundredths(0, 10000),
    });
    fc.assert(
      fc.property(scheme, (candidate) => {
        expect(readBack(candidate)).toEqual({ scheme: candidate, problems: [] });
      }),
    );
  });
});
