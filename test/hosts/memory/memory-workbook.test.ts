import { createExcelApi, EXCEL_ON_THE_WEB_PAYLOAD_LIMIT, MemoryWorkbook } from '../../../src/hosts/memory';

function budgetWorkbook(): MemoryWorkbook {
  return new MemoryWorkbook({
    sheets: [
      { name: '预算执行', rows: [['资金项目', '全年预算数', '全年执行数'], ['合计', 100, 95]] },
      { name: '评分结果', rows: [['总分', null]] },
    ],
  });
}

describe('a protected sheet', () => {
  // learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling — AccessDenied:
  // "You can't perform the requested operation"; a write to a protected sheet fails the batch at sync
  it('refuses a write with AccessDenied at sync', async () => {
    const workbook = budgetWorkbook();
    workbook.setSheetProtected('评分结果', true);
    const Excel = createExcelApi(workbook);
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem('评分结果').getRange('B1').values = [[93]];
      await expect(context.sync()).rejects.toMatchObject({ code: 'AccessDenied' });
    });
    expect(workbook.getCellValue('评分结果', 'B1')).toBeNull();
  });

  it('keeps the writes queued before the refused one, as Excel does, and rejects the sync', async () => {
    const workbook = budgetWorkbook();
    workbook.setSheetProtected('评分结果', true);
    const Excel = createExcelApi(workbook);
    await expect(
      Excel.run(async (context) => {
        const budget = context.workbook.worksheets.getItem('预算执行');
        budget.getRange('D1:D2').values = [['执行率'], [0.95]];
        context.workbook.worksheets.add('自评报告').getRange('A1').values = [['报告']];
        context.workbook.worksheets.getItem('评分结果').getRange('B1').values = [[93]];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'AccessDenied' });
    expect(workbook.dumpValues('预算执行').map((row) => row[3])).toEqual(['执行率', 0.95]);
    expect(workbook.sheetNames()).toEqual(['预算执行', '评分结果', '自评报告']);
    expect(workbook.getCellValue('自评报告', 'A1')).toBe('报告');
    expect(workbook.getCellValue('评分结果', 'B1')).toBeNull();
    expect(workbook.syncLog.map((sync) => sync.outcome)).toEqual(['AccessDenied']);
  });

  it('can still be read and selected', async () => {
    const workbook = budgetWorkbook();
    workbook.setSheetProtected('预算执行', true);
    const Excel = createExcelApi(workbook);
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('预算执行');
      sheet.protection.load('protected');
      const cell = sheet.getRange('B2');
      cell.load('values');
      cell.select();
      await context.sync();
      expect(sheet.protection.protected).toBe(true);
      expect(cell.values).toEqual([[100]]);
    });
    expect(workbook.selection()).toEqual({ sheet: '预算执行', address: 'B2' });
  });
});

describe('cell edit mode', () => {
  // learn.microsoft.com/javascript/api/excel/excel.runoptions#excel-excel-runoptions-delayforcelledit-member
  // — "When false, if the user is in cell edit when the batch request is processed by the host, the
  // batch automatically fails."
  it('makes a batch fail with InvalidOperationInCellEditMode', async () => {
    const workbook = budgetWorkbook();
    workbook.setCellEditMode(true);
    const Excel = createExcelApi(workbook);
    await expect(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem('评分结果').getRange('B1').values = [[93]];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidOperationInCellEditMode' });
    expect(workbook.getCellValue('评分结果', 'B1')).toBeNull();
  });

  // same page — "When true, … the batch request is delayed until the user exits cell edit mode."
  it('delays the batch until the person leaves the cell when the run asks for delayForCellEdit', async () => {
    const workbook = budgetWorkbook();
    workbook.setCellEditMode(true);
    const Excel = createExcelApi(workbook);
    let finished = false;
    const running = Excel.run({ delayForCellEdit: true }, async (context) => {
      context.workbook.worksheets.getItem('评分结果').getRange('B1').values = [[93]];
      await context.sync();
      finished = true;
    });
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(finished).toBe(false);
    workbook.setCellEditMode(false);
    await running;
    expect(workbook.getCellValue('评分结果', 'B1')).toBe(93);
  });
});

describe('a sync that fails (a test injects it)', () => {
  it('fails the sync after the given number, runs none of its operations, and keeps what the syncs before did', async () => {
    const workbook = budgetWorkbook();
    workbook.failSyncAfter(1);
    const run = createExcelApi(workbook).run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('评分结果');
      sheet.getRange('B1').values = [[95]];
      await context.sync();
      sheet.getRange('A2:B2').values = [['综合评价', '优']];
      await context.sync();
    });
    await expect(run).rejects.toMatchObject({ code: 'GeneralException' });
    expect(workbook.dumpValues('评分结果')).toEqual([['总分', 95]]);
    expect(workbook.syncLog.map((sync) => sync.outcome)).toEqual(['applied', 'GeneralException']);
    // once: the sync after it runs again
    await createExcelApi(workbook).run(async (context) => {
      context.workbook.worksheets.getItem('评分结果').getRange('A2').values = [['综合评价']];
      await context.sync();
    });
    expect(workbook.getCellValue('评分结果', 'A2')).toBe('综合评价');
  });
});

