/**
 * The user's free text as the report quotes it: never reworded, only split into its paragraphs and
 * trimmed at the ends, so a sentence can follow it.
 */

/** one paragraph per non-empty line, each trimmed */
export function paragraphsOf(text: string): string[] {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

const LATIN_END = /[A-Za-z0-9]$/;
const LATIN_START = /^[A-Za-z0-9]/;

/**
 * A name the user broke over lines in its cell ("乡村振兴产业\n对接成功案例") on one line, as a sentence
 * quotes it: the break only fitted the name to the column, so Chinese lines join directly and only two
 * Latin words keep a space between them.
 */
export function oneLineName(text: string): string {
  return paragraphsOf(text).reduce((joined, line) => (joined === '' ? line : `${joined}${LATIN_END.test(joined) && LATIN_START.test(line) ? ' ' : ''}${line}`), '');
}

const CLAUSE_END = /[。．.；;，,、：:！!？?…]$/u;

/**
 * A reason or a note the user wrote over several lines, as one run of text a sentence can quote: each
 * line is a clause of its own, so one that ends without punctuation is closed with "；".
 */
export function oneLineText(text: string): string {
  const lines = paragraphsOf(text);
  return lines.map((line, i) => (i === lines.length - 1 || CLAUSE_END.test(line) ? line : `${line}；`)).join('');
}

const END_PUNCTUATION = /[\s。．.；;，,、：:]+$/u;

/** "…暂未达成意向。" → "…暂未达成意向", so the report can continue the sentence */
export function withoutEndPunctuation(text: string): string {
  return text.trim().replace(END_PUNCTUATION, '');
}

const SENTENCE_END = /[。！？!?.…”」）)]$/u;

/** a quoted text closed as a sentence: a full stop is added only when it ends with none */
export function asSentence(text: string, fullStop: string): string {
  const trimmed = text.trim().replace(/[；;，,、：:]+$/u, '');
  return SENTENCE_END.test(trimmed) ? trimmed : `${trimmed}${fullStop}`;
}

/**
 * A name in quotation marks; quotation marks inside it become single ones, as Chinese punctuation
 * nests them (GB/T 15834): 任务“区‘两新’组织党建创新中心工作”.
 */
export function quoteName(name: string): string {
  return `“${oneLineName(name).replace(/“/g, '‘').replace(/”/g, '’')}”`;
}

/** "其中：当年财政拨款" → "当年财政拨款": a budget line's name without the table's "of which" lead-in */
export function budgetLineName(name: string): string {
  return oneLineName(name).replace(/^其中\s*[:：]\s*/u, '');
}

/**
 * A leading list number: （一） (1) ① 一、 1、 1. — but not the 2022 of "2022年" nor the 1.5 of "1.5 万元".
 */
const LIST_NUMBER = /^(?:[（(]\s*(?:[一二三四五六七八九十]+|\d{1,2})\s*[）)]|[一二三四五六七八九十]+\s*[、.．]|\d{1,2}\s*(?:、|[.．](?!\d))|[\u2460-\u2473\u2776-\u277f])\s*/u;

/** "（一）部分专项工作…" → "部分专项工作…": the user's own numbering, before the report numbers it again */
export function withoutListNumber(text: string): string {
  return text.replace(LIST_NUMBER, '').trim();
}
