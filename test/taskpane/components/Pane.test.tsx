/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { DEFAULT_SCHEME } from '../../../src/domain/scheme/defaults';
import { fakeController, SEED_000_OVERVIEW } from '../fixtures/fake-controller';
import { seed000Report } from '../fixtures/seed-000-report';
import { renderPane } from '../fixtures/render-pane';

function officeError(code: string, message: string): Error {
  return Object.assign(new Error(message), { code });
}

// a pane in Excel has its page's focus while the person works in it; jsdom's page never has it
let pageHasFocus: jest.SpyInstance<boolean, []>;
beforeEach(() => {
  pageHasFocus = jest.spyOn(document, 'hasFocus').mockReturnValue(true);
});
afterEach(() => pageHasFocus.mockRestore());

/** 生成报告 refused over a 自评报告 a person edited: its error bar shown */
async function reportRefused() {
  const controller = fakeController();
  const { PaneFailure } = await import('../../../src/taskpane/services/pane-failure');
  controller.writeReport.mockRejectedValueOnce(new PaneFailure('reportEditedByUser', null, { sheet: '自评报告', cell: null }));
  renderPane(controller);
  await screen.findByTestId('table-indicators');
  fireEvent.click(screen.getByTestId('score-button'));
  fireEvent.click(await screen.findByTestId('write-report-button'));
  await screen.findByTestId('error-bar');
  return controller;
}

