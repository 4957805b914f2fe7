import { createExcelApi, MemoryWorkbook, type MemoryWorksheetChangedEventArgs } from '../../../src/hosts/memory';

function inputsWorkbook(excelApiVersion?: string): MemoryWorkbook {
  return new MemoryWorkbook({
    excelApiVersion,
    sheets: [
      { name: '绩效指标', rows: [['三级指标', '实际完成值'], ['培训人次', 100]] },
      { name: '预算执行', rows: [['资金项目', '全年执行数']] },
    ],
  });
}

async function listen(workbook: MemoryWorkbook, sheet: string): Promise<MemoryWorksheetChangedEventArgs[]> {
  const received: MemoryWorksheetChangedEventArgs[] = [];
  await createExcelApi(workbook).run(async (context) => {
    context.workbook.worksheets.getItem(sheet).onChanged.add(async (args) => {
      received.push(args);
    });
    await context.sync();
  });
  return received;
}

// learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-events — onChanged "Occurs when the data of
// individual cells or comments has changed"; WorksheetChangedEventArgs carries source (Local/Remote) and,
// from ExcelApi 1.14, triggerSource (ThisLocalAddin/Unknown).
describe('worksheet onChanged', () => {
  it("fires for the add-in's own write after the sync, marked Local and ThisLocalAddin", async () => {
    const workbook = inputsWorkbook();
    const received = await listen(workbook, '绩效指标');
    await createExcelApi(workbook).run(async (context) => {
      context.workbook.worksheets.getItem('绩效指标').getRange('C1:C2').values = [['完成率'], [1]];
      await context.sync();
      // the event arrives after the batch, not during it
      expect(received).toHaveLength(0);
    });
    await workbook.whenEventsDelivered();
    expect(received).toEqual([
      {
        type: 'WorksheetChanged',
        changeType: 'RangeEdited',
        source: 'Local',
        triggerSource: 'ThisLocalAddin',
        worksheetId: workbook.sheetInfo('绩效指标').id,
        address: 'C1:C2',
      },
    ]);
  });

  it("fires for a person's edit as Local/Unknown and for a co-author's as Remote", async () => {
    const workbook = inputsWorkbook();
    const received = await listen(workbook, '绩效指标');
    workbook.userEdit('绩效指标', 'B2', 110);
    workbook.remoteEdit('绩效指标', 'B2', 120);
    await workbook.whenEventsDelivered();
    expect(received.map(({ source, triggerSource, address }) => ({ source, triggerSource, address }))).toEqual([
      { source: 'Local', triggerSource: 'Unknown', address: 'B2' },
      { source: 'Remote', triggerSource: 'Unknown', address: 'B2' },
    ]);
  });

  it('is asynchronous: the handler has not run when userEdit returns', async () => {
    const workbook = inputsWorkbook();
    const received = await listen(workbook, '绩效指标');
    workbook.userEdit('绩效指标', 'B2', 110);
    expect(received).toHaveLength(0);
    await workbook.whenEventsDelivered();
    expect(received).toHaveLength(1);
  });

  it('only fires for the sheet it was added on', async () => {
    const workbook = inputsWorkbook();
    const received = await listen(workbook, '绩效指标');
    workbook.userEdit('预算执行', 'B2', 5);
    await workbook.whenEventsDelivered();
    expect(received).toHaveLength(0);
  });

  it('does not fire for a format change', async () => {
    const workbook = inputsWorkbook();
    const received = await listen(workbook, '绩效指标');
    await createExcelApi(workbook).run(async (context) => {
      context.workbook.worksheets.getItem('绩效指标').getRange('A1:B1').format.font.bold = true;
      await context.sync();
    });
    await workbook.whenEventsDelivered();
    expect(received).toHaveLength(0);
  });

  it('has no triggerSource before ExcelApi 1.14', async () => {
    const workbook = inputsWorkbook('1.13');
    const received = await listen(workbook, '绩效指标');
    workbook.userEdit('绩效指标', 'B2', 110);
    await workbook.whenEventsDelivered();
    expect(received[0]).not.toHaveProperty('triggerSource');
    expect(received[0].source).toBe('Local');
  });

  // same page, "Remove an event handler" — remove() on the result, then sync on the same context
  it('stops after remove() and a sync on the same context', async () => {
    const workbook = inputsWorkbook();
    const Excel = createExcelApi(workbook);
    const received: string[] = [];
    const registration = await Excel.run(async (context) => {
      const result = context.workbook.worksheets.getItem('绩效指标').onChanged.add(async (args) => {
        received.push(args.address);
      });
      await context.sync();
      return result;
    });
    expect(workbook.changeHandlerCount).toBe(1);
    await Excel.run(registration.context, async (context) => {
      registration.remove();
      // queued, not yet done
      expect(workbook.changeHandlerCount).toBe(1);
      await context.sync();
    });
    expect(workbook.changeHandlerCount).toBe(0);
    workbook.userEdit('绩效指标', 'B2', 1);
    await workbook.whenEventsDelivered();
    expect(received).toEqual([]);
  });

  it('goes to the handlers registered when the change happened, though it arrives later', async () => {
    const workbook = inputsWorkbook();
    const Excel = createExcelApi(workbook);
    const early: string[] = [];
    const registration = await Excel.run(async (context) => {
      const result = context.workbook.worksheets.getItem('绩效指标').onChanged.add(async (args) => {
        early.push(args.address);
      });
      await context.sync();
      return result;
    });
    workbook.userEdit('绩效指标', 'B2', 1);
    // added after the change: does not hear it
    const late = await listen(workbook, '绩效指标');
    // removed after the change: may still hear it (the stand-in delivers it)
    await Excel.run(registration.context, async (context) => {
      registration.remove();
      await context.sync();
    });
    await workbook.whenEventsDelivered();
    expect(late).toEqual([]);
    expect(early).toEqual(['B2']);
  });

  it('on the worksheet collection (ExcelApi 1.9) hears every sheet', async () => {
    const workbook = inputsWorkbook();
    const sheets: string[] = [];
    await createExcelApi(workbook).run(async (context) => {
      context.workbook.worksheets.onChanged.add(async (args) => {
        sheets.push(args.worksheetId);
      });
      await context.sync();
    });
    workbook.userEdit('预算执行', 'B2', 5);
    workbook.userEdit('绩效指标', 'B2', 5);
    await workbook.whenEventsDelivered();
    expect(sheets).toEqual([workbook.sheetInfo('预算执行').id, workbook.sheetInfo('绩效指标').id]);
  });

  it('keeps delivering to other handlers when one throws', async () => {
    const workbook = inputsWorkbook();
    const received: string[] = [];
    await createExcelApi(workbook).run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('绩效指标');
      sheet.onChanged.add(async () => {
        throw new Error('handler failed');
      });
      sheet.onChanged.add(async (args) => {
        received.push(args.address);
      });
      await context.sync();
    });
    workbook.userEdit('绩效指标', 'A2', 'x');
    await workbook.whenEventsDelivered();
    expect(received).toEqual(['A2']);
  });
});
