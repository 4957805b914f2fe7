import { qualitativeBand, scoreQualitative } from '../../../src/domain/scoring/qualitative-score';

describe('qualitative bands', () => {
  it('are 达成 [0.8w, w], 部分达成 [0.6w, 0.8w), 未达成 [0, 0.6w) on exact decimals', () => {
    expect(qualitativeBand('achieved', 13)).toEqual({ low: 10.4, high: 13, highInclusive: true });
    expect(qualitativeBand('partial', 10)).toEqual({ low: 6, high: 8, highInclusive: false });
    expect(qualitativeBand('notAchieved', 15)).toEqual({ low: 0, high: 9, highInclusive: false });
  });
});

describe('qualitative scoring', () => {
  it('keeps a self-score inside the band as the computed score (seed 000: 11 of 13, 达成)', () => {
    expect(scoreQualitative('achieved', 13, 11)).toMatchObject({ score: 11, provisional: false, clampedFrom: null });
    expect(scoreQualitative('achieved', 13, 10.4)).toMatchObject({ score: 10.4, clampedFrom: null });
  });
  it('moves a self-score outside the band to the nearest edge', () => {
    expect(scoreQualitative('achieved', 10, 7)).toMatchObject({ score: 8, clampedFrom: 7 });
    expect(scoreQualitative('partial', 10, 5)).toMatchObject({ score: 6, clampedFrom: 5 });
  });
  it("puts the top of a half-open band one cent below its bound, which belongs to the band above", () => {
    expect(scoreQualitative('partial', 10, 8)).toMatchObject({ score: 7.99, clampedFrom: 8 });
    expect(scoreQualitative('notAchieved', 10, 6)).toMatchObject({ score: 5.99, clampedFrom: 6 });
    expect(scoreQualitative('partial', 10, 7.99)).toMatchObject({ score: 7.99, clampedFrom: null });
  });
  it('uses the band default without a self-score, provisionally: w, 0.7w, 0.3w', () => {
    expect(scoreQualitative('achieved', 15, null)).toMatchObject({ score: 15, provisional: true });
    expect(scoreQualitative('partial', 15, null)).toMatchObject({ score: 10.5, provisional: true });
    expect(scoreQualitative('notAchieved', 15, null)).toMatchObject({ score: 4.5, provisional: true });
  });
});
