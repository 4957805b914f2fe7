import { detectTables } from '../../../src/workbook/detect/detect-tables';
import type { DetectedTable } from '../../../src/workbook/detect/detection-types';
import type { SheetGrid } from '../../../src/workbook/grid';
import { INDICATOR_OUTPUT_HEADERS } from '../../../src/workbook/output-headers';
import { MAX_OUTPUT_SHIFT, placeOutputBlock } from '../../../src/workbook/plan/output-placement';
import { sheet, type CellInput } from '../helpers/grid-builder';
import { seed000IndicatorRows } from '../helpers/seed-sheets';

function place(
  rows: CellInput[][],
  record?: { sheet: string; headerRow: number; left: number; lastRow: number; columns?: number[] },
  markerPresent = record !== undefined,
  sheetNames: readonly string[] = ['绩效指标', '_perfeval'],
) {
  const grid: SheetGrid = sheet('绩效指标', rows);
  const table = detectTables([grid]).indicators as DetectedTable<'indicators'>;
  return placeOutputBlock({ grid, table, headers: INDICATOR_OUTPUT_HEADERS, record, markerPresent, sheetNames });
}

const withColumns = (extra: (rowIndex: number) => CellInput[]) => seed000IndicatorRows().map((row, index) => [...row, ...extra(index)]);

