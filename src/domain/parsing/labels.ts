import type { QualitativeLevel } from '../model';
import { withoutClosingPunctuation } from './normalise-text';

/**
 * Words a cell may hold instead of a number, matched whole (after normalisation, without spaces,
 * without a closing 。 or ！, ASCII letters in lower case). A longer sentence that merely starts with
 * one of them ("完成情况较差") is not a label: reading it as one would be a guess.
 */
export type LabelMeaning =
  | { kind: 'qualitative'; level: QualitativeLevel }
  | { kind: 'yesNo'; value: boolean }
  | { kind: 'notApplicable' }
  | { kind: 'placeholder' };

const labels = new Map<string, LabelMeaning>();

function add(meaning: LabelMeaning, words: readonly string[]): void {
  for (const word of words) labels.set(word, meaning);
}

// The Ministry of Finance template bands: 达成年度指标 / 部分达成年度指标并具有一定效果 /
// 未达成年度指标且效果较差, with the short forms people write and the 预期指标 variant of some provinces.
const TARGET_WORDS = ['', '年度指标', '预期指标', '年度目标', '预期目标', '目标', '指标', '目标值', '指标值'];
const achieved: LabelMeaning = { kind: 'qualitative', level: 'achieved' };
const partial: LabelMeaning = { kind: 'qualitative', level: 'partial' };
const notAchieved: LabelMeaning = { kind: 'qualitative', level: 'notAchieved' };
for (const target of TARGET_WORDS) {
  add(achieved, [`达成${target}`, `已达成${target}`, `全部达成${target}`, `全面达成${target}`]);
  add(partial, [`部分达成${target}`, `部分达成${target}并具有一定效果`, `基本达成${target}`]);
  add(notAchieved, [`未达成${target}`, `未达成${target}且效果较差`, `没有达成${target}`]);
}
add(achieved, ['完成', '已完成', '全部完成', '全面完成', '达标', '已达标', '达到', '已达到', '已实现', '全部实现']);
// 基本达成 / 基本完成 / 基本达标 ("basically done") concede that the target was not fully met. Reading
// them as 达成 would put the indicator in the top band and raise the score on the user's own
// admission of a shortfall, which the guidance forbids (严禁刻意抬高分数); the 部分达成 band is the
// honest reading, and the label is kept so the user sees which word was read.
add(partial, ['部分完成', '基本完成', '基本达标', '部分达标', '基本达到', '部分达到', '基本实现', '部分实现']);
add(notAchieved, ['未完成', '没有完成', '未达标', '未达到', '没有达到', '未实现']);

// 是 / 否 and the marks used in check lists. 有 is yes; 无 alone is read as 不适用 (the contract lists
// it with "/" and "—"), so a target of 有 against an actual of 无 reaches the scorer as
// yes → not applicable and is for the scorer to flag, not for the parser to guess.
add({ kind: 'yesNo', value: true }, ['是', '有', '√', '✓', '✔', 'yes', 'true']);
add({ kind: 'yesNo', value: false }, ['否', '×', '✗', '✘', 'no', 'false']);

const notApplicable: LabelMeaning = { kind: 'notApplicable' };
add(notApplicable, ['/', '\\', '不适用', '无', '不涉及', 'n/a', 'na']);
// The literal "是/否" is the template's prompt, not an answer: left to be filled in, like "*".
const placeholder: LabelMeaning = { kind: 'placeholder' };
add(placeholder, ['是/否', '是或否', '待填', '待定']);

/** "-", "--", "—", "——", "–" …: a dash alone means the indicator does not apply */
const DASHES = /^[-\u2010-\u2015\u2E3A\u2E3B]+$/;
const STARS = /^\*+$/;
const ANY_SPACE = / /g;
const ASCII_UPPER = /[A-Z]/;

/** The meaning of a whole-cell label, or null when the text is not one. */
export function lookUpLabel(normalised: string): LabelMeaning | null {
  let key = normalised;
  if (key.includes(' ')) key = key.replace(ANY_SPACE, '');
  const direct = labels.get(key);
  if (direct) return direct;
  if (key.length === 0) return null;
  const first = key.charCodeAt(0);
  if (first === 0x2a) return STARS.test(key) ? placeholder : null;
  if (first === 0x2d || (first >= 0x2010 && first <= 0x2015) || first === 0x2e3a || first === 0x2e3b) {
    return DASHES.test(key) ? notApplicable : null;
  }
  key = withoutClosingPunctuation(key);
  if (first < 0x80 && ASCII_UPPER.test(key)) key = key.toLowerCase();
  return key === normalised ? null : (labels.get(key) ?? null);
}

/** Excel's error literals, also recognised when they arrive as text (CSV, copy and paste). */
const EXCEL_ERRORS = new Set([
  '#N/A',
  '#DIV/0!',
  '#VALUE!',
  '#REF!',
  '#NAME?',
  '#NUM!',
  '#NULL!',
  '#SPILL!',
  '#CALC!',
  '#GETTING_DATA',
  '#FIELD!',
  '#BLOCKED!',
  '#CONNECT!',
  '#BUSY!',
  '#UNKNOWN!',
  '#PYTHON!',
]);

export function isExcelErrorText(normalised: string): boolean {
  return normalised.charCodeAt(0) === 0x23 && EXCEL_ERRORS.has(normalised.toUpperCase());
}