describe('the task pane', () => {
  it('shows what it found in a filled workbook: each table’s sheet, range and mapped columns', async () => {
    const controller = fakeController();
    renderPane(controller);
    expect(await screen.findByTestId('table-indicators')).toHaveTextContent('绩效指标!A1:K10');
    expect(screen.getByTestId('table-indicators')).toHaveTextContent('实际完成值 (H1)');
    expect(screen.getByTestId('table-budget')).toHaveTextContent('预算执行!A1:H7');
    expect(controller.inspect).toHaveBeenCalledTimes(1);
  });

  it('shows a layout problem with its message and a link that selects its cell', async () => {
    const controller = fakeController({
      isEmpty: false,
      tables: [],
      problems: [
        {
          severity: 'error',
          message: { 'zh-CN': '「绩效指标」表缺少“实际完成值”列。', 'en-US': 'The indicator table has no “actual” column.' },
          location: { sheet: '绩效指标', cell: 'A1' },
        },
      ],
    });
    renderPane(controller);
    const problems = await screen.findByTestId('workbook-problems');
    expect(problems).toHaveTextContent('「绩效指标」表缺少“实际完成值”列。');
    expect(screen.getByTestId('template-offer')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: '绩效指标!A1' }));
    await waitFor(() => expect(controller.selectCell).toHaveBeenCalledWith({ sheet: '绩效指标', cell: 'A1' }));
  });

  it('after a person typed a table of their own into a workbook that was empty, answers a failed 评分 with the tables as they are now, not with the empty workbook’s hint', async () => {
    const controller = fakeController({ isEmpty: true, tables: [], problems: [] });
    const { PaneFailure } = await import('../../../src/taskpane/services/pane-failure');
    const missing = { 'zh-CN': '工作表「Sheet1」第 1 行的绩效指标表缺少必需的列「分值」', 'en-US': 'The indicator table has no 分值 column.' };
    controller.score.mockRejectedValue(new PaneFailure('layoutProblem', missing, { sheet: 'Sheet1', cell: 'A1:E1' }));
    renderPane(controller);
    await screen.findByTestId('template-offer');
    // typed meanwhile: the workbook is no longer empty, though nothing told the pane
    controller.inspect.mockResolvedValue({ ...SEED_000_OVERVIEW, isEmpty: false });
    fireEvent.click(screen.getByTestId('score-button'));
    const bar = await screen.findByTestId('error-bar');
    expect(bar).toHaveTextContent('缺少必需的列「分值」');
    expect(bar).not.toHaveTextContent('工作簿是空的');
    expect(screen.queryByTestId('template-offer')).not.toBeInTheDocument();
  });

  it('offers the standard template on an empty workbook and inserts it', async () => {
    const controller = fakeController({ isEmpty: true, tables: [], problems: [] });
    renderPane(controller);
    fireEvent.click(await screen.findByTestId('insert-example-template'));
    await waitFor(() => expect(controller.insertTemplate).toHaveBeenCalledWith('example'));
    expect(await screen.findByTestId('notice-bar')).toHaveTextContent('基本信息、预算执行、绩效指标、评分设置');
  });

  it('on an empty workbook, answers 评分 by pointing at the template it offers, not at a “使用选中区域” it does not show', async () => {
    const controller = fakeController({ isEmpty: true, tables: [], problems: [] });
    const { PaneFailure } = await import('../../../src/taskpane/services/pane-failure');
    const notFound = { 'zh-CN': '未找到绩效指标表：各工作表的前 20 行中没有含「一级指标、三级指标、年度指标值、实际完成值、分值」的表头行。', 'en-US': 'No indicator table was found.' };
    controller.score.mockRejectedValue(new PaneFailure('layoutProblem', notFound, null));
    const { i18n } = renderPane(controller);
    await screen.findByTestId('template-offer');
    expect(screen.queryByRole('button', { name: '使用选中区域' })).not.toBeInTheDocument();
    fireEvent.click(screen.getByTestId('score-button'));
    const bar = await screen.findByTestId('error-bar');
    expect(bar).toHaveTextContent('未找到绩效指标表');
    expect(bar).toHaveTextContent('工作簿是空的：请先在“工作簿”页插入模板（“插入空白模板”或“插入示例数据”），填写后再评分。');
    expect(bar).not.toHaveTextContent('使用选中区域');
    await act(() => i18n.changeLanguage('en-US'));
    expect(bar).toHaveTextContent('The workbook is empty: insert the template first');
    expect(bar).not.toHaveTextContent('Use selection');
  });

  it('scores on a click and shows the total, grade, 得分比 and the tables by level', async () => {
    const controller = fakeController();
    renderPane(controller);
    await screen.findByTestId('table-indicators');
    fireEvent.click(screen.getByTestId('score-button'));
    expect(await screen.findByTestId('total-score')).toHaveTextContent('93');
    expect(screen.getByTestId('grade')).toHaveTextContent('优');
    expect(screen.getByTestId('score-ratio')).toHaveTextContent('93%');
    expect(screen.getByTestId('level-table')).toHaveTextContent('效果201995%');
    expect(screen.getByTestId('level-table')).toHaveTextContent('产出8074');
    expect(screen.getByTestId('last-run')).toHaveTextContent(/上次评分：\d\d:\d\d:\d\d/);
  });

  it('selects the cell of a clicked warning through the controller', async () => {
    const controller = fakeController();
    renderPane(controller);
    await screen.findByTestId('table-indicators');
    fireEvent.click(screen.getByTestId('score-button'));
    fireEvent.click(await screen.findByText(/执行率 135.8%/));
    await waitFor(() => expect(controller.selectCell).toHaveBeenCalledWith({ sheet: '预算执行', cell: 'E6' }));
  });

  it('starts re-scoring after edits once it has scored, and stops when the switch is turned off', async () => {
    const controller = fakeController();
    renderPane(controller);
    await screen.findByTestId('table-indicators');
    expect(controller.startAutoRecalc).not.toHaveBeenCalled();
    fireEvent.click(screen.getByTestId('score-button'));
    await waitFor(() => expect(controller.startAutoRecalc).toHaveBeenCalledTimes(1));
    const handle = await controller.startAutoRecalc.mock.results[0].value;
    fireEvent.click(screen.getByRole('switch', { name: '编辑后自动重新评分' }));
    await waitFor(() => expect(handle.stop).toHaveBeenCalledTimes(1));
  });

  it('says the budget table has no lines yet when it was found empty (the blank template), and not found only when it was not', async () => {
    const controller = fakeController();
    controller.score.mockResolvedValue({ report: { ...seed000Report(), budget: null }, overview: SEED_000_OVERVIEW });
    const { i18n } = renderPane(controller);
    await screen.findByTestId('table-budget');
    fireEvent.click(screen.getByTestId('score-button'));
    const summary = await screen.findByTestId('score-summary');
    expect(summary).toHaveTextContent('预算执行表中还没有资金行');
    expect(summary).not.toHaveTextContent('未找到预算执行表');
    await act(() => i18n.changeLanguage('en-US'));
    expect(summary).toHaveTextContent('The budget table has no lines yet');

    const withoutBudgetTable = { ...SEED_000_OVERVIEW, tables: SEED_000_OVERVIEW.tables.filter((table) => table.kind !== 'budget') };
    controller.score.mockResolvedValue({ report: { ...seed000Report(), budget: null }, overview: withoutBudgetTable });
    fireEvent.click(screen.getByTestId('score-button'));
    await waitFor(() => expect(screen.getByTestId('score-summary')).toHaveTextContent('No budget table found'));
  });

  it('shows an automatic run’s result as it arrives', async () => {
    const controller = fakeController();
    renderPane(controller);
    await screen.findByTestId('table-indicators');
    fireEvent.click(screen.getByTestId('score-button'));
    await waitFor(() => expect(controller.startAutoRecalc).toHaveBeenCalled());
    const callbacks = controller.startAutoRecalc.mock.calls[0][0];
    const report = (await controller.score.mock.results[0].value).report;
    act(() => callbacks.onScored({ report: { ...report, total: { ...report.total, score: 88.5, grade: '良' } }, overview: { isEmpty: false, tables: [], problems: [] } }));
    expect(screen.getByTestId('total-score')).toHaveTextContent('88.5');
    expect(screen.getByTestId('last-run')).toHaveTextContent('编辑后自动');
  });

  it('downloads the report as a Word file named by the controller', async () => {
    const controller = fakeController();
    const createObjectURL = jest.fn(() => 'blob:report');
    const revokeObjectURL = jest.fn();
    Object.assign(URL, { createObjectURL, revokeObjectURL });
    const clicked: HTMLAnchorElement[] = [];
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this);
    });
    renderPane(controller);
    await screen.findByTestId('table-indicators');
    fireEvent.click(screen.getByTestId('score-button'));
    fireEvent.click(await screen.findByTestId('download-docx-button'));
    expect(await screen.findByTestId('notice-bar')).toHaveTextContent('已下载 自评报告.docx');
    expect(clicked.map((anchor) => [anchor.download, anchor.href])).toEqual([['自评报告.docx', 'blob:report']]);
    expect(createObjectURL).toHaveBeenCalledWith(expect.any(Blob));
    click.mockRestore();
  });

  it('switches to English and remembers the choice', async () => {
    const controller = fakeController();
    const { saveLocale } = renderPane(controller);
    await screen.findByTestId('table-indicators');
    fireEvent.change(screen.getByTestId('language-switch'), { target: { value: 'en-US' } });
    expect(await screen.findByRole('button', { name: 'Score' })).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: 'Workbook' })).toBeInTheDocument();
    expect(saveLocale).toHaveBeenCalledWith('en-US');
  });

  it('explains a failure in a message bar: what happened, where, and what to do', async () => {
    const controller = fakeController();
    controller.writeReport.mockRejectedValueOnce(officeError('AccessDenied', 'The sheet is protected.'));
    renderPane(controller);
    await screen.findByTestId('table-indicators');
    fireEvent.click(screen.getByTestId('score-button'));
    fireEvent.click(await screen.findByTestId('write-report-button'));
    const bar = await screen.findByTestId('error-bar');
    expect(bar).toHaveTextContent('生成报告未完成：工作表受保护');
    expect(bar).toHaveTextContent('撤消工作表保护');
    fireEvent.click(screen.getByRole('button', { name: '关闭' }));
    expect(screen.queryByTestId('error-bar')).not.toBeInTheDocument();
  });

  it('asks before replacing a report sheet a person edited, and replaces it on confirmation', async () => {
    const controller = await reportRefused();
    expect(screen.getByTestId('error-bar')).toHaveTextContent('位置：工作表「自评报告」');
    fireEvent.click(screen.getByRole('button', { name: '覆盖并重新生成' }));
    await waitFor(() => expect(controller.writeReport).toHaveBeenLastCalledWith({ replaceEditedSheet: true }));
    expect(await screen.findByTestId('notice-bar')).toHaveTextContent('已生成「自评报告」工作表');
  });

  it('shows the result scored again after the scheme is saved, staying on the settings tab', async () => {
    const controller = fakeController();
    renderPane(controller);
    await screen.findByTestId('table-indicators');
    fireEvent.click(screen.getByTestId('score-button'));
    expect(await screen.findByTestId('grade')).toHaveTextContent('优');
    const report = (await controller.score.mock.results[0].value).report;
    controller.saveScheme.mockImplementationOnce(async (edited) => ({
      kind: 'saved',
      scheme: edited,
      problems: [],
      keptSheetEdits: false,
      rescore: { ok: true, outcome: { report: { ...report, total: { ...report.total, grade: '良' } }, overview: { isEmpty: false, tables: [], problems: [] } } },
    }));
    fireEvent.click(screen.getByTestId('tab-settings'));
    fireEvent.click(await screen.findByTestId('save-settings'));
    expect(await screen.findByTestId('notice-bar')).toHaveTextContent('评分设置已保存');
    expect(screen.getByTestId('settings-form')).toBeInTheDocument();
    expect(screen.getByTestId('last-run')).toHaveTextContent('编辑后自动');
    fireEvent.click(screen.getByTestId('tab-score'));
    expect(await screen.findByTestId('grade')).toHaveTextContent('良');
  });

  it('keeps the scheme saved when the run after the save fails, and shows that failure as a score’s', async () => {
    const controller = fakeController();
    renderPane(controller);
    await screen.findByTestId('table-indicators');
    fireEvent.click(screen.getByTestId('score-button'));
    expect(await screen.findByTestId('grade')).toHaveTextContent('优');
    controller.saveScheme.mockImplementationOnce(async (edited) => ({
      kind: 'saved',
      scheme: edited,
      problems: [],
      keptSheetEdits: false,
      rescore: { ok: false, error: officeError('AccessDenied', 'The cell or chart you are trying to change is on a protected sheet.') },
    }));
    fireEvent.click(screen.getByTestId('tab-settings'));
    fireEvent.click(await screen.findByTestId('save-settings'));
    expect(await screen.findByTestId('error-bar')).toHaveTextContent('评分未完成');
    expect(screen.getByTestId('settings-form')).toBeInTheDocument();
    expect(screen.getByTestId('save-settings')).not.toHaveAttribute('aria-disabled', 'true');
  });

  it('shows in the open settings form a scheme changed in the sheet, after the automatic run it started', async () => {
    const controller = fakeController();
    renderPane(controller);
    await screen.findByTestId('table-indicators');
    fireEvent.click(screen.getByTestId('score-button'));
    await waitFor(() => expect(controller.startAutoRecalc).toHaveBeenCalled());
    fireEvent.click(screen.getByTestId('tab-settings'));
    expect(await screen.findByLabelText('第 1 档下限')).toHaveValue(90);
    controller.loadScheme.mockResolvedValue({ scheme: STRICTER, problems: [] });
    const callbacks = controller.startAutoRecalc.mock.calls[0][0];
    act(() => callbacks.onScored({ report: seed000Report(), overview: SEED_000_OVERVIEW }));
    await waitFor(() => expect(screen.getByLabelText('第 1 档下限')).toHaveValue(96), { timeout: 5000 });
  });

  it('shows in the settings tab what 评分设置 says that it could not use, selects its cell, and drops it once a save wrote over it', async () => {
    const controller = fakeController();
    const unreadable = {
      kind: 'unreadableValue' as const,
      severity: 'error' as const,
      setting: 'reverseFormula' as const,
      message: { 'zh-CN': '「反向指标计分方法」的值「对数法」无法识别，已采用默认值 比例法。', 'en-US': '"Reverse indicator formula" cannot be read from "对数法".' },
      location: { sheet: '评分设置', cell: 'B3' },
    };
    controller.loadScheme.mockResolvedValue({ scheme: DEFAULT_SCHEME, problems: [unreadable] });
    renderPane(controller);
    await screen.findByTestId('table-indicators');
    fireEvent.click(screen.getByTestId('tab-settings'));
    const problems = await screen.findByTestId('settings-sheet-problems');
    expect(problems).toHaveTextContent('「反向指标计分方法」的值「对数法」无法识别');
    expect(screen.getByTestId('setting-sheet-note')).toHaveTextContent('工作表中的值无法读取，此处显示默认值');
    fireEvent.click(within(problems).getByRole('button', { name: '评分设置!B3' }));
    await waitFor(() => expect(controller.selectCell).toHaveBeenCalledWith({ sheet: '评分设置', cell: 'B3' }));

    fireEvent.click(screen.getByRole('radio', { name: /线性法/ }));
    fireEvent.click(screen.getByTestId('save-settings'));
    expect(await screen.findByTestId('notice-bar')).toHaveTextContent('评分设置已保存');
    expect(screen.queryByTestId('settings-sheet-problems')).not.toBeInTheDocument();
    expect(screen.queryByTestId('setting-sheet-note')).not.toBeInTheDocument();
  });

  it('keeps unsaved edits in the settings form while the person looks at another tab, and reads the sheet again on return', async () => {
    const controller = fakeController();
    renderPane(controller);
    await screen.findByTestId('table-indicators');
    fireEvent.click(screen.getByTestId('tab-settings'));
    fireEvent.change(await screen.findByLabelText('第 1 档下限'), { target: { value: '92' } });
    fireEvent.click(screen.getByRole('radio', { name: /线性法/ }));
    fireEvent.click(screen.getByTestId('tab-score'));
    expect(screen.queryByTestId('settings-form')).not.toBeVisible();
    fireEvent.click(screen.getByTestId('tab-settings'));
    expect(await screen.findByLabelText('第 1 档下限')).toHaveValue(92);
    expect(screen.getByRole('radio', { name: /线性法/ })).toBeChecked();
    expect(controller.loadScheme).toHaveBeenCalledTimes(2);
    expect(controller.saveScheme).not.toHaveBeenCalled();
  });

  it('tells which settings were changed in the sheet meanwhile when a save is refused, and shows the sheet’s', async () => {
    const controller = fakeController();
    controller.saveScheme.mockResolvedValueOnce({ kind: 'changedInSheet', scheme: STRICTER, problems: [], conflicts: ['grades'] });
    renderPane(controller);
    await screen.findByTestId('table-indicators');
    fireEvent.click(screen.getByTestId('tab-settings'));
    fireEvent.change(await screen.findByLabelText('第 1 档下限'), { target: { value: '92' } });
    fireEvent.click(screen.getByTestId('save-settings'));
    expect(await screen.findByTestId('notice-bar')).toHaveTextContent('未保存：「评分设置」工作表中的等级划分在此页打开后也被修改过');
    expect(screen.getByLabelText('第 1 档下限')).toHaveValue(96);
  });
});

