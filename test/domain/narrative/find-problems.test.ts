import { evaluate } from '../../../src/domain/evaluate';
import type { EvaluationInput, EvaluationReport } from '../../../src/domain/model';
import { sampleReport } from './sample-reports';
import { buildNarrative, narrativeText } from '../../../src/domain/narrative';
import { findProblems } from '../../../src/domain/narrative/find-problems';
import { basicInfo, budgetRows, indicatorRows } from '../../fixtures/seeds';

/**
 * A project whose workbook trips every budget and design check: execution 80%, 基本 + 项目 short of the
 * 合计, 三公经费 up from last year, a target exceeded twice over with no reason, no 满意度 indicator.
 */
function troubledProject(): EvaluationInput {
  return {
    info: basicInfo({ unitName: '示例单位', year: '2023' }, 'project'),
    indicators: indicatorRows([
      { level1: '产出指标', level2: '数量指标', level3: '培训人次', comparator: '≥', target: 100, unit: '人次', actual: 200, points: 50 },
      { level1: '效益指标', level2: '社会效益指标', level3: '就业率', comparator: '≥', target: '80%', unit: '%', actual: '85%', points: 40 },
    ]),
    budget: budgetRows([
      { name: '合计', category: 'total', adjusted: 100, executed: 80, points: 10 },
      { name: '基本支出', category: 'basic', executed: 50 },
      { name: '项目支出', category: 'project', executed: 20 },
      { name: '三公经费', category: 'threePublic', executed: 0.5, lastYear: 0.3, note: '新增外事接待任务。' },
    ]),
  };
}

function problemTexts(input: EvaluationInput): string[] {
  return problemTextsOf(evaluate(input));
}

function problemTextsOf(report: EvaluationReport): string[] {
  const doc = buildNarrative(report);
  const start = doc.blocks.findIndex((block) => block.kind === 'heading' && block.text === '三、存在的主要问题');
  const end = doc.blocks.findIndex((block) => block.kind === 'heading' && block.text === '四、下一步改进措施');
  return doc.blocks.slice(start + 1, end).flatMap((block) => (block.kind === 'paragraph' ? [block.text] : []));
}

describe('problems found in the evaluation', () => {
  it('raises each finding that matters once, in the reviewer’s order', () => {
    expect(findProblems(evaluate(troubledProject())).map((raised) => raised.problem.kind)).toEqual([
      'lowExecution',
      'indicatorDesign',
      'targetsTooLow',
      'threePublicUp',
    ]);
  });

  it('leaves the checks meant for whoever fills in the workbook out of the report: a score that may be too high, parts that do not add up', () => {
    const report = evaluate(troubledProject());
    expect(report.warnings.map((warning) => warning.code)).toEqual(expect.arrayContaining(['SCORE_MAY_BE_INFLATED', 'PARTS_MISMATCH']));
    const text = narrativeText(buildNarrative(report));
    expect(text).not.toMatch(/自评结果可能偏高|严禁刻意抬高分数|勾稽关系|加强预算数据核对/);
  });

  it('says each in a plain sentence with the workbook’s figures, never a code', () => {
    const texts = problemTexts(troubledProject());
    expect(texts).toEqual([
      '（一）经费支出执行较慢，预算执行率偏低。“合计”全年预算数 100 万元，执行数 80 万元，预算执行率 80.0%，低于 90%。',
      '（二）绩效指标设置不够全面。指标体系中未设置满意度指标，绩效目标不够完整。',
      '（三）部分绩效指标值设置过低。“培训人次”实际完成 200 人次，目标值为 ≥100 人次，完成率达 200.0%。指标值设置偏低，实际完成值与预期值相差过大，未能发挥绩效目标的引导和约束作用。',
      '（四）“三公”经费支出比上年增加。本年度“三公”经费支出 0.5 万元，比上年 0.3 万元增加 0.2 万元（说明：新增外事接待任务）。',
    ]);
  });

  it('leads a low execution with the unit’s total, its slow parts after 其中, and says 部分 only when the total is not low', async () => {
    const problems = problemTextsOf(await sampleReport('project-mof'));
    expect(problems).toContainEqual(
      '（二）经费支出执行较慢，预算执行率偏低。“年度资金总额”全年预算数 280 万元，执行数 238 万元，预算执行率 85.0%，低于 90%；' +
        '其中，“当年财政拨款”全年预算数 250 万元，执行数 215.2 万元，预算执行率 86.1%；“上年结转资金”全年预算数 30 万元，执行数 22.8 万元，预算执行率 76.0%。',
    );
    const input = troubledProject();
    input.budget = budgetRows([
      { name: '合计', category: 'total', adjusted: 100, executed: 95, points: 10 },
      { name: '项目支出', category: 'project', adjusted: 20, executed: 15 },
      { name: '基本支出', category: 'basic', adjusted: 80, executed: 80 },
    ]);
    expect(problemTexts(input)[0]).toBe('（一）部分经费支出执行较慢，预算执行率偏低。“项目支出”全年预算数 20 万元，执行数 15 万元，预算执行率 75.0%，低于 90%。');
  });

  it('calls spending over the full-year budget overspending, with a measure to spend within the budget', () => {
    const input = troubledProject();
    input.budget = budgetRows([{ name: '合计', category: 'total', initial: 120, adjusted: 100, executed: 107.5, points: 10 }]);
    const doc = buildNarrative(evaluate(input));
    const text = narrativeText(doc);
    expect(text).toContain('（一）存在超预算支出的情况。“合计”全年预算数 100 万元，执行数 107.5 万元，执行率 107.5%，超出预算 7.5 万元。');
    expect(text).not.toMatch(/填报有误|计算口径/);
    expect(text).toContain('（一）严格按预算执行。严格按照批复的预算安排支出，不得超预算支出；确需增加支出的，按规定程序先行调整预算后再执行。');
  });

  it('points each problem at the cells it rests on', () => {
    const raised = findProblems(evaluate(troubledProject()));
    const low = raised.find((r) => r.problem.kind === 'lowExecution');
    expect(low?.sources.map((source) => source.sheet)).toEqual(['预算执行']);
    const tooLow = raised.find((r) => r.problem.kind === 'targetsTooLow');
    expect(tooLow?.sources).toEqual([expect.objectContaining({ sheet: '绩效指标', row: 2 })]);
  });

  it('leaves a missing 满意度 out of a department’s problems, where the engine only notes it', () => {
    const input = troubledProject();
    input.info = { ...input.info, evaluationType: 'department' };
    expect(findProblems(evaluate(input)).map((raised) => raised.problem.kind)).not.toContain('indicatorDesign');
  });

  it('puts the unit’s own 存在问题补充 first, quoted', () => {
    const input = troubledProject();
    input.info = { ...input.info, extraProblems: '部分专项工作被迫延后' };
    const texts = problemTexts(input);
    expect(texts[0]).toBe('（一）部分专项工作被迫延后。');
    expect(texts).toHaveLength(5);
  });

  it('reads the same in English, figure for figure, with one measure each', () => {
    const doc = buildNarrative(evaluate(troubledProject()), 'en-US');
    const paragraphs = doc.blocks.flatMap((block) => (block.kind === 'paragraph' ? [block.text] : []));
    const problems = paragraphs.filter((text) => /^\(\d\) /.test(text));
    expect(problems).toHaveLength(8);
    expect(problems.join('\n')).toContain('“合计” spent 80 (10k yuan) of a full-year budget of 100 (10k yuan), 80.0%, below 90%.');
    expect(problems.join('\n')).toContain('(explanation: 新增外事接待任务)');
  });
});
