import Big from 'big.js';
import type { BudgetCategory, BudgetLineResult, BudgetSummary } from '../../model';
import type { NarrativeSource, ParagraphBlock } from '../document';
import { formatAmount, formatRate } from '../figures';
import type { Phrasebook } from '../phrases';
import type { AmountPart } from '../phrases/facts';
import { budgetLineSource, uniqueSources } from '../sources';
import { budgetLineName } from '../quoted-text';
import { statement } from './section';

const FUND_SOURCES: readonly BudgetCategory[] = ['fiscal', 'carryOver', 'otherFunds'];

function linesOf(budget: BudgetSummary, categories: readonly BudgetCategory[]): BudgetLineResult[] {
  return budget.lines.filter((line) => line.category !== null && categories.includes(line.category));
}

function sourcesOf(budget: BudgetSummary, categories: readonly BudgetCategory[]): NarrativeSource[] {
  return uniqueSources(linesOf(budget, categories).map(budgetLineSource));
}

const amountOrNull = (value: number | null): string | null => (value === null ? null : formatAmount(value));

/**
 * （三）部门整体收支情况, as seed 002 writes it ("全年预算数 …，执行数 …，完成预算的 99.7%。按资金来源分 …
 * 按支出性质看 …") followed by seed 000's decomposition (人员 / 公用, 三公经费, 项目支出 年初 / 执行 / 执行率).
 * Each sentence appears only when the budget table gives its figures; every rate is computed from the
 * figures printed beside it.
 */
export function budgetOverview(budget: BudgetSummary, phrases: Phrasebook): ParagraphBlock[] {
  const paragraphs: ParagraphBlock[] = [];
  const join = (sentences: string[]) => sentences.join(phrases.sentenceJoin);

  const overall: string[] = [];
  const totals = phrases.budgetTotals({
    initial: amountOrNull(budget.initial),
    adjustedDuringYear: budget.initial !== null && budget.adjusted !== null && !new Big(budget.initial).eq(budget.adjusted),
    adjusted: amountOrNull(budget.adjusted),
    executed: amountOrNull(budget.executed),
    rate: budget.adjusted !== null && budget.executed !== null ? formatRate(budget.executed, budget.adjusted) : null,
  });
  if (totals !== null) overall.push(totals);
  const fundSources: AmountPart[] = linesOf(budget, FUND_SOURCES)
    .filter((line) => line.executed !== null)
    .map((line) => ({ label: budgetLineName(line.name), amount: formatAmount(line.executed as number) }));
  if (fundSources.length > 0) overall.push(phrases.fundSources(fundSources));
  if (budget.basic !== null || budget.project !== null) overall.push(phrases.spendingByNature(amountOrNull(budget.basic), amountOrNull(budget.project)));
  if (overall.length > 0) paragraphs.push(statement(join(overall), sourcesOf(budget, ['total', ...FUND_SOURCES, 'basic', 'project'])));

  const basic: string[] = [];
  if (budget.personnel !== null || budget.publicUse !== null) basic.push(phrases.basicSpendingParts(amountOrNull(budget.personnel), amountOrNull(budget.publicUse)));
  if (budget.threePublic !== null) basic.push(phrases.threePublic({ amount: formatAmount(budget.threePublic), change: threePublicChange(budget.threePublic, budget.threePublicLastYear) }));
  if (basic.length > 0) paragraphs.push(statement(join(basic), sourcesOf(budget, ['personnel', 'publicUse', 'threePublic'])));

  if (budget.projectInitial !== null && budget.project !== null) {
    const projectLine = linesOf(budget, ['project'])[0];
    const adjusted = projectLine?.adjusted ?? null;
    const differs = adjusted !== null && !new Big(adjusted).eq(budget.projectInitial);
    paragraphs.push(
      statement(
        phrases.projectSpending({
          initial: formatAmount(budget.projectInitial),
          adjusted: differs ? formatAmount(adjusted) : null,
          executed: formatAmount(budget.project),
          rate: formatRate(budget.project, differs ? adjusted : budget.projectInitial),
          rateBase: adjusted === null ? 'initial' : 'adjusted',
        }),
        sourcesOf(budget, ['project']),
      ),
    );
  }
  return paragraphs;
}

/** below half a fen of a 万元 the two years are the same (seed 000: "与上年基本持平") */
function threePublicChange(current: number, lastYear: number | null): { direction: 'up' | 'down' | 'same'; amount: string } | null {
  if (lastYear === null) return null;
  const change = new Big(current).minus(lastYear);
  if (change.abs().lt(0.005)) return { direction: 'same', amount: formatAmount(0) };
  return { direction: change.gt(0) ? 'up' : 'down', amount: formatAmount(change.abs().toNumber()) };
}
