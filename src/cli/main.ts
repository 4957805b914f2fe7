import { existsSync } from 'node:fs';
import type { Locale } from '../domain/model';
import { processIo, type CliIo } from './cli-io';
import { humanSummary, totalLine } from './human-summary';
import { CLI_MESSAGES } from './messages';
import path from 'node:path';
import { defaultScoredPath, isSameFile, outputProblem } from './output-path';
import { parseArguments, type CliCommand } from './parse-arguments';
import { writeReportDocxFile } from './report-file';
import { reportJson } from './report-json';
import { scoreXlsxFile, type ScoreProgress } from './score-file';
import { writeTemplate } from './template-file';

/** the file name `template` suggests when given a folder */
const TEMPLATE_EXAMPLE_NAME = 'template.xlsx';

/** 0: done (scored, with or without warnings); 1: a defect of the program; 2: bad usage or a file it cannot use. */
export type ExitCode = 0 | 1 | 2;

/**
 * The perf-eval command, callable in-process: `argv` without node and the script, `io` for its output.
 * Every failure the user can fix is one line on stderr and exit code 2.
 */
export async function main(argv: readonly string[], io: CliIo): Promise<ExitCode> {
  const command = parseArguments(argv);
  if (command.kind === 'usageError') return fail(io, command.message);
  try {
    return await run(command, io);
  } catch (error) {
    // anything that reaches here is a defect, not bad input: say so in one line
    const detail = error instanceof Error ? error.message.split('\n')[0] : String(error);
    io.stderr(`${CLI_MESSAGES[command.locale].internalError(detail)}\n`);
    return 1;
  }
}

async function run(command: CliCommand, io: CliIo): Promise<ExitCode> {
  const messages = CLI_MESSAGES[command.locale];
  switch (command.kind) {
    case 'help':
      io.stdout(`${messages.help}\n`);
      return 0;
    case 'template': {
      const problem = outputProblem(command.output, TEMPLATE_EXAMPLE_NAME);
      if (problem) return fail(io, messages.cannotWrite(command.output, problem[command.locale]));
      if (existsSync(command.output) && !command.force) return fail(io, messages.outputExists(command.output));
      const written = await writeTemplate(command.output);
      if (written !== null) return fail(io, messages.cannotWrite(command.output, written[command.locale]));
      io.stdout(`${messages.templateWritten(command.output)}\n`);
      return 0;
    }
    case 'score':
      return score(command, io);
    case 'report':
      return report(command, io);
  }
}

async function report(command: Extract<CliCommand, { kind: 'report' }>, io: CliIo): Promise<ExitCode> {
  const messages = CLI_MESSAGES[command.locale];
  if (isSameFile(command.input, command.output)) return fail(io, messages.outputIsInput);
  const problem = outputProblem(command.output, `${path.parse(command.input).name}.docx`);
  if (problem) return fail(io, messages.cannotWrite(command.output, problem[command.locale]));
  const result = await writeReportDocxFile({ input: command.input, output: command.output, onProgress: progressTo(io, command.locale, command.input) });
  switch (result.kind) {
    case 'unreadable':
      return fail(io, messages.unreadable(command.input, result.reason[command.locale]));
    case 'cannotScore':
      return fail(io, messages.cannotScore(command.input, result.reason[command.locale]));
    case 'cannotWrite':
      return fail(io, messages.cannotWrite(command.output, result.reason[command.locale]));
    case 'written': {
      io.stdout(`${totalLine(result.report, messages)}\n`);
      io.stdout(`${messages.reportWritten(command.output)}\n`);
      return 0;
    }
  }
}

async function score(command: Extract<CliCommand, { kind: 'score' }>, io: CliIo): Promise<ExitCode> {
  const messages = CLI_MESSAGES[command.locale];
  const output = command.output ?? defaultScoredPath(command.input);
  if (isSameFile(command.input, output)) return fail(io, messages.outputIsInput);
  const problem = outputProblem(output, path.basename(defaultScoredPath(command.input)));
  if (problem) return fail(io, messages.cannotWrite(output, problem[command.locale]));
  const result = await scoreXlsxFile({ input: command.input, output, onProgress: progressTo(io, command.locale, command.input) });
  switch (result.kind) {
    case 'unreadable':
      return fail(io, messages.unreadable(command.input, result.reason[command.locale]));
    case 'cannotScore':
      return fail(io, messages.cannotScore(command.input, result.reason[command.locale]));
    case 'cannotWrite':
      return fail(io, messages.cannotWrite(output, result.reason[command.locale]));
    case 'scored':
      // on stderr, where the progress goes: stdout stays the result
      if (result.dropped.length > 0) io.stderr(`${messages.droppedParts(result.dropped)}\n`);
      if (command.json) {
        const json = reportJson(result.report, result.problems, { input: command.input, output }, command.locale);
        io.stdout(`${JSON.stringify(json, null, 2)}\n`);
      } else {
        io.stdout(humanSummary(result.report, result.problems, output, command.locale));
      }
      return 0;
  }
}

/** progress goes to stderr, one line each, so stdout stays the result (JSON stays parseable) */
function progressTo(io: CliIo, locale: Locale, input: string): (progress: ScoreProgress) => void {
  const messages = CLI_MESSAGES[locale];
  return (progress) => io.stderr(`${progress.stage === 'reading' ? messages.reading(input) : messages.scoringRows(progress.rows)}\n`);
}

function fail(io: CliIo, message: string): ExitCode {
  io.stderr(`${message.split('\n')[0]}\n`);
  return 2;
}

/** Entry point of bin/perf-eval.js. */
export function runFromProcess(): void {
  main(process.argv.slice(2), processIo).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}

if (require.main === module) runFromProcess();
