import type { EvaluationType, Level1Kind } from '../../model';
import { chineseNumeral } from '../numerals';
import { asSentence, quoteName as q } from '../quoted-text';
import type { LowExecutionLine, MissedFacts, OutcomeFacts, OverExecutionLine, Problem } from './facts';
import type { Phrasebook, Statement } from './phrasebook';

/** The report in Chinese, in the words of the seed reports (seeds/000 and 002). */

const DIMENSION: Record<Level1Kind, string> = {
  output: '产出',
  benefit: '效益',
  satisfaction: '满意度',
  budget: '预算执行',
  other: '其他',
};

/** "2022", "2022年", "2022 年度" → "2022" */
function bareYear(year: string): string {
  return year.trim().replace(/\s*年度?$/u, '');
}

/** seed 002: 部门整体支出绩效自评报告; seed 000 (type not stated): 整体支出绩效自评报告 */
function reportKind(type: EvaluationType | null): string {
  if (type === 'department') return '部门整体支出';
  if (type === 'project') return '项目支出';
  return '整体支出';
}

/** "职业技能提升培训补贴项目" → "职业技能提升培训补贴项目支出"; "培训补贴" → "培训补贴项目支出" */
function projectSpending(name: string): string {
  if (name.endsWith('支出')) return name;
  return name.endsWith('项目') ? `${name}支出` : `${name}项目支出`;
}

function wan(amount: string): string {
  return `${amount} 万元`;
}

/** "财政拨款" → "财政拨款支出"; a name that already says 支出 is kept */
function spendingLabel(label: string): string {
  return label.endsWith('支出') ? label : `${label}支出`;
}

function missedClause(missed: MissedFacts): string {
  if (missed.reason === '') return `${q(missed.name)}未达预期目标，未说明偏差原因`;
  // a reason that already names the indicator ("…导致“X”未达预期目标") is quoted alone
  if (missed.reason.includes(missed.name)) return missed.reason;
  // seed 002's form, "<cause>，导致“X”未达预期目标", reads right only after a cause alone: the column is
  // 偏差原因分析及改进措施, and "…；下一步加强跟踪服务，导致“X”未达预期目标" would make the measure the cause
  if (isCauseAlone(missed.reason)) return `${missed.reason}，导致${q(missed.name)}未达预期目标`;
  return `${q(missed.name)}未达预期目标，偏差原因及改进措施为：${missed.reason.replace(TRAILING_PUNCTUATION, '')}`;
}

const TRAILING_PUNCTUATION = /[。；;，,、\s]+$/;
const MEASURE_WORDS = /下一步|今后|改进|措施|整改|将进一步|拟/;

/** one clause giving a cause: no sentence break inside it, no measure */
function isCauseAlone(reason: string): boolean {
  const body = reason.replace(TRAILING_PUNCTUATION, '');
  return !/[。；;！!？?]/.test(body) && !MEASURE_WORDS.test(body);
}

function enumerateZh(parts: string[]): string {
  if (parts.length === 1) return parts[0];
  return parts.map((part, i) => `${chineseNumeral(i + 1)}是${part}`).join('；');
}

/** how an indicator ended, said of some ("3 个指标不适用…") or of all of them ("该 3 个指标均不适用…") */
interface OutcomeClause {
  count: number;
  some: string;
  /** the clause said of every indicator, with 均 where it goes ('' for a single indicator) */
  all: (allMark: string) => string;
}