describe('a co-author\'s edit between two syncs (a test injects it)', () => {
  it('lands just before the sync after the given number, so that sync sees it, with the Remote event', async () => {
    const workbook = budgetWorkbook();
    const heard: Array<{ address: string; source: string }> = [];
    const Excel = createExcelApi(workbook);
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem('评分结果').onChanged.add(async (event) => {
        heard.push({ address: event.address, source: event.source });
      });
      await context.sync();
    });
    workbook.changeBeforeSync(1, () => workbook.remoteEdit('评分结果', 'C1', '同事的备注'));
    const seen = await Excel.run(async (context) => {
      const cell = context.workbook.worksheets.getItem('评分结果').getRange('C1').load('values');
      await context.sync();
      const first = cell.values[0][0];
      cell.load('values');
      await context.sync();
      return [first, cell.values[0][0]];
    });
    expect(seen).toEqual(['', '同事的备注']);
    await workbook.whenEventsDelivered();
    expect(heard).toEqual([{ address: 'C1', source: 'Remote' }]);
    // once
    workbook.resetCounters();
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem('评分结果').getRange('C1').values = [['我的']];
      await context.sync();
    });
    expect(workbook.getCellValue('评分结果', 'C1')).toBe('我的');
  });
});

describe('a co-author\'s edit just before a request that loads and writes (a test injects it)', () => {
  it('lands before the first sync that both loads and writes, not before one that only loads or only writes, so its loads see it', async () => {
    const workbook = budgetWorkbook();
    const Excel = createExcelApi(workbook);
    workbook.changeBeforeCheckedWrite(() => workbook.remoteEdit('评分结果', 'C1', '同事的备注'));
    const seen = await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('评分结果');
      const onlyLoads = sheet.getRange('C1').load('values');
      await context.sync();
      sheet.getRange('D1').values = [['只写']];
      await context.sync();
      const before = onlyLoads.values[0][0];
      const loaded = sheet.getRange('C1').load('values');
      sheet.getRange('E1').values = [['又读又写']];
      await context.sync();
      return [before, loaded.values[0][0]];
    });
    expect(seen).toEqual(['', '同事的备注']);
    // once
    workbook.resetCounters();
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('评分结果');
      sheet.getRange('C1').load('values');
      sheet.getRange('C1').values = [['我的']];
      await context.sync();
    });
    expect(workbook.getCellValue('评分结果', 'C1')).toBe('我的');
  });
});

describe('counting syncs and their size', () => {
  it('counts one sync per context.sync() that carries something, and none for an empty queue', async () => {
    const workbook = budgetWorkbook();
    const Excel = createExcelApi(workbook);
    await Excel.run(async (context) => {
      await context.sync();
      context.workbook.worksheets.getItem('预算执行').getRange('A1').load('values');
      await context.sync();
      context.workbook.worksheets.getItem('评分结果').getRange('B1').values = [[90]];
      await context.sync();
    });
    expect(workbook.syncCount).toBe(2);
  });

  it('measures each request as the JSON of its operations, so a bigger write weighs more', async () => {
    const workbook = budgetWorkbook();
    const Excel = createExcelApi(workbook);
    const rows = (count: number) => Array.from({ length: count }, (_, index) => [`第${index + 1}行`, index]);
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('评分结果');
      sheet.getRange('A1:B10').values = rows(10);
      await context.sync();
      sheet.getRange('A1:B1000').values = rows(1000);
      await context.sync();
    });
    const [small, large] = workbook.syncLog;
    expect(small.requestBytes).toBeGreaterThan(JSON.stringify(rows(10)).length);
    expect(large.requestBytes).toBeGreaterThan(JSON.stringify(rows(1000)).length);
    // UTF-8: each Chinese character weighs three bytes
    expect(large.requestBytes).toBeGreaterThan(Buffer.byteLength(JSON.stringify(rows(1000)), 'utf8'));
    expect(workbook.largestRequestBytes).toBe(large.requestBytes);
  });

  it('marks the syncs that suspended calculation', async () => {
    const workbook = budgetWorkbook();
    await createExcelApi(workbook).run(async (context) => {
      context.application.suspendApiCalculationUntilNextSync();
      context.workbook.worksheets.getItem('评分结果').getRange('B1').values = [[90]];
      await context.sync();
    });
    expect(workbook.syncLog[0].calculationSuspended).toBe(true);
  });
});