describe('placeOutputBlock', () => {
  it('puts the block right beside the table, from its header row to its last row', () => {
    expect(place(seed000IndicatorRows())).toEqual({
      ok: true,
      place: { sheet: '绩效指标', headerRow: 1, left: 11, width: 4, columns: [11, 12, 13, 14], lastRow: 10, clearToRow: 10, reused: false, takesFromRow: 1 },
    });
  });

  it('moves right past user data beside the table, a note in the header row included', () => {
    const placed = place(withColumns((index) => (index === 0 ? ['', '', '批注'] : [])));
    expect(placed).toMatchObject({ ok: true, place: { left: 14 } });
  });

  it('stops with an error naming the cells when no place within reach is free', () => {
    const placed = place(withColumns((index) => (index === 5 ? Array.from({ length: MAX_OUTPUT_SHIFT + 4 }, () => 'x') : [])));
    expect(placed.ok).toBe(false);
    if (placed.ok) return;
    expect(placed.problem).toMatchObject({ code: 'OUTPUT_PLACE_BLOCKED', fatal: true, sheet: '绩效指标', cell: 'K1:N10' });
    expect(placed.problem.message['zh-CN']).toContain('K6、L6、M6、N6');
    expect(placed.problem.message['en-US']).toContain('K6, L6, M6, N6');
  });

  it('reuses its own block, recorded in the marker and under its headers', () => {
    const rows = withColumns((index) => (index === 0 ? ['', ...INDICATOR_OUTPUT_HEADERS] : ['', 1, 10, '达标', '']));
    const placed = place(rows, { sheet: '绩效指标', headerRow: 1, left: 12, lastRow: 10 });
    expect(placed).toMatchObject({ ok: true, place: { left: 12, reused: true, clearToRow: 10 } });
  });

  it('does not take columns with its headers for its own when the marker does not record them', () => {
    const rows = withColumns((index) => (index === 0 ? [...INDICATOR_OUTPUT_HEADERS] : [1, 10, '达标', '']));
    const grid = sheet('绩效指标', rows);
    const table = { ...(detectTables([grid]).indicators as DetectedTable<'indicators'>), right: 14 };
    const placed = placeOutputBlock({ grid, table, headers: INDICATOR_OUTPUT_HEADERS, record: undefined, markerPresent: true, sheetNames: ['绩效指标', '_perfeval'] });
    expect(placed).toMatchObject({ ok: true, place: { left: 15, reused: false } });
  });

  it('knows its block by its headers alone in a workbook without a marker (sheets copied elsewhere)', () => {
    const rows = withColumns((index) => (index === 0 ? [...INDICATOR_OUTPUT_HEADERS] : [1, 10, '达标', '']));
    expect(place(rows, undefined, false)).toMatchObject({ ok: true, place: { left: 11, reused: true, clearToRow: 10 } });
  });

  it('clears the rows of a longer table written before', () => {
    const rows = withColumns((index) => (index === 0 ? [...INDICATOR_OUTPUT_HEADERS] : [1, 10, '达标', ''])).slice(0, 6);
    const placed = place(rows, { sheet: '绩效指标', headerRow: 1, left: 11, lastRow: 10 });
    expect(placed).toMatchObject({ ok: true, place: { lastRow: 6, clearToRow: 10 } });
  });

  it('clears the old rows a run stopped partway left below a shrunk table, though the marker already records the shorter block', () => {
    // rows 7–10 emptied; their old output stays below the table, as a stopped run left it, then a note
    const rows = withColumns((index) => (index === 0 ? [...INDICATOR_OUTPUT_HEADERS] : [1, 10, '达标', ''])).map((row, index) =>
      index >= 6 ? [...row.slice(0, 10).map(() => ''), ...row.slice(10)] : row,
    );
    rows.push(Array.from({ length: 10 }, () => ''), [...Array.from({ length: 10 }, () => ''), '', '', '', '审核人：李四']);
    const placed = place(rows, { sheet: '绩效指标', headerRow: 1, left: 11, lastRow: 6 });
    expect(placed).toMatchObject({ ok: true, place: { lastRow: 6, clearToRow: 10 } });
  });

  it('takes the rows a stopped run wrote for a grown table for its own, not for data in its way', () => {
    const rows = withColumns((index) => (index === 0 ? [...INDICATOR_OUTPUT_HEADERS] : [1, 10, '达标', '']));
    const placed = place(rows, { sheet: '绩效指标', headerRow: 1, left: 11, lastRow: 8 });
    expect(placed).toMatchObject({ ok: true, place: { lastRow: 10, clearToRow: 10, reused: true } });
  });

  it('says which rows it takes that held none of its output: those a grown table adds, none for a shrunk one', () => {
    const rows = withColumns((index) => (index === 0 ? [...INDICATOR_OUTPUT_HEADERS] : index <= 7 ? [1, 10, '达标', ''] : []));
    expect(place(rows, { sheet: '绩效指标', headerRow: 1, left: 11, lastRow: 8 })).toMatchObject({ ok: true, place: { lastRow: 10, takesFromRow: 9 } });
    expect(place(rows.slice(0, 6), { sheet: '绩效指标', headerRow: 1, left: 11, lastRow: 8 })).toMatchObject({ ok: true, place: { lastRow: 6, clearToRow: 8, takesFromRow: 9 } });
  });

  it('follows its block when rows were inserted above the table', () => {
    const rows: CellInput[][] = [['2019年度绩效自评表'], [], ...withColumns((index) => (index === 0 ? [...INDICATOR_OUTPUT_HEADERS] : []))];
    const placed = place(rows, { sheet: '绩效指标', headerRow: 1, left: 11, lastRow: 10 });
    expect(placed).toMatchObject({ ok: true, place: { headerRow: 3, lastRow: 12, clearToRow: 12, reused: true } });
  });

  it('will not grow its block over user data below it', () => {
    const rows = withColumns((index) => (index === 0 ? [...INDICATOR_OUTPUT_HEADERS] : index === 9 ? ['', '', '', '用户备注'] : []));
    const placed = place(rows, { sheet: '绩效指标', headerRow: 1, left: 11, lastRow: 8 });
    expect(placed.ok).toBe(false);
    if (!placed.ok) expect(placed.problem).toMatchObject({ code: 'OUTPUT_PLACE_BLOCKED', cell: 'K9:N10' });
    if (!placed.ok) expect(placed.problem.message['zh-CN']).toContain('N10');
  });

  it('takes a cell holding only spaces, or a formula that shows nothing, as the user\'s: it moves right past them', () => {
    expect(place(withColumns((index) => (index === 3 ? ['   '] : [])))).toMatchObject({ ok: true, place: { left: 12 } });
    const grid: SheetGrid = sheet('绩效指标', seed000IndicatorRows());
    // =IF(J3="","",J3) beside the table, its result empty; and one never calculated
    grid.formulas = grid.values.map((row, r) => [...row.map((): string | null => null), ...(r === 2 ? ['=IF(J3="","",J3)', '=H3/F3'] : [null, null])]);
    grid.values = grid.values.map((row) => [...row, null, null]);
    grid.numberFormats = grid.numberFormats.map((row) => [...row, 'General', 'General']);
    const table = detectTables([grid]).indicators as DetectedTable<'indicators'>;
    expect(placeOutputBlock({ grid, table, headers: INDICATOR_OUTPUT_HEADERS, record: undefined, markerPresent: false, sheetNames: ['绩效指标'] })).toMatchObject({
      ok: true,
      place: { left: 13 },
    });
  });

  it('leaves a note that moved up into its old rows (rows deleted above it) where it is, clearing only its own', () => {
    // written down to row 10; two rows deleted since, so the table ends at 8 and "审核人" moved from K12 to… row 9
    const rows = withColumns((index) => (index === 0 ? [...INDICATOR_OUTPUT_HEADERS] : [1, 10, '达标', ''])).slice(0, 8);
    rows.push([...seed000IndicatorRows()[0].map(() => ''), '', '审核人：李四']);
    const placed = place(rows, { sheet: '绩效指标', headerRow: 1, left: 11, lastRow: 10 });
    expect(placed).toMatchObject({ ok: true, place: { lastRow: 8, clearToRow: 8 } });
  });

  it('without a marker, counts as its own only the rows it could have written', () => {
    const rows = withColumns((index) => (index === 0 ? [...INDICATOR_OUTPUT_HEADERS] : [1, 10, '达标', ''])).slice(0, 8);
    rows.push([...seed000IndicatorRows()[0].map(() => ''), 0.5, 5, '未达标', '提示'], [...seed000IndicatorRows()[0].map(() => ''), '', '审核人：李四']);
    expect(place(rows, undefined, false)).toMatchObject({ ok: true, place: { lastRow: 8, clearToRow: 9 } });
  });
});

