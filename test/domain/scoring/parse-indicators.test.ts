import { readNumberCell } from '../../../src/domain/scoring/parse-indicators';

describe('points and self-score cells', () => {
  it.each([
    [{ value: 10 }, { kind: 'number', value: 10 }],
    [{ value: '12.5' }, { kind: 'number', value: 12.5 }],
    [{ value: '１０分' }, { kind: 'number', value: 10 }],
    [{ value: null }, { kind: 'blank' }],
    [{ value: '  ' }, { kind: 'blank' }],
    [{ value: '*' }, { kind: 'placeholder', text: '*' }],
    [{ value: '十分' }, { kind: 'invalid', text: '十分' }],
    [{ value: '/' }, { kind: 'notApplicable', text: '/' }],
    [{ value: '不适用' }, { kind: 'notApplicable', text: '不适用' }],
    [{ value: '—' }, { kind: 'notApplicable', text: '—' }],
    [{ value: { error: '#REF!' } }, { kind: 'invalid', text: '#REF!' }],
    [{ value: true }, { kind: 'invalid', text: 'TRUE' }],
    [{ value: Number.NaN }, { kind: 'invalid', text: 'NaN' }],
  ])('%j → %j', (cell, expected) => {
    expect(readNumberCell(cell)).toEqual(expected);
  });
});
