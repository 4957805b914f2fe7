import type { EvaluationType } from '../../model';
import type {
  AmountPart,
  BudgetTotalsFacts,
  CapFacts,
  ConclusionFacts,
  IndicatorResultFacts,
  IndicatorSetFacts,
  OutcomeFacts,
  Problem,
  ProjectSpendingFacts,
  ThreePublicFacts,
  TitleFacts,
} from './facts';

/** A problem as the report states it, and the measure that answers it: each a short lead and the detail. */
export interface Statement {
  lead: string;
  detail: string;
}

/**
 * Everything the report says, in one language. The section builders decide what is said and with which
 * figures; a phrasebook only decides the words, so zh-CN and en-US have the same structure.
 */
export interface Phrasebook {
  /**
   * The title in the lines a cover sets it on when it runs longer than one: who (the year and the
   * unit), then what (the report's kind), so that a line never breaks inside a word (部门整 / 体支出).
   * Joined, they are the title.
   */
  titleLines(facts: TitleFacts): string[];
  subtitle(unitName: string, year: string): string;
  /** 一、 二、 … */
  chapter(index: number, text: string): string;
  /** （一）（二）… */
  section(index: number, text: string): string;
  /** 1、 2、 … */
  item(index: number, text: string): string;
  /** 一是 二是 … inside a sentence */
  enumerate(parts: string[]): string;
  /** what goes between two sentences: nothing in Chinese, a space in English */
  sentenceJoin: string;

  headings: {
    basicInfo: string;
    overview(type: EvaluationType | null): string;
    annualGoals: string;
    budget(type: EvaluationType | null): string;
    evaluation: string;
    conclusion: string;
    taskAnalysis: string;
    achievements: string;
    problems: string;
    measures: string;
  };
  /** what 一、基本情况 says when none of its sections has anything: the sections by their titles */
  nothingInBasicInfo(type: EvaluationType | null): string;

  budgetTotals(facts: BudgetTotalsFacts): string | null;
  fundSources(parts: AmountPart[]): string;
  spendingByNature(basic: string | null, project: string | null): string;
  basicSpendingParts(personnel: string | null, publicUse: string | null): string;
  threePublic(facts: ThreePublicFacts): string;
  projectSpending(facts: ProjectSpendingFacts): string;

  conclusion(facts: ConclusionFacts): string;
  capped(facts: CapFacts): string;
  nothingScored: string;

  taskHeading(index: number, name: string): string;
  otherIndicatorsHeading(index: number): string;
  indicatorSet(facts: IndicatorSetFacts): string;
  outcome(facts: OutcomeFacts): string;
  indicatorResults(results: IndicatorResultFacts[]): string;

  scoringLead: string;
  scoringHeader: [string, string, string, string, string];
  scoringTotal: string;
  /** the line of what an execution-rate cap took off the total */
  scoringCap: string;
  /** the 一级指标 as the table's first column shows it: "一、产出" */
  scoringGroup(index: number, name: string): string;
  /** an indicator beneath it: "1. 开展主题教育" */
  scoringItem(index: number, name: string): string;
  notScored: string;
  /** an indicator whose 三级指标 is blank, by its row */
  unnamedIndicator(row: number): string;

  problem(problem: Problem, index: number): Statement;
  /** the measure answering problems numbered problemNumbers (several only for the unit's own, which share one) */
  measure(problem: Problem, problemNumbers: number[]): Statement;
  noProblems: string;
  noMeasures: string;
}