describe('placeOutputBlock after a person changed the columns of its block', () => {
  const recordK = { sheet: '绩效指标', headerRow: 1, left: 11, lastRow: 10 };

  it('knows its block with a column the person inserted inside it, and leaves that column out of the block', () => {
    // 完成率 | 计算得分 | 审核意见 | 状态 | 提示: the person's column in M
    const rows = withColumns((index) => (index === 0 ? ['完成率', '计算得分', '审核意见', '状态', '提示'] : [1, 10, index === 2 ? '已核对' : '', '达标', '']));
    expect(place(rows, recordK)).toEqual({
      ok: true,
      place: { sheet: '绩效指标', headerRow: 1, left: 11, width: 4, columns: [11, 12, 14, 15], lastRow: 10, clearToRow: 10, reused: true, takesFromRow: 11 },
    });
  });

  it('knows it again where the marker records its columns apart, and by its headers alone only side by side, as it writes them', () => {
    const rows = withColumns((index) => (index === 0 ? ['完成率', '计算得分', '审核意见', '状态', '提示'] : [1, 10, '', '达标', '']));
    expect(place(rows, { ...recordK, columns: [11, 12, 14, 15] })).toMatchObject({ ok: true, place: { columns: [11, 12, 14, 15], reused: true } });
    // without a record, headers apart may be a table's own columns (执行率 | 得分 | 责任科室 | 提示): not taken
    expect(place(rows, undefined, false)).toMatchObject({ ok: true, place: { reused: false } });
    const sideBySide = withColumns((index) => (index === 0 ? [...INDICATOR_OUTPUT_HEADERS] : [1, 10, '达标', '']));
    expect(place(sideBySide, undefined, false)).toMatchObject({ ok: true, place: { columns: [11, 12, 13, 14], reused: true } });
  });

  it('does not take a header of the table\'s between its columns for a column the person inserted', () => {
    // 偏差原因 between 计算得分 and 状态 is the table's own column: these are not one block
    const rows = seed000IndicatorRows().map((row, index) => [...row.slice(0, 9), ...(index === 0 ? ['完成率', '计算得分', '偏差原因分析及改进措施', '状态', '提示'] : [1, 10, '', '达标', ''])]);
    const placed = place(rows, { ...recordK, left: 10 });
    expect(placed).toMatchObject({ ok: false, problem: { code: 'OUTPUT_BLOCK_CHANGED' } });
  });

  it('stops at a renamed header, naming the block\'s header cells, and does not place a second block', () => {
    const rows = withColumns((index) => (index === 0 ? ['完成率', '计算得分', '状态', '备注'] : [1, 10, '达标', '']));
    const placed = place(rows, recordK);
    expect(placed).toMatchObject({ ok: false, problem: { code: 'OUTPUT_BLOCK_CHANGED', fatal: true, sheet: '绩效指标', cell: 'K1:N1' } });
    if (!placed.ok) expect(placed.problem.message['zh-CN']).toContain('表头现为：完成率 | 计算得分 | 状态 | 备注');
  });

  it('stops at a deleted column, and at a header cleared in the middle of the block', () => {
    const deleted = withColumns((index) => (index === 0 ? ['完成率', '计算得分', '提示'] : [1, 10, '']));
    expect(place(deleted, recordK)).toMatchObject({ ok: false, problem: { code: 'OUTPUT_BLOCK_CHANGED', cell: 'K1:M1' } });
    const cleared = withColumns((index) => (index === 0 ? ['完成率', '', '状态', '提示'] : [1, 10, '达标', '']));
    const placed = place(cleared, recordK);
    expect(placed).toMatchObject({ ok: false, problem: { code: 'OUTPUT_BLOCK_CHANGED', cell: 'K1:N1' } });
    if (!placed.ok) expect(placed.problem.message['zh-CN']).toContain('表头现为：完成率 | （空） | 状态 | 提示');
  });

  it('places a new block beside the table when the person deleted all of its columns', () => {
    expect(place(seed000IndicatorRows(), recordK)).toMatchObject({ ok: true, place: { left: 11, columns: [11, 12, 13, 14], reused: false } });
  });
});

