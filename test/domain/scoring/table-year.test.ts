import { inferTableYear } from '../../../src/domain/scoring/table-year';
import { indicatorRows, type IndicatorSpec } from '../../fixtures/seeds';

const date = (serial: number) => ({ value: serial, numberFormat: 'yyyy-mm-dd' });
const rows = (specs: ReadonlyArray<Pick<IndicatorSpec, 'target' | 'actual'>>, sheet?: string) =>
  indicatorRows(specs.map((spec, i) => ({ level1: '产出', level3: `指标${i + 1}`, points: 10, ...spec })), { sheet });

describe('inferTableYear', () => {
  it('takes the most common year among dated targets and actuals, text or serial', () => {
    expect(inferTableYear(rows([
      { target: '2022年12月31日前', actual: date(44935) }, // 2023-01-09
      { target: '12月底前', actual: '2022.11.30' },
      { target: '≥95%', actual: '96%' },
    ]))).toBe(2022);
  });

  it('takes the earlier of equally common years: late work runs into the next year', () => {
    expect(inferTableYear(rows([
      { target: '12月31日前', actual: date(44935) }, // 2023-01-09
      { target: '12月31日前', actual: date(45280) }, // 2023-12-20
      { target: '6月30日前', actual: date(44732) }, // 2022-06-20
      { target: '11月30日前', actual: '2022-11-30' },
    ]))).toBe(2022);
  });

  it('finds no year in one dated cell alone, but in a sheet named for its year', () => {
    expect(inferTableYear(rows([{ target: '12月31日前', actual: date(44935) }]))).toBeNull();
    expect(inferTableYear(rows([{ target: '≥95%', actual: '96%' }]))).toBeNull();
    expect(inferTableYear(rows([{ target: '12月31日前', actual: date(44935) }], '2022年绩效指标'))).toBe(2022);
  });
});
