import { createExcelApi, MemoryWorkbook } from '../../../src/hosts/memory';
import { createOfficeWorkbookPort, watchInputs, type InputWatch, type SheetRange } from '../../../src/hosts/office';
import { ManualClock } from './manual-clock';

const DEBOUNCE = 300;
/** the indicator table: columns A:E from the header row down; the add-in writes F:G beside it */
const INPUTS: SheetRange[] = [{ sheet: '绩效指标', address: 'A1:E1048576' }];
/** a watch over the whole sheet, outputs included: the add-in's own writes land inside what is watched */
const WHOLE_SHEET: SheetRange[] = [{ sheet: '绩效指标', address: 'A:Z' }];
const OUTPUTS: SheetRange[] = [{ sheet: '绩效指标', address: 'F1:G3' }];

interface Harness {
  workbook: MemoryWorkbook;
  clock: ManualClock;
  watch: InputWatch;
  runs: () => number;
  /** lets a test hold a run open to edit while it runs */
  holdNextRun: () => () => void;
  /** delivers pending events, lets the debounce pass, waits for the run */
  settle: () => Promise<void>;
}

async function startWatching(options: {
  excelApiVersion?: string;
  useTriggerSource: boolean;
  inputRanges?: SheetRange[];
  ownOutputRanges?: SheetRange[];
  hearRenames?: boolean;
}): Promise<Harness> {
  const workbook = new MemoryWorkbook({
    excelApiVersion: options.excelApiVersion,
    sheets: [
      { name: '绩效指标', rows: [['三级指标', '年度指标值', '实际完成值', '分值', '说明'], ['培训人次', 120, 130, 10, ''], ['满意度', 0.9, 0.95, 10, '']] },
      { name: '备注' },
    ],
  });
  const excel = createExcelApi(workbook);
  const port = createOfficeWorkbookPort(excel);
  const clock = new ManualClock();
  let count = 0;
  let gate: Promise<void> | null = null;
  // a scoring run: read the inputs, write results beside them (which raises onChanged, as in Excel)
  const run = async () => {
    count += 1;
    if (gate) await gate;
    const [grid] = await port.readSheets(['绩效指标']);
    await port.apply({
      ops: [
        {
          kind: 'setCells',
          sheet: '绩效指标',
          top: 1,
          left: 6,
          cells: [
            [{ kind: 'text', value: '完成率' }, { kind: 'text', value: '状态' }],
            ...grid.values.slice(1).map((row) => [{ kind: 'value' as const, value: Number(row[2]) / Number(row[1]) }, { kind: 'text' as const, value: '达成' }]),
          ],
        },
      ],
    });
  };
  const watch = await watchInputs({
    excel,
    inputRanges: () => options.inputRanges ?? INPUTS,
    ownOutputRanges: () => options.ownOutputRanges ?? OUTPUTS,
    isOwnSheet: (name) => name === '评分结果',
    run,
    debounceMs: DEBOUNCE,
    useTriggerSource: options.useTriggerSource,
    hearRenames: options.hearRenames,
    clock,
  });
  const settle = async () => {
    for (let round = 0; round < 3; round++) {
      await workbook.whenEventsDelivered();
      clock.advance(DEBOUNCE);
      await watch.settled();
    }
    await workbook.whenEventsDelivered();
  };
  return {
    workbook,
    clock,
    watch,
    runs: () => count,
    holdNextRun: () => {
      let release!: () => void;
      gate = new Promise((resolve) => {
        release = () => {
          gate = null;
          resolve();
        };
      });
      return () => release();
    },
    settle,
  };
}

