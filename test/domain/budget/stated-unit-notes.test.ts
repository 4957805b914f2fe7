import { statedUnitNotes } from '../../../src/domain/budget/stated-unit-notes';
import type { MoneyUnit, StatedMoneyUnit } from '../../../src/domain/model';
import { budgetRow } from './budget-rows';

const stated = (unit: MoneyUnit, address: string, text: string): StatedMoneyUnit => ({ unit, cell: { sheet: '预算执行', address, row: 1, column: 1 }, text });

describe('statedUnitNotes', () => {
  it('says once per unit that the amounts were converted, at the first column stating it, “等列” when others state it too', () => {
    const amountUnits = { initial: stated('元', 'C1', '年初预算数（元）'), adjusted: stated('元', 'D1', '全年预算数（元）'), lastYear: stated('千元', 'G1', '上年执行数（千元）') };
    const notes = statedUnitNotes([{ ...budgetRow({ row: 2, category: 'total' }), amountUnits }]);
    expect(notes.map((note) => [note.code, note.severity, note.cell, note.message['zh-CN']])).toEqual([
      ['AMOUNT_UNIT_CONVERTED', 'info', 'C1', '预算执行表的金额以元为单位（预算执行!C1“年初预算数（元）”等列），已换算为万元（除以 10,000，保留两位小数）后评分和撰写报告。'],
      ['AMOUNT_UNIT_CONVERTED', 'info', 'G1', '预算执行表的金额以千元为单位（预算执行!G1“上年执行数（千元）”），已换算为万元（除以 10，保留两位小数）后评分和撰写报告。'],
    ]);
    expect(notes[1].message['en-US']).toBe('The budget table’s amounts are in thousand yuan (预算执行!G1 “上年执行数（千元）”); they were converted to 10k yuan (divided by 10, to two decimals) for scoring and the report.');
  });

  it('says nothing for a table in 万元, whether it says so or not', () => {
    expect(statedUnitNotes([budgetRow({ row: 2, category: 'total' })])).toEqual([]);
    expect(statedUnitNotes([{ ...budgetRow({ row: 2, category: 'total' }), amountUnits: { adjusted: stated('万元', 'D1', '全年预算数（万元）') } }])).toEqual([]);
    expect(statedUnitNotes([])).toEqual([]);
  });
});
