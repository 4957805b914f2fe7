import { parseArgs } from 'node:util';
import type { Locale } from '../domain/model';
import { CLI_MESSAGES } from './messages';

export type CliCommand =
  | { kind: 'help'; locale: Locale }
  | { kind: 'template'; output: string; force: boolean; locale: Locale }
  | { kind: 'score'; input: string; output: string | null; json: boolean; locale: Locale }
  | { kind: 'report'; input: string; output: string; locale: Locale };

/** A command line that cannot run: the one-line reason, already in the chosen language. */
export interface UsageError {
  kind: 'usageError';
  message: string;
  locale: Locale;
}

const LOCALES: readonly Locale[] = ['zh-CN', 'en-US'];
export const DEFAULT_LOCALE: Locale = 'zh-CN';

/** Reads the command line (without node and the script); never throws. */
export function parseArguments(argv: readonly string[]): CliCommand | UsageError {
  let parsed: ReturnType<typeof parseWithNode>;
  try {
    parsed = parseWithNode(argv);
  } catch (error) {
    const locale = languageFromRaw(argv);
    return usageError(locale, CLI_MESSAGES[locale].badOption(optionProblem(error, locale)));
  }
  const { values, positionals } = parsed;
  const requested = values.lang ?? DEFAULT_LOCALE;
  if (!isLocale(requested)) return usageError(DEFAULT_LOCALE, CLI_MESSAGES[DEFAULT_LOCALE].badLanguage(requested));
  const locale: Locale = requested;
  const messages = CLI_MESSAGES[locale];
  if (values.help) return { kind: 'help', locale };

  const [command, ...files] = positionals;
  if (command === undefined) return usageError(locale, messages.usageLine);
  if (command !== 'template' && command !== 'score' && command !== 'report') return usageError(locale, messages.unknownCommand(command));
  // an option of another command would be ignored: report --json would print text to a script expecting JSON
  if (values.json && command !== 'score') return usageError(locale, messages.optionNotFor('--json', 'score'));
  if (values.force && command !== 'template') return usageError(locale, messages.optionNotFor('--force', 'template'));
  if (command === 'template' && files.length === 0 && values.output !== undefined) files.push(values.output);
  if (files.length === 0) return usageError(locale, messages.missingInput(command));
  if (files.length > 1) return usageError(locale, messages.tooManyArguments(command));
  const [file] = files;
  // '' is no file: written to, it fails on the current folder, which exists
  if (values.output === '' || (command === 'template' && file === '')) return usageError(locale, messages.emptyOutput);

  switch (command) {
    case 'template':
      return { kind: 'template', output: file, force: values.force ?? false, locale };
    case 'score':
      return { kind: 'score', input: file, output: values.output ?? null, json: values.json ?? false, locale };
    case 'report':
      if (!values.output) return usageError(locale, messages.outputRequired(command));
      return { kind: 'report', input: file, output: values.output, locale };
  }
}

function parseWithNode(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: true,
    options: {
      output: { type: 'string', short: 'o' },
      json: { type: 'boolean' },
      lang: { type: 'string' },
      force: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
}

/** node's parseArgs errors, said in the chosen language */
function optionProblem(error: unknown, locale: Locale): string {
  const code = (error as { code?: string }).code;
  const message = error instanceof Error ? error.message : String(error);
  const option = /'(-[^' ,]*)/.exec(message)?.[1] ?? '';
  const zh = locale === 'zh-CN';
  switch (code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return zh ? `未知选项 ${option}` : `unknown option ${option}`;
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return zh ? `选项 ${option} 的值缺失或有误` : `option ${option}: missing or unexpected value`;
    default:
      return message.split('\n')[0];
  }
}

function isLocale(value: string): value is Locale {
  return (LOCALES as readonly string[]).includes(value);
}

/** the language asked for, even when the rest of the line could not be parsed */
function languageFromRaw(argv: readonly string[]): Locale {
  const index = argv.findIndex((arg) => arg === '--lang' || arg.startsWith('--lang='));
  if (index < 0) return DEFAULT_LOCALE;
  const value = argv[index].includes('=') ? argv[index].slice('--lang='.length) : argv[index + 1];
  return value !== undefined && isLocale(value) ? value : DEFAULT_LOCALE;
}

function usageError(locale: Locale, message: string): UsageError {
  return { kind: 'usageError', message, locale };
}
