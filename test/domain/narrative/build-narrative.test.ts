import Big from 'big.js';
import { cellOfField } from '../../../src/domain/cells/field-cell';
import { evaluate } from '../../../src/domain/evaluate';
import type { EvaluationInput, EvaluationReport } from '../../../src/domain/model';
import { DEFAULT_SCHEME } from '../../../src/domain/scheme';
import { buildNarrative, narrativeText, type NarrativeDocument, type TableBlock } from '../../../src/domain/narrative';
import { basicInfo, budgetRows, indicatorRows, SEED_002_TASKS, seed000Input, seed002Input, type IndicatorSpec } from '../../fixtures/seeds';
import { sampleReport } from './sample-reports';

function headings(doc: NarrativeDocument, level?: 1 | 2 | 3): string[] {
  return doc.blocks.flatMap((block) => (block.kind === 'heading' && (level === undefined || block.level === level) ? [block.text] : []));
}

function paragraphs(doc: NarrativeDocument): string[] {
  return doc.blocks.flatMap((block) => (block.kind === 'paragraph' ? [block.text] : []));
}

function scoringTable(doc: NarrativeDocument): TableBlock {
  const table = doc.blocks.find((block): block is TableBlock => block.kind === 'table');
  if (!table) throw new Error('the report has no scoring table');
  return table;
}

function tableTexts(table: TableBlock): string[][] {
  return table.rows.map((row) => row.cells.map((cell) => cell.text));
}

/** the paragraphs between a chapter heading and the next chapter */
function chapterParagraphs(doc: NarrativeDocument, chapterStart: string): string[] {
  const start = doc.blocks.findIndex((block) => block.kind === 'heading' && block.level === 1 && block.text.startsWith(chapterStart));
  const rest = doc.blocks.slice(start + 1);
  const end = rest.findIndex((block) => block.kind === 'heading' && block.level === 1);
  return (end < 0 ? rest : rest.slice(0, end)).flatMap((block) => (block.kind === 'paragraph' ? [block.text] : []));
}

