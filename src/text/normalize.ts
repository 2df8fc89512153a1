// Text normalisation for matching: Unicode forms, Vietnamese diacritic folding (đ→d), case, punctuation, tokens.

const COMBINING = /[\u0300-\u036f]/g;
// Zero-width and bidi controls that phones and copy-paste slip into text.
const INVISIBLE = /[\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff\u00ad]/g;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;

/** NFC, invisible and control characters removed, whitespace collapsed; keeps diacritics and case. */
export function clean(text: string): string {
  return String(text).normalize('NFC').replace(INVISIBLE, '').replace(CONTROL, ' ').replace(/\s+/g, ' ').trim();
}

/** Lowercase with Vietnamese diacritics removed (đ→d). */
export function fold(text: string): string {
  return String(text).normalize('NFD').replace(COMBINING, '').replace(/[đĐ]/g, 'd').toLowerCase().normalize('NFC');
}

/** Lowercase, diacritics kept (NFC): the "exact" form used to favour what the user actually typed. */
export function lower(text: string): string {
  return String(text).normalize('NFC').toLowerCase();
}

/** True when the text carries Vietnamese diacritics (or đ): the user typed accents on purpose. */
export function hasDiacritics(text: string): boolean {
  return /[đĐ]/.test(text) || String(text).normalize('NFD') !== String(text).normalize('NFD').replace(COMBINING, '');
}

export interface Token {
  /** Folded form: lowercase ASCII letters and digits. */
  folded: string;
  /** Lowercase with diacritics, when the source had any; otherwise equal to folded. */
  exact: string;
}

const SPLIT = /[^\p{L}\p{N}]+/u;

/**
 * Splits text into word tokens. Slash dates ("7/10/2020") and hyphenated ranges ("2020-2021") become separate
 * numbers, so that every figure can be matched on its own.
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const raw of clean(text).split(SPLIT)) {
    if (!raw) continue;
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