function outcome(facts: OutcomeFacts): string {
  const { total, met, notApplicable, unfilled, pointsBlank, pointsMerged, pointsUnreadable, unscored, missed } = facts;
  // 均 (all) is said of several indicators only: of one, it is met or missed, not "all" met
  const allMark = total === 1 ? '' : '均';
  const missedList = (): string => enumerateZh(missed.map(missedClause));
  if (met === total) return `经测评，所设定的 ${total} 项绩效指标${allMark}已达到目标值。`;
  const candidates: OutcomeClause[] = [
    { count: met, some: '已达到目标值', all: (mark) => `${mark}已达到目标值` },
    { count: notApplicable, some: '不适用、未计分', all: (mark) => `${mark}不适用、未计分` },
    { count: unfilled, some: '未填写实际完成值、未计分', all: (mark) => `${mark}未填写实际完成值、未计分` },
    { count: pointsBlank, some: '未填写分值、未计分', all: (mark) => `${mark}未填写分值、未计分` },
    { count: pointsMerged, some: '的分值与其他指标合并填写、未计分', all: (mark) => `的分值${mark}与其他指标合并填写、未计分` },
    { count: pointsUnreadable, some: '因分值无法识别、未计分', all: (mark) => `${mark}因分值无法识别、未计分` },
    { count: unscored, some: '因数据无法识别、未计分', all: (mark) => `${mark}因数据无法识别、未计分` },
    { count: missed.length, some: `未达到目标值：${missed.length > 0 ? missedList() : ''}`, all: (mark) => `${mark}未达到目标值：${missedList()}` },
  ];
  const clauses = candidates.filter((clause) => clause.count > 0);
  if (clauses.length === 1 && clauses[0].count === total) return `经测评，该 ${total} 个指标${clauses[0].all(allMark)}。`;
  return `经测评，该 ${total} 个指标中 ${clauses.map((clause) => `${clause.count} 个指标${clause.some}`).join('，')}。`;
}

/** "（目标 ≥16 个，实际完成 3 个）"; a label is quoted: "（目标为“达成年度指标”，实际为“部分达成”）" */
function targetAndActual({ target, actual, qualitative }: MissedFacts): string {
  if (target === null || actual === null) return '';
  return qualitative ? `（目标为${q(target)}，实际为${q(actual)}）` : `（目标 ${target}，实际完成 ${actual}）`;
}

function overExecutionClause(line: OverExecutionLine): string {
  return line.base === 'initial'
    ? `${q(line.name)}年初预算数 ${wan(line.budget)}，执行数 ${wan(line.executed)}，执行率 ${line.rate}，执行率以年初预算数计算，未以调整后的全年预算数为依据`
    : `${q(line.name)}全年预算数 ${wan(line.budget)}，执行数 ${wan(line.executed)}，执行率 ${line.rate}${line.excess !== '' ? `，超出预算 ${wan(line.excess)}` : ''}`;
}

/** "“合计”全年预算数 280 万元，执行数 238 万元，预算执行率 85.0%，低于 90%（说明：…）"; the threshold once, on the lead line */
function lowLineClause(line: LowExecutionLine, withThreshold: boolean): string {
  return (
    `${q(line.name)}${line.base === 'initial' ? '年初预算数' : '全年预算数'} ${wan(line.budget)}，执行数 ${wan(line.executed)}，预算执行率 ${line.rate}` +
    (withThreshold && line.threshold !== null ? `，低于 ${line.threshold}` : '') +
    (line.note !== '' ? `（说明：${line.note}）` : '')
  );
}

