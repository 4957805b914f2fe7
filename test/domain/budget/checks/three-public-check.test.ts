import { checkThreePublic } from '../../../../src/domain/budget/checks/three-public-check';
import { budgetLine } from '../budget-rows';

describe('THREE_PUBLIC_UP', () => {
  it('flags 三公经费 above last year, with the increase', () => {
    const [warning] = checkThreePublic(budgetLine({ category: 'threePublic', executed: 0.38, lastYear: 0.3 }));
    expect(warning).toMatchObject({ code: 'THREE_PUBLIC_UP', severity: 'warning', cell: 'E2' });
    expect(warning.params).toEqual({ line: '三公经费', executed: 0.38, lastYear: 0.3, increase: 0.08, note: '', noteColumn: 1 });
    expect(warning.message['zh-CN']).toBe('「三公经费」执行 0.38 万元，比上年 0.3 万元增加 0.08 万元：三公经费应只减不增，请在“说明”中写明原因。');
  });

  it('keeps it as info when 说明 explains the increase', () => {
    const [warning] = checkThreePublic(budgetLine({ category: 'threePublic', executed: 0.38, lastYear: 0.3, note: '承办全省现场会' }));
    expect(warning).toMatchObject({ severity: 'info' });
    expect(warning.message['zh-CN']).toContain('说明：承办全省现场会');
  });

  it('is quiet when spending is level with last year (seed 000: 与上年基本持平) or lower', () => {
    expect(checkThreePublic(budgetLine({ category: 'threePublic', executed: 0.38, lastYear: 0.38 }))).toEqual([]);
    expect(checkThreePublic(budgetLine({ category: 'threePublic', executed: 0.38, lastYear: 0.5 }))).toEqual([]);
  });

  it('is quiet when last year is not given', () => {
    expect(checkThreePublic(budgetLine({ category: 'threePublic', executed: 0.38 }))).toEqual([]);
  });

  it('looks at 三公经费 lines only', () => {
    expect(checkThreePublic(budgetLine({ category: 'publicUse', executed: 19.82, lastYear: 10 }))).toEqual([]);
  });
});
