import { parseDeadline } from '../../../src/domain/parsing/deadline';

describe('parseDeadline', () => {
  test('the year is read past, not kept', () => {
    expect(parseDeadline('2023年6月30日前', '2023年6月30日前')).toEqual({ kind: 'deadline', month: 6, day: 30, comparator: 'lte', text: '2023年6月30日前' });
  });

  test('a month alone is not a deadline (it is a number of months)', () => {
    expect(parseDeadline('12月', '12月')).toBeNull();
    expect(parseDeadline('12月前', '12月前')).toBeNull();
    expect(parseDeadline('3个月内', '3个月内')).toBeNull();
  });

  test('a direction before and after that disagree is not read', () => {
    expect(parseDeadline('≥12月底前', '≥12月底前')).toEqual({ kind: 'unreadable', text: '≥12月底前', reason: 'unknownUnit' });
    expect(parseDeadline('≤12月底前', '≤12月底前')).toMatchObject({ kind: 'deadline', comparator: 'lte' });
  });

  test('end of year in its usual forms', () => {
    for (const text of ['年底前', '年末前', '本年底前', '2022年底前', '年度末前']) {
      expect(parseDeadline(text, text)).toEqual({ kind: 'deadline', month: 12, day: null, comparator: 'lte', text });
    }
    expect(parseDeadline('年内完成', '年内完成')).toEqual({ kind: 'deadline', month: 12, day: null, comparator: 'lte', text: '年内完成' });
  });
});