function problem(p: Problem): Statement {
  switch (p.kind) {
    case 'userNoted':
      return { lead: asSentence(p.text, '。'), detail: '' };
    case 'lowExecution': {
      if (p.total === null) return { lead: '部分经费支出执行较慢，预算执行率偏低。', detail: `${p.lines.map((line) => lowLineClause(line, true)).join('；')}。` };
      const parts = p.lines.length > 0 ? `；其中，${p.lines.map((line) => lowLineClause(line, false)).join('；')}` : '';
      return { lead: '经费支出执行较慢，预算执行率偏低。', detail: `${lowLineClause(p.total, true)}${parts}。` };
    }
    case 'overExecution':
      return {
        lead: p.lines.some((line) => line.base === 'adjusted') ? '存在超预算支出的情况。' : '部分预算执行率超过 100%。',
        detail: `${p.lines.map(overExecutionClause).join('；')}。`,
      };
    case 'indicatorDesign': {
      const sentences: string[] = [];
      if (p.outputHeavy.length > 0) {
        const { output, benefit } = p.labels;
        const counts = p.outputHeavy.map(
          (item) => `${item.task !== '' ? `任务${q(item.task)}` : '指标体系'}设置${output}指标 ${item.output} 个、${benefit}指标 ${item.benefit} 个`,
        );
        sentences.push(`${counts.join('；')}，${output}指标设置过多，${benefit}指标较少，未能充分体现实施效果。`);
      }
      if (p.missingDimensions.length > 0) {
        sentences.push(`指标体系中未设置${p.missingDimensions.map((kind) => DIMENSION[kind]).join('、')}指标，绩效目标不够完整。`);
      }
      const byTask = p.outputHeavy.some((item) => item.task !== '');
      return { lead: byTask ? '部分任务绩效指标设置不够全面。' : '绩效指标设置不够全面。', detail: sentences.join('') };
    }
    case 'missedTargets': {
      const names = p.indicators.map((m) => `${q(m.name)}${targetAndActual(m)}`);
      const withoutReason = p.indicators.filter((m) => m.reason === '').map((m) => `${q(m.name)}`);
      return {
        lead: '部分绩效指标未完成目标值。',
        detail:
          `共有 ${p.indicators.length} 个指标未达到目标值：${names.join('、')}。` +
          (withoutReason.length > 0 ? `其中${withoutReason.join('、')}未说明偏差原因。` : '') +
          '在绩效指标预期值设定和年度绩效完成情况监控方面有待提高。',
      };
    }
    case 'targetsTooLow':
      return {
        lead: '部分绩效指标值设置过低。',
        detail:
          `${p.indicators
            .map(
              (o) =>
                `${q(o.name)}` +
                (o.actual !== null && o.target !== null ? `实际完成 ${o.actual}，目标值为 ${o.target}` : '') +
                (o.percent !== null ? `，完成率达 ${o.percent}` : '') +
                (o.deduction !== null ? `，按评分规则扣 ${o.deduction} 分` : ''),
            )
            .join('；')}。` + '指标值设置偏低，实际完成值与预期值相差过大，未能发挥绩效目标的引导和约束作用。',
      };
    case 'threePublicUp':
      return {
        lead: '“三公”经费支出比上年增加。',
        detail: `本年度“三公”经费支出 ${wan(p.executed)}，比上年 ${wan(p.lastYear)}增加 ${wan(p.increase)}${p.note !== '' ? `（说明：${p.note}）` : ''}。`,
      };
  }
}

/** [1] → 第（一）项; [1, 2] → 第（一）、（二）项; [1, 2, 3] → 第（一）至（三）项 */
function problemNumbersZh(numbers: number[]): string {
  const numeral = (n: number) => `（${chineseNumeral(n)}）`;
  const consecutive = numbers.every((n, i) => i === 0 || n === numbers[i - 1] + 1);
  const list = numbers.length >= 3 && consecutive ? `${numeral(numbers[0])}至${numeral(numbers[numbers.length - 1])}` : numbers.map(numeral).join('、');
  return `第${list}项`;
}

function measure(p: Problem, problemNumbers: number[]): Statement {
  switch (p.kind) {
    case 'userNoted':
      return { lead: '落实问题整改。', detail: `针对上述${problemNumbersZh(problemNumbers)}问题，逐项分析原因，明确整改措施、责任人和完成时限，跟踪整改落实情况。` };
    case 'lowExecution':
      return {
        lead: '加强预算执行管理。',
        detail: '合理安排工作任务和资金使用进度，在预算执行过程中定期跟踪执行情况，对执行较慢的项目及时分析原因、督促推进，提高预算执行率。',
      };
    case 'overExecution': {
      const onInitial = p.lines.some((line) => line.base === 'initial');
      if (!p.lines.some((line) => line.base === 'adjusted')) {
        return {
          lead: '规范预算执行率的计算口径。',
          detail: '以调整后的全年预算数作为预算执行率的计算依据，严格按预算安排支出；确需调整预算的，按规定程序办理调整。',
        };
      }
      return {
        lead: '严格按预算执行。',
        detail:
          '严格按照批复的预算安排支出，不得超预算支出；确需增加支出的，按规定程序先行调整预算后再执行。' + (onInitial ? '预算执行率以调整后的全年预算数为依据计算。' : ''),
      };
    }
    case 'indicatorDesign':
      return {
        lead: '提高绩效指标编制水平。',
        detail:
          '一是针对绩效目标的概念、内容、重要性和编制依据等加强学习，着力提升绩效目标编制能力；二是在年初编制绩效指标时统筹设置产出、效益和满意度指标，适当增加能够反映实施效果的效益指标，着力提高绩效指标设置的合理性和全面性。',
      };
    case 'missedTargets':
      return {
        lead: '提高各项指标完成率。',
        detail:
          '加强预算执行和绩效运行监控，统筹考虑相关因素，合理安排工作任务，在预算执行过程中定期采集绩效运行信息并汇总分析，掌握绩效目标进展，对完成进度较慢的指标及时调整和跟进，促进绩效目标顺利实现。' +
          (p.indicators.some((m) => m.reason === '') ? '对未完成的指标逐项分析偏差原因，提出改进措施。' : ''),
      };
    case 'targetsTooLow':
      return {
        lead: '提高绩效指标预期值设置水平。',
        detail:
          '在年初设置绩效指标预期值时，根据以往完成情况和本年度实际工作计划，将预期值控制在合理范围之内，避免设置过低的预期值，使年终实际完成值与预期值相差过大，降低预期值设置的质量和意义。',
      };
    case 'threePublicUp':
      return {
        lead: '严格控制“三公”经费支出。',
        detail: '落实过紧日子要求，从严控制公务接待、公务用车和因公出国（境）费用，确保“三公”经费只减不增。',
      };
  }
}

