import { scoreQuantitative } from '../../../src/domain/scoring/quantitative-score';

describe('quantitative scoring, higher is better (≥, >)', () => {
  it('gives full points when the actual reaches the target (B = A)', () => {
    expect(scoreQuantitative(10, 200, 200, 'gte', 'ratio')).toMatchObject({ score: 10, met: true, completionRate: 1 });
  });
  it('gives w·B/A below the target, rounded half up on the exact decimal', () => {
    expect(scoreQuantitative(10, 200, 100.1, 'gte', 'ratio')).toMatchObject({ score: 5.01, met: false });
    expect(scoreQuantitative(10, 95, 90, 'gt', 'ratio')).toMatchObject({ score: 9.47, met: false });
  });
  it('gives 0 for an actual of 0', () => {
    expect(scoreQuantitative(10, 200, 0, 'gte', 'ratio')).toMatchObject({ score: 0, met: false, completionRate: 0 });
  });
  it('caps at w above the target', () => {
    expect(scoreQuantitative(10, 100, 180, 'gte', 'ratio')).toMatchObject({ score: 10, completionRate: 1.8 });
  });
  it('flags a target of 0, which every actual meets', () => {
    expect(scoreQuantitative(10, 0, 5, 'gte', 'ratio')).toEqual({ score: 10, met: true, completionRate: null, targetZero: true, equalityMismatch: false, shareNumerator: 1, shareDenominator: 1 });
  });

  it('gives the score before rounding as a share of the points: B/A, A/B, (2A − B)/A', () => {
    expect(scoreQuantitative(33.333, 10, 5, 'gte', 'ratio')).toMatchObject({ score: 16.67, shareNumerator: 5, shareDenominator: 10 });
    expect(scoreQuantitative(33.333, 5, 8, 'lte', 'ratio')).toMatchObject({ score: 20.83, shareNumerator: 5, shareDenominator: 8 });
    expect(scoreQuantitative(10, 5, 8, 'lte', 'linear')).toMatchObject({ score: 4, shareNumerator: 2, shareDenominator: 5 });
  });
});

describe('quantitative scoring, lower is better (≤, <)', () => {
  it('gives full points at or under the target', () => {
    expect(scoreQuantitative(10, 5, 5, 'lte', 'ratio')).toMatchObject({ score: 10, met: true, completionRate: 1 });
    expect(scoreQuantitative(10, 5, 3, 'lt', 'ratio')).toMatchObject({ score: 10, met: true });
  });
  it("'ratio' gives w·A/B above the target", () => {
    expect(scoreQuantitative(10, 5, 8, 'lte', 'ratio')).toMatchObject({ score: 6.25, met: false, completionRate: 0.625 });
  });
  it("'linear' gives w·(1 − (B−A)/A), reaching 0 at twice the target", () => {
    expect(scoreQuantitative(10, 5, 8, 'lte', 'linear')).toMatchObject({ score: 4, met: false });
    expect(scoreQuantitative(10, 5, 10, 'lte', 'linear')).toMatchObject({ score: 0 });
    expect(scoreQuantitative(10, 5, 12, 'lte', 'linear')).toMatchObject({ score: 0 });
    expect(scoreQuantitative(10, 0.1, 0.15, 'lte', 'linear')).toMatchObject({ score: 5 });
  });
  it('has no completion rate for an actual of 0 (A/B is not a number)', () => {
    expect(scoreQuantitative(10, 5, 0, 'lte', 'ratio')).toMatchObject({ score: 10, completionRate: null });
  });
  it('scores a target of 0 like "= 0": full at 0, nothing above', () => {
    expect(scoreQuantitative(10, 0, 0, 'lte', 'ratio')).toMatchObject({ score: 10, met: true, targetZero: false });
    expect(scoreQuantitative(10, 0, 1, 'lte', 'linear')).toMatchObject({ score: 0, met: false, targetZero: false });
  });
});

describe('quantitative scoring, equality (=)', () => {
  it('scores A > 0 as ≥ and flags B ≠ A', () => {
    expect(scoreQuantitative(10, 100, 100, 'eq', 'ratio')).toMatchObject({ score: 10, equalityMismatch: false });
    expect(scoreQuantitative(10, 100, 90, 'eq', 'ratio')).toMatchObject({ score: 9, met: false, equalityMismatch: true });
    expect(scoreQuantitative(10, 100, 110, 'eq', 'ratio')).toMatchObject({ score: 10, met: true, equalityMismatch: true });
  });
  it('with A = 0: full if B ≤ 0, else 0', () => {
    expect(scoreQuantitative(10, 0, 0, 'eq', 'ratio')).toMatchObject({ score: 10, met: true, equalityMismatch: false, completionRate: null });
    expect(scoreQuantitative(10, 0, 2, 'eq', 'ratio')).toMatchObject({ score: 0, met: false, equalityMismatch: true });
  });
});
