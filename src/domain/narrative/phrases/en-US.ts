import type { EvaluationType, Level1Kind } from '../../model';
import { asSentence, quoteName as q } from '../quoted-text';
import type { DimensionCount, LowExecutionLine, MissedFacts, OutcomeFacts, OverExecutionLine, Problem } from './facts';
import type { Phrasebook, Statement } from './phrasebook';

/** The report in plain English, with the structure and the figures of the Chinese one. */

const DIMENSION: Record<Level1Kind, string> = {
  output: 'output',
  benefit: 'benefit',
  satisfaction: 'satisfaction',
  budget: 'budget execution',
  other: 'other',
};

const ROMAN = ['', 'I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];

function bareYear(year: string): string {
  return year.trim().replace(/\s*年度?$/u, '');
}

/** amounts are in 万元, as in the workbook */
function wan(amount: string): string {
  return `${amount} (10k yuan)`;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

function listing(parts: string[]): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

function enumerateEn(parts: string[]): string {
  if (parts.length === 1) return parts[0];
  return parts.map((part, i) => `(${i + 1}) ${part}`).join('; ');
}

function missedClause(missed: MissedFacts): string {
  return missed.reason !== '' ? `${q(missed.name)} fell short because ${missed.reason}` : `${q(missed.name)} fell short, with no reason given`;
}

function outcome(facts: OutcomeFacts): string {
  const { total, met, notApplicable, unfilled, pointsBlank, pointsMerged, pointsUnreadable, unscored, missed } = facts;
  if (met === total) return total === 1 ? 'The one indicator reached its target.' : `All ${plural(total, 'indicator')} reached their targets.`;
  if (missed.length === total) {
    const lead = total === 1 ? 'The one indicator did not reach its target' : `None of the ${plural(total, 'indicator')} reached their targets`;
    return `${lead}: ${enumerateEn(missed.map(missedClause))}.`;
  }
  const clauses: string[] = [];
  if (met > 0) clauses.push(`${met} ${met === 1 ? 'reached its target' : 'reached their targets'}`);
  if (notApplicable > 0) clauses.push(`${notApplicable} did not apply and ${notApplicable === 1 ? 'was' : 'were'} not scored`);
  if (unfilled > 0) clauses.push(`${unfilled} had no actual value filled in and ${unfilled === 1 ? 'was' : 'were'} not scored`);
  if (pointsBlank > 0) clauses.push(`${pointsBlank} had no points filled in and ${pointsBlank === 1 ? 'was' : 'were'} not scored`);
  if (pointsMerged > 0) clauses.push(`${pointsMerged} had points merged with another indicator's and ${pointsMerged === 1 ? 'was' : 'were'} not scored`);
  if (pointsUnreadable > 0) clauses.push(`${pointsUnreadable} could not be scored because ${pointsUnreadable === 1 ? 'its points' : 'their points'} could not be read`);
  if (unscored > 0) clauses.push(`${unscored} could not be scored because ${unscored === 1 ? 'its figures' : 'their figures'} could not be read`);
  if (missed.length > 0) clauses.push(`${missed.length} ${missed.length === 1 ? 'missed its target' : 'missed their targets'}: ${enumerateEn(missed.map(missedClause))}`);
  return `Of the ${plural(total, 'indicator')}, ${clauses.join('; ')}.`;
}

function dimensionList(dimensions: DimensionCount[]): string {
  return listing(dimensions.map((d) => `${d.count} ${d.kind === 'other' ? `${q(d.label)}` : DIMENSION[d.kind]}`));
}

function overExecutionClause(line: OverExecutionLine): string {
  return line.base === 'initial'
    ? `${q(line.name)} spent ${wan(line.executed)} against an initial budget of ${wan(line.budget)}, a rate of ${line.rate} computed on the initial rather than the adjusted full-year budget`
    : `${q(line.name)} spent ${wan(line.executed)} against a full-year budget of ${wan(line.budget)}, a rate of ${line.rate}${line.excess !== '' ? `: ${wan(line.excess)} over budget` : ''}`;
}

function lowLineClause(line: LowExecutionLine, withThreshold: boolean): string {
  return (
    `${q(line.name)} spent ${wan(line.executed)} of a ${line.base === 'initial' ? 'initial' : 'full-year'} budget of ${wan(line.budget)}, ${line.rate}` +
    (withThreshold && line.threshold !== null ? `, below ${line.threshold}` : '') +
    (line.note !== '' ? ` (explanation: ${line.note})` : '')
  );
}

function problem(p: Problem): Statement {
  switch (p.kind) {
    case 'userNoted':
      return { lead: asSentence(p.text, '.'), detail: '' };
    case 'lowExecution': {
      if (p.total === null) return { lead: 'Spending was slow on some lines and their budget execution is low.', detail: `${p.lines.map((line) => lowLineClause(line, true)).join('; ')}.` };
      const parts = p.lines.length > 0 ? `; of which ${p.lines.map((line) => lowLineClause(line, false)).join('; ')}` : '';
      return { lead: 'Spending was slow and budget execution is low.', detail: `${lowLineClause(p.total, true)}${parts}.` };
    }
    case 'overExecution':
      return {
        lead: p.lines.some((line) => line.base === 'adjusted') ? 'Spending exceeded the budget.' : 'Some execution rates are above 100%.',
        detail: `${p.lines.map(overExecutionClause).join('; ')}.`,
      };
    case 'indicatorDesign': {
      const sentences: string[] = [];
      if (p.outputHeavy.length > 0) {
        const counts = p.outputHeavy.map((item) =>
          item.task !== ''
            ? `task ${q(item.task)} has ${plural(item.output, 'output indicator')} but ${plural(item.benefit, 'benefit indicator')}`
            : `the indicator set has ${plural(item.output, 'output indicator')} but ${plural(item.benefit, 'benefit indicator')}`,
        );
        sentences.push(`${capitalise(counts.join('; '))}: too many outputs and too few benefits to show what the work achieved.`);
      }
      if (p.missingDimensions.length > 0) {
        sentences.push(`There is no ${listing(p.missingDimensions.map((kind) => DIMENSION[kind]))} indicator, so the targets are incomplete.`);
      }
      const byTask = p.outputHeavy.some((item) => item.task !== '');
      return { lead: byTask ? 'Some tasks’ indicators are not balanced.' : 'The indicators are not balanced.', detail: sentences.join(' ') };
    }
    case 'missedTargets': {
      const names = p.indicators.map((m) => {
        if (m.target === null || m.actual === null) return q(m.name);
        return m.qualitative ? `${q(m.name)} (target ${q(m.target)}, result ${q(m.actual)})` : `${q(m.name)} (target ${m.target}, actual ${m.actual})`;
      });
      const withoutReason = p.indicators.filter((m) => m.reason === '').map((m) => `${q(m.name)}`);
      return {
        lead: 'Some indicators missed their targets.',
        detail:
          `${plural(p.indicators.length, 'indicator')} fell short: ${listing(names)}.` +
          (withoutReason.length > 0 ? ` No reason was given for ${listing(withoutReason)}.` : '') +
          ' Setting targets and monitoring progress during the year need to improve.',
      };
    }
    case 'targetsTooLow':
      return {
        lead: 'Some targets were set too low.',
        detail:
          `${p.indicators
            .map(
              (o) =>
                `${q(o.name)}` +
                (o.actual !== null && o.target !== null ? ` reached ${o.actual} against a target of ${o.target}` : '') +
                (o.percent !== null ? ` (${o.percent})` : '') +
                (o.deduction !== null ? `, and the scoring rules took off ${o.deduction} points` : ''),
            )
            .join('; ')}.` + ' Targets this far below the results do not guide the work.',
      };
    case 'threePublicUp':
      return {
        lead: 'Spending on official receptions, vehicles and travel abroad rose.',
        detail: `They cost ${wan(p.executed)}, up ${wan(p.increase)} from ${wan(p.lastYear)} last year${p.note !== '' ? ` (explanation: ${p.note})` : ''}.`,
      };
  }
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function problemNumbersEn(numbers: number[]): string {
  const consecutive = numbers.every((n, i) => i === 0 || n === numbers[i - 1] + 1);
  if (numbers.length === 1) return `problem (${numbers[0]})`;
  if (numbers.length >= 3 && consecutive) return `problems (${numbers[0]}) to (${numbers[numbers.length - 1]})`;
  return `problems ${listing(numbers.map((n) => `(${n})`))}`;
}

function measure(p: Problem, problemNumbers: number[]): Statement {
  switch (p.kind) {
    case 'userNoted':
      return {
        lead: problemNumbers.length === 1 ? 'Follow up the problem.' : 'Follow up the problems.',
        detail: `For ${problemNumbersEn(problemNumbers)} above, analyse the causes and set measures, owners and deadlines, and track them to completion.`,
      };
    case 'lowExecution':
      return {
        lead: 'Manage budget execution more closely.',
        detail: 'Plan the work and the spending schedule together, follow execution during the year, and find out early why slow lines are slow.',
      };
    case 'overExecution': {
      const onInitial = p.lines.some((line) => line.base === 'initial');
      if (!p.lines.some((line) => line.base === 'adjusted')) {
        return {
          lead: 'Compute execution rates on the right base.',
          detail: 'Use the adjusted full-year budget as the base of the execution rate and spend within it; where a budget must change, adjust it through the required procedure.',
        };
      }
      return {
        lead: 'Spend within the budget.',
        detail:
          'Spend as the approved budget allows and never beyond it; where more must be spent, adjust the budget through the required procedure first.' +
          (onInitial ? ' Compute execution rates on the adjusted full-year budget.' : ''),
      };
    }
    case 'indicatorDesign':
      return {
        lead: 'Set better indicators.',
        detail: 'Learn what performance targets are for and how they are built, and when setting the year’s indicators balance outputs, benefits and satisfaction, with enough benefit indicators to show the effect of the work.',
      };
    case 'missedTargets':
      return {
        lead: 'Raise the completion of targets.',
        detail:
          'Monitor performance during the year, collect and review progress regularly, and adjust the work where an indicator falls behind.' +
          (p.indicators.some((m) => m.reason === '') ? ' For each missed indicator, analyse the reason and state the measures taken.' : ''),
      };
    case 'targetsTooLow':
      return {
        lead: 'Set targets at a realistic level.',
        detail: 'Base each target on past results and this year’s plan, neither so high that it cannot be met nor so low that the result far exceeds it.',
      };
    case 'threePublicUp':
      return {
        lead: 'Keep official reception, vehicle and travel spending down.',
        detail: 'Control these costs strictly so that they do not grow from year to year.',
      };
  }
}

function reportKind(type: EvaluationType | null): string {
  if (type === 'department') return 'Department-wide spending';
  if (type === 'project') return 'Project spending';
  return 'Overall spending';
}

export const enUS: Phrasebook = {
  titleLines({ unitName, year, evaluationType, projectName }) {
    const of = [projectName, unitName.trim(), bareYear(year)].filter((p) => p !== '').join(', ');
    // an English title wraps between words by itself
    return [`${projectName !== '' ? reportKind('project') : reportKind(evaluationType)} performance self-evaluation report${of !== '' ? `: ${of}` : ''}`];
  },
  subtitle(unitName, year) {
    const parts = [unitName.trim() !== '' ? `Unit: ${unitName.trim()}` : '', bareYear(year) !== '' ? `Year: ${bareYear(year)}` : ''];
    return parts.filter((p) => p !== '').join('    ');
  },
  chapter: (index, text) => `${ROMAN[index] ?? index}. ${text}`,
  section: (index, text) => `(${index}) ${text}`,
  item: (index, text) => `${index}. ${text}`,
  enumerate: enumerateEn,
  sentenceJoin: ' ',

  headings: {
    basicInfo: 'Basic information',
    overview: (type) => (type === 'project' ? 'The unit' : 'The department'),
    annualGoals: 'The year’s work and key tasks',
    budget: (type) => (type === 'project' ? 'Project budget and spending' : 'Budget and spending'),
    evaluation: 'Evaluation',
    conclusion: 'Conclusion',
    taskAnalysis: 'Targets met, task by task',
    achievements: 'Main results',
    problems: 'Main problems',
    measures: 'Next steps',
  },
  nothingInBasicInfo: (type) =>
    type === 'project'
      ? 'The basic information and budget tables give no description of the unit, annual tasks or project budget figures.'
      : 'The basic information and budget tables give no description, annual tasks or budget figures.',

  budgetTotals({ initial, adjustedDuringYear, adjusted, executed, rate }) {
    if (adjusted !== null && executed !== null) {
      const budget = adjustedDuringYear && initial !== null ? `The initial budget of ${wan(initial)} was adjusted to ${wan(adjusted)}` : `The full-year budget was ${wan(adjusted)}`;
      return `${budget} and ${wan(executed)} was spent${rate !== null ? `, ${rate} of the budget` : ''}.`;
    }
    if (executed !== null) return initial !== null ? `The initial budget was ${wan(initial)} and ${wan(executed)} was spent.` : `Spending for the year totalled ${wan(executed)}.`;
    if (adjusted !== null) return `The full-year budget was ${wan(adjusted)}.`;
    if (initial !== null) return `The initial budget was ${wan(initial)}.`;
    return null;
  },
  fundSources: (parts) => `By source of funds: ${listing(parts.map((p) => `${p.label} ${wan(p.amount)}`))}.`,
  spendingByNature(basic, project) {
    const parts = [basic !== null ? `basic spending ${wan(basic)}` : '', project !== null ? `project spending ${wan(project)}` : ''].filter((p) => p !== '');
    return `By nature: ${listing(parts)}.`;
  },
  basicSpendingParts(personnel, publicUse) {
    const parts = [personnel !== null ? `staff costs ${wan(personnel)}` : '', publicUse !== null ? `running costs ${wan(publicUse)}` : ''].filter((p) => p !== '');
    return `Basic spending comprised ${listing(parts)}.`;
  },
  threePublic({ amount, change }) {
    const comparison =
      change === null ? '' : change.direction === 'same' ? ', the same as last year' : `, ${change.direction === 'up' ? 'up' : 'down'} ${wan(change.amount)} from last year`;
    return `Official receptions, vehicles and travel abroad cost ${wan(amount)}${comparison}.`;
  },
  projectSpending: ({ initial, adjusted, executed, rate, rateBase }) =>
    `Project spending had an initial budget of ${wan(initial)}${adjusted !== null ? `, a full-year budget of ${wan(adjusted)}` : ''} and ${wan(executed)} was spent` +
    `${rate !== null ? `, an execution rate of ${rate}${rateBase === 'initial' ? ' (on the initial budget)' : ''}` : ''}.`,

  conclusion({ score, max, onHundred, grade, evaluationType, projectName }) {
    const subject = projectName !== '' ? `the project ${q(projectName)}` : evaluationType === 'project' ? 'the project' : 'the unit';
    return `Item by item, ${subject} scores itself ${score}${onHundred ? '' : ` out of ${max}`}; the overall grade is ${grade}.`;
  },
  capped: ({ rate, from, to }) => `${rate !== null ? `With a budget execution rate of ${rate}, the` : 'The'} scoring rules lower the total from ${from} to ${to}.`,
  nothingScored: 'The indicator table has no indicator that can be scored, so there is no score.',

  taskHeading: (index, name) => `${index}. ${name} (task ${index})`,
  otherIndicatorsHeading: (index) => `${index}. Indicators not assigned to a task`,
  indicatorSet({ subject, year, funds, total, dimensions }) {
    const who =
      subject === 'task'
        ? `${funds !== null ? `The task had funds of ${wan(funds)}. ` : ''}At the start of ${bareYear(year) !== '' ? bareYear(year) : 'the year'} the task set`
        : subject === 'unit'
          ? 'The year’s indicator set has'
          : 'Outside the tasks above there are';
    const split = dimensions.length > 0 ? `: ${dimensionList(dimensions)}` : '';
    return `${who} ${plural(total, 'indicator')}${split}.`;
  },
  outcome,
  indicatorResults(results) {
    const items = results.map((r) => {
      if (r.kind === 'levels') {
        const who = r.names.length === 1 ? q(r.names[0]) : `${listing(r.names.map(q))} (${r.names.length} indicators)`;
        return `${who}: target ${q(r.target ?? 'not given')}, result ${q(r.actual ?? 'not given')}`;
      }
      return `${q(r.name)}: target ${r.target ?? 'not given'}, actual ${r.actual ?? 'not given'}${r.deduction !== null ? ` (so far above target that the scoring rules took off ${r.deduction} points)` : ''}`;
    });
    return `Results: ${items.join('; ')}.`;
  },

  scoringLead: 'The indicators scored as follows:',
  scoringHeader: ['Indicator', 'Points', 'Score', 'Ratio', 'Grade'],
  scoringTotal: 'Overall',
  scoringCap: 'Execution-rate cap',
  scoringGroup: (index, name) => `${ROMAN[index] ?? index}. ${name}`,
  scoringItem: (index, name) => `${index}. ${name}`,
  notScored: '—',
  unnamedIndicator: (row) => `the indicator in row ${row}`,

  problem: (p) => problem(p),
  measure,
  noProblems: 'The self-evaluation found no problem that needs reporting.',
  noMeasures: 'Nothing needs to be corrected.',
};
