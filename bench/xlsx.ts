/**
 * The command on a 1,000-indicator workbook: `perf-eval score`'s code path (open, score, plan, write
 * into a copy, save), from the bundle bin/perf-eval.js runs, against ExcelJS alone reading and writing
 * the same file with its defaults, in one process so both see the same machine. The command saves as
 * ExcelJS writes, except that it writes ExcelJS's XML in whole pieces (exceljs-xml-pieces.ts) and
 * zips ExcelJS's parts itself, each deflated by node's zlib as it comes (exceljs-parts.ts,
 * deflating-zip.ts), instead of through JSZip and its JavaScript deflate. The ExcelJS side is ExcelJS as it ships, as a plain program has it: it runs in a
 * worker thread, where the command's host and its patches are never loaded (exceljs-alone.ts), while
 * the main thread waits. Four warm-up runs each (the command has far more code for the JIT to settle),
 * then 21 timed runs each (on a noisy 2-core machine eleven moved the ratio by ±0.1 from run to run),
 * interleaved, the side that goes first alternating; medians compared.
 * Budget: command ≤ 1.5 × ExcelJS. It prints the median of each of the command's stages (StageTimes)
 * and both files' sizes, and, as a check on a busy machine, the median of the ratios of the runs made
 * side by side and the ratio of the fastest runs.
 *
 * For context it also times ExcelJS reading and writing the command's output: the scored file holds
 * about 2.2 times the input's XML (four result columns on every indicator row, 评分结果, and a
 * 自评报告 whose scoring table lists every indicator).
 */
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { cliBundlePath } from '../bin/cli-bundle';
import type { StageTimes } from '../src/cli/score-file';
import type { SampleCell, SampleWorkbook } from '../samples/data/sample-workbook';
import { buildSampleWorkbook } from '../scripts/build-samples';
import type { BenchResult } from './bench-result';
import { ExcelJsAlone } from './exceljs-alone';
import { median } from './median';

export const XLSX_BENCH_INDICATORS = 1_000;
export const RATIO_BUDGET = 1.5;
const WARM_UP_RUNS = 4;
const TIMED_RUNS = 21;
const TASKS = 20;

export interface XlsxBenchResult extends BenchResult {
  indicators: number;
  fileBytes: number;
  commandRunsMs: number[];
  excelJsRunsMs: number[];
  commandMedianMs: number;
  excelJsMedianMs: number;
  /** command median / ExcelJS median */
  ratio: number;
  /** median of command run i / ExcelJS run i, each pair run one after the other */
  pairedRatio: number;
  /** fastest command run / fastest ExcelJS run */
  fastestRatio: number;
  outputBytes: number;
  /** ExcelJS alone reading and writing the scored output file */
  excelJsOutputRunsMs: number[];
  excelJsOutputMedianMs: number;
  /** median of each stage of the command over the timed runs */
  commandStageMediansMs: StageTimes;
}

/** A department workbook with 20 tasks of 50 indicators each: counts, percentages, qualitative rows, some missed. */
export function largeWorkbook(indicators = XLSX_BENCH_INDICATORS): SampleWorkbook {
  const rows: SampleCell[][] = [['任务', '一级指标', '二级指标', '三级指标', '指标性质', '年度指标值', '度量单位', '实际完成值', '分值', '自评得分', '偏差原因分析及改进措施']];
  const perTask = Math.ceil(indicators / TASKS);
  for (let i = 0; i < indicators; i++) {
    const task = `重点工作任务${Math.floor(i / perTask) + 1}`;
    const kind = i % 10;
    const level1 = kind < 6 ? '产出指标' : kind < 9 ? '效益指标' : '满意度指标';
    const points = 0.09;
    if (kind === 4) {
      rows.push([task, level1, '质量指标', `工作质量评价${i + 1}`, '定性', '达成年度指标', null, i % 20 === 4 ? '部分达成' : '达成', points, null, null]);
      continue;
    }
    const target = 10 + (i % 37);
    const missed = i % 13 === 0;
    const actual = missed ? target - 3 : target + (i % 3);
    const unit = kind === 9 ? '%' : kind < 6 ? '场' : '人次';
    rows.push([task, level1, kind < 6 ? '数量指标' : '社会效益指标', `指标${i + 1}`, '≥', kind === 9 ? 90 : target, unit, kind === 9 ? 92 : actual, points, null, missed && i % 2 === 0 ? '受客观因素影响未完成' : null]);
  }
  return {
    file: 'bench-1000.xlsx',
    description: 'benchmark workbook',
    sheets: [
      { name: '基本信息', rows: [['项目', '内容'], ['单位名称', '基准测试单位'], ['评价年度', 2024], ['评价类型', '部门整体支出']] },
      {
        name: '预算执行',
        rows: [
          ['资金项目', '类别', '年初预算数', '全年预算数', '全年执行数', '分值'],
          ['部门整体支出', '合计', 1000, 1000, 960, 10],
          ['基本支出', '基本支出', null, null, 600, null],
          ['项目支出', '项目支出', null, null, 360, null],
          ...Array.from({ length: TASKS }, (_, t): SampleCell[] => [`重点工作任务${t + 1}`, '任务', null, 18, 18, null]),
        ],
      },
      { name: '绩效指标', headerRows: [1], rows },
    ],
  };
}


