import type { ParagraphBlock } from '../document';
import type { RaisedProblem } from '../find-problems';
import type { Phrasebook, Statement } from '../phrases';
import { statement } from './section';

function numbered(phrases: Phrasebook, index: number, { lead, detail }: Statement): string {
  return phrases.section(index, detail === '' ? lead : `${lead}${phrases.sentenceJoin}${detail}`);
}

/** 三、存在的主要问题: one numbered paragraph a problem, "（一）<lead><detail>", as seed 002 lists them. */
export function problemParagraphs(problems: readonly RaisedProblem[], phrases: Phrasebook): ParagraphBlock[] {
  if (problems.length === 0) return [statement(phrases.noProblems)];
  return problems.map(({ problem, sources }, i) => {
    const paragraph = statement(numbered(phrases, i + 1, phrases.problem(problem, i + 1)), sources);
    // the unit's own words are quoted as typed, so the sheet and the pane can tell them apart
    return problem.kind === 'userNoted' ? { ...paragraph, origin: 'quoted' } : paragraph;
  });
}

/**
 * 四、下一步改进措施: one measure for each problem raised, in the same order, except the unit's own
 * problems: the report has no measure of its own for them, so one measure answers them all rather
 * than the same words once for each.
 */
export function measureParagraphs(problems: readonly RaisedProblem[], phrases: Phrasebook): ParagraphBlock[] {
  if (problems.length === 0) return [statement(phrases.noMeasures)];
  const answers: Array<{ problem: RaisedProblem['problem']; numbers: number[] }> = [];
  problems.forEach(({ problem }, i) => {
    const shared = problem.kind === 'userNoted' ? answers.find((answer) => answer.problem.kind === 'userNoted') : undefined;
    if (shared) shared.numbers.push(i + 1);
    else answers.push({ problem, numbers: [i + 1] });
  });
  return answers.map(({ problem, numbers }, i) => statement(numbered(phrases, i + 1, phrases.measure(problem, numbers))));
}