describe('re-scoring after edits, with triggerSource (ExcelApi 1.14)', () => {
  it('runs once for one edit of an input, and its own writes do not start another run', async () => {
    const harness = await startWatching({ useTriggerSource: true, inputRanges: WHOLE_SHEET, ownOutputRanges: [] });
    harness.workbook.userEdit('绩效指标', 'C2', 140);
    await harness.settle();
    expect(harness.runs()).toBe(1);
    expect(harness.workbook.getCellValue('绩效指标', 'F2')).toBeCloseTo(140 / 120);
    // the run's write raised onChanged (ThisLocalAddin); let any such event play out fully
    await harness.settle();
    expect(harness.runs()).toBe(1);
  });

  it("ignores the add-in's own writes even where they are not listed as outputs", async () => {
    const harness = await startWatching({ useTriggerSource: true, ownOutputRanges: [] });
    await createExcelApi(harness.workbook).run(async (context) => {
      context.workbook.worksheets.getItem('绩效指标').getRange('E2').values = [['由加载项写入']];
      await context.sync();
    });
    await harness.settle();
    expect(harness.runs()).toBe(0);
  });

  it('runs once for ten edits within the debounce time', async () => {
    const harness = await startWatching({ useTriggerSource: true });
    for (let index = 0; index < 10; index++) {
      harness.workbook.userEdit('绩效指标', 'C2', 100 + index);
      await harness.workbook.whenEventsDelivered();
      harness.clock.advance(DEBOUNCE / 10);
    }
    expect(harness.runs()).toBe(0);
    await harness.settle();
    expect(harness.runs()).toBe(1);
  });

  it('runs exactly once more for edits made during a run, never two at once', async () => {
    const harness = await startWatching({ useTriggerSource: true });
    const release = harness.holdNextRun();
    harness.workbook.userEdit('绩效指标', 'C2', 101);
    await harness.workbook.whenEventsDelivered();
    harness.clock.advance(DEBOUNCE);
    expect(harness.runs()).toBe(1);
    // three edits while the first run is still going
    for (const value of [102, 103, 104]) {
      harness.workbook.userEdit('绩效指标', 'C3', value / 100);
      await harness.workbook.whenEventsDelivered();
      harness.clock.advance(DEBOUNCE);
    }
    expect(harness.runs()).toBe(1);
    release();
    await harness.settle();
    expect(harness.runs()).toBe(2);
    expect(harness.workbook.getCellValue('绩效指标', 'F3')).toBeCloseTo(1.04 / 0.9);
  });

  it("runs once for a co-author's edit (Remote)", async () => {
    const harness = await startWatching({ useTriggerSource: true });
    harness.workbook.remoteEdit('绩效指标', 'B3', 0.8);
    await harness.settle();
    expect(harness.runs()).toBe(1);
  });

  it('does not run for an edit outside the input tables', async () => {
    const harness = await startWatching({ useTriggerSource: true });
    harness.workbook.userEdit('绩效指标', 'J5', '旁注');
    harness.workbook.userEdit('备注', 'A1', '与评分无关');
    await harness.settle();
    expect(harness.runs()).toBe(0);
  });

  it('stops listening when stopped', async () => {
    const harness = await startWatching({ useTriggerSource: true });
    expect(harness.workbook.changeHandlerCount).toBe(1);
    await harness.watch.stop();
    expect(harness.workbook.changeHandlerCount).toBe(0);
    harness.workbook.userEdit('绩效指标', 'C2', 1);
    await harness.settle();
    expect(harness.runs()).toBe(0);
  });
});

