import { createExcelApi, MemoryWorkbook, type MemoryWorksheetAddedEventArgs, type MemoryWorksheetDeletedEventArgs, type MemoryWorksheetNameChangedEventArgs } from '../../../src/hosts/memory';

function twoSheets(excelApiVersion?: string): MemoryWorkbook {
  return new MemoryWorkbook({ excelApiVersion, sheets: [{ name: '绩效指标', rows: [['三级指标'], ['培训人次']] }, { name: '预算执行' }] });
}

async function listen(workbook: MemoryWorkbook) {
  const added: MemoryWorksheetAddedEventArgs[] = [];
  const deleted: MemoryWorksheetDeletedEventArgs[] = [];
  const registrations = await createExcelApi(workbook).run(async (context) => {
    const results = [
      context.workbook.worksheets.onAdded.add(async (args) => {
        added.push(args);
      }),
      context.workbook.worksheets.onDeleted.add(async (args) => {
        deleted.push(args);
      }),
    ];
    await context.sync();
    return results;
  });
  return { added, deleted, registrations };
}

// learn.microsoft.com/javascript/api/excel/excel.worksheetcollection — onAdded "Occurs when a new worksheet
// is added to the workbook", onDeleted "Occurs when a worksheet is deleted from the workbook" (ExcelApi 1.7);
// their arguments: source, type, worksheetId, and no triggerSource
describe('worksheets.onAdded and worksheets.onDeleted', () => {
  it("fire for the add-in's own add() and delete() after the sync, Local, with the sheet's id", async () => {
    const workbook = twoSheets();
    const { added, deleted } = await listen(workbook);
    await createExcelApi(workbook).run(async (context) => {
      context.workbook.worksheets.add('评分结果');
      context.workbook.worksheets.getItem('预算执行').delete();
      const deletedId = workbook.sheetInfo('预算执行').id;
      await context.sync();
      expect(added).toHaveLength(0);
      await workbook.whenEventsDelivered();
      expect(added).toEqual([{ type: 'WorksheetAdded', source: 'Local', worksheetId: workbook.sheetInfo('评分结果').id }]);
      expect(deleted).toEqual([{ type: 'WorksheetDeleted', source: 'Local', worksheetId: deletedId }]);
    });
  });

  it("fire for a person's added or deleted sheet (Local) and a co-author's deletion (Remote); not for the file as opened", async () => {
    const workbook = twoSheets();
    const { added, deleted } = await listen(workbook);
    await workbook.whenEventsDelivered();
    expect(added).toEqual([]);
    const budgetId = workbook.sheetInfo('预算执行').id;
    const indicatorsId = workbook.sheetInfo('绩效指标').id;
    workbook.userAddSheet({ name: '绩效指标 (2)', rows: [['三级指标'], ['培训人次']] });
    workbook.userDeleteSheet('预算执行');
    workbook.remoteDeleteSheet('绩效指标');
    expect(added).toHaveLength(0);
    await workbook.whenEventsDelivered();
    expect(added).toEqual([{ type: 'WorksheetAdded', source: 'Local', worksheetId: workbook.sheetInfo('绩效指标 (2)').id }]);
    expect(workbook.dumpValues('绩效指标 (2)')).toEqual([['三级指标'], ['培训人次']]);
    expect(deleted).toEqual([
      { type: 'WorksheetDeleted', source: 'Local', worksheetId: budgetId },
      { type: 'WorksheetDeleted', source: 'Remote', worksheetId: indicatorsId },
    ]);
  });

  it('carry no triggerSource, also from ExcelApi 1.14', async () => {
    const workbook = twoSheets('1.17');
    const { added } = await listen(workbook);
    workbook.userAddSheet({ name: 'Sheet3' });
    await workbook.whenEventsDelivered();
    expect(added[0]).not.toHaveProperty('triggerSource');
  });

  it('stop after remove() and a sync on the same context', async () => {
    const workbook = twoSheets();
    const { added, deleted, registrations } = await listen(workbook);
    expect(workbook.sheetCollectionHandlerCount).toBe(2);
    await createExcelApi(workbook).run(registrations[0].context, async (context) => {
      for (const registration of registrations) registration.remove();
      await context.sync();
    });
    expect(workbook.sheetCollectionHandlerCount).toBe(0);
    workbook.userAddSheet({ name: 'Sheet3' });
    workbook.userDeleteSheet('预算执行');
    await workbook.whenEventsDelivered();
    expect([...added, ...deleted]).toEqual([]);
  });

  it('need ExcelApi 1.7: below it the sync fails with ApiNotFound', async () => {
    const workbook = twoSheets('1.6');
    await expect(listen(workbook)).rejects.toMatchObject({ code: 'ApiNotFound' });
  });
});

async function listenForRenames(workbook: MemoryWorkbook) {
  const renamed: MemoryWorksheetNameChangedEventArgs[] = [];
  await createExcelApi(workbook).run(async (context) => {
    context.workbook.worksheets.onNameChanged.add(async (args) => {
      renamed.push(args);
    });
    await context.sync();
  });
  return renamed;
}

// learn.microsoft.com/javascript/api/excel/excel.worksheetnamechangedeventargs (ExcelApi 1.17): nameAfter,
// nameBefore, source, type, worksheetId
describe('worksheets.onNameChanged', () => {
  it("fires for the add-in's own rename after the sync and for a person's (Local) or a co-author's (Remote), with both names", async () => {
    const workbook = twoSheets('1.17');
    const renamed = await listenForRenames(workbook);
    const id = workbook.sheetInfo('绩效指标').id;
    await createExcelApi(workbook).run(async (context) => {
      context.workbook.worksheets.getItem('绩效指标').name = '绩效指标（一）';
      await context.sync();
    });
    workbook.userRenameSheet('绩效指标（一）', '绩效指标（二）');
    workbook.remoteRenameSheet('绩效指标（二）', '绩效指标');
    expect(renamed).toHaveLength(0);
    await workbook.whenEventsDelivered();
    expect(renamed).toEqual([
      { type: 'WorksheetNameChanged', source: 'Local', worksheetId: id, nameBefore: '绩效指标', nameAfter: '绩效指标（一）' },
      { type: 'WorksheetNameChanged', source: 'Local', worksheetId: id, nameBefore: '绩效指标（一）', nameAfter: '绩效指标（二）' },
      { type: 'WorksheetNameChanged', source: 'Remote', worksheetId: id, nameBefore: '绩效指标（二）', nameAfter: '绩效指标' },
    ]);
  });

  it('does not fire when the name set is the name it has, and refuses a name taken or not allowed, as Excel does', async () => {
    const workbook = twoSheets('1.17');
    const renamed = await listenForRenames(workbook);
    await createExcelApi(workbook).run(async (context) => {
      context.workbook.worksheets.getItem('预算执行').name = '预算执行';
      await context.sync();
    });
    expect(() => workbook.userRenameSheet('预算执行', '绩效指标')).toThrow(expect.objectContaining({ code: 'ItemAlreadyExists' }));
    expect(() => workbook.userRenameSheet('预算执行', '预算/执行')).toThrow(expect.objectContaining({ code: 'InvalidArgument' }));
    await workbook.whenEventsDelivered();
    expect(renamed).toEqual([]);
    expect(workbook.sheetNames()).toEqual(['绩效指标', '预算执行']);
  });

  it('needs ExcelApi 1.17: below it the sync fails with ApiNotFound', async () => {
    await expect(listenForRenames(twoSheets('1.16'))).rejects.toMatchObject({ code: 'ApiNotFound' });
  });
});
