/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import SettingsTab from '../../../src/taskpane/components/SettingsTab';
import { DEFAULT_SCHEME } from '../../../src/domain/scheme/defaults';
import type { Locale, Scheme } from '../../../src/domain/model';
import { createPaneI18n } from '../../../src/taskpane/i18n/pane-i18n';
import type { CellLocation, SchemeProblemView } from '../../../src/taskpane/state/pane-types';

function renderSettings(onSave = jest.fn(), onLoad = jest.fn(), scheme = DEFAULT_SCHEME) {
  render(
    <I18nextProvider i18n={createPaneI18n('zh-CN')}>
      <FluentProvider theme={webLightTheme}>
        <SettingsTab active scheme={scheme} schemeRevision={0} sheetProblems={[]} locale="zh-CN" busy={null} onLoad={onLoad} onSave={onSave} onSelectCell={noop} />
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
        <SettingsTab active scheme={null} schemeRevision={0} sheetProblems={[]} locale="zh-CN" busy="loadScheme" onLoad={onLoad} onSave={jest.fn()} onSelectCell={noop} />
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

  it('lets the deduction be set only while deducting is on; the over-achievement line itself, which the warning uses too, always', () => {
    renderSettings();
    const deduction = screen.getByRole('spinbutton', { name: '扣分' });
    const threshold = screen.getByRole('spinbutton', { name: '实际值达到目标值的' });
    expect(deduction).toBeDisabled();
    expect(threshold).toBeEnabled();
    fireEvent.click(screen.getByRole('switch', { name: /超额完成时扣分/ }));
    expect(deduction).toBeEnabled();
  });

  it('puts back an invalid 扣分 when deducting is switched off, which disables the field, so the form still saves', () => {
    const { onSave } = renderSettings();
    fireEvent.click(screen.getByRole('switch', { name: /超额完成时扣分/ }));
    fireEvent.change(screen.getByRole('spinbutton', { name: '扣分' }), { target: { value: '-3' } });
    fireEvent.click(screen.getByRole('switch', { name: /超额完成时扣分/ }));
    expect(screen.getByRole('spinbutton', { name: '扣分' })).toHaveValue(DEFAULT_SCHEME.overAchievement.deductionPoints);
    fireEvent.click(screen.getByTestId('save-settings'));
    expect(onSave).toHaveBeenCalledWith(DEFAULT_SCHEME, DEFAULT_SCHEME);
  });

  it('keeps a valid 扣分 typed before deducting is switched off, and an invalid one while deducting stays on', () => {
    const { onSave } = renderSettings();
    fireEvent.click(screen.getByRole('switch', { name: /超额完成时扣分/ }));
    fireEvent.change(screen.getByRole('spinbutton', { name: '扣分' }), { target: { value: '-3' } });
    fireEvent.click(screen.getByTestId('save-settings'));
    expect(onSave).not.toHaveBeenCalled();
    fireEvent.change(screen.getByRole('spinbutton', { name: '扣分' }), { target: { value: '3' } });
    fireEvent.click(screen.getByRole('switch', { name: /超额完成时扣分/ }));
    fireEvent.click(screen.getByTestId('save-settings'));
    expect(onSave).toHaveBeenCalledWith({ ...DEFAULT_SCHEME, overAchievement: { ...DEFAULT_SCHEME.overAchievement, deductionPoints: 3 } }, DEFAULT_SCHEME);
  });

  it('puts back invalid caps by execution rate when the caps are switched off, which hides them', () => {
    const { onSave } = renderSettings();
    fireEvent.click(screen.getByRole('switch', { name: /总分不超过对应上限/ }));
    fireEvent.change(screen.getByRole('spinbutton', { name: '第 1 档总分上限' }), { target: { value: '150' } });
    fireEvent.click(screen.getByRole('switch', { name: /总分不超过对应上限/ }));
    fireEvent.click(screen.getByTestId('save-settings'));
    expect(onSave).toHaveBeenCalledWith(DEFAULT_SCHEME, DEFAULT_SCHEME);
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

  it('names each part of the form once for a screen reader: the grade bands and the caps are not a group inside a group of the same name', () => {
    renderSettings();
    fireEvent.click(screen.getByRole('switch', { name: /总分不超过对应上限/ }));
    expect(screen.getAllByRole('group', { name: '等级划分' })).toHaveLength(1);
    expect(screen.getAllByRole('group', { name: '按预算执行率限制总分' })).toHaveLength(1);
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

describe('the scheme settings beside a 评分设置 sheet they could not fully read', () => {
  const REVERSE_TITLE = { 'zh-CN': '反向指标（越低越好）的计分方法', 'en-US': 'Lower-is-better indicators' };

  it('lists each problem of the sheet at the top, with its cell, and notes the setting it shows the default for', () => {
    renderTab({ scheme: DEFAULT_SCHEME, sheetProblems: [UNREADABLE_REVERSE, UNKNOWN_PARAMETER] });
    const list = screen.getByTestId('settings-sheet-problems');
    expect(list).toHaveTextContent('「反向指标计分方法」的值「对数法」无法识别');
    expect(list).toHaveTextContent('参数「评分口径」无法识别');
    expect(within(list).getByRole('button', { name: '评分设置!B3' })).toBeInTheDocument();
    expect(within(list).getByRole('button', { name: '评分设置!A22' })).toBeInTheDocument();

    const reverse = screen.getByRole('group', { name: REVERSE_TITLE['zh-CN'] });
    expect(within(reverse).getByTestId('setting-sheet-note')).toHaveTextContent('工作表中的值无法读取，此处显示默认值');
    // the unknown 参数 names no setting: no field carries a note for it
    expect(screen.getAllByTestId('setting-sheet-note')).toHaveLength(1);
  });

  it('says it in English in the English pane', () => {
    renderTab({ scheme: DEFAULT_SCHEME, sheetProblems: [UNREADABLE_REVERSE], locale: 'en-US', i18n: createPaneI18n('en-US') });
    expect(screen.getByTestId('settings-sheet-problems')).toHaveTextContent('"Reverse indicator formula" cannot be read from "对数法"');
    const reverse = screen.getByRole('group', { name: new RegExp(REVERSE_TITLE['en-US']) });
    expect(within(reverse).getByTestId('setting-sheet-note')).toHaveTextContent("Reverse indicator formula: the sheet's value cannot be read; the default is shown here.");
  });

  it('selects the cell of a problem from the list and from the note beside the setting', () => {
    const onSelectCell = jest.fn<void, [CellLocation]>();
    renderTab({ scheme: DEFAULT_SCHEME, sheetProblems: [UNREADABLE_REVERSE], onSelectCell });
    fireEvent.click(within(screen.getByTestId('settings-sheet-problems')).getByRole('button', { name: '评分设置!B3' }));
    expect(onSelectCell).toHaveBeenLastCalledWith({ sheet: '评分设置', cell: 'B3' });
    onSelectCell.mockClear();
    fireEvent.click(within(screen.getByTestId('setting-sheet-note')).getByRole('button', { name: '评分设置!B3' }));
    expect(onSelectCell).toHaveBeenLastCalledWith({ sheet: '评分设置', cell: 'B3' });
  });

  it('notes the grade bands the sheet gave with a duplicate lower bound, and a setting given twice', () => {
    renderTab({ scheme: DEFAULT_SCHEME, sheetProblems: [INVALID_GRADES, DUPLICATE_REPORT_SCORE] });
    expect(within(screen.getByRole('group', { name: '等级划分' })).getByTestId('setting-sheet-note')).toHaveTextContent('工作表中的值不可用，此处显示默认值');
    expect(within(screen.getByRole('group', { name: '总分和报告采用的得分' })).getByTestId('setting-sheet-note')).toHaveTextContent(
      '工作表中此设置填写了两次，此处显示第一处的值',
    );
  });

  it('shows nothing of the kind when the sheet had no problem', () => {
    renderTab({ scheme: DEFAULT_SCHEME });
    expect(screen.queryByTestId('settings-sheet-problems')).not.toBeInTheDocument();
    expect(screen.queryByTestId('setting-sheet-note')).not.toBeInTheDocument();
  });
});

const UNREADABLE_REVERSE: SchemeProblemView = {
  kind: 'unreadableValue',
  severity: 'error',
  setting: 'reverseFormula',
  message: {
    'zh-CN': '「反向指标计分方法」的值「对数法」无法识别，应为比例法或线性法；已采用默认值 比例法。',
    'en-US': '"Reverse indicator formula" cannot be read from "对数法": expected 比例法 or 线性法. The default, 比例法, applies.',
  },
  location: { sheet: '评分设置', cell: 'B3' },
};

const UNKNOWN_PARAMETER: SchemeProblemView = {
  kind: 'unknownParameter',
  severity: 'error',
  setting: null,
  message: { 'zh-CN': '参数「评分口径」无法识别，本行已忽略。', 'en-US': 'The parameter "评分口径" is not known; the row was ignored.' },
  location: { sheet: '评分设置', cell: 'A22' },
};

const INVALID_GRADES: SchemeProblemView = {
  kind: 'invalidValue',
  severity: 'error',
  setting: 'grades',
  message: { 'zh-CN': '等级下限不能重复。已采用默认值。', 'en-US': 'Grade bounds must differ. The default applies.' },
  location: { sheet: '评分设置', cell: 'B15' },
};

const DUPLICATE_REPORT_SCORE: SchemeProblemView = {
  kind: 'duplicateParameter',
  severity: 'error',
  setting: 'reportScore',
  message: { 'zh-CN': '参数「报告采用得分」重复，以第一次出现的 A17 为准，本行已忽略。', 'en-US': '"Score used in the report" is given twice.' },
  location: { sheet: '评分设置', cell: 'A23' },
};

const STRICTER = { ...DEFAULT_SCHEME, grades: DEFAULT_SCHEME.grades.map((band, index) => (index === 0 ? { ...band, min: 96 } : band)) };

interface TabOptions {
  scheme: Scheme | null;
  schemeRevision?: number;
  sheetProblems?: SchemeProblemView[];
  onLoad?: () => void;
  onSave?: (edited: Scheme, basis: Scheme) => void;
  onSelectCell?: (location: CellLocation) => void;
  locale?: Locale;
  i18n?: ReturnType<typeof createPaneI18n>;
}

function tab({ scheme, schemeRevision = 0, sheetProblems = [], onLoad = noop, onSave = noop, onSelectCell = noop, locale = 'zh-CN', i18n = I18N }: TabOptions) {
  return (
    <I18nextProvider i18n={i18n}>
      <FluentProvider theme={webLightTheme}>
        <SettingsTab
          active
          scheme={scheme}
          schemeRevision={schemeRevision}
          sheetProblems={sheetProblems}
          locale={locale}
          busy={null}
          onLoad={onLoad}
          onSave={onSave}
          onSelectCell={onSelectCell}
        />
      </FluentProvider>
    </I18nextProvider>
  );
}

function renderTab(options: TabOptions) {
  return render(tab(options));
}

const I18N = createPaneI18n('zh-CN');
const noop = () => undefined;
