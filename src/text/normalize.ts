// Text normalisation for matching: Unicode forms, Vietnamese diacritic folding (đ→d), case, punctuation, tokens.

const COMBINING = /[\u0300-\u036f]/g;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;

// Plain ASCII needs no Unicode normalisation: the fast paths below give the same results without it.
const ASCII = /^[\x00-\x7f]*$/;

/** NFC, invisible and control characters removed, whitespace collapsed; keeps diacritics and case. */
export function clean(text: string): string {
  const s = String(text);
  if (ASCII.test(s)) return s.replace(CONTROL, ' ').replace(/\s+/g, ' ').trim();
  return s.normalize('NFC').replace(INVISIBLE, '').replace(CONTROL, ' ').replace(/\s+/g, ' ').trim();
}

/**
 * The words of a text as `splitWords(clean(text))` gives them, without clean's whitespace work (separators are
 * separators either way): tokenizing runs over every text of the table, and that work was a third of it.
 */
export function words(text: string): string[] {
  return splitWords(wordReady(text));
}

/** The text with what clean() does that changes its words: NFC, and invisible characters removed. */
export function wordReady(text: string): string {
  const s = String(text);
  if (ASCII.test(s)) return s;
  // Text without combining marks is already composed (canonical singletons such as U+212B aside, which news text
  // does not use): skipping normalize() there saves a copy of every Vietnamese text of the table.
  const nfc = COMBINING_ANY.test(s) ? s.normalize('NFC') : s;
  return INVISIBLE_ANY.test(nfc) ? nfc.replace(INVISIBLE, '') : nfc;
}

// What wordReady changes, as code-unit ranges: combining marks (NFC may compose them) and invisible characters.
// The regular expressions and the per-code-unit table below are both made from these, so they cannot disagree.
const COMBINING_RANGES: readonly [number, number][] = [[0x300, 0x36f], [0x1dc0, 0x1dff], [0x20d0, 0x20ff], [0xfe20, 0xfe2f]];
const INVISIBLE_RANGES: readonly [number, number][] = [[0x200b, 0x200f], [0x202a, 0x202e], [0x2060, 0x2064], [0xfeff, 0xfeff], [0xad, 0xad]];
const hex = (c: number) => `\\u${c.toString(16).padStart(4, '0')}`;
const anyOf = (ranges: readonly [number, number][]) => new RegExp(`[${ranges.map(([a, b]) => (a === b ? hex(a) : `${hex(a)}-${hex(b)}`)).join('')}]`);
const COMBINING_ANY = anyOf(COMBINING_RANGES);
const INVISIBLE_ANY = anyOf(INVISIBLE_RANGES);
// Zero-width and bidi controls (and soft hyphens) that phones and copy-paste slip into text.
const INVISIBLE = new RegExp(INVISIBLE_ANY.source, 'g');
const wordReadyChanges = new Uint8Array(65536);
for (const [a, b] of [...COMBINING_RANGES, ...INVISIBLE_RANGES]) wordReadyChanges.fill(1, a, b + 1);

/** Whether wordReady would change or remove this code unit: scanners of raw characters normalise such text first. */
export function needsWordReady(code: number): boolean {
  return wordReadyChanges[code] === 1;
}

/** Lowercase with Vietnamese diacritics removed (đ→d). */
export function fold(text: string): string {
  const s = String(text);
  if (ASCII.test(s)) return s.toLowerCase();
  // Single words recur (indexing, language evidence): Unicode normalisation is the cost worth remembering.
  if (s.length > FOLD_MEMO_MAX_LENGTH) return foldText(s);
  let folded = foldMemo.get(s);
  if (folded === undefined) {
    if (foldMemo.size >= MEMO_MAX_ENTRIES) foldMemo.clear();
    foldMemo.set(s, (folded = foldText(s)));
  }
  return folded;
}

const FOLD_MEMO_MAX_LENGTH = 24;
const foldMemo = new Map<string, string>();
const foldText = (s: string): string => s.normalize('NFD').replace(COMBINING, '').replace(/[đĐ]/g, 'd').toLowerCase().normalize('NFC');

