import { interpretInput } from '../../../src/hosts/memory/cell-input';

// learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-values-member — "If the returned
// value starts with a plus ("+"), minus ("-"), or equal sign ("="), Excel interprets this value as a
// formula." A string written to values is read as if typed.
describe('what Excel makes of a written string', () => {
  it('turns "=…" into a formula', () => {
    expect(interpretInput('=HYPERLINK("http://x")', 'General')).toEqual({ kind: 'formula', formula: '=HYPERLINK("http://x")' });
  });

  it('turns "+…" and "-…" that are not numbers into formulas', () => {
    expect(interpretInput('+86 123', 'General')).toEqual({ kind: 'formula', formula: '=+86 123' });
    expect(interpretInput('-5 apples', 'General')).toEqual({ kind: 'formula', formula: '=-5 apples' });
  });

  // not in Excel's documentation: the stand-in takes the harmful reading (see cell-input.ts)
  it('turns "@…" and a full-width "＝…" into formulas', () => {
    expect(interpretInput('@SUM(A1:A3)', 'General')).toEqual({ kind: 'formula', formula: '=SUM(A1:A3)' });
    expect(interpretInput('@张三', 'General')).toMatchObject({ kind: 'formula' });
    expect(interpretInput('＝培训人次', 'General')).toEqual({ kind: 'formula', formula: '=培训人次' });
    expect(interpretInput('@', 'General')).toEqual({ kind: 'constant', value: '@', quotePrefix: false });
  });

  it('turns numbers, percentages, TRUE/FALSE and error literals into values', () => {
    expect(interpretInput('-5', 'General')).toMatchObject({ kind: 'constant', value: -5 });
    expect(interpretInput('12.5', 'General')).toMatchObject({ kind: 'constant', value: 12.5 });
    expect(interpretInput('85%', 'General')).toMatchObject({ kind: 'constant', value: 0.85, impliedFormat: '0%' });
    expect(interpretInput('true', 'General')).toMatchObject({ kind: 'constant', value: true });
    expect(interpretInput('#N/A', 'General')).toMatchObject({ kind: 'constant', value: { error: '#N/A' } });
  });

  it('keeps every string as text in a cell formatted as Text ("@")', () => {
    for (const text of ['=SUM(A1:A3)', '+86 123', '-5 apples', '@home', '＝培训', '001', '#N/A']) {
      expect(interpretInput(text, '@')).toEqual({ kind: 'constant', value: text, quotePrefix: false });
    }
  });

  it('stores a string after a leading apostrophe as text, without the apostrophe', () => {
    expect(interpretInput("'=HYPERLINK(\"http://x\")", 'General')).toEqual({ kind: 'constant', value: '=HYPERLINK("http://x")', quotePrefix: true });
    expect(interpretInput("'001", 'General')).toEqual({ kind: 'constant', value: '001', quotePrefix: true });
  });

  // learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-blank-null-values#blank-input-for-a-property
  it('clears the cell for ""', () => {
    expect(interpretInput('', 'General')).toEqual({ kind: 'blank' });
  });

  it('keeps plain text as text', () => {
    expect(interpretInput('home@example', 'General')).toEqual({ kind: 'constant', value: 'home@example', quotePrefix: false });
    expect(interpretInput('培训人次', 'General')).toEqual({ kind: 'constant', value: '培训人次', quotePrefix: false });
  });
});
