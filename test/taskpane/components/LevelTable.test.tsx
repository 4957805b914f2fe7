/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import { render, screen, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { LevelTable } from '../../../src/taskpane/components/LevelTable';
import { createPaneI18n } from '../../../src/taskpane/i18n/pane-i18n';
import { BUDGET_LEVEL_NAME } from '../../../src/domain/scoring/totals';
import type { EvaluationReport, LevelTotal, Locale } from '../../../src/domain/model';
import { seed000Report } from '../fixtures/seed-000-report';

const BUDGET_LEVEL: LevelTotal = {
  level1: BUDGET_LEVEL_NAME,
  kind: 'budget',
  points: 10,
  score: 9.97,
  ratio: 0.997,
  grade: '优',
  indicatorCount: 1,
  met: 0,
  missed: 1,
};

function renderTable(report: EvaluationReport, locale: Locale) {
  render(
    <I18nextProvider i18n={createPaneI18n(locale)}>
      <LevelTable report={report} locale={locale} />
    </I18nextProvider>,
  );
  return within(screen.getByTestId('level-table'));
}

describe('the table by level-1 indicator', () => {
  const withBudget = (): EvaluationReport => {
    const report = seed000Report();
    return { ...report, levels: [...report.levels, BUDGET_LEVEL] };
  };

  it('names the budget line’s level in English in the English pane (the engine names it, not the workbook)', () => {
    const table = renderTable(withBudget(), 'en-US');
    expect(table.getByRole('rowheader', { name: 'Budget execution' })).toBeInTheDocument();
    expect(table.queryByText(BUDGET_LEVEL_NAME)).not.toBeInTheDocument();
  });

  it('keeps 预算执行 in the Chinese pane, and the workbook’s own level names in both', () => {
    const report = withBudget();
    expect(renderTable(report, 'zh-CN').getByRole('rowheader', { name: '预算执行' })).toBeInTheDocument();
    document.body.innerHTML = '';
    const english = renderTable(report, 'en-US');
    for (const level of seed000Report().levels) expect(english.getByRole('rowheader', { name: level.level1 })).toBeInTheDocument();
  });

  it('says what each grade means in the English pane, and shows the label alone in the Chinese one', () => {
    const report = withBudget();
    const gradeCells = (table: ReturnType<typeof renderTable>) => table.getAllByRole('row').slice(1).map((row) => row.lastElementChild?.textContent);
    expect(gradeCells(renderTable(report, 'zh-CN'))).toEqual([...report.levels.map((level) => level.grade), report.total.grade]);
    document.body.innerHTML = '';
    const english = gradeCells(renderTable(report, 'en-US'));
    expect(english).toEqual([...report.levels.map((level) => `${level.grade} (excellent)`), `${report.total.grade} (excellent)`]);
    expect(report.total.grade).toBe('优');
  });
});