describe('the seed 002 sample workbook (广州市黄埔区工商业联合会, 2022)', () => {
  let report: EvaluationReport;
  let doc: NarrativeDocument;
  beforeAll(async () => {
    report = await sampleReport('seed-002');
    doc = buildNarrative(report);
  });

  it('is titled like the seed', () => {
    expect(doc.title).toBe('2022 年度广州市黄埔区工商业联合会部门整体支出绩效自评报告');
    expect(doc.unitName).toBe('广州市黄埔区工商业联合会');
  });

  it('gives the title’s lines for a cover: the year and the unit, then the report’s kind', () => {
    expect(doc.titleLines).toEqual(['2022 年度广州市黄埔区工商业联合会', '部门整体支出绩效自评报告']);
    expect(doc.titleLines.join('')).toBe(doc.title);
    expect(buildNarrative(report, 'en-US').titleLines).toEqual([buildNarrative(report, 'en-US').title]);
  });

  it('follows the seed outline', () => {
    expect(headings(doc, 1)).toEqual(['一、基本情况', '二、综合评价分析', '三、存在的主要问题', '四、下一步改进措施']);
    expect(headings(doc, 2)).toEqual([
      '（一）部门概况',
      '（二）年度总体工作和重点工作任务',
      '（三）部门整体收支情况',
      '（一）自评结论综述',
      '（二）各项工作任务绩效目标完成情况分析',
      '（三）主要工作成效',
    ]);
  });

  it('states the budget as the seed does', () => {
    const text = narrativeText(doc);
    expect(text).toContain('全年预算数 1,291.73 万元，执行数 1,288.38 万元，完成预算的 99.7%。');
    expect(text).toContain('按支出性质看，基本支出 815.05 万元，项目支出 473.33 万元。');
    expect(text).toContain('按资金来源分，一般公共预算财政拨款支出 1,288.38 万元，其他资金支出 0 万元。');
  });

  it('analyses each task with its funds, indicator counts and the missed indicator’s reason', () => {
    expect(headings(doc, 3)).toEqual([
      '1、工商联业务及海内外联谊工作（任务 1）',
      '2、区非公有制经济组织党委工作（任务 2）',
      '3、区“两新”组织党建创新中心工作（任务 3）',
    ]);
    const text = narrativeText(doc);
    expect(text).toContain(
      '本任务涉及资金 42.52 万元，2022 年初设置绩效评价指标 6 个，其中产出指标 3 个、效益指标 2 个、满意度指标 1 个。' +
        '经测评，该 6 个指标中 5 个指标已达到目标值，1 个指标未达到目标值：' +
        '2022 年受新冠病毒疫情影响，会员企业与贵州等地的产业对接事宜暂未达成意向，导致“乡村振兴产业对接成功案例”未达预期目标。',
    );
    expect(text).toContain('本任务涉及资金 52.61 万元，2022 年初设置绩效评价指标 5 个，其中产出指标 2 个、效益指标 1 个、满意度指标 2 个。经测评，所设定的 5 项绩效指标均已达到目标值。');
    expect(text).toContain('所设定的 8 项绩效指标均已达到目标值。');
  });

  it('concludes with the total 95.91 and 优', () => {
    expect(paragraphs(doc)).toContain('经逐项对照自评，本单位整体支出绩效自评 95.91 分，本次绩效评价各项工作自评结果：优。');
    expect(scoringTable(doc).rows.at(-1)?.cells.map((cell) => cell.text)).toEqual(['综合绩效', '100', '95.91', '96%', '优']);
  });

  it('counts the budget execution line in the scoring table', () => {
    expect(tableTexts(scoringTable(doc))).toContainEqual(['四、预算执行', '10', '9.97', '99.7%', '优']);
  });

  it('raises the seed’s problems: the unit’s own, unbalanced indicators, the missed target', () => {
    const problems = chapterParagraphs(doc, '三、');
    expect(problems[0]).toBe('（一）由于受新冠病毒疫情影响，部分专项工作被迫延后，项目经费支出执行较慢。');
    expect(problems[1]).toBe(
      '（二）部分任务绩效指标设置不够全面。任务“区‘两新’组织党建创新中心工作”设置产出指标 5 个、效益指标 2 个，产出指标设置过多，效益指标较少，未能充分体现实施效果。',
    );
    expect(problems[2]).toContain('（三）部分绩效指标未完成目标值。共有 1 个指标未达到目标值：“乡村振兴产业对接成功案例”（目标 ≥16 个，实际完成 3 个）。');
    expect(problems.join('')).not.toMatch(/[A-Z_]{6,}/);
  });

  it('answers each problem with one measure, in the same order', () => {
    const problems = chapterParagraphs(doc, '三、');
    const measures = chapterParagraphs(doc, '四、');
    expect(measures).toHaveLength(problems.length);
    expect(measures[1]).toMatch(/^（二）提高绩效指标编制水平。/);
    expect(measures[2]).toMatch(/^（三）提高各项指标完成率。/);
  });

  it('quotes the unit’s text as typed and marks it as quoted', () => {
    const quoted = doc.blocks.filter((block) => block.kind === 'paragraph' && block.origin === 'quoted').map((block) => (block.kind === 'paragraph' ? block.text : ''));
    const functions = report.info.functions.split('\n');
    expect(quoted).toEqual(expect.arrayContaining(functions));
    expect(quoted).toContain('（一）由于受新冠病毒疫情影响，部分专项工作被迫延后，项目经费支出执行较慢。');
  });

  it('traces the figures to their cells', () => {
    const budget = doc.blocks.find((block) => block.kind === 'paragraph' && block.text.startsWith('全年预算数'));
    expect(budget?.kind === 'paragraph' && budget.sources?.map((source) => source.sheet)).toEqual(expect.arrayContaining(['预算执行']));
    const task1 = doc.blocks.find((block) => block.kind === 'paragraph' && block.text.startsWith('本任务涉及资金 42.52'));
    const missed = report.indicators.find((indicator) => indicator.status === 'missed');
    const reasonCell = missed && cellOfField(missed, 'reason');
    expect(task1?.kind === 'paragraph' && task1.sources).toContainEqual(reasonCell);
  });
});