describe('sheets deleted and added (worksheets.onDeleted / onAdded)', () => {
  const WITH_NOTES: SheetRange[] = [...INPUTS, { sheet: '备注', address: 'A1:E1048576' }];

  it('runs once when an input sheet is deleted, by the person or a co-author', async () => {
    const harness = await startWatching({ useTriggerSource: true, inputRanges: WITH_NOTES });
    harness.workbook.userDeleteSheet('备注');
    await harness.settle();
    expect(harness.runs()).toBe(1);
    harness.workbook.userAddSheet({ name: '备注', rows: [['说明']] });
    await harness.settle();
    await harness.watch.refresh();
    const runs = harness.runs();
    harness.workbook.remoteDeleteSheet('备注');
    await harness.settle();
    expect(harness.runs()).toBe(runs + 1);
  });

  it('does not run when a sheet without inputs is deleted', async () => {
    const harness = await startWatching({ useTriggerSource: true });
    harness.workbook.userDeleteSheet('备注');
    await harness.settle();
    expect(harness.runs()).toBe(0);
  });

  it('runs exactly once more for an input sheet deleted during a run', async () => {
    const harness = await startWatching({ useTriggerSource: true, inputRanges: WITH_NOTES });
    const release = harness.holdNextRun();
    harness.workbook.userEdit('绩效指标', 'C2', 101);
    await harness.workbook.whenEventsDelivered();
    harness.clock.advance(DEBOUNCE);
    expect(harness.runs()).toBe(1);
    harness.workbook.userDeleteSheet('备注');
    await harness.workbook.whenEventsDelivered();
    harness.clock.advance(DEBOUNCE);
    expect(harness.runs()).toBe(1);
    release();
    await harness.settle();
    expect(harness.runs()).toBe(2);
  });

  it('runs once when a sheet holding cells is added (a copied table), not for a blank one', async () => {
    const harness = await startWatching({ useTriggerSource: true });
    harness.workbook.userAddSheet({ name: 'Sheet3' });
    await harness.settle();
    expect(harness.runs()).toBe(0);
    harness.workbook.userAddSheet({ name: '绩效指标 (2)', rows: [['三级指标', '年度指标值', '实际完成值', '分值'], ['培训人次', 120, 130, 10]] });
    await harness.settle();
    expect(harness.runs()).toBe(1);
  });

  it('does not run for a sheet the add-in adds itself, though it writes cells into it', async () => {
    const harness = await startWatching({ useTriggerSource: true });
    await createExcelApi(harness.workbook).run(async (context) => {
      context.workbook.worksheets.add('评分结果').getRange('A1:B1').values = [['总分', 93]];
      await context.sync();
    });
    await harness.settle();
    expect(harness.runs()).toBe(0);
  });

  it('stops listening for them when stopped', async () => {
    const harness = await startWatching({ useTriggerSource: true, inputRanges: WITH_NOTES });
    expect(harness.workbook.sheetCollectionHandlerCount).toBe(2);
    await harness.watch.stop();
    expect(harness.workbook.sheetCollectionHandlerCount).toBe(0);
    harness.workbook.userDeleteSheet('备注');
    await harness.settle();
    expect(harness.runs()).toBe(0);
  });
});

describe('sheets renamed (worksheets.onNameChanged, ExcelApi 1.17)', () => {
  it('runs once when an input sheet is renamed, by the person or a co-author, so that 评分结果 names it anew at once', async () => {
    const harness = await startWatching({ useTriggerSource: true, hearRenames: true });
    harness.workbook.userRenameSheet('绩效指标', '2024年绩效指标');
    await harness.settle();
    expect(harness.runs()).toBe(1);
    harness.workbook.remoteRenameSheet('2024年绩效指标', '绩效指标');
    await harness.settle();
    expect(harness.runs()).toBe(2);
  });

  it('runs when a sheet holding cells is renamed (a name can make it the table’s: 绩效指标, 评分设置), not for a blank one or the add-in’s own (renamed to keep a copy)', async () => {
    const harness = await startWatching({ useTriggerSource: true, hearRenames: true });
    harness.workbook.userRenameSheet('备注', '评分设置');
    await harness.settle();
    expect(harness.runs()).toBe(0);
    harness.workbook.userAddSheet({ name: '评分结果', rows: [['总分', 93]] });
    harness.workbook.userAddSheet({ name: 'Sheet3', rows: [['参数', '值'], ['优', 90]] });
    await harness.settle();
    const runs = harness.runs();
    // the add-in's own sheet kept as a copy under another name, or a sheet given its name: no input
    harness.workbook.userRenameSheet('评分结果', '评分结果（上报稿）');
    harness.workbook.userRenameSheet('评分设置', '评分结果');
    await harness.settle();
    expect(harness.runs()).toBe(runs);
    harness.workbook.userRenameSheet('Sheet3', '评分设置');
    await harness.settle();
    expect(harness.runs()).toBe(runs + 1);
  });

  it('hears a rename only from ExcelApi 1.17: before it, the next edit of an input runs', async () => {
    const before = await startWatching({ useTriggerSource: true, excelApiVersion: '1.16', hearRenames: false });
    expect(before.workbook.sheetCollectionHandlerCount).toBe(2);
    before.workbook.userRenameSheet('绩效指标', '2024年绩效指标');
    await before.settle();
    expect(before.runs()).toBe(0);
    // asking for the event where Excel lacks it fails the registration, as Excel does
    await expect(startWatching({ useTriggerSource: true, excelApiVersion: '1.16', hearRenames: true })).rejects.toMatchObject({ code: 'ApiNotFound' });
  });

  it('stops listening for renames when stopped', async () => {
    const harness = await startWatching({ useTriggerSource: true, hearRenames: true });
    expect(harness.workbook.sheetCollectionHandlerCount).toBe(3);
    await harness.watch.stop();
    expect(harness.workbook.sheetCollectionHandlerCount).toBe(0);
    harness.workbook.userRenameSheet('绩效指标', '2024年绩效指标');
    await harness.settle();
    expect(harness.runs()).toBe(0);
  });
});