export const zhCN: Phrasebook = {
  titleLines({ unitName, year, evaluationType, projectName }) {
    const yearPart = bareYear(year) !== '' ? `${bareYear(year)} 年度` : '';
    const who = `${yearPart}${unitName.trim()}`;
    const what = `${projectName !== '' ? projectSpending(projectName) : reportKind(evaluationType)}绩效自评报告`;
    return who !== '' ? [who, what] : [what];
  },
  subtitle(unitName, year) {
    const parts = [unitName.trim() !== '' ? `单位名称：${unitName.trim()}` : '', bareYear(year) !== '' ? `评价年度：${bareYear(year)} 年度` : ''];
    return parts.filter((p) => p !== '').join('　　');
  },
  chapter: (index, text) => `${chineseNumeral(index)}、${text}`,
  section: (index, text) => `（${chineseNumeral(index)}）${text}`,
  item: (index, text) => `${index}、${text}`,
  enumerate: enumerateZh,
  sentenceJoin: '',

  headings: {
    basicInfo: '基本情况',
    overview: (type) => (type === 'project' ? '单位概况' : '部门概况'),
    annualGoals: '年度总体工作和重点工作任务',
    budget: (type) => (type === 'project' ? '项目资金收支情况' : '部门整体收支情况'),
    evaluation: '综合评价分析',
    conclusion: '自评结论综述',
    taskAnalysis: '各项工作任务绩效目标完成情况分析',
    achievements: '主要工作成效',
    problems: '存在的主要问题',
    measures: '下一步改进措施',
  },
  nothingInBasicInfo: (type) =>
    type === 'project' ? '基本信息表和预算执行表中未填写单位概况、年度工作任务和项目资金收支情况。' : '基本信息表和预算执行表中未填写部门概况、年度工作任务和收支情况。',

  budgetTotals({ initial, adjustedDuringYear, adjusted, executed, rate }) {
    if (adjusted !== null && executed !== null) {
      const budget = adjustedDuringYear && initial !== null ? `年初预算数 ${wan(initial)}，调整后全年预算数 ${wan(adjusted)}` : `全年预算数 ${wan(adjusted)}`;
      return `${budget}，执行数 ${wan(executed)}${rate !== null ? `，完成预算的 ${rate}` : ''}。`;
    }
    // no rate on 年初 here: the execution score is on 全年预算数 alone, and a rate the scoring table does not use would contradict it
    if (executed !== null) return initial !== null ? `年初预算数 ${wan(initial)}，执行数 ${wan(executed)}。` : `全年支出总额为 ${wan(executed)}。`;
    if (adjusted !== null) return `全年预算数 ${wan(adjusted)}。`;
    if (initial !== null) return `年初预算数 ${wan(initial)}。`;
    return null;
  },
  fundSources: (parts) => `按资金来源分，${parts.map((p) => `${spendingLabel(p.label)} ${wan(p.amount)}`).join('，')}。`,
  spendingByNature(basic, project) {
    const parts = [basic !== null ? `基本支出 ${wan(basic)}` : '', project !== null ? `项目支出 ${wan(project)}` : ''].filter((p) => p !== '');
    return `按支出性质看，${parts.join('，')}。`;
  },
  basicSpendingParts(personnel, publicUse) {
    const parts = [personnel !== null ? `人员经费支出 ${wan(personnel)}` : '', publicUse !== null ? `日常公用经费支出 ${wan(publicUse)}` : ''].filter((p) => p !== '');
    return `基本支出中，${parts.join('，')}。`;
  },
  threePublic({ amount, change }) {
    const comparison =
      change === null ? '' : change.direction === 'same' ? '，与上年持平' : `，比上年${change.direction === 'up' ? '增加' : '减少'} ${wan(change.amount)}`;
    return `“三公”经费支出 ${wan(amount)}${comparison}。`;
  },
  projectSpending: ({ initial, adjusted, executed, rate, rateBase }) =>
    `项目支出年初预算数为 ${wan(initial)}，${adjusted !== null ? `全年预算数为 ${wan(adjusted)}，` : ''}执行数为 ${wan(executed)}` +
    `${rate !== null ? `，项目执行率 ${rate}${rateBase === 'initial' ? '（按年初预算数计算）' : ''}` : ''}。`,

  conclusion({ score, max, onHundred, grade, evaluationType, projectName }) {
    const subject = projectName !== '' ? `${projectSpending(projectName)}绩效` : evaluationType === 'project' ? '本项目支出绩效' : '本单位整体支出绩效';
    return `经逐项对照自评，${subject}自评 ${score} 分${onHundred ? '' : `（满分 ${max} 分）`}，本次绩效评价各项工作自评结果：${grade}。`;
  },
  capped: ({ rate, from, to }) => `${rate !== null ? `因预算执行率为 ${rate}，` : ''}按评分规则，总分由 ${from} 分调整为 ${to} 分。`,
  nothingScored: '绩效指标表中没有可以计分的指标，未得出自评分数。',

  taskHeading: (index, name) => `${index}、${name}（任务 ${index}）`,
  otherIndicatorsHeading: (index) => `${index}、未列明任务的指标`,
  indicatorSet({ subject, year, funds, total, dimensions }) {
    const yearStart = bareYear(year) !== '' ? `${bareYear(year)} 年初` : '';
    // seed 002: "…涉及资金 42.52 万元。本任务 2022 年初设置绩效评价指标 6 个": the task is the subject of both
    const task = funds !== null ? `本任务涉及资金 ${wan(funds)}，${yearStart}` : `本任务${yearStart !== '' ? ` ${yearStart}` : ''}`;
    const who = subject === 'task' ? task : subject === 'unit' ? '本年度共' : '以上任务之外另';
    const split = dimensions.length > 0 ? `，其中${dimensions.map((d) => `${d.label}指标 ${d.count} 个`).join('、')}` : '';
    return `${who}设置绩效评价指标 ${total} 个${split}。`;
  },
  outcome,
  indicatorResults(results) {
    const items = results.map((r) => {
      if (r.kind === 'levels') {
        const who = r.names.length === 1 ? q(r.names[0]) : `${r.names.map(q).join('、')}等 ${r.names.length} 项指标`;
        const target = r.target !== null ? `目标为${q(r.target)}，` : '';
        return `${who}${target}完成情况${r.names.length === 1 ? '' : '均'}为${q(r.actual ?? '未填写')}`;
      }
      const target = r.target !== null ? `目标 ${r.target}` : '未填写目标值';
      const actual = r.actual !== null ? `实际完成 ${r.actual}` : '未填写实际完成值';
      return `${q(r.name)}${target}，${actual}${r.deduction !== null ? `（超过目标值较多，按评分规则扣 ${r.deduction} 分）` : ''}`;
    });
    return `绩效目标完成情况：${items.join('；')}。`;
  },

  scoringLead: '各项绩效指标评分情况如下：',
  scoringHeader: ['评价指标', '分值', '得分', '得分比', '综合评价'],
  scoringTotal: '综合绩效',
  scoringCap: '执行率限分调整',
  scoringGroup: (index, name) => `${chineseNumeral(index)}、${name}`,
  scoringItem: (index, name) => `${index}. ${name}`,
  notScored: '—',
  unnamedIndicator: (row) => `第 ${row} 行指标`,

  problem: (p) => problem(p),
  measure,
  noProblems: '经自评，本年度未发现需要说明的主要问题。',
  noMeasures: '本年度无需要整改的事项。',
};
