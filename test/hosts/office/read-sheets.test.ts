import { seed000 } from '../../../samples/data/seed-000';
import { createExcelApi, createOfficeContext, EXCEL_ON_THE_WEB_PAYLOAD_LIMIT, MemoryWorkbook } from '../../../src/hosts/memory';
import { createOfficeWorkbookPort, detectCapabilities } from '../../../src/hosts/office';
import { planFromSample } from '../../../src/playground/sample-plan';
import { scoreWorkbook } from '../../../src/workbook/score-workbook';

async function seed000With(extra?: Parameters<MemoryWorkbook['addSheet']>[0]) {
  const workbook = new MemoryWorkbook({ sheets: [] });
  const excel = createExcelApi(workbook);
  await createOfficeWorkbookPort(excel).apply(planFromSample(seed000));
  if (extra) workbook.addSheet(extra);
  workbook.resetCounters();
  const port = createOfficeWorkbookPort(excel, { capabilities: detectCapabilities(createOfficeContext(workbook)) });
  return { workbook, port };
}

/** the reviewer's unrelated sheet: a text in every third column, numbers elsewhere */
function detailRows(rows: number): Array<Array<string | number>> {
  return Array.from({ length: rows }, (_, r) => Array.from({ length: 12 }, (_, c) => (c % 3 === 0 ? `明细项目${r}-${c}` : r * 1.5 + c)));
}

describe('reading a workbook whose sheets pass Excel on the web\'s 5 MB response', () => {
  it('scores seed 000 beside a 15,000-row × 12-column sheet, no sync answering more than 4 MB', async () => {
    const rows = detailRows(15000);
    const { workbook, port } = await seed000With({ name: '支出明细', rows });
    const result = await scoreWorkbook(port);
    expect(result.report.total.score).toBe(93);
    expect(workbook.syncLog.every((sync) => sync.outcome === 'applied')).toBe(true);
    expect(Math.max(...workbook.syncLog.map((sync) => sync.responseBytes))).toBeLessThanOrEqual(4 * 1024 * 1024);
    const [detail] = await port.readSheets(['支出明细']);
    expect(detail.values).toEqual(rows);
    process.stdout.write(`15,000-row side sheet: ${JSON.stringify(workbook.syncLog.map(({ responseBytes, outcome }) => [outcome, responseBytes]))}\n`);
  });

  it('reads an ordinary workbook in one sync, as before', async () => {
    const { workbook, port } = await seed000With({ name: '支出明细', rows: detailRows(300) });
    const names = await port.sheetNames();
    workbook.resetCounters();
    const grids = await port.readSheets(names);
    expect(workbook.syncCount).toBe(1);
    expect(grids.find((grid) => grid.name === '支出明细')?.values).toEqual(detailRows(300));
  });

  it('halves a slice Excel still finds too large (long texts), until it fits', async () => {
    const paragraph = '本年度部门围绕年度绩效目标，统筹推进各项重点工作，预算执行总体平稳。'.repeat(40);
    const rows = Array.from({ length: 3000 }, (_, r) => [`第${r + 1}段`, paragraph]);
    const { workbook, port } = await seed000With({ name: '说明', rows });
    const [grid] = await port.readSheets(['说明']);
    expect(grid.values).toEqual(rows);
    const refused = workbook.syncLog.filter((sync) => sync.outcome !== 'applied');
    expect(refused.every((sync) => sync.outcome === 'ResponsePayloadSizeLimitExceeded')).toBe(true);
    expect(refused.length).toBeGreaterThan(0);
    expect(workbook.syncLog.filter((sync) => sync.outcome === 'applied').every((sync) => sync.responseBytes <= EXCEL_ON_THE_WEB_PAYLOAD_LIMIT)).toBe(true);
  });
});