describe('the seed 000 sample workbook (武汉市新洲区工商业联合会, 2019)', () => {
  let doc: NarrativeDocument;
  beforeAll(async () => {
    doc = buildNarrative(await sampleReport('seed-000'));
  });

  it('has the seed’s scoring table: a line per 一级指标 with its indicators beneath, and 综合绩效', () => {
    const rows = tableTexts(scoringTable(doc));
    expect(rows[0]).toEqual(['一、产出', '80', '74', '93%', '优']);
    expect(rows[1]).toEqual(['1. 开展主题教育', '10', '10', '', '']);
    expect(rows[3]).toEqual(['3. 非公经济人士培训班', '13', '11', '', '']);
    expect(rows[8]).toEqual(['二、效果', '20', '19', '95%', '优']);
    expect(rows[9]).toEqual(['1. 精准扶贫', '10', '9', '', '']);
    expect(rows.at(-1)).toEqual(['综合绩效', '100', '93', '93%', '优']);
    expect(scoringTable(doc).header).toEqual(['评价指标', '分值', '得分', '得分比', '综合评价']);
  });

  it('holds the table’s numbers as numbers, the 得分比 as the rounded ratio', () => {
    const [level] = scoringTable(doc).rows;
    expect(level.cells[1]).toEqual({ kind: 'number', value: 80, text: '80', format: 'score' });
    expect(level.cells[3]).toEqual({ kind: 'number', value: 0.93, text: '93%', format: 'percent' });
  });

  it('decomposes the spending as the seed does', () => {
    const text = narrativeText(doc);
    expect(text).toContain('全年支出总额为 222.48 万元。');
    expect(text).toContain('按支出性质看，基本支出 189.4 万元，项目支出 33.08 万元。');
    expect(text).toContain('基本支出中，人员经费支出 169.58 万元，日常公用经费支出 19.82 万元。');
    expect(text).toContain('项目支出年初预算数为 24.36 万元，执行数为 33.08 万元，项目执行率 135.8%（按年初预算数计算）。');
  });

  it('speaks of the year’s indicators, without task headings, when the table has no 任务 column', () => {
    expect(headings(doc, 3)).toEqual([]);
    expect(narrativeText(doc)).toContain('本年度共设置绩效评价指标 9 个，其中产出指标 7 个、效果指标 2 个。经测评，所设定的 9 项绩效指标均已达到目标值。');
  });

  it('points out the 135.8% computed on the initial budget', () => {
    expect(chapterParagraphs(doc, '三、').join('\n')).toContain(
      '部分预算执行率超过 100%。“项目支出”年初预算数 24.36 万元，执行数 33.08 万元，执行率 135.8%，执行率以年初预算数计算，未以调整后的全年预算数为依据。',
    );
    expect(chapterParagraphs(doc, '四、').join('\n')).toContain('规范预算执行率的计算口径。');
  });
});

function balancedSpecs(actuals: [number, number, number], reasons: [string, string, string] = ['', '', '']): IndicatorSpec[] {
  return [
    { level1: '产出指标', level2: '数量指标', level3: '培训场次', comparator: '≥', target: 10, unit: '场', actual: actuals[0], points: 40, reason: reasons[0] },
    { level1: '效益指标', level2: '社会效益指标', level3: '参训人员就业率', comparator: '≥', target: '80%', unit: '%', actual: `${actuals[1]}%`, points: 30, reason: reasons[1] },
    { level1: '满意度指标', level2: '服务对象满意度指标', level3: '学员满意度', comparator: '≥', target: '90%', unit: '%', actual: `${actuals[2]}%`, points: 30, reason: reasons[2] },
  ];
}

function input(specs: IndicatorSpec[], overrides: Partial<EvaluationInput> = {}): EvaluationInput {
  return {
    info: basicInfo({ unitName: '示例区就业服务中心', year: '2023' }, 'department'),
    indicators: indicatorRows(specs),
    budget: [],
    ...overrides,
  };
}

