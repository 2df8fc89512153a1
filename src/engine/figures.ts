// The figures a text states: digit runs that are counts, ordinals or years, not the day and month of a date.
import { fold } from '../text/normalize.js';

const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)';
/** Day-and-month forms, keeping a year written with them: "3–4/12/2019" states 2019, not 3, 4 or 12. */
const DATES: RegExp[] = [
  // A range whose first day is written alone: "từ 26 đến 28/11/2019", "26-28/11", "26 to 28 November".
  /(?<![\d/.-])\d{1,2}\s*(?:[-–]|đến|den|tới|toi|to|until|and)\s*\d{1,2}\s*[/.-]\s*\d{1,2}(?:[/.-](\d{4}))?\b/giu,
  new RegExp(`(?<![\\d/.-])\\d{1,2}(?:st|nd|rd|th)?\\s*(?:[-–]|to|until|and)\\s*\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}\\b`, 'gi'),
  /(?<![\d/.-])\d{1,2}[/.-]\d{1,2}(?:[/.-](\d{4}))?\b/g,
  /(?<![\d/.-])\d{1,2}[/.-](\d{4})\b/g,
  /\b\d{1,2}(?:\s*[-–]\s*\d{1,2})?\s+th[aá]ng\s+\d{1,2}(?:\s+(?:n[aă]m\s+)?(\d{4}))?\b/giu,
  new RegExp(`\\b\\d{1,2}(?:st|nd|rd|th)?(?:\\s*[-–]\\s*\\d{1,2}(?:st|nd|rd|th)?)?\\s+(?:of\\s+)?${MONTH}\\b`, 'gi'),
  new RegExp(`\\b${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?(?:\\s*[-–]\\s*\\d{1,2})?\\b`, 'gi'),
  /\bth[aá]ng\s+\d{1,2}\b/giu,
];

/**
 * Ordinals written in words are figures too: "the first ASEAN-UN Summit" names edition 1 as "the 10th" names 10.
 * Folded. Vietnamese ordinals past the first are left out: "thứ hai", "thứ ba" are also Monday and Tuesday.
 */
const WORD_ORDINALS: [RegExp, number][] = [
  [/\b(?:lan dau tien|lan dau|dau tien|thu nhat|first)\b/, 1],
  ...['second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'].map((w, i): [RegExp, number] => [new RegExp(`\\b${w}\\b`), i + 2]),
];
/** A cheap first look: a text with none of these letters states no ordinal in words. */
const ORDINAL_HINT = /first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|đầu|dau|nhất|nhat/i;

/** Whether a text may state a figure (a digit or an ordinal in words): most texts state none and are not read. */
export function mayStateFigures(text: string): boolean {
  return /\d/.test(text) || ORDINAL_HINT.test(text);
}

/** Figures as normalised numbers ("053" → "53", "5,000" → "5000"); dates contribute their year only. */
export function figuresIn(text: string): string[] {
  let t = text;
  for (const re of DATES) t = t.replace(re, (_m, year?: unknown) => (typeof year === 'string' && /^\d{4}$/.test(year) ? ` ${year} ` : ' '));
  const out = (t.match(/\d+(?:[.,]\d{3})*/g) ?? []).map((n) => String(Number(n.replace(/[.,]/g, ''))));
  if (ORDINAL_HINT.test(text)) {
    const folded = fold(text);
    for (const [re, n] of WORD_ORDINALS) if (re.test(folded)) out.push(String(n));
  }
  return out;
}