async function timed(task: () => Promise<void>): Promise<number> {
  const start = process.hrtime.bigint();
  await task();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

export async function run(): Promise<XlsxBenchResult> {
  // the command as bin/perf-eval.js runs it: from its bundle
  const { scoreXlsxFile } = require(cliBundlePath()) as typeof import('../src/cli/bundle-entry');
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'xlsx-bench-'));
  const excelJsAlone = new ExcelJsAlone();
  try {
    const input = path.join(dir, 'bench-1000.xlsx');
    await buildSampleWorkbook(largeWorkbook()).xlsx.writeFile(input);
    const commandOutput = path.join(dir, 'command.xlsx');
    const excelJsOutput = path.join(dir, 'exceljs.xlsx');

    const stageRuns: StageTimes[] = [];
    const command = async () => {
      const result = await scoreXlsxFile({ input, output: commandOutput, onStageTimes: (times) => stageRuns.push(times) });
      if (result.kind !== 'scored') throw new Error(`the bench workbook did not score: ${result.kind}`);
    };
    const excelJs = () => excelJsAlone.roundTrip(input, excelJsOutput);
    const excelJsOnOutput = () => excelJsAlone.roundTrip(commandOutput, excelJsOutput);

    for (let i = 0; i < WARM_UP_RUNS; i++) {
      await command();
      await excelJs();
    }
    stageRuns.length = 0;
    const commandRunsMs: number[] = [];
    const excelJsRunsMs: number[] = [];
    const excelJsOutputRunsMs: number[] = [];
    for (let i = 0; i < TIMED_RUNS; i++) {
      if (i % 2 === 0) {
        commandRunsMs.push(await timed(command));
        excelJsRunsMs.push(await excelJs());
      } else {
        excelJsRunsMs.push(await excelJs());
        commandRunsMs.push(await timed(command));
      }
      excelJsOutputRunsMs.push(await excelJsOnOutput());
    }
    const excelJsOutputMedianMs = median(excelJsOutputRunsMs);
    const outputBytes = (await fs.stat(commandOutput)).size;
    const fileBytes = (await fs.stat(input)).size;
    const commandMedianMs = median(commandRunsMs);
    const excelJsMedianMs = median(excelJsRunsMs);
    const ratio = commandMedianMs / excelJsMedianMs;
    const pairedRatio = median(commandRunsMs.map((ms, i) => ms / excelJsRunsMs[i]));
    const fastestRatio = Math.min(...commandRunsMs) / Math.min(...excelJsRunsMs);
    const stage = (name: keyof StageTimes) => median(stageRuns.map((times) => times[name]));
    const commandStageMediansMs: StageTimes = { open: stage('open'), read: stage('read'), scorePlan: stage('scorePlan'), apply: stage('apply'), save: stage('save') };
    const headline = `${XLSX_BENCH_INDICATORS} indicators: command ${commandMedianMs.toFixed(0)} ms vs ExcelJS read+write ${excelJsMedianMs.toFixed(0)} ms = ${ratio.toFixed(2)}× (budget ≤ ${RATIO_BUDGET}×)`;
    console.log(headline);
    console.log(`  command runs ms: ${commandRunsMs.map((ms) => ms.toFixed(0)).join(', ')}`);
    console.log(`  ExcelJS runs ms: ${excelJsRunsMs.map((ms) => ms.toFixed(0)).join(', ')}`);
    console.log(`  median of the side-by-side ratios ${pairedRatio.toFixed(2)}×, fastest runs ${fastestRatio.toFixed(2)}×`);
    console.log(
      `  command stages, median ms: ${Object.entries(commandStageMediansMs)
        .map(([name, ms]) => `${name} ${(ms as number).toFixed(1)}`)
        .join(', ')}`,
    );
    console.log(`  files: input ${kilobytes(fileBytes)}, scored output ${kilobytes(outputBytes)}`);
    console.log(
      `  ExcelJS read+write of the scored output: median ${excelJsOutputMedianMs.toFixed(0)} ms; command = ${(commandMedianMs / excelJsOutputMedianMs).toFixed(2)}× that`,
    );
    return {
      name: 'perf-eval score on a 1,000-indicator .xlsx vs ExcelJS alone',
      withinBudget: ratio <= RATIO_BUDGET,
      headline,
      indicators: XLSX_BENCH_INDICATORS,
      fileBytes,
      commandRunsMs,
      excelJsRunsMs,
      commandMedianMs,
      excelJsMedianMs,
      ratio,
      pairedRatio,
      fastestRatio,
      outputBytes,
      excelJsOutputRunsMs,
      excelJsOutputMedianMs,
      commandStageMediansMs,
    };
  } finally {
    await excelJsAlone.close();
    await fs.rm(dir, { recursive: true, force: true });
  }
}

function kilobytes(bytes: number): string {
  return `${(bytes / 1024).toFixed(0)} KB (${bytes} bytes)`;
}

if (require.main === module) {
  run().then(
    (result) => {
      if (!result.withinBudget) process.exitCode = 1;
    },
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