describe('edge cases', () => {
  it('leaves out the budget section when the workbook has no budget sheet', () => {
    const doc = buildNarrative(evaluate({ ...seed002Input(), budget: [] }));
    expect(headings(doc, 2)).not.toContain('（三）部门整体收支情况');
    expect(narrativeText(doc)).not.toMatch(/全年预算数|涉及资金|万元/);
    expect(tableTexts(scoringTable(doc)).map((row) => row[0])).not.toContain('四、预算执行');
    expect(narrativeText(doc)).toContain('本任务 2022 年初设置绩效评价指标 6 个');
  });

  it('shows no 得分比 in the scoring table that reads as a grade the score did not reach', () => {
    const specs: IndicatorSpec[] = [
      { level1: '产出指标', level2: '数量指标', level3: '培训场次', comparator: '≥', target: 10, unit: '场', actual: 10, points: 60 },
      { level1: '效益指标', level2: '社会效益指标', level3: '培训人数', comparator: '≥', target: 100, unit: '人', actual: 74, points: 40, reason: '场地不足' },
    ];
    const table = tableTexts(scoringTable(buildNarrative(evaluate(input(specs)))));
    expect(table.at(-1)).toEqual(['综合绩效', '100', '89.6', '89.6%', '良']);
    const totalRatio = scoringTable(buildNarrative(evaluate(input(specs)))).rows.at(-1)?.cells[3];
    expect(totalRatio).toMatchObject({ kind: 'number', value: 0.896 });
  });

  it('keeps to the scheme’s own grade bands (95 / 85: 94.97 beside 较好 is 94.97%, not 95%)', () => {
    const grades = [
      { min: 95, label: '好' },
      { min: 85, label: '较好' },
      { min: 60, label: '一般' },
      { min: 0, label: '差' },
    ];
    const specs: IndicatorSpec[] = [
      { level1: '产出指标', level2: '数量指标', level3: '培训场次', comparator: '≥', target: 10, unit: '场', actual: 10, points: 60 },
      { level1: '效益指标', level2: '社会效益指标', level3: '培训人数', comparator: '≥', target: 10000, unit: '人', actual: 8742.5, points: 40, reason: '场地不足' },
    ];
    const table = tableTexts(scoringTable(buildNarrative(evaluate(input(specs), { ...DEFAULT_SCHEME, grades }))));
    expect(table.at(-1)).toEqual(['综合绩效', '100', '94.97', '94.97%', '较好']);
  });

  it('invents no problem when every target is met', () => {
    const doc = buildNarrative(evaluate(input(balancedSpecs([12, 85, 95]))));
    expect(chapterParagraphs(doc, '三、')).toEqual(['经自评，本年度未发现需要说明的主要问题。']);
    expect(chapterParagraphs(doc, '四、')).toEqual(['本年度无需要整改的事项。']);
    expect(narrativeText(doc)).toContain('经测评，所设定的 3 项绩效指标均已达到目标值。');
  });

  it('names the indicator first when its reason also gives a measure, so the measure does not read as the cause', () => {
    const reasons: [string, string, string] = ['受经济环境影响，收入增长低于预期；下一步加强就业跟踪服务。', '活动取消。下一步将加大宣传动员力度', '课程安排不够合理'];
    const text = narrativeText(buildNarrative(evaluate(input(balancedSpecs([5, 60, 70], reasons)))));
    expect(text).toContain('一是“培训场次”未达预期目标，偏差原因及改进措施为：受经济环境影响，收入增长低于预期；下一步加强就业跟踪服务；');
    expect(text).toContain('二是“参训人员就业率”未达预期目标，偏差原因及改进措施为：活动取消。下一步将加大宣传动员力度；');
    expect(text).toContain('三是课程安排不够合理，导致“学员满意度”未达预期目标。');
    expect(text).not.toContain('服务，导致');
  });

  it('says so when every indicator missed, each with its reason or its lack of one', () => {
    const report = evaluate(input(balancedSpecs([5, 60, 70], ['受场地限制，培训推迟。', '', '课程安排不够合理'])));
    const doc = buildNarrative(report);
    const text = narrativeText(doc);
    expect(text).toContain(
      '经测评，该 3 个指标均未达到目标值：一是受场地限制，培训推迟，导致“培训场次”未达预期目标；二是“参训人员就业率”未达预期目标，未说明偏差原因；三是课程安排不够合理，导致“学员满意度”未达预期目标。',
    );
    const problems = chapterParagraphs(doc, '三、').join('\n');
    expect(problems).toContain('共有 3 个指标未达到目标值：“培训场次”（目标 ≥10 场，实际完成 5 场）、“参训人员就业率”（目标 ≥80%，实际完成 60%）、“学员满意度”（目标 ≥90%，实际完成 70%）。');
    expect(problems).toContain('其中“参训人员就业率”未说明偏差原因。');
    expect(chapterParagraphs(doc, '四、').join('\n')).toContain('对未完成的指标逐项分析偏差原因，提出改进措施。');
    expect(report.total.grade).not.toBe('优');
    expect(text).toContain(`自评 ${report.total.score} 分，本次绩效评价各项工作自评结果：${report.total.grade}。`);
  });

  it('says “均” (all) only of more than one indicator: a task with one indicator has it met or missed, not all of it', () => {
    const [training] = balancedSpecs([12, 85, 95]);
    const met = narrativeText(buildNarrative(evaluate(input([training]))));
    expect(met).toContain('经测评，所设定的 1 项绩效指标已达到目标值。');
    expect(met).not.toContain('均');
    const missed = narrativeText(buildNarrative(evaluate(input([{ ...training, actual: 5, reason: '受场地限制，培训推迟' }]))));
    expect(missed).toContain('经测评，该 1 个指标未达到目标值：受场地限制，培训推迟，导致“培训场次”未达预期目标。');
  });

  it('says so in one clause when every indicator ended the same way other than met or missed, not “该 2 个指标中 2 个指标…”', () => {
    const notApplicable = balancedSpecs([12, 85, 95]).slice(0, 2).map((spec) => ({ ...spec, target: '/', actual: '/' }));
    expect(narrativeText(buildNarrative(evaluate(input(notApplicable))))).toContain('经测评，该 2 个指标均不适用、未计分。');
    const unfilled = balancedSpecs([12, 85, 95]).map((spec) => ({ ...spec, actual: '' }));
    expect(narrativeText(buildNarrative(evaluate(input(unfilled))))).toContain('经测评，该 3 个指标均未填写实际完成值、未计分。');
    const merged = input(balancedSpecs([12, 85, 95]).slice(0, 2).map((spec) => ({ ...spec, points: '' })));
    merged.indicators = merged.indicators.map((row) => ({ ...row, mergedWith: { points: 2 } }));
    expect(narrativeText(buildNarrative(evaluate(merged)))).toContain('经测评，该 2 个指标的分值均与其他指标合并填写、未计分。');
  });

  it('quotes units as the user spelt them, not their canonical forms (个工作日, not 工作日; 名, not 人)', () => {
    const specs: IndicatorSpec[] = [
      { level1: '产出指标', level2: '时效指标', level3: '办结时限', comparator: '≤', target: '≤5个工作日', unit: '个工作日', actual: '6个工作日', points: 40 },
      { level1: '效益指标', level2: '社会效益指标', level3: '培训人数', comparator: '≥', target: 100, unit: '名', actual: 80, points: 30 },
      { level1: '满意度指标', level2: '服务对象满意度指标', level3: '学员满意度', comparator: '≥', target: '90%', unit: '%', actual: '95%', points: 30 },
    ];
    const problems = chapterParagraphs(buildNarrative(evaluate(input(specs))), '三、').join('\n');
    expect(problems).toContain('“办结时限”（目标 ≤5 个工作日，实际完成 6 个工作日）');
    expect(problems).toContain('“培训人数”（目标 ≥100 名，实际完成 80 名）');
  });

  it('quotes nothing the user did not write: empty 基本信息 leaves its sections out', () => {
    const doc = buildNarrative(evaluate(input(balancedSpecs([12, 85, 95]))));
    expect(headings(doc, 2).slice(0, 1)).toEqual(['（一）自评结论综述']);
    expect(chapterParagraphs(doc, '一、')).toEqual(['基本信息表和预算执行表中未填写部门概况、年度工作任务和收支情况。']);
    expect(doc.blocks.some((block) => block.kind === 'paragraph' && block.origin === 'quoted')).toBe(false);
  });

  it('names the sections a project evaluation has when its 基本信息 is empty (单位概况, 项目资金收支情况), not 部门概况', () => {
    const info = basicInfo({ unitName: '示例区就业服务中心', year: '2023', projectName: '职业技能培训' }, 'project');
    const doc = buildNarrative(evaluate(input(balancedSpecs([12, 85, 95]), { info })));
    expect(chapterParagraphs(doc, '一、')).toEqual(['基本信息表和预算执行表中未填写单位概况、年度工作任务和项目资金收支情况。']);
    expect(narrativeText(doc)).not.toContain('部门概况');
  });

  it('numbers the sections that are present without gaps', () => {
    const info = basicInfo({ unitName: '示例单位', year: '2023', annualGoals: '完成年度培训任务。' }, 'department');
    const doc = buildNarrative(evaluate(input(balancedSpecs([12, 85, 95]), { info })));
    expect(headings(doc, 2).slice(0, 1)).toEqual(['（一）年度总体工作和重点工作任务']);
  });

  it('turns each line of 存在问题补充 into a problem, answered together by one measure', () => {
    const info = basicInfo({ extraProblems: '部分培训机构课程与用工需求衔接不够紧密\n资金拨付流程较长。' }, 'project');
    const doc = buildNarrative(evaluate(input(balancedSpecs([12, 85, 95]), { info })));
    expect(chapterParagraphs(doc, '三、')).toEqual(['（一）部分培训机构课程与用工需求衔接不够紧密。', '（二）资金拨付流程较长。']);
    expect(chapterParagraphs(doc, '四、')).toEqual(['（一）落实问题整改。针对上述第（一）、（二）项问题，逐项分析原因，明确整改措施、责任人和完成时限，跟踪整改落实情况。']);
    const three = { ...info, extraProblems: `${info.extraProblems}\n宣传不够` };
    const measures = chapterParagraphs(buildNarrative(evaluate(input(balancedSpecs([5, 85, 95]), { info: three }))), '四、');
    expect(measures[0]).toContain('针对上述第（一）至（三）项问题');
    expect(measures[1]).toMatch(/^（二）提高各项指标完成率。/);
  });

  it('numbers the problems the unit numbered itself once, not （一）（一）', () => {
    const info = basicInfo({ extraProblems: '（一）部分专项工作受疫情影响延后。\n2、绩效运行监控不够及时。' }, 'project');
    const doc = buildNarrative(evaluate(input(balancedSpecs([12, 85, 95]), { info })));
    expect(chapterParagraphs(doc, '三、')).toEqual(['（一）部分专项工作受疫情影响延后。', '（二）绩效运行监控不够及时。']);
  });

  it('titles a project evaluation as one', () => {
    const info = basicInfo({ unitName: '示例区人社局', year: '2023年' }, 'project');
    const doc = buildNarrative(evaluate(input(balancedSpecs([12, 85, 95]), { info })));
    expect(doc.title).toBe('2023 年度示例区人社局项目支出绩效自评报告');
    expect(narrativeText(doc)).toContain('经逐项对照自评，本项目支出绩效自评 100 分');
  });

  it('names the project in the title and the conclusion when 基本信息 gives 项目名称', () => {
    const info = { ...basicInfo({ unitName: '示例区人社局', year: '2023' }, 'project'), projectName: '职业技能提升培训补贴项目' };
    const doc = buildNarrative(evaluate(input(balancedSpecs([12, 85, 95]), { info })));
    expect(doc.title).toBe('2023 年度示例区人社局职业技能提升培训补贴项目支出绩效自评报告');
    expect(doc.titleLines).toEqual(['2023 年度示例区人社局', '职业技能提升培训补贴项目支出绩效自评报告']);
    expect(narrativeText(doc)).toContain('经逐项对照自评，职业技能提升培训补贴项目支出绩效自评 100 分');
    const named = buildNarrative(evaluate(input(balancedSpecs([12, 85, 95]), { info: { ...info, projectName: '培训补贴' } })));
    expect(named.title).toBe('2023 年度示例区人社局培训补贴项目支出绩效自评报告');
    const department = buildNarrative(evaluate(input(balancedSpecs([12, 85, 95]), { info: { ...info, evaluationType: 'department' } })));
    expect(department.title).toBe('2023 年度示例区人社局部门整体支出绩效自评报告');
  });

  it('gives the score out of its maximum when the points do not total 100', () => {
    const specs = balancedSpecs([12, 85, 95]).map((spec) => ({ ...spec, points: 10 }));
    expect(narrativeText(buildNarrative(evaluate(input(specs))))).toContain('自评 30 分（满分 30 分）');
  });

  it('says when the execution rate capped the total', () => {
    const scheme = { ...DEFAULT_SCHEME, executionCaps: { ...DEFAULT_SCHEME.executionCaps, enabled: true } };
    const budget = budgetRows([{ name: '合计', category: 'total', adjusted: 100, executed: 55, points: 10 }]);
    const specs = balancedSpecs([12, 85, 95]).map((spec) => ({ ...spec, points: 30 }));
    const report = evaluate(input(specs, { budget }), scheme);
    expect(report.total.cappedFrom).not.toBeNull();
    expect(narrativeText(buildNarrative(report))).toContain(`因预算执行率为 55.0%，按评分规则，总分由 ${report.total.cappedFrom} 分调整为 ${report.total.score} 分。`);
  });

  it('adds up in the scoring table when a cap lowered the total: the cut is a line of its own', () => {
    const scheme = { ...DEFAULT_SCHEME, executionCaps: { ...DEFAULT_SCHEME.executionCaps, enabled: true } };
    const budget = budgetRows([{ name: '合计', category: 'total', adjusted: 100, executed: 55, points: 10 }]);
    const specs = balancedSpecs([12, 85, 95]).map((spec) => ({ ...spec, points: 30 }));
    const report = evaluate(input(specs, { budget }), scheme);
    const table = scoringTable(buildNarrative(report));
    const cut = table.rows.find((row) => row.role === 'adjustment');
    expect([report.total.cappedFrom, report.total.score]).toEqual([95.5, 69]);
    expect(cut?.cells.map((cell) => cell.text)).toEqual(['执行率限分调整', '', '-26.5', '', '']);
    const counted = table.rows.filter((row) => row.role === 'group' || row.role === 'adjustment').map((row) => (row.cells[2].kind === 'number' ? row.cells[2].value : 0));
    expect(counted.reduce((sum, value) => sum.plus(value), new Big(0)).toNumber()).toBe(69);
    expect(table.rows.at(-2)).toBe(cut);
  });

  it('has no cap line when nothing was capped', () => {
    const report = evaluate(input(balancedSpecs([12, 85, 95])));
    expect(scoringTable(buildNarrative(report)).rows.some((row) => row.role === 'adjustment')).toBe(false);
  });

  it('speaks of an indicator with a blank 三级指标 by its row, never as “”', () => {
    const specs = balancedSpecs([5, 85, 95]).map((spec, i) => (i === 0 ? { ...spec, level3: '' } : spec));
    const report = evaluate(input(specs));
    const row = report.indicators[0].row;
    const doc = buildNarrative(report);
    const text = narrativeText(doc);
    expect(text).not.toContain('“”');
    expect(text).toContain(`“第 ${row} 行指标”未达预期目标，未说明偏差原因`);
    expect(tableTexts(scoringTable(doc))[1][0]).toBe(`1. 第 ${row} 行指标`);
    expect(narrativeText(buildNarrative(report, 'en-US'))).toContain(`“the indicator in row ${row}” fell short`);
  });

  it('gives a missed qualitative indicator’s target and result as labels in quotation marks', () => {
    const specs: IndicatorSpec[] = [
      ...balancedSpecs([12, 85, 95]).map((spec) => ({ ...spec, points: 30 })),
      { level1: '效益指标', level2: '可持续影响指标', level3: '长效机制建立', comparator: '定性', target: '达成年度指标', unit: '', actual: '部分达成', points: 10, selfScore: 7 },
    ];
    const problems = chapterParagraphs(buildNarrative(evaluate(input(specs))), '三、').join('\n');
    expect(problems).toContain('“长效机制建立”（目标为“达成年度指标”，实际为“部分达成”）');
    expect(problems).not.toContain('实际完成 部分达成');
  });

  it('says an indicator with no actual value was not filled in, and gives a level with nothing scored no ratio or grade', () => {
    const specs = balancedSpecs([12, 85, 95]).map((spec, i) => (i === 2 ? { ...spec, actual: '' } : spec));
    const doc = buildNarrative(evaluate(input(specs)));
    const text = narrativeText(doc);
    expect(text).toContain('1 个指标未填写实际完成值、未计分');
    expect(text).not.toContain('数据无法识别');
    expect(tableTexts(scoringTable(doc))).toContainEqual(['三、满意度', '30', '0', '—', '—']);
  });

  it('gives 综合绩效 no grade when no indicator counted, as the conclusion says no score was reached', () => {
    const notApplicable = balancedSpecs([12, 85, 95]).map((spec) => ({ ...spec, target: '不适用', actual: '不适用' }));
    const doc = buildNarrative(evaluate(input(notApplicable)));
    expect(paragraphs(doc)).toContain('绩效指标表中没有可以计分的指标，未得出自评分数。');
    expect(tableTexts(scoringTable(doc)).at(-1)).toEqual(['综合绩效', '0', '0', '—', '—']);
  });

  it('says why an indicator was not scored: 分值 not filled in, merged with another row’s, or unreadable', () => {
    const specs: IndicatorSpec[] = [
      ...balancedSpecs([12, 85, 95]),
      { level1: '产出指标', level2: '数量指标', level3: '培训人数', comparator: '≥', target: 100, unit: '人', actual: 120, points: '' },
      { level1: '产出指标', level2: '数量指标', level3: '培训课时', comparator: '≥', target: 100, unit: '课时', actual: 120, points: '' },
      { level1: '产出指标', level2: '数量指标', level3: '培训班次', comparator: '≥', target: 5, unit: '个', actual: 6, points: '十分' },
    ];
    const evaluationInput = input(specs);
    // 培训课时's 分值 is covered by 培训人数's merged down over it
    evaluationInput.indicators[4] = { ...evaluationInput.indicators[4], mergedWith: { points: 5 } };
    const text = narrativeText(buildNarrative(evaluate(evaluationInput)));
    expect(text).toContain('经测评，该 6 个指标中 3 个指标已达到目标值，1 个指标未填写分值、未计分，1 个指标的分值与其他指标合并填写、未计分，1 个指标因分值无法识别、未计分。');
    expect(text).not.toContain('数据无法识别');
    const english = narrativeText(buildNarrative(evaluate(evaluationInput), 'en-US'));
    expect(english).toContain('1 had points merged with another indicator');
  });

  it('quotes an indicator not scored with the unit of its 度量单位, as a scored one (目标 ≥100 人，实际完成 90 人)', () => {
    const specs: IndicatorSpec[] = [
      ...balancedSpecs([12, 85, 95]),
      { level1: '产出指标', level2: '数量指标', level3: '培训人数', comparator: '≥', target: 100, unit: '人', actual: 90, points: '' },
      { level1: '产出指标', level2: '质量指标', level3: '合格率', comparator: '≥', target: 0.9, unit: '%', actual: 0.95, points: '' },
    ];
    const text = narrativeText(buildNarrative(evaluate(input(specs))));
    expect(text).toContain('“培训人数”目标 ≥100 人，实际完成 90 人');
    // whether a bare 0.9 beside % is 90% or 0.9% is not guessed for a row that was not scored
    expect(text).toContain('“合格率”目标 ≥0.9，实际完成 0.95');
  });

  it('explains an over-achievement deduction where the indicator is discussed', () => {
    const scheme = { ...DEFAULT_SCHEME, overAchievement: { ...DEFAULT_SCHEME.overAchievement, deductionEnabled: true } };
    const report = evaluate(input(balancedSpecs([15, 85, 95])), scheme);
    expect(report.indicators[0].score).toBe(38);
    const doc = buildNarrative(report);
    expect(narrativeText(doc)).toContain('“培训场次”目标 ≥10 场，实际完成 15 场（超过目标值较多，按评分规则扣 2 分）');
    expect(chapterParagraphs(doc, '三、').join('\n')).toContain('“培训场次”实际完成 15 场，目标值为 ≥10 场，完成率达 150.0%，按评分规则扣 2 分。');
    expect(narrativeText(buildNarrative(report, 'en-US'))).toContain('the scoring rules took off 2 points');
  });

  it('lists indicators left without a task after the tasks', () => {
    const specs = seed002Input().indicators.slice(0, 2);
    const rows = [...specs, { ...specs[1], row: 30, task: null, level3: '未归类指标' }];
    const doc = buildNarrative(evaluate({ ...seed002Input(), indicators: rows }));
    expect(headings(doc, 3)).toEqual(['1、工商联业务及海内外联谊工作（任务 1）', '2、未列明任务的指标']);
    expect(narrativeText(doc)).toContain('以上任务之外另设置绩效评价指标 1 个');
  });
});

