/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { fireEvent, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import SettingsTab from '../../../src/taskpane/components/SettingsTab';
import { DEFAULT_SCHEME } from '../../../src/domain/scheme/defaults';
import type { Locale, Scheme } from '../../../src/domain/model';
import { createPaneI18n } from '../../../src/taskpane/i18n/pane-i18n';

function renderSettings(onSave = jest.fn(), onLoad = jest.fn(), scheme = DEFAULT_SCHEME) {
  render(
    <I18nextProvider i18n={createPaneI18n('zh-CN')}>
      <FluentProvider theme={webLightTheme}>
        <SettingsTab scheme={scheme} schemeRevision={0} locale="zh-CN" busy={null} onLoad={onLoad} onSave={onSave} />
      </FluentProvider>
    </I18nextProvider>,
  );
  return { onSave, onLoad };
}

describe('the scheme settings', () => {
  it('asks for the scheme when it has none yet', () => {
    const onLoad = jest.fn();
    render(
      <I18nextProvider i18n={createPaneI18n('zh-CN')}>
        <SettingsTab scheme={null} schemeRevision={0} locale="zh-CN" busy="loadScheme" onLoad={onLoad} onSave={jest.fn()} />
      </I18nextProvider>,
    );
    expect(onLoad).toHaveBeenCalledTimes(1);
    expect(screen.getByText('正在读取评分设置…')).toBeInTheDocument();
  });

  it('shows the options in plain words and saves what the user changed', () => {
    const { onSave } = renderSettings();
    expect(screen.getByRole('radio', { name: /比例法/ })).toBeChecked();
    fireEvent.click(screen.getByRole('radio', { name: /线性法/ }));
    fireEvent.click(screen.getByRole('switch', { name: /超额完成时扣分/ }));
    fireEvent.click(screen.getByRole('radio', { name: /自评得分/ }));
    fireEvent.click(screen.getByTestId('save-settings'));
    expect(onSave).toHaveBeenCalledWith(
      {
        ...DEFAULT_SCHEME,
        reverseFormula: 'linear',
        reportScore: 'self',
        overAchievement: { ...DEFAULT_SCHEME.overAchievement, deductionEnabled: true },
      },
      DEFAULT_SCHEME,
    );
  });

  it('edits the grade bands and the caps by execution rate', () => {
    const { onSave } = renderSettings();
    fireEvent.change(screen.getByRole('textbox', { name: '第 1 档名称' }), { target: { value: '好' } });
    fireEvent.change(screen.getByRole('spinbutton', { name: '第 1 档下限' }), { target: { value: '95' } });
    fireEvent.click(screen.getByRole('switch', { name: /总分不超过对应上限/ }));
    fireEvent.change(screen.getByRole('spinbutton', { name: '第 1 档总分上限' }), { target: { value: '85' } });
    fireEvent.click(screen.getByTestId('save-settings'));
    const saved = onSave.mock.calls[0][0];
    expect(saved.grades[0]).toEqual({ min: 95, label: '好' });
    expect(saved.executionCaps.enabled).toBe(true);
    expect(saved.executionCaps.caps[0]).toEqual({ rateBelow: 0.8, maxTotal: 85 });
  });

  it('refuses an impossible scheme with the reason, and saves nothing', () => {
    const { onSave } = renderSettings();
    fireEvent.change(screen.getByRole('spinbutton', { name: '第 4 档下限' }), { target: { value: '10' } });
    fireEvent.click(screen.getByTestId('save-settings'));
    expect(onSave).not.toHaveBeenCalled();
    expect(screen.getByTestId('settings-issues')).toHaveTextContent(/等级/);
  });

  it('reads the sheet again each time it opens, and shows a newer scheme while the form is untouched', () => {
    const onLoad = jest.fn();
    const { rerender } = renderTab({ scheme: DEFAULT_SCHEME, onLoad });
    expect(onLoad).toHaveBeenCalledTimes(1);
    rerender(tab({ scheme: STRICTER, onLoad }));
    expect(screen.getByRole('spinbutton', { name: '第 1 档下限' })).toHaveValue(96);
  });

  it('keeps the user’s unsaved edits when a newer scheme arrives, and saves them against the scheme they started from', () => {
    const onSave = jest.fn();
    const { rerender } = renderTab({ scheme: DEFAULT_SCHEME, onSave });
    fireEvent.click(screen.getByRole('radio', { name: /线性法/ }));
    rerender(tab({ scheme: STRICTER, onSave }));
    expect(screen.getByRole('radio', { name: /线性法/ })).toBeChecked();
    fireEvent.click(screen.getByTestId('save-settings'));
    expect(onSave).toHaveBeenCalledWith({ ...DEFAULT_SCHEME, reverseFormula: 'linear' }, DEFAULT_SCHEME);
  });

  it('shows the saved (or the sheet’s) scheme over the edits when the revision changes', () => {
    const { rerender } = renderTab({ scheme: DEFAULT_SCHEME });
    fireEvent.click(screen.getByRole('radio', { name: /线性法/ }));
    rerender(tab({ scheme: STRICTER, schemeRevision: 1 }));
    expect(screen.getByRole('radio', { name: /比例法/ })).toBeChecked();
    expect(screen.getByRole('spinbutton', { name: '第 1 档下限' })).toHaveValue(96);
  });
});

describe('the scheme settings in another language', () => {
  it('re-words the reasons a scheme was refused when the language is switched', () => {
    const { rerender } = render(tab({ scheme: DEFAULT_SCHEME }));
    fireEvent.change(screen.getByLabelText('第 1 档名称'), { target: { value: '' } });
    fireEvent.click(screen.getByTestId('save-settings'));
    expect(screen.getByTestId('settings-issues')).toHaveTextContent('每一档都须有等级名称');
    rerender(tab({ scheme: DEFAULT_SCHEME, locale: 'en-US' }));
    expect(screen.getByTestId('settings-issues')).not.toHaveTextContent('每一档都须有等级名称');
    expect(screen.getByTestId('settings-issues')).toHaveTextContent(/grade/i);
  });
});

const STRICTER = { ...DEFAULT_SCHEME, grades: DEFAULT_SCHEME.grades.map((band, index) => (index === 0 ? { ...band, min: 96 } : band)) };

interface TabOptions {
  scheme: Scheme | null;
  schemeRevision?: number;
  onLoad?: () => void;
  onSave?: (edited: Scheme, basis: Scheme) => void;
  locale?: Locale;
}

function tab({ scheme, schemeRevision = 0, onLoad = noop, onSave = noop, locale = 'zh-CN' }: TabOptions) {
  return (
    <I18nextProvider i18n={I18N}>
      <FluentProvider theme={webLightTheme}>
        <SettingsTab scheme={scheme} schemeRevision={schemeRevision} locale={locale} busy={null} onLoad={onLoad} onSave={onSave} />
      </FluentProvider>
    </I18nextProvider>
  );
}

function renderTab(options: TabOptions) {
  return render(tab(options));
}

const I18N = createPaneI18n('zh-CN');
const noop = () => undefined;
