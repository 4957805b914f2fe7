import { readLeadingOperator, readTrailingOperator } from '../../../src/domain/parsing/operator-words';

describe('operator words', () => {
  test('the longest word wins: 不低于 is ≥, never the < of 低于', () => {
    expect(readLeadingOperator('不低于95%', 0)).toEqual({ comparator: 'gte', length: 3, word: true });
    expect(readLeadingOperator('低于95%', 0)).toEqual({ comparator: 'lt', length: 2, word: true });
    expect(readLeadingOperator('大于等于90', 0)).toEqual({ comparator: 'gte', length: 4, word: true });
    expect(readLeadingOperator('大于90', 0)).toEqual({ comparator: 'gt', length: 2, word: true });
  });

  test('two-character signs are read whole', () => {
    expect(readLeadingOperator('>=95', 0)).toEqual({ comparator: 'gte', length: 2, word: false });
    expect(readLeadingOperator('<=95', 0)).toEqual({ comparator: 'lte', length: 2, word: false });
    expect(readLeadingOperator('=>95', 0)).toEqual({ comparator: 'gte', length: 2, word: false });
    expect(readLeadingOperator('95', 0)).toBeNull();
    expect(readLeadingOperator('满意度', 0)).toBeNull();
  });

  test('trailing words: 及以上 before 以上, 以内 before 内', () => {
    expect(readTrailingOperator('95%及以上')).toEqual({ comparator: 'gte', length: 3, word: true });
    expect(readTrailingOperator('5个工作日以内')).toEqual({ comparator: 'lte', length: 2, word: true });
    expect(readTrailingOperator('5个工作日内')).toEqual({ comparator: 'lte', length: 1, word: true });
    expect(readTrailingOperator('95%')).toBeNull();
    expect(readTrailingOperator('')).toBeNull();
  });
});