describe('text the user broke over lines inside one cell (Alt+Enter)', () => {
  function withLineBreaks(): EvaluationInput {
    const seed = seed002Input();
    const task = '工商联业务及\n海内外联谊工作';
    const indicators = seed.indicators.map((row) => {
      if (row.task !== SEED_002_TASKS.business) return row;
      return row.level3 === '乡村振兴产业对接成功案例'
        ? { ...row, task, level3: '乡村振兴产业\n对接成功案例', reason: '受新冠病毒疫情影响\n会员企业与贵州等地的产业对接事宜暂未达成意向' }
        : { ...row, task };
    });
    const budget = [
      ...seed.budget.map((line) => (line.name === SEED_002_TASKS.business ? { ...line, name: task } : line)),
      ...budgetRows([{ name: '专项\n资金', category: 'total', adjusted: 100, executed: 50, note: '部分项目\n延期。' }], '预算执行', 20),
    ];
    return { ...seed, info: { ...seed.info, unitName: '广州市黄埔区\n工商业联合会' }, indicators, budget };
  }

  it('writes every sentence, heading and table line on one line', () => {
    const doc = buildNarrative(evaluate(withLineBreaks()));
    const generated = doc.blocks.flatMap((block) => {
      if (block.kind === 'table') return block.rows.flatMap((row) => row.cells.map((cell) => cell.text));
      // the user's own paragraphs are quoted line by line already
      return block.kind === 'paragraph' && block.origin === 'quoted' ? [] : [block.text];
    });
    expect([doc.title, doc.subtitle, ...generated].filter((text) => /[\r\n]/.test(text))).toEqual([]);
  });

  it('joins a name’s lines directly and closes each line of a reason or a note as a clause', () => {
    const doc = buildNarrative(evaluate(withLineBreaks()));
    const text = narrativeText(doc);
    expect(doc.title).toBe('2022 年度广州市黄埔区工商业联合会部门整体支出绩效自评报告');
    expect(headings(doc, 3)[0]).toBe('1、工商联业务及海内外联谊工作（任务 1）');
    expect(text).toContain('“乡村振兴产业对接成功案例”未达预期目标，偏差原因及改进措施为：受新冠病毒疫情影响；会员企业与贵州等地的产业对接事宜暂未达成意向。');
    expect(text).toContain('“专项资金”全年预算数 100 万元，执行数 50 万元，预算执行率 50.0%');
    expect(text).toContain('（说明：部分项目；延期）');
  });
});

