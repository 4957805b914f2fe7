/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import { render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { WorkbookTab } from '../../../src/taskpane/components/WorkbookTab';
import { createPaneI18n } from '../../../src/taskpane/i18n/pane-i18n';
import type { Locale } from '../../../src/domain/model';
import type { WorkbookOverview } from '../../../src/taskpane/state/pane-types';

function renderTab(overview: WorkbookOverview, locale: Locale = 'zh-CN') {
  render(
    <I18nextProvider i18n={createPaneI18n(locale)}>
      <FluentProvider theme={webLightTheme}>
        <WorkbookTab overview={overview} locale={locale} busy={null} onInsertTemplate={jest.fn()} onUseSelection={jest.fn()} onSelectCell={jest.fn()} />
      </FluentProvider>
    </I18nextProvider>,
  );
}

const BUDGET_ONLY: WorkbookOverview = {
  isEmpty: false,
  tables: [{ kind: 'budget', sheet: '预算执行', range: 'A1:H9', headerRow: 1, columns: [], remembered: false }],
  problems: [],
};

describe('the workbook tab', () => {
  it('calls an empty workbook empty when it offers the template', () => {
    renderTab({ isEmpty: true, tables: [], problems: [] });
    expect(screen.getByTestId('template-offer')).toHaveTextContent('这是一个空白工作簿');
  });

  it('does not call a workbook with a budget table but no indicator table empty', () => {
    renderTab(BUDGET_ONLY);
    expect(screen.getByTestId('template-offer')).toHaveTextContent('插入标准模板后');
    expect(screen.getByTestId('template-offer')).not.toHaveTextContent('空白工作簿');
  });

  it('nor in English', () => {
    renderTab(BUDGET_ONLY, 'en-US');
    expect(screen.getByTestId('template-offer')).not.toHaveTextContent(/empty/i);
  });

  it('heads each table found as a heading, capitalised in English, while the table is named in lower case within a sentence', () => {
    const overview: WorkbookOverview = {
      isEmpty: false,
      tables: [
        { kind: 'indicators', sheet: '绩效指标', range: 'A1:K9', headerRow: 1, columns: [], remembered: false },
        { kind: 'budget', sheet: '预算执行', range: 'A1:H9', headerRow: 1, columns: [], remembered: false },
        { kind: 'basicInfo', sheet: '基本信息', range: 'A1:B9', headerRow: 1, columns: [], remembered: false },
        { kind: 'settings', sheet: '评分设置', range: 'A1:C9', headerRow: 1, columns: [], remembered: false },
      ],
      problems: [],
    };
    renderTab(overview, 'en-US');
    const headings = screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.firstChild?.textContent);
    expect(headings).toEqual(['Indicator table', 'Budget table', 'Basic information table', 'Scheme table']);
    expect(screen.getByRole('option', { name: 'indicator table' })).toBeInTheDocument();
  });

  it('heads them with the tables’ names in Chinese', () => {
    renderTab({ ...BUDGET_ONLY, tables: [...BUDGET_ONLY.tables, { kind: 'indicators', sheet: '绩效指标', range: 'A1:K9', headerRow: 1, columns: [], remembered: false }] });
    expect(screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.firstChild?.textContent)).toEqual(['预算执行表', '绩效指标表']);
  });
});