describe('the task pane’s result against later edits', () => {
  it('shows the figures the Word file was built from, which the controller scored at download time', async () => {
    const controller = fakeController();
    Object.assign(URL, { createObjectURL: jest.fn(() => 'blob:report'), revokeObjectURL: jest.fn() });
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    renderPane(controller);
    await screen.findByTestId('table-indicators');
    fireEvent.click(screen.getByTestId('score-button'));
    expect(await screen.findByTestId('total-score')).toHaveTextContent('93');
    const report = seed000Report();
    controller.buildDocx.mockResolvedValueOnce({
      fileName: '自评报告.docx',
      blob: new Blob(['docx']),
      outcome: { report: { ...report, total: { ...report.total, score: 88.99, grade: '良' } }, overview: SEED_000_OVERVIEW },
    });
    fireEvent.click(screen.getByTestId('download-docx-button'));
    await screen.findByTestId('notice-bar');
    expect(screen.getByTestId('total-score')).toHaveTextContent('88.99');
    click.mockRestore();
  });

  it('with re-scoring off, says the result is out of date once an input changes, until the next score', async () => {
    const controller = fakeController();
    renderPane(controller);
    await screen.findByTestId('table-indicators');
    fireEvent.click(screen.getByTestId('score-button'));
    await waitFor(() => expect(controller.startAutoRecalc).toHaveBeenCalledTimes(1));
    expect(controller.startAutoRecalc.mock.calls[0][1]).toEqual({ rescore: true, scoreAtOnce: false });
    fireEvent.click(screen.getByRole('switch', { name: '编辑后自动重新评分' }));
    await waitFor(() => expect(controller.startAutoRecalc).toHaveBeenCalledTimes(2));
    const [callbacks, options] = controller.startAutoRecalc.mock.calls[1];
    expect(options).toEqual({ rescore: false, scoreAtOnce: false });
    expect(screen.queryByTestId('result-outdated')).not.toBeInTheDocument();

    act(() => callbacks.onInputsChanged());
    expect(screen.getByTestId('result-outdated')).toHaveTextContent('结果可能已过期');
    fireEvent.click(screen.getByTestId('score-button'));
    await waitFor(() => expect(screen.queryByTestId('result-outdated')).not.toBeInTheDocument());
  });
  it('scores at once when re-scoring is turned back on over a result that is out of date, and not over a current one', async () => {
    const controller = fakeController();
    renderPane(controller);
    await screen.findByTestId('table-indicators');
    fireEvent.click(screen.getByTestId('score-button'));
    await waitFor(() => expect(controller.startAutoRecalc).toHaveBeenCalledTimes(1));
    const autoRecalcSwitch = screen.getByRole('switch', { name: '编辑后自动重新评分' });
    // off and on again with nothing edited: nothing to score
    fireEvent.click(autoRecalcSwitch);
    await waitFor(() => expect(controller.startAutoRecalc).toHaveBeenCalledTimes(2));
    fireEvent.click(autoRecalcSwitch);
    await waitFor(() => expect(controller.startAutoRecalc).toHaveBeenCalledTimes(3));
    expect(controller.startAutoRecalc.mock.calls[2][1]).toEqual({ rescore: true, scoreAtOnce: false });
    // off, an edit, on again: the watch is asked to score once right away
    fireEvent.click(autoRecalcSwitch);
    await waitFor(() => expect(controller.startAutoRecalc).toHaveBeenCalledTimes(4));
    act(() => controller.startAutoRecalc.mock.calls[3][0].onInputsChanged());
    fireEvent.click(autoRecalcSwitch);
    await waitFor(() => expect(controller.startAutoRecalc).toHaveBeenCalledTimes(5));
    expect(controller.startAutoRecalc.mock.calls[4][1]).toEqual({ rescore: true, scoreAtOnce: true });
  });

  it('says the result is out of date when an automatic run after an edit fails, also once the error is dismissed', async () => {
    const controller = fakeController();
    renderPane(controller);
    await screen.findByTestId('table-indicators');
    fireEvent.click(screen.getByTestId('score-button'));
    expect(await screen.findByTestId('total-score')).toHaveTextContent('93');
    await waitFor(() => expect(controller.startAutoRecalc).toHaveBeenCalledTimes(1));
    const [callbacks] = controller.startAutoRecalc.mock.calls[0];

    // an edit broke a header: the run after it fails, and 93 was scored before the edit
    act(() => callbacks.onRunStarted());
    act(() => callbacks.onFailed(officeError('AccessDenied', 'The sheet is protected.')));
    expect(screen.getByTestId('total-score')).toHaveTextContent('93');
    expect(screen.getByTestId('result-outdated')).toHaveTextContent('结果可能已过期');
    fireEvent.click(within(screen.getByTestId('error-bar')).getByLabelText('关闭'));
    expect(screen.queryByTestId('error-bar')).not.toBeInTheDocument();
    expect(screen.getByTestId('result-outdated')).toHaveTextContent('结果可能已过期');
  });
});