describe('moving the handlers to renamed input sheets', () => {
  // 绩效指标 and 备注 hold inputs; 备注 is renamed, so refresh() moves the handlers. An edit of
  // 绩效指标, which is watched before and after, made between any two of the refresh's round trips.
  it.each([1, 2, 3])('hears an edit of a sheet watched throughout, made after round trip %i of the move, and runs once', async (roundTrip) => {
    const inputs: SheetRange[] = [...INPUTS, { sheet: '备注', address: 'A1:E1048576' }];
    const harness = await startWatching({ useTriggerSource: true, inputRanges: inputs });
    await createExcelApi(harness.workbook).run(async (context) => {
      context.workbook.worksheets.getItem('备注').name = '备注（修订）';
      await context.sync();
    });
    inputs[1] = { sheet: '备注（修订）', address: 'A1:E1048576' };
    const syncsBefore = harness.workbook.syncCount;
    let edited = false;
    const unsubscribe = harness.workbook.subscribe(() => {
      if (edited || harness.workbook.syncCount !== syncsBefore + roundTrip) return;
      edited = true;
      harness.workbook.userEdit('绩效指标', 'C2', 140);
    });
    await harness.watch.refresh();
    unsubscribe();
    expect(harness.workbook.syncCount - syncsBefore).toBe(3);
    expect(edited).toBe(true);
    await harness.settle();
    expect(harness.runs()).toBe(1);
    // afterwards one handler a sheet, on the new name
    expect(harness.workbook.changeHandlerCount).toBe(2);
    harness.workbook.userEdit('备注（修订）', 'A2', '新增');
    await harness.settle();
    expect(harness.runs()).toBe(2);
  });
});

describe('re-scoring after edits, before ExcelApi 1.14 (output ranges tell own writes apart)', () => {
  it('runs once for one edit, and its own writes to the output ranges do not start another run', async () => {
    const harness = await startWatching({ excelApiVersion: '1.7', useTriggerSource: false, inputRanges: WHOLE_SHEET });
    harness.workbook.userEdit('绩效指标', 'C2', 150);
    await harness.settle();
    await harness.settle();
    expect(harness.runs()).toBe(1);
    expect(harness.workbook.getCellValue('绩效指标', 'F2')).toBeCloseTo(150 / 120);
  });

  it('would run again and again on its own writes without the output ranges: the filter is what stops it', async () => {
    const harness = await startWatching({ excelApiVersion: '1.7', useTriggerSource: false, inputRanges: WHOLE_SHEET, ownOutputRanges: [] });
    harness.workbook.userEdit('绩效指标', 'C2', 150);
    await harness.settle();
    expect(harness.runs()).toBeGreaterThan(1);
    await harness.watch.stop();
  });

  it('still runs for an edit that covers an input and an output cell together', async () => {
    const harness = await startWatching({ excelApiVersion: '1.7', useTriggerSource: false });
    harness.workbook.userEdit('绩效指标', 'E2:F2', [['补充说明', 1]]);
    await harness.settle();
    expect(harness.runs()).toBe(1);
  });

  it("runs for a co-author's edit (Remote), which can never be the add-in's own", async () => {
    const harness = await startWatching({ excelApiVersion: '1.7', useTriggerSource: false });
    harness.workbook.remoteEdit('绩效指标', 'C3', 0.99);
    await harness.settle();
    expect(harness.runs()).toBe(1);
  });
});
