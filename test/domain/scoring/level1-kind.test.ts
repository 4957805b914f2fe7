import { classifyLevel1 } from '../../../src/domain/scoring/level1-kind';

describe('level-1 classification', () => {
  it.each([
    ['产出', 'output'],
    ['产出指标', 'output'],
    ['一、产出', 'output'],
    ['效益', 'benefit'],
    ['效果', 'benefit'],
    ['效益指标', 'benefit'],
    ['满意度', 'satisfaction'],
    ['服务对象满意度', 'satisfaction'],
    ['满意度指标', 'satisfaction'],
    ['预算执行', 'budget'],
    ['预算执行率', 'budget'],
    ['管理', 'other'],
    ['', 'other'],
  ])('%s → %s', (name, kind) => {
    expect(classifyLevel1(name)).toBe(kind);
  });
});
