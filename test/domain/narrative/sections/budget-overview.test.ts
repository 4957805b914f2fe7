import { evaluate } from '../../../../src/domain/evaluate';
import { budgetOverview } from '../../../../src/domain/narrative/sections/budget-overview';
import { phrasebookFor } from '../../../../src/domain/narrative/phrases';
import { basicInfo, budgetRows, type BudgetSpec } from '../../../fixtures/seeds';

function overview(specs: BudgetSpec[], locale: 'zh-CN' | 'en-US' = 'zh-CN'): string[] {
  const report = evaluate({ info: basicInfo({}, 'department'), indicators: [], budget: budgetRows(specs) });
  if (!report.budget) throw new Error('no budget summary');
  return budgetOverview(report.budget, phrasebookFor(locale)).map((paragraph) => paragraph.text);
}

describe('（三）部门整体收支情况', () => {
  it('says how the budget was adjusted, and the sources of funds by their names', () => {
    const [first] = overview([
      { name: '合计', category: 'total', initial: 300, adjusted: 280, executed: 238, note: '年中调减' },
      { name: '其中：当年财政拨款', category: 'fiscal', executed: 215.2 },
      { name: '上年结转资金', category: 'carryOver', executed: 22.8 },
    ]);
    expect(first).toBe(
      '年初预算数 300 万元，调整后全年预算数 280 万元，执行数 238 万元，完成预算的 85.0%。按资金来源分，当年财政拨款支出 215.2 万元，上年结转资金支出 22.8 万元。',
    );
  });

  it('compares 三公经费 with last year when last year is given', () => {
    const texts = (executed: number, lastYear?: number) =>
      overview([{ name: '三公经费', category: 'threePublic', executed, ...(lastYear === undefined ? {} : { lastYear }) }]).join('');
    expect(texts(0.38, 0.38)).toBe('“三公”经费支出 0.38 万元，与上年持平。');
    expect(texts(0.5, 0.3)).toBe('“三公”经费支出 0.5 万元，比上年增加 0.2 万元。');
    expect(texts(0.3, 0.5)).toBe('“三公”经费支出 0.3 万元，比上年减少 0.2 万元。');
    expect(texts(0.3)).toBe('“三公”经费支出 0.3 万元。');
  });

  it('computes the project rate on the adjusted budget when the line has one', () => {
    const texts = overview([{ name: '项目支出', category: 'project', initial: 24.36, adjusted: 35, executed: 33.08 }]);
    expect(texts.at(-1)).toBe('项目支出年初预算数为 24.36 万元，全年预算数为 35 万元，执行数为 33.08 万元，项目执行率 94.5%。');
  });

  it('says only what the table gives', () => {
    expect(
      overview([
        { name: '支出总额', category: 'total', executed: 1288.38 },
        { name: '基本支出', category: 'basic', executed: 815.05 },
      ]),
    ).toEqual(['全年支出总额为 1,288.38 万元。按支出性质看，基本支出 815.05 万元。']);
  });

  it('keeps the 年初预算数 the total line gives when it has no 全年预算数, without a rate the score was not computed on', () => {
    expect(overview([{ name: '合计', category: 'total', initial: 100, executed: 90 }])).toEqual(['年初预算数 100 万元，执行数 90 万元。']);
  });

  it('reads the same in English', () => {
    expect(overview([{ name: '合计', category: 'total', adjusted: 1291.73, executed: 1288.38 }], 'en-US')).toEqual([
      'The full-year budget was 1,291.73 (10k yuan) and 1,288.38 (10k yuan) was spent, 99.7% of the budget.',
    ]);
  });
});