describe('the request size limit', () => {
  // learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins
  // — "Excel on the web has a payload size limit for requests and responses of 5MB.
  // RequestPayloadSizeLimitExceeded error is triggered if that limit is exceeded."
  it('is 5 MB by default, like Excel on the web: 4.5 MB passes, 5.5 MB is refused', async () => {
    expect(EXCEL_ON_THE_WEB_PAYLOAD_LIMIT).toBe(5 * 1024 * 1024);
    const workbook = new MemoryWorkbook({ sheets: [{ name: 'Sheet1' }] });
    const Excel = createExcelApi(workbook);
    const column = (megabytes: number) => Array.from({ length: Math.round(megabytes * 1024) }, () => ['x'.repeat(1024)]);
    const write = (values: string[][]) =>
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem('Sheet1').getRange(`A1:A${values.length}`).values = values;
        await context.sync();
      });
    await expect(write(column(4.5))).resolves.toBeUndefined();
    await expect(write(column(5.5))).rejects.toMatchObject({ code: 'RequestPayloadSizeLimitExceeded' });
  });

  it('rejects a larger request with RequestPayloadSizeLimitExceeded and writes nothing', async () => {
    const workbook = new MemoryWorkbook({ requestSizeLimitBytes: 10_000, sheets: [{ name: 'Sheet1' }] });
    const Excel = createExcelApi(workbook);
    const values = Array.from({ length: 1000 }, (_, index) => [`row ${index}`]);
    await expect(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem('Sheet1').getRange('A1:A1000').values = values;
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'RequestPayloadSizeLimitExceeded' });
    expect(workbook.getCellValue('Sheet1', 'A1')).toBeNull();
    expect(workbook.syncLog[0]).toMatchObject({ outcome: 'RequestPayloadSizeLimitExceeded' });
    expect(workbook.syncLog[0].requestBytes).toBeGreaterThan(10_000);
  });

  it('also limits what a load sends back', async () => {
    const rows = Array.from({ length: 500 }, (_, index) => [`一段很长的说明文字，第${index}行`]);
    const workbook = new MemoryWorkbook({ responseSizeLimitBytes: 5_000, sheets: [{ name: 'Sheet1', rows }] });
    await expect(
      createExcelApi(workbook).run(async (context) => {
        context.workbook.worksheets.getItem('Sheet1').getUsedRange().load('values');
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'ResponsePayloadSizeLimitExceeded' });
  });
});

