import type { CellRef, Locale, Severity, Warning, WarningCode } from '../model';
import { WARNING_CODES } from '../model';
import { oneLineName } from '../narrative/quoted-text';

export type WarningParams = Record<string, string | number>;

export interface WarningSpec {
  severity: Severity;
  message: Record<Locale, (params: WarningParams) => string>;
}

export type WarningSpecs = { [C in WarningCode]?: WarningSpec };

import { budgetWarningSpecs } from './messages/budget';
import { indicatorWarningSpecs } from './messages/indicator';

/** Every warning's severity and messages, by code. A test checks that each code has one. */
export const WARNING_SPECS: WarningSpecs = { ...indicatorWarningSpecs, ...budgetWarningSpecs };

/**
 * A warning's message in both languages, written from the catalogue when it is read. A workbook can
 * raise well over 100,000 warnings, and a reader (the pane, the CLI, the result sheet) shows one
 * language of a few of them: writing both messages of every warning up front cost most of the
 * engine's time and memory. Reading `message['zh-CN']` or `message['en-US']` gives the same text as
 * before, and JSON.stringify writes both (toJSON), so `perf-eval score --json` is unchanged. The
 * message follows the warning's params, which nothing changes once the warning is made.
 */
export class WarningMessage implements Record<Locale, string> {
  readonly #code: WarningCode;
  readonly #params: WarningParams;

  constructor(code: WarningCode, params: WarningParams) {
    this.#code = code;
    this.#params = params;
  }

  get 'zh-CN'(): string {
    return messageText(this.#code, this.#params, 'zh-CN');
  }

  get 'en-US'(): string {
    return messageText(this.#code, this.#params, 'en-US');
  }

  toJSON(): Record<Locale, string> {
    return { 'zh-CN': this['zh-CN'], 'en-US': this['en-US'] };
  }
}

function messageText(code: WarningCode, params: WarningParams, locale: Locale): string {
  const spec = WARNING_SPECS[code];
  // A missing spec is a programming error caught by the catalogue test; the code still says what it is.
  return spec ? spec.message[locale](onOneLine(params)) : code;
}

const LINE_BREAK = /[\r\n]/;

/**
 * The params with the user's text on one line: a name typed over two lines of its cell (Alt+Enter,
 * "乡村振兴产业\n对接成功案例") broke the message in the pane's list, the 提示 cells and the command's
 * summary. The params themselves keep the text as the cell holds it.
 */
function onOneLine(params: WarningParams): WarningParams {
  let joined: WarningParams | null = null;
  for (const key in params) {
    const value = params[key];
    if (typeof value === 'string' && LINE_BREAK.test(value)) (joined ??= { ...params })[key] = oneLineName(value);
  }
  return joined ?? params;
}

/** A code's default severity and its place in WARNING_CODES (the order warnings are listed in). */
export interface CodeInfo {
  severity: Severity;
  rank: number;
}

/** For each code, in one lookup: warnings are made by the hundred thousand. */
export const CODE_INFO: ReadonlyMap<WarningCode, CodeInfo> = new Map(
  WARNING_CODES.map((code, rank) => [code, { severity: WARNING_SPECS[code]?.severity ?? 'warning', rank }]),
);

/** Where a warning points: a cell, or nothing for whole-workbook findings. */
export type WarningLocation = CellRef | { sheet: string | null; address: string | null } | null;

/** The report's warning; `severity` overrides the catalogue's where the same case weighs differently. */
export function createWarning(code: WarningCode, location: WarningLocation, params: WarningParams = {}, severity?: Severity): Warning {
  return {
    code,
    severity: severity ?? WARNING_SPECS[code]?.severity ?? 'warning',
    sheet: location ? location.sheet : null,
    cell: location ? location.address : null,
    message: new WarningMessage(code, params),
    params,
  };
}
