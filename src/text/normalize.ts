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

/** The words of a text as `splitWords(clean(text))` gives them, without clean's whitespace work. */
export function words(text: string): string[] {
  const s = String(text);
  return splitWords(ASCII.test(s) ? s : s.normalize('NFC').replace(INVISIBLE, ''));
}

// Zero-width characters, bidi controls (embeddings, overrides, isolates, the Arabic letter mark) and soft hyphens
// that phones and copy-paste slip into text, invisible to the reader.
const INVISIBLE = /[\u200b-\u200f\u202a-\u202e\u2060-\u2069\u061c\ufeff\u00ad]/g;

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

const WORD = /[\p{L}\p{N}]+/gu;

/** The runs of letters and digits in a text. */
export function splitWords(text: string): string[] {
  return text.match(WORD) ?? [];
}

/** The same words as splitWords, each with its position in the text (to see what joins them). */
export function wordMatches(text: string): RegExpMatchArray[] {
  return [...text.matchAll(WORD)];
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
