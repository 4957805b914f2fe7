import { projectMof } from '../../../samples/data/project-mof';
import { seed002 } from '../../../samples/data/seed-002';
import { templateExampleFromSample } from '../../../src/taskpane/services/template-example';

describe('the example rows the template is inserted with', () => {
  it('takes seed 002’s 基本信息, budget lines and indicators field by field', () => {
    const example = templateExampleFromSample(seed002);
    expect(example.info?.unitName).toBe('广州市黄埔区工商业联合会');
    expect(example.indicators).toHaveLength(19);
    expect(example.indicators?.[0]).toMatchObject({ task: '工商联业务及海内外联谊工作', level1: '产出指标', comparator: '≥', target: 4, actual: 4, points: 5 });
    expect(example.budget?.filter((line) => line.category === '任务').map((line) => line.name)).toEqual([
      '工商联业务及海内外联谊工作',
      '区非公有制经济组织党委工作',
      '区“两新”组织党建创新中心工作',
    ]);
  });

  it('finds a sample’s table under its title rows, and writes a percentage format as the text the engine reads', () => {
    const example = templateExampleFromSample(projectMof);
    const share = example.indicators?.find((row) => row.level3 === '取得职业技能等级证书人员占比');
    expect(share).toMatchObject({ target: '不低于80%', actual: '72%', points: 10 });
  });
});
