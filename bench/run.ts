/**
 * npm run bench [-- NAME …]: runs the benchmarks listed below (or those named), then prints one table.
 * To add a benchmark, write a module exporting run(): Promise<BenchResult> and list it here.
 * Exit code 1 when a benchmark is over its budget or fails.
 */
import type { BenchModule, BenchResult } from './bench-result';

const BENCHES: ReadonlyArray<{ name: string; load: () => Promise<BenchModule> }> = [
  { name: 'engine', load: () => import('./engine') },
  { name: 'xlsx', load: () => import('./xlsx') },
  { name: 'bundle-size', load: () => import('./bundle-size') },
];

interface Row {
  bench: string;
  status: 'ok' | 'over budget' | 'failed';
  detail: string;
}

async function main(selected: readonly string[]): Promise<void> {
  const unknown = selected.filter((name) => !BENCHES.some((bench) => bench.name === name));
  if (unknown.length > 0) {
    console.error(`Unknown bench: ${unknown.join(', ')}. Available: ${BENCHES.map((bench) => bench.name).join(', ')}`);
    process.exitCode = 2;
    return;
  }
  const rows: Row[] = [];
  for (const bench of BENCHES) {
    if (selected.length > 0 && !selected.includes(bench.name)) continue;
    console.log(`\n== ${bench.name}`);
    try {
      const result: BenchResult = await (await bench.load()).run();
      rows.push({ bench: bench.name, status: result.withinBudget ? 'ok' : 'over budget', detail: result.headline ?? result.name });
    } catch (error) {
      rows.push({ bench: bench.name, status: 'failed', detail: error instanceof Error ? error.message : String(error) });
    }
  }
  printTable(rows);
  if (rows.some((row) => row.status !== 'ok')) process.exitCode = 1;
}

function printTable(rows: readonly Row[]): void {
  const header: Row = { bench: 'bench', status: 'ok', detail: 'result' };
  const width = (pick: (row: Row) => string) => Math.max(...[header, ...rows].map((row) => pick(row).length));
  const benchWidth = width((row) => row.bench);
  const statusWidth = Math.max('status'.length, width((row) => row.status));
  console.log('');
  console.log(`${'bench'.padEnd(benchWidth)} | ${'status'.padEnd(statusWidth)} | result`);
  console.log(`${'-'.repeat(benchWidth)}-+-${'-'.repeat(statusWidth)}-+-${'-'.repeat(20)}`);
  for (const row of rows) console.log(`${row.bench.padEnd(benchWidth)} | ${row.status.padEnd(statusWidth)} | ${row.detail}`);
}

void main(process.argv.slice(2));
