import { evaluate } from '../../../src/domain/evaluate';
import type { IndicatorRow } from '../../../src/domain/model';
import { seed002Input } from '../../fixtures/seeds';
import { evaluateTable, warningsOf } from './evaluate-table';

const numeralNotes = (report: ReturnType<typeof evaluate>) =>
  warningsOf(report, 'VALUE_INTERPRETED').filter((w) => String(w.params.what).endsWith('Numeral'));

describe('targets and actuals written with Chinese numerals', () => {
  it('scores them as their digits, with a note saying how each was read', () => {
    const report = evaluateTable(
      [
        { target: '≥3次', actual: '三次' },
        { target: '≥4场', actual: '两场' },
        { target: '≥4', unit: '场', actual: '两场' },
        { target: '不少于三次', actual: 3 },
        { target: '≤5个工作日', actual: '五个工作日' },
      ],
      { layout: { withUnit: true } },
    );
    expect(report.indicators.map((i) => [i.status, i.computedScore, i.completionRate])).toEqual([
      ['met', 10, 1],
      ['missed', 5, 0.5],
      ['missed', 5, 0.5],
      ['met', 10, 1],
      ['met', 10, 1],
    ]);
    expect(warningsOf(report, 'ACTUAL_UNREADABLE')).toEqual([]);
    expect(warningsOf(report, 'TARGET_UNREADABLE')).toEqual([]);
    expect(warningsOf(report, 'UNIT_MISMATCH')).toEqual([]);
    expect(warningsOf(report, 'LOW_COMPLETION').map((w) => [w.cell, w.params.percent])).toEqual([
      ['G3', '50%'],
      ['G4', '50%'],
    ]);
    const notes = numeralNotes(report);
    expect(notes.map((w) => [w.cell, w.severity, w.params.from, w.params.to])).toEqual([
      ['G2', 'info', '三次', '3次'],
      ['G3', 'info', '两场', '2场'],
      ['G4', 'info', '两场', '2场'],
      ['E5', 'info', '不少于三次', '≥3次'],
      ['G6', 'info', '五个工作日', '5个工作日'],
    ]);
    expect(notes[1].message['zh-CN']).toBe('指标“指标2”：实际完成值“两场”用中文数字书写，已按“2场”计分。');
    expect(notes[3].message['zh-CN']).toBe('指标“指标4”：年度指标值“不少于三次”用中文数字书写，已按“≥3次”计分。');
    expect(notes[1].message['en-US']).toBe('Indicator “指标2” has its actual value written in Chinese numerals, “两场”; it was scored as “2场”.');
    expect(notes[3].message['en-US']).toBe('Indicator “指标4” has its target written in Chinese numerals, “不少于三次”; it was scored as “≥3次”.');
    expect(warningsOf(report, 'MISSED_NO_REASON').map((w) => w.params.actual)).toEqual(['2场', '2场']);
  });

  it('leaves names, idioms and sentences unread, as before', () => {
    const report = evaluateTable([
      { target: '≥3次', actual: '完成了三次培训并取得良好效果' },
      { target: '≥3次', actual: '一次性' },
      { target: '≥3次', actual: '十分满意' },
      { target: '≥3次', actual: '三次培训' },
    ]);
    expect(report.indicators.map((i) => i.status)).toEqual(['invalid', 'invalid', 'invalid', 'invalid']);
    expect(warningsOf(report, 'ACTUAL_UNREADABLE').map((w) => w.params.problem)).toEqual(['noNumber', 'noNumber', 'noNumber', 'noNumber']);
    expect(numeralNotes(report)).toEqual([]);
  });

  it('scores seed 002 the same when its counts are written in Chinese numerals', () => {
    const written: Record<string, { target?: string; actual?: string }> = {
      '基层商（协）会专题培训场次': { actual: '四场' },
      '法律进商（协）会普法活动场次': { actual: '二十二场' },
      '组织企业家参观考察人数': { target: '不少于十名', actual: '十一名' },
      '乡村振兴产业对接成功案例': { actual: '零个' },
      '入党积极分子培训人次': { actual: '三百人次' },
      '党员志愿活动人次': { actual: '一百二十三人次' },
    };
    const input = seed002Input();
    const rewritten: IndicatorRow[] = input.indicators.map((row) => {
      const cells = written[row.level3];
      if (cells === undefined) return row;
      return {
        ...row,
        target: cells.target === undefined ? row.target : { value: cells.target },
        actual: cells.actual === undefined ? row.actual : { value: cells.actual },
      };
    });
    const digits = evaluate(input);
    const numerals = evaluate({ ...input, indicators: rewritten });
    expect(numerals.total).toEqual(digits.total);
    expect(numerals.tasks.map((t) => [t.met, t.missed.map((m) => m.name)])).toEqual([[5, ['乡村振兴产业对接成功案例']], [5, []], [8, []]]);
    expect(numerals.indicators.map((i) => [i.status, i.computedScore])).toEqual(digits.indicators.map((i) => [i.status, i.computedScore]));
    expect(numeralNotes(numerals).map((w) => [w.params.indicator, w.params.from, w.params.to])).toEqual([
      ['基层商（协）会专题培训场次', '四场', '4场'],
      ['法律进商（协）会普法活动场次', '二十二场', '22场'],
      ['组织企业家参观考察人数', '不少于十名', '≥10名'],
      ['组织企业家参观考察人数', '十一名', '11名'],
      ['乡村振兴产业对接成功案例', '零个', '0个'],
      ['入党积极分子培训人次', '三百人次', '300人次'],
      ['党员志愿活动人次', '一百二十三人次', '123人次'],
    ]);
    const others = (report: ReturnType<typeof evaluate>) => report.warnings.filter((w) => !(w.code === 'VALUE_INTERPRETED' && String(w.params.what).endsWith('Numeral'))).map((w) => [w.code, w.cell]);
    expect(others(numerals)).toEqual(others(digits));
  });
});
