import { judgeChange, type ChangeContext } from '../../../src/hosts/office/change-filter';

const context = (useTriggerSource: boolean): ChangeContext => ({
  sheet: '绩效指标',
  inputRanges: [{ sheet: '绩效指标', address: 'A2:K1048576' }, { sheet: '预算执行', address: 'A1:H1048576' }],
  ownOutputRanges: [{ sheet: '绩效指标', address: 'L2:O40' }, { sheet: '绩效指标', address: 'A1' }],
  useTriggerSource,
});

const event = (address: string, source: 'Local' | 'Remote' = 'Local', triggerSource?: 'ThisLocalAddin' | 'Unknown') => ({
  address,
  source,
  worksheetId: '{1}',
  ...(triggerSource ? { triggerSource } : {}),
});

describe('which change events start a re-score', () => {
  it("takes a person's edit of an input as input", () => {
    expect(judgeChange(event('H5', 'Local', 'Unknown'), context(true))).toBe('input');
    expect(judgeChange(event('H5'), context(false))).toBe('input');
  });

  it('recognises the add-in by triggerSource where it is trusted, wherever it wrote', () => {
    expect(judgeChange(event('H5', 'Local', 'ThisLocalAddin'), context(true))).toBe('ownWrite');
  });

  it('recognises the add-in by its output ranges otherwise, also across several of them', () => {
    expect(judgeChange(event('L2:O40'), context(false))).toBe('ownWrite');
    expect(judgeChange(event('A1'), context(false))).toBe('ownWrite');
    // half inside the outputs, half in the table: a person pasted over both
    expect(judgeChange(event('K2:L2'), context(false))).toBe('input');
  });

  it("never takes a co-author's edit for the add-in's own", () => {
    expect(judgeChange(event('A1', 'Remote'), context(false))).toBe('elsewhere');
    expect(judgeChange(event('B3', 'Remote'), context(false))).toBe('input');
  });

  it('ignores edits outside the input tables and on other sheets', () => {
    expect(judgeChange(event('Z99'), context(true))).toBe('elsewhere');
    expect(judgeChange(event('B1'), { ...context(true), sheet: '备注' })).toBe('elsewhere');
  });

  it('treats an address it cannot read as touching everything', () => {
    expect(judgeChange(event(''), context(false))).toBe('input');
  });
});
