import fc from 'fast-check';
import { evaluate } from '../../../src/domain/evaluate';
import { asExcelShowsIt } from '../../../src/workbook/cells/grid-cells';
import { detectTables } from '../../../src/workbook/detect/detect-tables';
import { readInput } from '../../../src/workbook/read/read-input';
import { sheet } from '../helpers/grid-builder';

describe('asExcelShowsIt', () => {
  it('takes a formula’s result at the 15 significant digits Excel shows', () => {
    expect(asExcelShowsIt(0.1 + 0.2)).toBe(0.3);
    expect(asExcelShowsIt(0.95 * 1.1)).toBe(1.045);
    expect(asExcelShowsIt(-(0.1 + 0.2))).toBe(-0.3);
  });

  it('gives what toPrecision(15) gives for any number, its quick path for short decimals included', () => {
    const excel = (value: number) => (Number.isInteger(value) || !Number.isFinite(value) ? value : Number(value.toPrecision(15)));
    fc.assert(fc.property(fc.double(), (value) => Object.is(asExcelShowsIt(value), excel(value))), { numRuns: 20_000 });
    const decimal = fc.tuple(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 0, max: 6 })).map(([digits, places]) => digits / 10 ** places);
    fc.assert(fc.property(decimal, (value) => Object.is(asExcelShowsIt(value), excel(value))), { numRuns: 20_000 });
  });

  it('leaves every number a person can type as it is', () => {
    for (const typed of [0.3, 95, 1291.73, 0.123456789012345, 123456789012.345, 1e-10, 2 ** 60, -0.05]) expect(asExcelShowsIt(typed)).toBe(typed);
    expect(asExcelShowsIt(Number.POSITIVE_INFINITY)).toBe(Number.POSITIVE_INFINITY);
    expect(asExcelShowsIt(Number.NaN)).toBeNaN();
  });
});

describe('numbers worked out by formula, as the engine reads them', () => {
  // seed 002's 培训人次 row, its target worked out by formula in the sheet (=0.1+0.2 stands for any such rounding)
  const rows = [
    ['一级指标', '二级指标', '三级指标', '指标性质', '年度指标值', '度量单位', '实际完成值', '分值'],
    ['产出指标', '数量指标', '会员企业培训覆盖率', '≥', 0.1 + 0.2, '%', 0.3, 10],
    ['效益指标', '社会效益', '服务企业数', '≥', 0.95 * 1.1 * 100, '家', 104.5, 10],
  ];
  const grids = [sheet('绩效指标', rows)];
  const report = evaluate(readInput(grids, detectTables(grids)).input);

  it('meets a target an actual typed equal to what the cell shows, with full points', () => {
    expect(report.indicators.map((indicator) => [indicator.status, indicator.completionRate, indicator.computedScore])).toEqual([
      ['met', 1, 10],
      ['met', 1, 10],
    ]);
  });

  it('quotes the target as the cell shows it', () => {
    expect(report.indicators[0].target).toMatchObject({ kind: 'quantity', value: 0.3 });
    expect(JSON.stringify(report)).not.toContain('0000000');
  });
});