describe('in English', () => {
  it('has the same structure and figures as the Chinese report', async () => {
    const report = await sampleReport('seed-002');
    const zh = buildNarrative(report, 'zh-CN');
    const en = buildNarrative(report, 'en-US');
    expect(en.blocks.map((block) => (block.kind === 'heading' ? `h${block.level}` : block.kind))).toEqual(
      zh.blocks.map((block) => (block.kind === 'heading' ? `h${block.level}` : block.kind)),
    );
    const text = narrativeText(en);
    expect(text).toContain('The full-year budget was 1,291.73 (10k yuan) and 1,288.38 (10k yuan) was spent, 99.7% of the budget.');
    expect(text).toContain('scores itself 95.91; the overall grade is 优.');
    expect(text).toContain('At the start of 2022 the task set 6 indicators: 3 output, 2 benefit and 1 satisfaction.');
    expect(headings(en, 1)).toEqual(['I. Basic information', 'II. Evaluation', 'III. Main problems', 'IV. Next steps']);
    expect(scoringTable(en).header).toEqual(['Indicator', 'Points', 'Score', 'Ratio', 'Grade']);
  });

  it('is the default only when asked for: Chinese comes first', () => {
    expect(buildNarrative(evaluate(seed000Input())).locale).toBe('zh-CN');
  });
});
