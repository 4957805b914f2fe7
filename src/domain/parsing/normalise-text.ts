/**
 * Text normalisation shared by every reader: full-width ASCII (as typed with a Chinese IME) becomes
 * half-width, any kind of space becomes one plain space, and the ends are trimmed. Only the mappings
 * that matter for reading values are applied, not full NFKC: NFKC would also turn ① or ² into digits
 * and so invent numbers that the user never wrote.
 */

export interface NormalisedText {
  text: string;
  /** true when a full-width or small-form character was mapped to its ASCII twin */
  fullWidth: boolean;
}

const SPACE = 0x20;

/**
 * s.trim(), skipping the call when neither end can be white space: cells nearly always start and end
 * with a letter, digit or ideograph, and names are trimmed for every warning that quotes them.
 */
export function trimmed(s: string): string {
  const last = s.length - 1;
  if (last < 0) return s;
  return mayBeTrimmed(s.charCodeAt(0)) || mayBeTrimmed(s.charCodeAt(last)) ? s.trim() : s;
}

/**
 * The white space and line terminators String.prototype.trim removes (ECMAScript WhiteSpace, i.e. the
 * Unicode Zs spaces, tab, VT, FF and BOM, and LineTerminator), with every control code for good measure.
 */
function mayBeTrimmed(code: number): boolean {
  if (code <= SPACE) return true;
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** NFKC-style full-width → half-width, trimmed, with runs of spaces collapsed to one. */
export function normaliseText(s: string): string {
  return normaliseTextDetailed(s).text;
}

export function normaliseTextDetailed(s: string): NormalisedText {
  if (!needsWork(s)) return { text: s, fullWidth: false };
  let out = '';
  let fullWidth = false;
  let pendingSpace = false;
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    const mapped = mapCode(code);
    if (mapped === REMOVED) continue;
    if (mapped === SPACE) {
      pendingSpace = out.length > 0;
      continue;
    }
    if (mapped !== code && isWidthVariant(code)) fullWidth = true;
    if (pendingSpace) {
      out += ' ';
      pendingSpace = false;
    }
    out += String.fromCharCode(mapped);
  }
  return { text: out, fullWidth };
}

const REMOVED = -1;

/** One pass over the char codes: most cells ("≥95%", "达成") need no copy at all. */
function needsWork(s: string): boolean {
  const last = s.length - 1;
  if (last < 0) return false;
  let previousWasSpace = false;
  for (let i = 0; i <= last; i++) {
    const code = s.charCodeAt(i);
    if (code === SPACE) {
      if (i === 0 || i === last || previousWasSpace) return true;
      previousWasSpace = true;
      continue;
    }
    previousWasSpace = false;
    if (code < 0x7f) {
      if (code < SPACE) return true;
      continue;
    }
    // CJK punctuation, kana and ideographs (U+3001–FE4F) never change: skip the table for them
    if (code > 0x3000 && code < 0xfe50) continue;
    if (mapCode(code) !== code) return true;
  }
  return false;
}

function isWidthVariant(code: number): boolean {
  return (code >= 0xff01 && code <= 0xff5e) || (code >= 0xfe50 && code <= 0xfe6b);
}

/** Small form variants (U+FE50–FE6B) that a user may paste; NFKC maps these too. */
const SMALL_FORMS: Readonly<Record<number, number>> = {
  0xfe50: 0x2c, // ﹐ ,
  0xfe52: 0x2e, // ﹒ .
  0xfe54: 0x3b, // ﹔ ;
  0xfe55: 0x3a, // ﹕ :
  0xfe56: 0x3f, // ﹖ ?
  0xfe57: 0x21, // ﹗ !
  0xfe59: 0x28, // ﹙ (
  0xfe5a: 0x29, // ﹚ )
  0xfe5f: 0x23, // ﹟ #
  0xfe60: 0x26, // ﹠ &
  0xfe61: 0x2a, // ﹡ *
  0xfe62: 0x2b, // ﹢ +
  0xfe63: 0x2d, // ﹣ -
  0xfe64: 0x3c, // ﹤ <
  0xfe65: 0x3e, // ﹥ >
  0xfe66: 0x3d, // ﹦ =
  0xfe68: 0x5c, // ﹨ \
  0xfe69: 0x24, // ﹩ $
  0xfe6a: 0x25, // ﹪ %
  0xfe6b: 0x40, // ﹫ @
};

function mapCode(code: number): number {
  if (code < 0x7f) return code < SPACE ? SPACE : code;
  if (code >= 0xff01 && code <= 0xff5e) return code - 0xfee0;
  switch (code) {
    case 0x3000: // ideographic space
    case 0x00a0: // no-break space
    case 0x1680:
    case 0x2028:
    case 0x2029:
    case 0x202f:
    case 0x205f:
    case 0x0085:
      return SPACE;
    case 0x200b: // zero-width space, joiners and the byte-order mark carry no meaning in a value
    case 0x200c:
    case 0x200d:
    case 0x2060:
    case 0xfeff:
      return REMOVED;
    case 0x2212: // minus sign
      return 0x2d;
    default:
      break;
  }
  if (code >= 0x2000 && code <= 0x200a) return SPACE;
  if (code >= 0xfe50 && code <= 0xfe6b) return SMALL_FORMS[code] ?? code;
  return code;
}

/** A closing 。 . , ; ! 、 as a sentence ends a cell: labels (达成。) and numbers (96%。) are read without it. */
const CLOSING_PUNCTUATION = new Set([...'。.,;!、'].map((c) => c.charCodeAt(0)));

/** `s` without the closing punctuation it ends in, and a space before it ("96% 。" → "96%"). */
export function withoutClosingPunctuation(s: string): string {
  let end = s.length;
  while (end > 0 && CLOSING_PUNCTUATION.has(s.charCodeAt(end - 1))) end--;
  if (end === s.length) return s;
  return s.charCodeAt(end - 1) === 0x20 ? s.slice(0, end - 1) : s.slice(0, end);
}
