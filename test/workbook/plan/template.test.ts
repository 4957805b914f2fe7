import { DEFAULT_SCHEME } from '../../../src/domain/scheme/defaults';
import { schemeFromSettingRows } from '../../../src/domain/scheme/from-setting-rows';
import { schemeToSettingRows } from '../../../src/domain/scheme/to-setting-rows';
import { textAt } from '../../../src/workbook/cells/grid-cells';
import { detectTables } from '../../../src/workbook/detect/detect-tables';
import { planTemplate } from '../../../src/workbook/plan/template';
import { listValidationProblem } from '../../../src/workbook/write-plan';
import { parseComparator } from '../../../src/domain/parsing/parse-comparator';
import { classifyLevel1 } from '../../../src/domain/scoring/level1-kind';
import { readInput } from '../../../src/workbook/read/read-input';
import { sheet } from '../helpers/grid-builder';
import { applyPlan } from '../helpers/plan-applier';

describe('planTemplate', () => {
  const plan = planTemplate();
  const applied = applyPlan([], plan);

  it('creates the four standard sheets with their headers in row 1, frozen, columns sized', () => {
    expect(applied.grids.map((grid) => grid.name)).toEqual(['基本信息', '预算执行', '绩效指标', '评分设置']);
    // the headers as detection reads them: the notes in brackets under them are not part of the header
    const header = (name: string) => applied.grids.find((grid) => grid.name === name)!.values[0].map((text) => String(text).replace(/\n（[^（）]*）$/, ''));
    expect(header('绩效指标')).toEqual(['任务', '一级指标', '二级指标', '三级指标', '指标性质', '年度指标值', '度量单位', '实际完成值', '分值', '自评得分', '偏差原因分析及改进措施']);
    expect(header('预算执行')).toEqual(['资金项目', '类别', '年初预算数', '全年预算数', '全年执行数', '分值', '上年执行数', '说明']);
    expect(header('基本信息')).toEqual(['项目', '内容']);
    expect(header('评分设置')).toEqual(['参数', '值', '说明']);
    for (const name of ['基本信息', '预算执行', '绩效指标', '评分设置']) {
      expect(plan.ops).toContainEqual({ kind: 'freezeRows', sheet: name, rows: 1 });
      expect(plan.ops.some((op) => op.kind === 'columnWidth' && op.sheet === name)).toBe(true);
    }
    expect(applied.planned('绩效指标', 'A1')?.style?.bold).toBe(true);
    expect(plan.skippedSheets).toEqual([]);
  });

  it('prints each sheet on A4 one page wide, the wide tables across the page, its header again on every page', () => {
    const pageSetups = plan.ops.filter((op) => op.kind === 'pageSetup');
    expect(pageSetups).toEqual([
      { kind: 'pageSetup', sheet: '基本信息', paper: 'A4', orientation: 'portrait', fitToWidth: true, titleRows: 1 },
      { kind: 'pageSetup', sheet: '预算执行', paper: 'A4', orientation: 'landscape', fitToWidth: true, titleRows: 1 },
      { kind: 'pageSetup', sheet: '绩效指标', paper: 'A4', orientation: 'landscape', fitToWidth: true, titleRows: 1 },
      { kind: 'pageSetup', sheet: '评分设置', paper: 'A4', orientation: 'portrait', fitToWidth: true, titleRows: 1 },
    ]);
  });

  it('wraps the long texts: the 评分设置 notes, and the 基本信息 内容 a colleague types (部门职能 runs to a dozen lines)', () => {
    const settingsRows = applied.grids.find((grid) => grid.name === '评分设置')!.values.length;
    for (let row = 2; row <= settingsRows; row += 1) expect(applied.planned('评分设置', `C${row}`)?.style).toMatchObject({ wrap: true, vertical: 'top' });
    for (let row = 2; row <= 10; row += 1) expect(applied.planned('基本信息', `B${row}`)?.style).toMatchObject({ wrap: true, vertical: 'top' });
  });

  it('lists the 基本信息 items to fill in', () => {
    const info = applied.grids.find((grid) => grid.name === '基本信息')!;
    expect(info.values.map((row) => String(row[0]).replace(/\n（[^（）]*）$/, ''))).toEqual(['项目', '单位名称', '项目名称', '评价年度', '评价类型', '部门职能', '机构人员', '年度总体目标', '主要工作成效', '存在问题补充']);
  });

  it('tells a colleague without the add-in, in the headers, what the constrained columns take and the unit of amounts', () => {
    const grid = (name: string) => applied.grids.find((g) => g.name === name)!;
    const headerOf = (name: string, field: string) => String(grid(name).values[0].find((text) => String(text).startsWith(field)));
    for (const word of ['合计', '基本支出', '人员经费', '日常公用经费', '项目支出', '三公经费', '财政拨款', '上年结转', '其他资金', '任务']) {
      expect(headerOf('预算执行', '类别')).toContain(word);
    }
    for (const field of ['年初预算数', '全年预算数', '全年执行数', '上年执行数']) expect(headerOf('预算执行', field)).toContain('万元');
    for (const word of ['产出指标', '效益指标', '满意度指标']) expect(headerOf('绩效指标', '一级指标')).toContain(word);
    for (const word of ['≥', '≤', '=', '定性']) expect(headerOf('绩效指标', '指标性质')).toContain(word);
    for (const field of ['任务', '度量单位', '自评得分']) expect(headerOf('绩效指标', field)).toContain('选填');
    const evaluationType = String(grid('基本信息').values.find((row) => String(row[0]).startsWith('评价类型'))![0]);
    expect(evaluationType).toContain('部门整体支出');
    expect(evaluationType).toContain('项目支出');
    // the notes wrap: the header row is made tall enough for them
    expect(plan.ops).toContainEqual(expect.objectContaining({ kind: 'rowHeight', sheet: '预算执行', row: 1 }));
    expect(plan.ops).toContainEqual(expect.objectContaining({ kind: 'rowHeight', sheet: '绩效指标', row: 1 }));
  });

  it('offers the constrained columns’ words in a dropdown on their data rows, the 评价类型 cell too', () => {
    const lists = plan.ops.filter((op) => op.kind === 'listValidation');
    expect(lists).toEqual([
      { kind: 'listValidation', sheet: '基本信息', address: 'B5', values: ['部门整体支出', '项目支出'] },
      { kind: 'listValidation', sheet: '预算执行', address: 'B2:B1000', values: ['合计', '基本支出', '人员经费', '日常公用经费', '项目支出', '三公经费', '财政拨款', '上年结转', '其他资金', '任务'] },
      { kind: 'listValidation', sheet: '绩效指标', address: 'B2:B1000', values: ['产出指标', '效益指标', '满意度指标'] },
      { kind: 'listValidation', sheet: '绩效指标', address: 'E2:E1000', values: ['≥', '≤', '＝', '>', '<', '定性'] },
    ]);
    // the columns and the cell are the ones the headers name
    expect(String(applied.grids.find((grid) => grid.name === '基本信息')!.values[4][0])).toMatch(/^评价类型/);
    expect(String(applied.grids.find((grid) => grid.name === '预算执行')!.values[0][1])).toMatch(/^类别/);
    expect(String(applied.grids.find((grid) => grid.name === '绩效指标')!.values[0][1])).toMatch(/^一级指标/);
    expect(String(applied.grids.find((grid) => grid.name === '绩效指标')!.values[0][4])).toMatch(/^指标性质/);
    for (const op of lists) expect(op.kind === 'listValidation' && listValidationProblem(op)).toBeNull();
  });

  it('offers only words the engine reads as meant: each direction, each level-1 dimension, each category', () => {
    expect(['≥', '≤', '＝', '>', '<', '定性'].map((word) => parseComparator({ value: word }))).toEqual(['gte', 'lte', 'eq', 'gt', 'lt', 'qualitative']);
    expect(['产出指标', '效益指标', '满意度指标'].map(classifyLevel1)).toEqual(['output', 'benefit', 'satisfaction']);
    const budget = planTemplate({
      example: { budget: ['合计', '基本支出', '人员经费', '日常公用经费', '项目支出', '三公经费', '财政拨款', '上年结转', '其他资金', '任务'].map((category) => ({ name: `x${category}`, category })) },
    });
    const grids = applyPlan([], budget).grids;
    const categories = readInput(grids, detectTables(grids)).input.budget.map((line) => line.category);
    expect(categories).not.toContain('other');
    expect(new Set(categories).size).toBe(10);
  });

  it('asks for 项目名称 under 单位名称, which reads back as the project a project evaluation names', () => {
    const project = planTemplate({ example: { info: { unitName: '某某区人力资源和社会保障局', projectName: '职业技能提升培训补贴项目', evaluationType: '项目支出' } } });
    const grids = applyPlan([], project).grids;
    const info = grids.find((grid) => grid.name === '基本信息')!;
    expect(info.values.slice(1, 3)).toEqual([
      ['单位名称', '某某区人力资源和社会保障局'],
      ['项目名称\n（项目支出评价填写）', '职业技能提升培训补贴项目'],
    ]);
    expect(readInput(grids, detectTables(grids)).input.info).toMatchObject({ projectName: '职业技能提升培训补贴项目', evaluationType: 'project' });
  });

  it('writes the default scheme into 评分设置, which reads back as the default scheme', () => {
    const settings = applied.grids.find((grid) => grid.name === '评分设置')!;
    expect(settings.values.slice(1).map((row) => row[0])).toEqual(schemeToSettingRows(DEFAULT_SCHEME).map((row) => row.key));
    const read = readInput(applied.grids, detectTables(applied.grids));
    const { scheme, problems } = schemeFromSettingRows(read.schemeRows);
    expect(problems).toEqual([]);
    expect(scheme).toEqual(DEFAULT_SCHEME);
  });

  it('is found again by detection with every table and no problem', () => {
    const detection = detectTables(applied.grids);
    expect(detection.problems).toEqual([]);
    expect([detection.indicators?.sheet, detection.budget?.sheet, detection.basicInfo?.sheet, detection.settings?.sheet]).toEqual(['绩效指标', '预算执行', '基本信息', '评分设置']);
  });

  it('carries example rows that read back as they were given, text kept as text', () => {
    const example = planTemplate({
      example: {
        info: { unitName: '武汉市新洲区工商业联合会', year: 2019, evaluationType: '部门整体支出' },
        budget: [{ name: '支出总额', category: '合计', executed: 222.48 }],
        indicators: [
          { level1: '产出', level3: '开展主题教育', comparator: '定性', target: '达成', actual: '达成', points: 10, selfScore: 10 },
          { level1: '产出', level3: '投诉率', target: '-5%', actual: '=0', points: 10 },
        ],
      },
    });
    const grids = applyPlan([], example).grids;
    const read = readInput(grids, detectTables(grids));
    expect(read.input.info).toMatchObject({ unitName: '武汉市新洲区工商业联合会', year: '2019', evaluationType: 'department' });
    expect(read.input.budget[0]).toMatchObject({ name: '支出总额', category: 'total', executed: { value: 222.48 } });
    expect(read.input.indicators.map((row) => [row.level3, row.target.value, row.actual.value, row.points.value])).toEqual([
      ['开展主题教育', '达成', '达成', 10],
      ['投诉率', '-5%', '=0', 10],
    ]);
    const cells = example.ops.flatMap((op) => (op.kind === 'setCells' ? op.cells.flat() : []));
    expect(cells.find((cell) => cell.value === '=0')?.kind).toBe('text');
    expect(cells.find((cell) => cell.value === '-5%')?.kind).toBe('text');
  });

  it('leaves a standard sheet that already holds data alone', () => {
    const existing = [sheet('绩效指标', [['一级指标'], ['产出']]), sheet('基本信息', [[]])];
    const partial = planTemplate({ existing });
    expect(partial.skippedSheets).toEqual(['绩效指标']);
    expect(partial.ops.some((op) => op.sheet === '绩效指标')).toBe(false);
    expect(partial.ops.some((op) => op.sheet === '基本信息')).toBe(true);
    expect(textAt(applyPlan(existing, partial).grids[0], 2, 1)).toBe('产出');
  });
});
