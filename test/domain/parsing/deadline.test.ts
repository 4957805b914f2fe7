import { parseDeadline } from '../../../src/domain/parsing/deadline';

describe('parseDeadline', () => {
  test('the year is kept when written', () => {
    expect(parseDeadline('2023年6月30日前', '2023年6月30日前')).toEqual({ kind: 'deadline', year: 2023, month: 6, day: 30, comparator: 'lte', text: '2023年6月30日前' });
    expect(parseDeadline('2024年2月29日', '2024年2月29日')).toMatchObject({ kind: 'deadline', year: 2024, month: 2, day: 29 });
  });

  test('a month alone is not a deadline (it is a number of months)', () => {
    expect(parseDeadline('12月', '12月')).toBeNull();
    expect(parseDeadline('12月前', '12月前')).toBeNull();
    expect(parseDeadline('2022年12月前', '2022年12月前')).toBeNull();
    expect(parseDeadline('3个月内', '3个月内')).toBeNull();
  });

  test('a direction before and after that disagree is not read', () => {
    expect(parseDeadline('≥12月底前', '≥12月底前')).toEqual({ kind: 'unreadable', text: '≥12月底前', reason: 'conflictingDirection' });
    expect(parseDeadline('≤12月底前', '≤12月底前')).toMatchObject({ kind: 'deadline', comparator: 'lte' });
  });

  test('end of year in its usual forms', () => {
    for (const text of ['年底前', '年末前', '本年底前', '2022年底前', '年度末前']) {
      expect(parseDeadline(text, text)).toMatchObject({ kind: 'deadline', month: 12, day: null, comparator: 'lte', text });
    }
    expect(parseDeadline('2022年底前', '2022年底前')).toMatchObject({ year: 2022 });
    expect(parseDeadline('年内完成', '年内完成')).toEqual({ kind: 'deadline', year: null, month: 12, day: null, comparator: 'lte', text: '年内完成' });
  });
});