describe('placeOutputBlock on a renamed sheet', () => {
  const written = () => withColumns((index) => (index === 0 ? [...INDICATOR_OUTPUT_HEADERS] : [1, 10, '达标', '']));
  function placeOn(sheetName: string, recordedSheet: string, sheetNames: readonly string[]) {
    const grid: SheetGrid = sheet(sheetName, written());
    const table = detectTables([grid]).indicators as DetectedTable<'indicators'>;
    const record = { sheet: recordedSheet, headerRow: 1, left: 11, lastRow: 10 };
    return placeOutputBlock({ grid, table, headers: INDICATOR_OUTPUT_HEADERS, record, markerPresent: true, sheetNames });
  }

  it('knows its block by its headers when the sheet the marker records is gone (renamed 绩效指标2023)', () => {
    expect(placeOn('绩效指标2023', '绩效指标', ['绩效指标2023', '_perfeval'])).toMatchObject({ ok: true, place: { left: 11, reused: true, clearToRow: 10 } });
  });

  it('knows its block when only the case of the sheet name changed', () => {
    expect(placeOn('Indicators', 'INDICATORS', ['Indicators', '_perfeval'])).toMatchObject({ ok: true, place: { left: 11, reused: true } });
  });

  it('does not take columns with its headers for its own when the marker records its block on another sheet that is still there', () => {
    expect(placeOn('绩效指标(2)', '绩效指标', ['绩效指标', '绩效指标(2)', '_perfeval'])).toMatchObject({ ok: true, place: { left: 15, reused: false } });
  });
});

describe('placeOutputBlock beside merged cells', () => {
  function placeWithMerges(merges: SheetGrid['merges']) {
    const grid: SheetGrid = { ...sheet('绩效指标', seed000IndicatorRows()), merges };
    const table = detectTables([grid]).indicators as DetectedTable<'indicators'>;
    return placeOutputBlock({ grid, table, headers: INDICATOR_OUTPUT_HEADERS, record: undefined, markerPresent: false, sheetNames: ['绩效指标'] });
  }

  it('takes the covered cells of a 偏差原因 merged across J3:M3 as the user\'s: the block moves right past them', () => {
    // the covered cells K3:M3 read as blank; written into, their values would land in J3 over the user's text
    expect(placeWithMerges([{ top: 3, left: 10, bottom: 3, right: 13 }])).toMatchObject({ ok: true, place: { left: 14, reused: false } });
  });

  it('counts a header merged across J1:M1 to its right edge: the block goes beside the merge', () => {
    expect(placeWithMerges([{ top: 1, left: 10, bottom: 1, right: 13 }])).toMatchObject({ ok: true, place: { left: 14 } });
  });

  it('stops, naming the covered cells, when a merge reaches past every place within reach', () => {
    const placed = placeWithMerges([{ top: 4, left: 10, bottom: 4, right: 11 + MAX_OUTPUT_SHIFT + 4 }]);
    expect(placed.ok).toBe(false);
    if (!placed.ok) expect(placed.problem.message['zh-CN']).toContain('K4、L4、M4、N4');
  });

  it('does not take a row of its old block that a merge now reaches into for its own, blank as it reads', () => {
    // written down to row 10; rows deleted since, and a user's merged (still empty) L9:N9 moved up into the old block
    const rows = withColumns((index) => (index === 0 ? [...INDICATOR_OUTPUT_HEADERS] : [1, 10, '达标', ''])).slice(0, 8);
    const grid: SheetGrid = { ...sheet('绩效指标', rows), merges: [{ top: 9, left: 12, bottom: 9, right: 14 }] };
    const table = detectTables([grid]).indicators as DetectedTable<'indicators'>;
    const record = { sheet: '绩效指标', headerRow: 1, left: 11, lastRow: 10 };
    expect(placeOutputBlock({ grid, table, headers: INDICATOR_OUTPUT_HEADERS, record, markerPresent: true, sheetNames: ['绩效指标', '_perfeval'] })).toMatchObject({
      ok: true,
      place: { lastRow: 8, clearToRow: 8 },
    });
  });

  it('knows the 预算执行率 row it scored from the budget table as its own, though that row has no status', () => {
    const rows = withColumns((index) => (index === 0 ? [...INDICATOR_OUTPUT_HEADERS] : [1, 10, '达标', ''])).slice(0, 8);
    rows.push([...seed000IndicatorRows()[0].map(() => ''), 0.85, 8.5, '', '按预算执行表计分']);
    expect(place(rows, undefined, false)).toMatchObject({ ok: true, place: { clearToRow: 9 } });
    expect(place(rows, { sheet: '绩效指标', headerRow: 1, left: 11, lastRow: 9 })).toMatchObject({ ok: true, place: { clearToRow: 9 } });
  });
});