/** Lowercase, diacritics kept (NFC): the "exact" form used to favour what the user actually typed. */
export function lower(text: string): string {
  const s = String(text);
  return ASCII.test(s) ? s.toLowerCase() : s.normalize('NFC').toLowerCase();
}

/** True when the text carries Vietnamese diacritics (or đ): the user typed accents on purpose. */
export function hasDiacritics(text: string): boolean {
  const s = String(text);
  if (ASCII.test(s)) return false;
  return /[đĐ]/.test(s) || s.normalize('NFD') !== s.normalize('NFD').replace(COMBINING, '');
}

export interface Token {
  /** Folded form: lowercase ASCII letters and digits. */
  folded: string;
  /** Lowercase with diacritics, when the source had any; otherwise equal to folded. */
  exact: string;
}

const WORD_CHAR = /^[\p{L}\p{N}]$/u;
/** Per UTF-16 code unit: 0 not yet classified, 1 letter or digit, 2 anything else. */
const charClass = new Uint8Array(65536);

/** Whether a UTF-16 code unit outside ASCII and the surrogates is a letter or digit. */
export function isWordUnit(code: number): boolean {
  let k = charClass[code]!;
  if (k === 0) k = charClass[code] = WORD_CHAR.test(String.fromCharCode(code)) ? 1 : 2;
  return k === 1;
}

/** Whether the astral character starting at i (a high surrogate) is a letter or digit. */
export const isAstralWordAt = (text: string, i: number): boolean => isAstralWordCode(text.codePointAt(i)!);

/** Whether a code point outside the basic plane (or a lone surrogate) is a letter or digit. */
export const isAstralWordCode = (codePoint: number): boolean => WORD_CHAR.test(String.fromCodePoint(codePoint));

/**
 * The runs of letters and digits in a text, like `text.split(/[^\p{L}\p{N}]+/u)` without the empty pieces. A scan
 * over char codes with a per-code-unit class table: several times faster than the Unicode regex, and indexing splits
 * every text of the table.
 */
export function splitWords(text: string): string[] {
  const out: string[] = [];
  let start = -1;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    let word: boolean;
    if (c < 128) word = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
      // An astral character (two code units) is classified whole.
      word = isAstralWordAt(text, i);
      if (word) {
        if (start < 0) start = i;
        i++;
        continue;
      }
    } else word = isWordUnit(c);
    if (word) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      out.push(text.slice(start, i));
      start = -1;
    }
  }
  if (start >= 0) out.push(text.slice(start));
  return out;
}
const MEMO_MAX_LENGTH = 48;
const MEMO_MAX_ENTRIES = 200_000;
const tokenMemo = new Map<string, readonly Token[]>();

/**
 * Splits text into word tokens. Slash dates ("7/10/2020") and hyphenated ranges ("2020-2021") become separate
 * numbers, so that every figure can be matched on its own.
 */
export function tokenize(text: string): readonly Token[] {
  // Indexing tokenizes the same words over and over (one word at a time, from rawTokens): remember short inputs.
  // The remembered lists are frozen and shared, hence the readonly result.
  const key = String(text);
  if (key.length > MEMO_MAX_LENGTH) return tokenizeText(key);
  let tokens = tokenMemo.get(key);
  if (!tokens) {
    if (tokenMemo.size >= MEMO_MAX_ENTRIES) tokenMemo.clear();
    tokens = Object.freeze(tokenizeText(key).map((t) => Object.freeze(t)));
    tokenMemo.set(key, tokens);
  }
  return tokens;
}

function tokenizeText(text: string): Token[] {
  const tokens: Token[] = [];
  for (const raw of words(text)) {
    const exact = lower(raw);
    const folded = fold(raw).replace(/[^a-z0-9]/g, '');
    if (!folded) continue;
    tokens.push({ folded, exact: hasDiacritics(raw) ? exact : folded });
  }
  return tokens;
}

/** Folded tokens only, joined by single spaces: the canonical form used for phrase matching. */
export function foldedText(text: string): string {
  return tokenize(text)
    .map((t) => t.folded)
    .join(' ');
}
