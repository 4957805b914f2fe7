import fc from 'fast-check';
import { WARNING_CODES, type Warning, type WarningCode } from '../../../src/domain/model';
import type { Finding } from '../../../src/domain/scoring/findings';
import { locationOfWarning, orderedWarnings } from '../../../src/domain/scoring/warning-order';

const at = (sheet: string | null, row: number, column: number) => ({ sheet, address: sheet && row ? `${String.fromCharCode(64 + column)}${row}` : null, row, column });

describe('warning order', () => {
  it('places a warning made elsewhere by its A1 address, absolute ones too', () => {
    const placed = (cell: string | null) => {
      const { row, column } = locationOfWarning({ code: 'EXECUTION_LOW', severity: 'warning', sheet: '预算执行', cell, message: { 'zh-CN': '', 'en-US': '' }, params: {} });
      return { row, column };
    };
    expect(placed('G12')).toEqual({ row: 12, column: 7 });
    expect(placed('$AA$3')).toEqual({ row: 3, column: 27 });
    expect(placed(null)).toEqual({ row: 0, column: 0 });
    expect(placed('R1C1')).toEqual({ row: 0, column: 0 });
  });

  it('puts whole-workbook findings first, then sheets in code-point order, rows, columns, codes in catalogue order', () => {
    const findings: Finding[] = [
      { code: 'MISSED_NO_REASON', at: at('绩效指标', 3, 7), params: {} },
      { code: 'ACTUAL_MISSING', at: at('绩效指标', 3, 7), params: {} },
      { code: 'SCORE_MAY_BE_INFLATED', at: at(null, 0, 0), params: {} },
      { code: 'POINTS_TOTAL_MISMATCH', at: at('绩效指标', 0, 0), params: {} },
      { code: 'SELF_SCORE_DIFFERS', at: at('绩效指标', 2, 9), params: {} },
      { code: 'TARGET_ZERO', at: at('绩效指标', 2, 5), params: {} },
    ];
    const budget: Warning = { code: 'EXECUTION_LOW', severity: 'warning', sheet: '预算执行', cell: 'E2', message: { 'zh-CN': '', 'en-US': '' }, params: {} };
    const order = orderedWarnings(findings, [budget]).map((w) => `${w.sheet}:${w.cell}:${w.code}`);
    expect(order).toEqual([
      'null:null:SCORE_MAY_BE_INFLATED',
      '绩效指标:null:POINTS_TOTAL_MISMATCH',
      '绩效指标:E2:TARGET_ZERO',
      '绩效指标:I2:SELF_SCORE_DIFFERS',
      '绩效指标:G3:ACTUAL_MISSING',
      '绩效指标:G3:MISSED_NO_REASON',
      '预算执行:E2:EXECUTION_LOW',
    ]);
  });

  it('keeps the order found for equal keys, and takes the severity a finding overrides', () => {
    const findings: Finding[] = [
      { code: 'LEVEL1_MISSING', at: at('绩效指标', 0, 0), params: { dimension: 'benefit' }, severity: 'info' },
      { code: 'LEVEL1_MISSING', at: at('绩效指标', 0, 0), params: { dimension: 'satisfaction' } },
    ];
    expect(orderedWarnings(findings, []).map((w) => [w.params.dimension, w.severity])).toEqual([
      ['benefit', 'info'],
      ['satisfaction', 'warning'],
    ]);
  });

  // The rule, written plainly: a stable sort by (sheet rank, row, column, code's place in WARNING_CODES).
  describe('any findings, in any order', () => {
    const SHEET_NAMES = ['绩效指标', '预算执行', 'Sheet1', '附表'];
    // code-point order (all four in the Basic Multilingual Plane, where sort()'s UTF-16 order is the same)
    const SHEETS_IN_ORDER = [...SHEET_NAMES].sort();
    // few columns and codes: findings that share a cell and a code, whose order found must be kept
    const findingArb = (rows: fc.Arbitrary<number>) =>
      fc.record({
        code: fc.oneof(fc.constantFrom(...WARNING_CODES), fc.constantFrom<WarningCode>('ACTUAL_MISSING', 'MISSED_NO_REASON')),
        sheet: fc.constantFrom(null, ...SHEET_NAMES),
        row: rows,
        column: fc.oneof(fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 2 })),
      });
    const expectedOrder = (findings: ReadonlyArray<{ code: WarningCode; sheet: string | null; row: number; column: number }>) => {
      const sheetRank = (sheet: string | null) => (sheet === null ? 0 : 1 + SHEETS_IN_ORDER.indexOf(sheet));
      const codeRank = (code: WarningCode) => WARNING_CODES.indexOf(code);
      const keyed = findings.map((finding, found) => ({ finding, found }));
      keyed.sort(
        (a, b) =>
          sheetRank(a.finding.sheet) - sheetRank(b.finding.sheet) ||
          a.finding.row - b.finding.row ||
          a.finding.column - b.finding.column ||
          codeRank(a.finding.code) - codeRank(b.finding.code) ||
          a.found - b.found,
      );
      return keyed.map(({ found }) => found);
    };
    const orderOf = (findings: ReadonlyArray<{ code: WarningCode; sheet: string | null; row: number; column: number }>) => {
      const asFindings: Finding[] = findings.map(({ code, sheet, row, column }, found) => ({
        code,
        at: { sheet, address: null, row, column },
        params: { found },
      }));
      return orderedWarnings(asFindings, []).map((warning) => warning.params.found);
    };

    it('rows close together, many warnings to a row (counted into rows, a long row sorted by comparison)', () => {
      fc.assert(
        fc.property(fc.array(findingArb(fc.integer({ min: 0, max: 2 })), { maxLength: 300, size: 'max' }), (findings) => {
          expect(orderOf(findings)).toEqual(expectedOrder(findings));
        }),
        { numRuns: 200 },
      );
    });

    it('rows far apart, up to the last row Excel has (compared field by field)', () => {
      fc.assert(
        fc.property(fc.array(findingArb(fc.integer({ min: 0, max: 1_048_576 })), { maxLength: 50, size: 'max' }), (findings) => {
          expect(orderOf(findings)).toEqual(expectedOrder(findings));
        }),
        { numRuns: 200 },
      );
    });

    it('rows that are not whole numbers (compared field by field)', () => {
      fc.assert(
        fc.property(fc.array(findingArb(fc.constantFrom(0, 1, 1.5, 2, 2.25)), { maxLength: 60, size: 'max' }), (findings) => {
          expect(orderOf(findings)).toEqual(expectedOrder(findings));
        }),
        { numRuns: 200 },
      );
    });

    it('orders by row before column even at the last column Excel has', () => {
      const findings: Finding[] = [
        { code: 'ACTUAL_MISSING', at: { sheet: '绩效指标', address: null, row: 1.5, column: 0 }, params: { found: 0 } },
        { code: 'ACTUAL_MISSING', at: { sheet: '绩效指标', address: null, row: 1, column: 16_384 }, params: { found: 1 } },
      ];
      expect(orderedWarnings(findings, []).map((warning) => warning.params.found)).toEqual([1, 0]);
    });

    it("the budget's warnings, placed by their A1 address among the table's", () => {
      const budgetWarning = (cell: string | null, found: number): Warning => ({
        code: 'EXECUTION_LOW',
        severity: 'warning',
        sheet: '预算执行',
        cell,
        message: { 'zh-CN': '', 'en-US': '' },
        params: { found },
      });
      const findings: Finding[] = [
        { code: 'MISSED_NO_REASON', at: at('预算执行', 3, 2), params: { found: 0 } },
        { code: 'ACTUAL_MISSING', at: at('预算执行', 5, 7), params: { found: 1 } },
      ];
      const budget = [budgetWarning('E5', 2), budgetWarning(null, 3), budgetWarning('A3', 4), budgetWarning('B3', 5)];
      expect(orderedWarnings(findings, budget).map((warning) => warning.params.found)).toEqual([3, 4, 0, 5, 2, 1]);
    });
  });
});
