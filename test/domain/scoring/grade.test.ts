import { DEFAULT_SCHEME } from '../../../src/domain/scheme/defaults';
import { gradeFor } from '../../../src/domain/scoring/grade';

describe('grades', () => {
  it('uses inclusive lower bounds on exact decimals', () => {
    expect(gradeFor(0.9, DEFAULT_SCHEME)).toBe('优');
    expect(gradeFor(90 / 100, DEFAULT_SCHEME)).toBe('优');
    expect(gradeFor(0.8999, DEFAULT_SCHEME)).toBe('良');
    expect(gradeFor(0.8, DEFAULT_SCHEME)).toBe('良');
    expect(gradeFor(0.6, DEFAULT_SCHEME)).toBe('中');
    expect(gradeFor(0.5999, DEFAULT_SCHEME)).toBe('差');
    expect(gradeFor(0, DEFAULT_SCHEME)).toBe('差');
  });
  it('reads 0.29 as 29, not 28.999999999999996', () => {
    expect(gradeFor(0.29, { grades: [{ min: 29, label: 'A' }, { min: 0, label: 'B' }] })).toBe('A');
  });
  it('follows a scheme with other bands and labels, in any order', () => {
    const grades = [
      { min: 60, label: '一般' },
      { min: 95, label: '好' },
      { min: 0, label: '差' },
      { min: 85, label: '较好' },
    ];
    expect(gradeFor(0.95, { grades })).toBe('好');
    expect(gradeFor(0.9499, { grades })).toBe('较好');
  });
});
