/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { WarningsPanel } from '../../../src/taskpane/components/WarningsPanel';
import { createPaneI18n } from '../../../src/taskpane/i18n/pane-i18n';
import type { Warning } from '../../../src/domain/model';
import { SEED_000_WARNINGS } from '../fixtures/seed-000-report';

function renderPanel(onSelectCell = jest.fn(), locale: 'zh-CN' | 'en-US' = 'zh-CN') {
  render(
    <I18nextProvider i18n={createPaneI18n(locale)}>
      <FluentProvider theme={webLightTheme}>
        <WarningsPanel warnings={SEED_000_WARNINGS} locale={locale} onSelectCell={onSelectCell} />
      </FluentProvider>
    </I18nextProvider>,
  );
  return onSelectCell;
}

describe('the warnings panel', () => {
  it('groups the warnings by severity with the count of each in its header', () => {
    renderPanel();
    const warningGroup = screen.getByTestId('warning-group-warning');
    expect(within(warningGroup).getByRole('button', { name: /警告/ })).toBeInTheDocument();
    expect(screen.getByTestId('warning-count-warning')).toHaveTextContent('2');
    expect(screen.getByTestId('warning-count-info')).toHaveTextContent('1');
    expect(screen.queryByTestId('warning-group-error')).not.toBeInTheDocument();
  });

  it('shows each warning’s message and cell', () => {
    renderPanel();
    const item = screen.getByText(/执行率 135.8%/).closest('button');
    expect(item).toHaveTextContent('预算执行!E6');
  });

  it('selects the warning’s cell in the sheet when the user clicks it', () => {
    const onSelectCell = renderPanel();
    fireEvent.click(screen.getByText(/执行率 135.8%/));
    expect(onSelectCell).toHaveBeenCalledWith({ sheet: '预算执行', cell: 'E6' });
  });

  it('shows the messages in English when the pane is in English', () => {
    renderPanel(jest.fn(), 'en-US');
    expect(screen.getByText(/has an execution rate of 135.8%/)).toBeInTheDocument();
  });

  it('says so when there is nothing to show', () => {
    render(
      <I18nextProvider i18n={createPaneI18n('zh-CN')}>
        <WarningsPanel warnings={[]} locale="zh-CN" onSelectCell={jest.fn()} />
      </I18nextProvider>,
    );
    expect(screen.getByTestId('no-warnings')).toHaveTextContent('没有需要注意的问题');
  });

  it('opens a severity that appears on a later run, keeping the groups the user folded', () => {
    const withoutErrors = SEED_000_WARNINGS.filter((warning) => warning.severity !== 'error');
    const error: Warning = { ...withoutErrors[0], code: 'ACTUAL_UNREADABLE', severity: 'error', message: { 'zh-CN': '实际完成值不是数字', 'en-US': 'Not a number' } };
    const { rerender } = render(panel(withoutErrors));
    const header = (severity: string) => within(screen.getByTestId(`warning-group-${severity}`)).getAllByRole('button')[0];
    expect(header('warning')).toHaveAttribute('aria-expanded', 'true');
    fireEvent.click(header('warning'));
    expect(header('warning')).toHaveAttribute('aria-expanded', 'false');

    rerender(panel([error, ...withoutErrors]));
    expect(header('error')).toHaveAttribute('aria-expanded', 'true');
    expect(header('warning')).toHaveAttribute('aria-expanded', 'false');
    expect(header('info')).toHaveAttribute('aria-expanded', 'false');
  });

  it('keeps the warning a person is on when one before it goes (a fixed cell, an automatic run): the same element, its focus kept', () => {
    const template = SEED_000_WARNINGS.find((warning) => warning.severity === 'warning')!;
    const two: Warning[] = ['H2', 'H3'].map((cell, i) => ({ ...template, cell, message: { 'zh-CN': `第 ${i + 1} 条`, 'en-US': `No. ${i + 1}` } }));
    const { rerender } = render(panel(two));
    const second = screen.getByText('第 2 条').closest('button')!;
    second.focus();
    rerender(panel(two.slice(1)));
    expect(screen.getByText('第 2 条').closest('button')).toBe(second);
    expect(second).toHaveFocus();
  });

  it('lists the first 20 warnings of a long group, and the rest when asked, so the report buttons stay within reach', () => {
    const template = SEED_000_WARNINGS.find((warning) => warning.severity === 'warning')!;
    const many: Warning[] = Array.from({ length: 130 }, (_, i) => ({ ...template, cell: `H${i + 2}`, message: { 'zh-CN': `第 ${i + 1} 条`, 'en-US': `No. ${i + 1}` } }));
    render(panel(many));
    const group = screen.getByTestId('warning-group-warning');
    expect(within(group).getAllByTestId('warning-item')).toHaveLength(20);
    expect(screen.getByTestId('warning-count-warning')).toHaveTextContent('130');
    fireEvent.click(within(group).getByRole('button', { name: '显示其余 110 条' }));
    expect(within(group).getAllByTestId('warning-item')).toHaveLength(130);
    expect(within(group).queryByTestId('warning-show-all-warning')).not.toBeInTheDocument();
  });

  it('puts focus on the first warning it adds when the rest are shown, since the button that had it goes away', () => {
    const template = SEED_000_WARNINGS.find((warning) => warning.severity === 'warning')!;
    const many: Warning[] = Array.from({ length: 25 }, (_, i) => ({
      ...template,
      // the 21st has no cell, so it is text, not a button
      sheet: i === 20 ? null : template.sheet,
      cell: `H${i + 2}`,
      message: { 'zh-CN': `第 ${i + 1} 条`, 'en-US': `No. ${i + 1}` },
    }));
    render(panel(many));
    const showRest = screen.getByRole('button', { name: '显示其余 5 条' });
    showRest.focus();
    fireEvent.click(showRest);
    expect(screen.getByText('第 21 条')).toHaveFocus();
  });
});

function panel(warnings: readonly Warning[]) {
  return (
    <I18nextProvider i18n={I18N}>
      <FluentProvider theme={webLightTheme}>
        <WarningsPanel warnings={warnings} locale="zh-CN" onSelectCell={jest.fn()} />
      </FluentProvider>
    </I18nextProvider>
  );
}

const I18N = createPaneI18n('zh-CN');
