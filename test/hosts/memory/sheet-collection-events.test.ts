import { createExcelApi, MemoryWorkbook, type MemoryWorksheetAddedEventArgs, type MemoryWorksheetDeletedEventArgs } from '../../../src/hosts/memory';

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