describe('the task pane from the keyboard', () => {
  it('keeps focus on 评分 while it runs (inactive, not disabled), and announces the notice of a finished step', async () => {
    const controller = fakeController();
    let finish: () => void = () => undefined;
    controller.score.mockImplementationOnce(
      () => new Promise((resolve) => (finish = () => resolve({ report: seed000Report(), overview: SEED_000_OVERVIEW }))),
    );
    renderPane(controller);
    await screen.findByTestId('table-indicators');
    const button = screen.getByTestId('score-button');
    button.focus();
    fireEvent.click(button);
    await screen.findByTestId('score-progress');
    expect(button).not.toBeDisabled();
    expect(button).toHaveAttribute('aria-disabled', 'true');
    expect(button).toHaveFocus();
    fireEvent.click(button);
    expect(controller.score).toHaveBeenCalledTimes(1);
    await act(async () => finish());
    expect(button).not.toHaveAttribute('aria-disabled', 'true');
    expect(button).toHaveFocus();

    const write = await screen.findByTestId('write-report-button');
    write.focus();
    fireEvent.click(write);
    expect(write).not.toBeDisabled();
    await waitFor(() => expect(screen.getByTestId('notice-announcer')).toHaveTextContent('已生成「自评报告」工作表'));
    expect(write).toHaveFocus();
  });

  it('has headings that skip no level: the pane’s title, then each table found', async () => {
    renderPane(fakeController());
    await screen.findByTestId('table-indicators');
    const levels = screen.getAllByRole('heading').map((heading) => Number(heading.tagName.slice(1)));
    expect(levels).toEqual([1, 2, 2]);
    expect(screen.getByRole('heading', { level: 2, name: /绩效指标表/ })).toBeInTheDocument();
  });

  it('announces a finished score with its total and grade in the polite live region beside 评分, in either language', async () => {
    const controller = fakeController();
    const { i18n } = renderPane(controller);
    await screen.findByTestId('table-indicators');
    const status = screen.getByTestId('last-run');
    expect(status).toHaveAttribute('aria-live', 'polite');
    fireEvent.click(screen.getByTestId('score-button'));
    await waitFor(() => expect(status).toHaveTextContent(/^上次评分：\d\d:\d\d:\d\d，93 \/ 100 分，优$/));
    fireEvent.change(screen.getByTestId('language-switch'), { target: { value: 'en-US' } });
    await waitFor(() => expect(status).toHaveTextContent(/^Last scored at \d\d:\d\d:\d\d: 93 out of 100, 优 \(excellent\)$/));
    expect(screen.getByTestId('grade')).toHaveTextContent(/^优 \(excellent\)$/);
    const callbacks = controller.startAutoRecalc.mock.calls[0][0];
    const report = seed000Report();
    act(() => callbacks.onScored({ report: { ...report, total: { ...report.total, score: 88.5, grade: '良' } }, overview: SEED_000_OVERVIEW }));
    expect(status).toHaveTextContent(/^Last scored at \d\d:\d\d:\d\d \(after an edit\): 88\.5 out of 100, 良 \(good\)$/);
    expect(i18n.language).toBe('en-US');
  });

  // A live region made with its text in it is not read by several screen readers: it must be there,
  // empty, before its text changes. The message bars are made with theirs, so they are no live region.
  it('announces a finished step in a polite live region that was there, empty, from the pane’s start; the bar shown is none', async () => {
    const controller = fakeController();
    renderPane(controller);
    await screen.findByTestId('table-indicators');
    const announcer = screen.getByTestId('notice-announcer');
    expect(announcer).toHaveAttribute('aria-live', 'polite');
    expect(announcer).toHaveAttribute('role', 'status');
    expect(announcer).toHaveTextContent(/^$/);
    fireEvent.click(screen.getByTestId('score-button'));
    fireEvent.click(await screen.findByTestId('write-report-button'));
    expect(await screen.findByTestId('notice-bar')).toHaveTextContent('已生成「自评报告」工作表');
    expect(screen.getByTestId('notice-announcer')).toBe(announcer);
    expect(announcer).toHaveTextContent(/^已生成「自评报告」工作表。$/);
    expect(screen.getByTestId('notice-bar')).not.toHaveAttribute('aria-live');
    expect(screen.getByTestId('notice-bar')).not.toHaveAttribute('role', 'status');
    // the same step again: emptied while it runs, so the same words are announced again
    fireEvent.click(screen.getByTestId('write-report-button'));
    expect(announcer).toHaveTextContent(/^$/);
    await waitFor(() => expect(announcer).toHaveTextContent(/^已生成「自评报告」工作表。$/));
    fireEvent.click(within(screen.getByTestId('notice-bar')).getByRole('button', { name: '关闭' }));
    expect(announcer).toHaveTextContent(/^$/);
  });

  it('announces a result gone out of date in a live region of its own, not from a status made with its text, without reading the last notice again', async () => {
    const controller = fakeController();
    renderPane(controller);
    await screen.findByTestId('table-indicators');
    const announcer = screen.getByTestId('outdated-announcer');
    expect(announcer).toHaveAttribute('role', 'status');
    fireEvent.click(screen.getByTestId('score-button'));
    fireEvent.click(await screen.findByTestId('write-report-button'));
    await screen.findByTestId('notice-bar');
    await waitFor(() => expect(controller.startAutoRecalc).toHaveBeenCalled());
    fireEvent.click(screen.getByRole('switch', { name: '编辑后自动重新评分' }));
    await waitFor(() => expect(controller.startAutoRecalc.mock.calls.length).toBeGreaterThan(1));
    const notices = screen.getByTestId('notice-announcer');
    const noticeBefore = notices.textContent;
    act(() => controller.startAutoRecalc.mock.calls.at(-1)![0].onInputsChanged());
    expect(screen.getByTestId('result-outdated')).not.toHaveAttribute('role', 'status');
    expect(announcer).toHaveTextContent(screen.getByTestId('result-outdated').textContent!);
    // the other region is not touched, so the notice is not read again
    expect(notices.textContent).toBe(noticeBefore);
    expect(announcer).not.toContainElement(notices);
    fireEvent.click(screen.getByTestId('score-button'));
    await waitFor(() => expect(screen.queryByTestId('result-outdated')).not.toBeInTheDocument());
    expect(announcer).toHaveTextContent(/^$/);
  });

  it('moves focus to 评分 when the template offer it was on goes away after inserting, not to the page', async () => {
    const controller = fakeController({ isEmpty: true, tables: [], problems: [] });
    controller.insertTemplate.mockResolvedValueOnce({ sheets: ['基本信息', '预算执行', '绩效指标', '评分设置'], overview: SEED_000_OVERVIEW });
    renderPane(controller);
    const insert = await screen.findByTestId('insert-blank-template');
    insert.focus();
    fireEvent.click(insert);
    await screen.findByTestId('notice-bar');
    expect(screen.queryByTestId('template-offer')).not.toBeInTheDocument();
    expect(screen.getByTestId('score-button')).toHaveFocus();
  });

  /** the error bar's 覆盖并重新生成 after 生成报告 was refused, focused */
  async function focusedReplaceButton(): Promise<HTMLElement> {
    await reportRefused();
    const replace = within(await screen.findByTestId('error-bar')).getByRole('button', { name: '覆盖并重新生成' });
    replace.focus();
    return replace;
  }

  it('moves focus to 评分 when a message is dismissed with its ×, and when 覆盖并重新生成 takes the error away', async () => {
    const replace = await focusedReplaceButton();
    fireEvent.click(replace);
    await screen.findByTestId('notice-bar');
    expect(screen.getByTestId('score-button')).toHaveFocus();

    const dismiss = within(screen.getByTestId('notice-bar')).getByRole('button', { name: '关闭' });
    dismiss.focus();
    fireEvent.click(dismiss);
    expect(screen.queryByTestId('notice-bar')).not.toBeInTheDocument();
    expect(screen.getByTestId('score-button')).toHaveFocus();
  });

  it('takes no focus from the sheet: a message going away while the person works in the sheet leaves focus where they are', async () => {
    const replace = await focusedReplaceButton();
    // the person clicks into the sheet: the pane's page loses focus (Excel's webview or frame)
    pageHasFocus.mockReturnValue(false);
    fireEvent.click(replace);
    await screen.findByTestId('notice-bar');
    expect(screen.getByTestId('score-button')).not.toHaveFocus();
  });
});

const STRICTER = { ...DEFAULT_SCHEME, grades: DEFAULT_SCHEME.grades.map((band, index) => (index === 0 ? { ...band, min: 96 } : band)) };
