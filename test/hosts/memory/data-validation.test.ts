import { createExcelApi, isMemoryOfficeError, MemoryWorkbook } from '../../../src/hosts/memory';
import type { MemoryRequestContext } from '../../../src/hosts/memory';

const LIST = { list: { inCellDropDown: true, source: '产出指标,效益指标,满意度指标' } };

function sheetAt(excelApiVersion = '1.8'): MemoryWorkbook {
  return new MemoryWorkbook({ sheets: [{ name: '绩效指标', rows: [['一级指标']] }], excelApiVersion });
}

async function inRun<T>(workbook: MemoryWorkbook, batch: (context: MemoryRequestContext) => Promise<T>): Promise<T> {
  return createExcelApi(workbook).run(batch);
}

async function codeOf(promise: Promise<unknown>): Promise<string | null> {
  try {
    await promise;
    return null;
  } catch (error) {
    return isMemoryOfficeError(error) ? error.code : String(error);
  }
}

describe('range.dataValidation in the in-memory Excel', () => {
  it('sets a list rule and its alert at the sync, as Excel keeps them', async () => {
    const workbook = sheetAt();
    await inRun(workbook, async (context) => {
      const { dataValidation } = context.workbook.worksheets.getItem('绩效指标').getRange('A2:A100');
      dataValidation.rule = LIST;
      dataValidation.errorAlert = { showAlert: false };
      expect(workbook.sheetInfo('绩效指标').dataValidations).toEqual([]);
      await context.sync();
    });
    expect(workbook.sheetInfo('绩效指标').dataValidations).toEqual([{ address: 'A2:A100', rule: LIST, errorAlert: { showAlert: false, style: 'Stop', title: '', message: '' } }]);
  });

  it('reads rule, errorAlert and type only after load and sync (PropertyNotLoaded before), Inconsistent over mixed cells', async () => {
    const workbook = sheetAt();
    await inRun(workbook, async (context) => {
      const sheet = context.workbook.worksheets.getItem('绩效指标');
      sheet.getRange('A2:A10').dataValidation.rule = LIST;
      const inside = sheet.getRange('A3:A4').dataValidation;
      expect(() => inside.type).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      inside.load('rule, errorAlert, type');
      const mixed = sheet.getRange('A9:A12').dataValidation.load('type');
      const none = sheet.getRange('C1').load('dataValidation/type');
      await context.sync();
      expect(inside.type).toBe('List');
      expect(inside.rule).toEqual(LIST);
      expect(inside.errorAlert).toEqual({ showAlert: true, style: 'Stop', title: '', message: '' });
      expect(mixed.type).toBe('Inconsistent');
      expect(none.dataValidation.type).toBe('None');
    });
  });

  it('replaces the rules a new rule covers and clear() removes them, cutting a rule that is only partly covered', async () => {
    const workbook = sheetAt();
    await inRun(workbook, async (context) => {
      const sheet = context.workbook.worksheets.getItem('绩效指标');
      sheet.getRange('A2:A10').dataValidation.rule = LIST;
      sheet.getRange('A2:A10').dataValidation.rule = { list: { inCellDropDown: true, source: 'a,b' } };
      sheet.getRange('A5:A6').dataValidation.clear();
      await context.sync();
    });
    expect(workbook.sheetInfo('绩效指标').dataValidations.map((validation) => [validation.address, validation.rule.list.source])).toEqual([
      ['A2:A4', 'a,b'],
      ['A7:A10', 'a,b'],
    ]);
  });

  it('refuses what Excel refuses: a list over 255 characters, an unknown alert style', async () => {
    const workbook = sheetAt();
    const range = (context: MemoryRequestContext) => context.workbook.worksheets.getItem('绩效指标').getRange('A2');
    expect(await codeOf(inRun(workbook, async (context) => {
      range(context).dataValidation.rule = { list: { inCellDropDown: true, source: 'x'.repeat(256) } };
      await context.sync();
    }))).toBe('InvalidArgument');
    expect(await codeOf(inRun(workbook, async (context) => {
      range(context).dataValidation.errorAlert = { style: 'Loud' as 'Stop' };
      await context.sync();
    }))).toBe('InvalidArgument');
  });

  it('needs ExcelApi 1.8: setting, clearing and loading fail with ApiNotFound on 1.7, the batch stopping there', async () => {
    const workbook = sheetAt('1.7');
    const range = (context: MemoryRequestContext) => context.workbook.worksheets.getItem('绩效指标').getRange('A2:A10');
    expect(await codeOf(inRun(workbook, async (context) => {
      range(context).values = [[1], [2], [3], [4], [5], [6], [7], [8], [9]];
      range(context).dataValidation.rule = LIST;
      await context.sync();
    }))).toBe('ApiNotFound');
    // as Excel: what the batch did before the refused command stays
    expect(workbook.getCellValue('绩效指标', 'A2')).toBe(1);
    expect(await codeOf(inRun(workbook, async (context) => {
      range(context).dataValidation.clear();
      await context.sync();
    }))).toBe('ApiNotFound');
    expect(await codeOf(inRun(workbook, async (context) => {
      range(context).dataValidation.load('type');
      await context.sync();
    }))).toBe('ApiNotFound');
    expect(await codeOf(inRun(workbook, async (context) => {
      range(context).load('dataValidation/rule');
      await context.sync();
    }))).toBe('ApiNotFound');
    expect(workbook.sheetInfo('绩效指标').dataValidations).toEqual([]);
  });
});
