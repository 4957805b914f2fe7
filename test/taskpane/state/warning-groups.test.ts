import type { Warning } from '../../../src/domain/model';
import { groupWarningsBySeverity } from '../../../src/taskpane/state/warning-groups';

function warning(code: Warning['code'], severity: Warning['severity'], cell: string): Warning {
  return { code, severity, sheet: '绩效指标', cell, message: { 'zh-CN': code, 'en-US': code }, params: {} };
}

describe('warnings grouped for the pane', () => {
  it('puts errors first, then warnings, then notes, keeping the engine’s order inside a group', () => {
    const groups = groupWarningsBySeverity([
      warning('VALUE_INTERPRETED', 'info', 'H3'),
      warning('MISSED_NO_REASON', 'warning', 'K5'),
      warning('ACTUAL_UNREADABLE', 'error', 'H6'),
      warning('LOW_COMPLETION', 'warning', 'H7'),
    ]);
    expect(groups.map((g) => [g.severity, g.warnings.map((w) => w.cell)])).toEqual([
      ['error', ['H6']],
      ['warning', ['K5', 'H7']],
      ['info', ['H3']],
    ]);
  });

  it('leaves out severities with nothing to show', () => {
    expect(groupWarningsBySeverity([])).toEqual([]);
    expect(groupWarningsBySeverity([warning('VALUE_INTERPRETED', 'info', 'H3')]).map((g) => g.severity)).toEqual(['info']);
  });
});