describe('people editing the workbook', () => {
  it('reads what a person types as Excel does', () => {
    const workbook = budgetWorkbook();
    workbook.userEdit('预算执行', 'C2', '96.5');
    workbook.userEdit('预算执行', 'D2', '=C2/B2');
    workbook.userEdit('预算执行', 'E2', "'001");
    expect(workbook.getCellValue('预算执行', 'C2')).toBe(96.5);
    expect(workbook.getCell('预算执行', 'D2').formula).toBe('=C2/B2');
    expect(workbook.getCell('预算执行', 'E2')).toMatchObject({ value: '001', quotePrefix: true, formula: null });
  });

  it('cannot type into a protected sheet', () => {
    const workbook = budgetWorkbook();
    workbook.setSheetProtected('预算执行', true);
    expect(() => workbook.userEdit('预算执行', 'C2', 1)).toThrow(expect.objectContaining({ code: 'AccessDenied' }));
  });

  it('gives formula values from the pluggable evaluator, none by default', () => {
    const plain = new MemoryWorkbook({ sheets: [{ name: 'S', formulas: [['=1+1']] }] });
    expect(plain.getCellValue('S', 'A1')).toBeNull();
    const evaluated = new MemoryWorkbook({
      sheets: [{ name: 'S', formulas: [['=1+1']] }],
      formulaEvaluator: (formula) => (formula === '=1+1' ? 2 : null),
    });
    expect(evaluated.getCellValue('S', 'A1')).toBe(2);
    expect(evaluated.getCell('S', 'A1').formula).toBe('=1+1');
  });

  it('dumps a sheet from A1 to its last used cell, and tells listeners about every change', () => {
    const workbook = budgetWorkbook();
    const seen: number[] = [];
    const unsubscribe = workbook.subscribe(() => seen.push(workbook.version));
    workbook.userEdit('评分结果', 'B1', 93);
    workbook.select('评分结果', 'B1');
    unsubscribe();
    workbook.userEdit('评分结果', 'B1', 94);
    expect(seen).toHaveLength(2);
    expect(workbook.dumpValues('评分结果')).toEqual([['总分', 94]]);
    expect(workbook.sheetInfo('预算执行')).toMatchObject({ lastRow: 2, lastColumn: 3, visibility: 'Visible', protected: false });
  });
});

describe('a person inserting and deleting whole rows and columns', () => {
  function table(): MemoryWorkbook {
    return new MemoryWorkbook({
      sheets: [
        {
          name: '绩效指标',
          rows: [
            ['三级指标', '分值', '完成率', '提示'],
            ['培训', 20, 1, '偏差'],
            ['满意度', 10, 0.9, null],
            ['合计', 30, null, null],
          ],
          merges: ['C4:D4'],
        },
      ],
    });
  }

  it('moves what is at and after an inserted column to the right, widening a merge it cuts through', () => {
    const workbook = table();
    workbook.userInsertLines('绩效指标', 'D:D');
    expect(workbook.dumpValues('绩效指标')).toEqual([
      ['三级指标', '分值', '完成率', null, '提示'],
      ['培训', 20, 1, null, '偏差'],
      ['满意度', 10, 0.9, null, null],
      ['合计', 30, null, null, null],
    ]);
    expect(workbook.sheetInfo('绩效指标').merges).toEqual(['C4:E4']);
  });

  it('moves what is after deleted columns or rows back, and narrows or drops the merges they held', () => {
    const workbook = table();
    workbook.userDeleteLines('绩效指标', 'C:C');
    expect(workbook.dumpValues('绩效指标')).toEqual([
      ['三级指标', '分值', '提示'],
      ['培训', 20, '偏差'],
      ['满意度', 10, null],
      ['合计', 30, null],
    ]);
    expect(workbook.sheetInfo('绩效指标').merges).toEqual([]);
    workbook.userDeleteLines('绩效指标', '2:2');
    expect(workbook.dumpValues('绩效指标')).toEqual([
      ['三级指标', '分值', '提示'],
      ['满意度', 10, null],
      ['合计', 30, null],
    ]);
    workbook.userInsertLines('绩效指标', '2:3');
    expect(workbook.dumpValues('绩效指标').map((row) => row[0])).toEqual(['三级指标', null, null, '满意度', '合计']);
  });

  it('raises onChanged with the change type and the lines', async () => {
    const workbook = table();
    const received: unknown[] = [];
    await createExcelApi(workbook).run(async (context) => {
      context.workbook.worksheets.getItem('绩效指标').onChanged.add(async (args) => {
        received.push({ changeType: args.changeType, address: args.address, source: args.source });
      });
      await context.sync();
    });
    workbook.userInsertLines('绩效指标', 'D:D');
    workbook.userDeleteLines('绩效指标', '3:3');
    await workbook.whenEventsDelivered();
    expect(received).toEqual([
      { changeType: 'ColumnInserted', address: 'D:D', source: 'Local' },
      { changeType: 'RowDeleted', address: '3:3', source: 'Local' },
    ]);
  });

  it('refuses where it would have to move formulas, which it cannot rewrite as Excel does', () => {
    const workbook = new MemoryWorkbook({ sheets: [{ name: 'S', rows: [[1, 2]], formulas: [[null, '=A1*2']] }] });
    expect(() => workbook.userInsertLines('S', 'A:A')).toThrow(/formulas/);
  });
});
