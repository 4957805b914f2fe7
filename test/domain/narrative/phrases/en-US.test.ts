import type { MissedFacts, OutcomeFacts } from '../../../../src/domain/narrative/phrases/facts';
import { enUS } from '../../../../src/domain/narrative/phrases/en-US';
import { SEED_002_MISSED_REASON } from '../../../fixtures/seeds';

/** seed 002's missed indicator, as its report tells it */
const missed: MissedFacts = { name: '乡村振兴产业对接成功案例', reason: SEED_002_MISSED_REASON, target: '≥1个', actual: '0个', qualitative: false, task: null };

const facts = (change: Partial<OutcomeFacts>): OutcomeFacts => ({
  total: 2,
  met: 1,
  notApplicable: 0,
  unfilled: 0,
  pointsBlank: 0,
  pointsMerged: 0,
  pointsUnreadable: 0,
  unscored: 0,
  missed: [missed],
  ...change,
});

describe('how indicators ended, in the English narrative', () => {
  it('agrees each count with its verb: one indicator reached its target, one missed its target', () => {
    expect(enUS.outcome(facts({}))).toMatch(/^Of the 2 indicators, 1 reached its target; 1 missed its target: “乡村振兴产业对接成功案例” fell short because /);
  });

  it('says their targets of several, and its or their points and figures as many as could not be read', () => {
    const text = enUS.outcome(facts({ total: 7, met: 3, pointsUnreadable: 1, unscored: 2, missed: [missed] }));
    expect(text).toContain('3 reached their targets');
    expect(text).toContain('1 could not be scored because its points could not be read');
    expect(text).toContain('2 could not be scored because their figures could not be read');
    expect(enUS.outcome(facts({ total: 3, met: 1, missed: [missed, { ...missed, name: '培训人次' }] }))).toContain('2 missed their targets:');
  });

  it('agrees when every indicator, or the only one, reached or missed its target', () => {
    expect(enUS.outcome(facts({ total: 1, met: 1, missed: [] }))).toBe('The one indicator reached its target.');
    expect(enUS.outcome(facts({ total: 3, met: 3, missed: [] }))).toBe('All 3 indicators reached their targets.');
    expect(enUS.outcome(facts({ total: 1, met: 0 }))).toMatch(/^The one indicator did not reach its target: “乡村振兴产业对接成功案例” fell short because /);
    expect(enUS.outcome(facts({ total: 2, met: 0, missed: [missed, { ...missed, name: '培训人次', reason: '' }] }))).toMatch(/^None of the 2 indicators reached their targets: /);
  });
});
