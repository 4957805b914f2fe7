import { describeFailure, PaneFailure } from '../../../src/taskpane/services/pane-failure';
import { MergedAreaWriteError, ProtectedSheetWriteError } from '../../../src/hosts/office';
import { paneResources } from '../../../src/taskpane/i18n/pane-i18n';
import { CellChangedError, WorkbookChangedError } from '../../../src/workbook/port';

function officeError(code: string, message: string): Error {
  return Object.assign(new Error(message), { code });
}

describe('explaining a failure to the user', () => {
  it('recognises the Office.js errors a user can fix', () => {
    expect(describeFailure('score', officeError('AccessDenied', 'The sheet is protected')).code).toBe('sheetProtected');
    expect(describeFailure('score', officeError('InvalidOperationInCellEditMode', 'edit mode')).code).toBe('cellEditMode');
    expect(describeFailure('writeReport', officeError('RequestPayloadSizeLimitExceeded', 'too big')).code).toBe('requestTooLarge');
    expect(describeFailure('selectCell', officeError('ItemNotFound', 'no sheet')).code).toBe('itemNotFound');
  });

  it('keeps the words of an unknown error so the user can report them', () => {
    expect(describeFailure('inspect', new Error('socket closed'))).toEqual({
      code: 'unexpected',
      operation: 'inspect',
      detail: { 'zh-CN': 'socket closed', 'en-US': 'socket closed' },
      location: null,
    });
  });

  it('passes on what the controller already knew: the message and the cell', () => {
    const failure = new PaneFailure(
      'layoutProblem',
      { 'zh-CN': '绩效指标表缺少“实际完成值”列', 'en-US': 'The indicator table has no actual column' },
      { sheet: '绩效指标', cell: 'A1' },
    );
    expect(describeFailure('score', failure)).toEqual({
      code: 'layoutProblem',
      operation: 'score',
      detail: failure.detail,
      location: { sheet: '绩效指标', cell: 'A1' },
    });
  });
});

describe('a write refused for a merged area', () => {
  it('names the sheet and the merged cells, in Chinese and English, and points at them', () => {
    const described = describeFailure('score', new MergedAreaWriteError('评分结果', 'C5', 'B5:C5'));
    expect(described).toMatchObject({ code: 'layoutProblem', operation: 'score', location: { sheet: '评分结果', cell: 'B5:C5' } });
    expect(described.detail?.['zh-CN']).toContain('工作表「评分结果」的合并单元格 B5:C5');
    expect(described.detail?.['en-US']).toContain('Sheet "评分结果": C5 would change part of the merged cells B5:C5');
  });
});

describe('a write to a protected sheet', () => {
  it('refused before sending: names the sheet in the pane\'s languages, says nothing was written, and points at it', () => {
    const described = describeFailure('score', new ProtectedSheetWriteError('评分结果'));
    expect(described).toEqual({
      code: 'sheetProtected',
      operation: 'score',
      detail: {
        'zh-CN': '「评分结果」工作表受保护，本次没有写入任何内容。',
        'en-US': 'The sheet “评分结果” is protected; nothing was written.',
      },
      location: { sheet: '评分结果', cell: null },
    });
  });

  it('refused by Excel partway: says in the pane\'s languages that part may be written, not Office\'s words, and never that nothing was', () => {
    const described = describeFailure('score', officeError('AccessDenied', "The cell or chart you're trying to change is on a protected sheet."));
    expect(described.code).toBe('sheetProtected');
    expect(described.detail?.['zh-CN']).toContain('此前的部分可能已经写入');
    expect(described.detail?.['en-US']).toContain('what came before may already be written');
    expect(described.detail?.['en-US']).not.toContain('chart');
    // the hint shows under both
    expect(paneResources['zh-CN'].errors.sheetProtected.hint).not.toContain('没有写入');
    expect(paneResources['en-US'].errors.sheetProtected.hint).not.toMatch(/nothing was written/i);
  });
});

describe('a workbook whose sheets changed between the read and the write', () => {
  it('is explained as such, not as an unexpected error', () => {
    expect(describeFailure('insertTemplate', new WorkbookChangedError(officeError('ItemAlreadyExists', 'exists')))).toEqual({
      code: 'workbookChanged',
      operation: 'insertTemplate',
      detail: null,
      location: null,
    });
  });
});

describe('a cell changed by someone between the read and the write, again after the retry', () => {
  it('names the sheet and cell and what it now reads, says nothing was written, and points at it', () => {
    const described = describeFailure('writeReport', new CellChangedError('自评报告', 'A7', '（李四改写的段落）'));
    expect(described).toEqual({
      code: 'cellChanged',
      operation: 'writeReport',
      detail: {
        'zh-CN': '工作表「自评报告」的 A7 在读取后被改为“（李四改写的段落）”，为免覆盖，本次没有写入任何内容。',
        'en-US': 'A7 on the sheet “自评报告” was changed after it was read (it now reads “（李四改写的段落）”); so as not to write over it, nothing was written.',
      },
      location: { sheet: '自评报告', cell: 'A7' },
    });
    expect(paneResources['zh-CN'].errors.cellChanged.title).toContain('{{operation}}');
  });

  it('says a cell was cleared, and quotes a long text by its start', () => {
    expect(describeFailure('score', new CellChangedError('绩效指标', 'N11', null)).detail?.['zh-CN']).toBe('工作表「绩效指标」的 N11 在读取后被清空，为免覆盖，本次没有写入任何内容。');
    const long = '偏差原因：'.repeat(20);
    expect(describeFailure('score', new CellChangedError('绩效指标', 'N11', long)).detail?.['zh-CN']).toContain(`“${[...long].slice(0, 40).join('')}…”`);
  });
});
