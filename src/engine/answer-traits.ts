// What kind of answer a fact gives, as bits that question types look for ("how many" wants a figure, "when" a date).

/** Per-fact traits, as bits, that question types look for. */
export const TRAIT = { person: 1, place: 2, number: 4, date: 8, term: 16, statesDate: 32 } as const;

const YEAR = /\b(19|20)\d{2}\b/;
const DAY_MONTH = /\b\d{1,2}\/\d{1,2}\b|\b\d{1,2}\s+(January|February|March|April|May|June|July|August|September|October|November|December)\b/i;

/** A figure that is not part of a date or a year: what "how many" asks for. */
function hasCount(text: string): boolean {
  if (!/\d/.test(text)) return false;
  const stripped = text
    .replace(/\b\d{1,2}\s*[-–]\s*\d{1,2}\/\d{1,2}(\/\d{4})?\b/g, ' ')
    .replace(/\b\d{1,2}\/\d{1,2}(\/\d{4})?\b/g, ' ')
    .replace(/\b\d{1,2}\/\d{4}\b/g, ' ')
    .replace(/\b(19|20)\d{2}\b/g, ' ')
    .replace(/\b\d{1,2}(\s*[-–]\s*\d{1,2})?\s+(January|February|March|April|May|June|July|August|September|October|November|December)\b/gi, ' ');
  return /\d/.test(stripped);
}

/** The traits an English answer text shows by itself (figures, dates). */
export function answerTraits(text: string): number {
  let t = 0;
  if (hasCount(text)) t |= TRAIT.number;
  if (YEAR.test(text) || DAY_MONTH.test(text)) t |= TRAIT.date;
  if (DAY_MONTH.test(text)) t |= TRAIT.statesDate;
  return t;
}
