import { seed000 } from '../../../samples/data/seed-000';
import { createExcelApi, createOfficeContext, MemoryWorkbook } from '../../../src/hosts/memory';
import { createOfficeWorkbookPort, detectCapabilities } from '../../../src/hosts/office';
import { planWriteCommands } from '../../../src/hosts/office/write-commands';
import { cellAddress } from '../../../src/workbook/cells/a1';
import { normaliseHeaderText, normaliseLabelText } from '../../../src/workbook/detect/header-text';
import { planTemplate } from '../../../src/workbook/plan/template';
import { scoreWorkbook } from '../../../src/workbook/score-workbook';

/** the template inserted through the Office host into an empty workbook of the given Excel */
async function inserted(excelApiVersion: string) {
  const workbook = new MemoryWorkbook({ sheets: [], excelApiVersion });
  const capabilities = detectCapabilities(createOfficeContext(workbook));
  const port = createOfficeWorkbookPort(createExcelApi(workbook), { capabilities });
  const names = await port.sheetNames();
  await port.apply(planTemplate({ existing: await port.readSheets(names) }));
  return { workbook, port, capabilities };
}

const NO_ALERT = { showAlert: false, style: 'Stop', title: '', message: '' };

/** seed 000 typed into the template by hand, column by column under the same header (as the command-line test does) */
function typeInSeed000(workbook: MemoryWorkbook): void {
  for (const source of seed000.sheets) {
    const [sourceHeader, ...rows] = source.rows;
    const values = workbook.dumpValues(source.name);
    if (source.name === '基本信息') {
      for (const [item, content] of rows) {
        const row = values.findIndex((line) => normaliseLabelText(String(line[0])) === normaliseLabelText(String(item))) + 1;
        expect(row).toBeGreaterThan(0);
        if (content !== null) workbook.userEdit(source.name, cellAddress(row, 2), content);
      }
      continue;
    }
    const header = values[0].map((text) => normaliseHeaderText(String(text ?? '')));
    const columns = sourceHeader.map((text) => header.indexOf(normaliseHeaderText(String(text))) + 1);
    expect(columns).not.toContain(0);
    rows.forEach((line, r) => line.forEach((value, i) => value !== null && value !== '' && workbook.userEdit(source.name, cellAddress(r + 2, columns[i]), value)));
  }
}

describe('the template’s dropdown lists through the Office host', () => {
  it('are set on ExcelApi 1.8, with no alert, so any other word typed in stays', async () => {
    const { workbook } = await inserted('1.8');
    expect(workbook.sheetInfo('基本信息').dataValidations).toEqual([{ address: 'B5', rule: { list: { inCellDropDown: true, source: '部门整体支出,项目支出' } }, errorAlert: NO_ALERT }]);
    expect(workbook.sheetInfo('预算执行').dataValidations).toEqual([
      { address: 'B2:B1000', rule: { list: { inCellDropDown: true, source: '合计,基本支出,人员经费,日常公用经费,项目支出,三公经费,财政拨款,上年结转,其他资金,任务' } }, errorAlert: NO_ALERT },
    ]);
    expect(workbook.sheetInfo('绩效指标').dataValidations).toEqual([
      { address: 'B2:B1000', rule: { list: { inCellDropDown: true, source: '产出指标,效益指标,满意度指标' } }, errorAlert: NO_ALERT },
      { address: 'E2:E1000', rule: { list: { inCellDropDown: true, source: '≥,≤,＝,>,<,定性' } }, errorAlert: NO_ALERT },
    ]);
    expect(workbook.sheetInfo('评分设置').dataValidations).toEqual([]);
  });

  it('cost no sync of their own: the template is still written in one', async () => {
    const workbook = new MemoryWorkbook({ sheets: [], excelApiVersion: '1.8' });
    const port = createOfficeWorkbookPort(createExcelApi(workbook), { capabilities: detectCapabilities(createOfficeContext(workbook)) });
    await port.readSheets(await port.sheetNames());
    workbook.resetCounters();
    await port.apply(planTemplate());
    expect(workbook.syncCount).toBe(1);
  });

  it('are left out on ExcelApi 1.7, which has no data validation, and the pane is told so; the rest of the template is written', async () => {
    const { workbook, capabilities } = await inserted('1.7');
    expect(capabilities.degraded).toContain('dataValidation');
    expect(planWriteCommands(planTemplate(), [], capabilities).skipped).toContain('dataValidation');
    expect(workbook.syncLog.every((sync) => sync.outcome === 'applied')).toBe(true);
    expect(workbook.sheetNames()).toEqual(['基本信息', '预算执行', '绩效指标', '评分设置']);
    for (const name of workbook.sheetNames()) expect(workbook.sheetInfo(name).dataValidations).toEqual([]);
  });

  it('leave the template as it was when it is inserted again (its sheets hold data, so none is written)', async () => {
    const { workbook, port } = await inserted('1.8');
    const before = workbook.sheetNames().map((name) => workbook.sheetInfo(name));
    const again = planTemplate({ existing: await port.readSheets(workbook.sheetNames()) });
    expect(again.skippedSheets).toEqual(['基本信息', '预算执行', '绩效指标', '评分设置']);
    await port.apply(again);
    expect(workbook.sheetNames().map((name) => workbook.sheetInfo(name))).toEqual(before);
  });

  it('do not change scoring: seed 000 typed into the template scores 93 / 优, and the lists stay as they were', async () => {
    const { workbook, port } = await inserted('1.8');
    const lists = workbook.sheetInfo('绩效指标').dataValidations;
    typeInSeed000(workbook);
    const result = await scoreWorkbook(port);
    expect(result.problems).toEqual([]);
    expect(result.report.total).toMatchObject({ score: 93, max: 100, grade: '优' });
    expect(workbook.sheetInfo('绩效指标').dataValidations).toEqual(lists);
  });
});
