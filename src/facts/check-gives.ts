// Whether a fact's `gives` agrees with what its answer states: a kind of value it claims must be there to be read.
//
// - when: the answer (either language) states a date: a year, a month, or a day and month. A `date` field alone is
//   not enough, since `gives` is about what the answer tells the asker (and a fact about a long-running practice,
//   such as a resolution adopted every two years since 2002, may state its dates without one event date).
// - howMany: answer.en holds a count: a figure or a number word, once years, dates and ordinals are set aside.
// - who: the fact names a person, an organisation or a country among its entities.
// - where: the fact names a place or a country among its entities.
// - why and whatIs cannot be read off the text and are taken on trust.
import { dayMonthsIn, MONTHS_EN } from './stated-values.js';
import type { Fact } from './schema.js';

const MONTH = MONTHS_EN.join('|');
const MONTH_NAME = new RegExp(`\\b(${MONTH})\\b`, 'i');
const DAYS_OF_MONTH = new RegExp(`\\b\\d{1,2}(?:\\s*[–-]\\s*\\d{1,2})?\\s+(${MONTH})\\b`, 'gi');
const YEAR = /\b(19|20)\d{2}\b/;
const NUMBER_WORDS =
  /\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|hundreds|thousand|thousands|million|millions|billion|dozen|dozens|single|both)\b/i;

/** Whether a text states a date: a year, a month ("tháng 9", "September") or a day and month. */
export function statesDate(text: string): boolean {
  return YEAR.test(text) || MONTH_NAME.test(text) || /\btháng\s+\d{1,2}\b/i.test(text.normalize('NFC')) || dayMonthsIn(text).length > 0;
}

/** Whether an English text states a count: a figure or number word that is not a year, a date, an ordinal or a name's number. */
export function statesCount(text: string): boolean {
  const rest = text
    // Dates and ranges of days: "9–12 September 2020", "3 December", "2020-2021".
    .replace(DAYS_OF_MONTH, ' ')
    .replace(/\b(19|20)\d{2}(?:\s*[–-]\s*(19|20)?\d{2})?\b/g, ' ')
    // Ordinals ("53rd", "7th") and numbers that are part of an acronym's name ("AMM 53", "COVID-19", "ASEAN+3").
    .replace(/\b\d+(st|nd|rd|th)\b/gi, ' ')
    .replace(/\b[A-Z]{2,}[A-Z0-9]*(?:[ -]|\s*\+\s*)\d+\b/g, ' ');
  return /\d/.test(rest) || NUMBER_WORDS.test(rest);
}

/** The inconsistencies between a fact's `gives` and its content, as messages (empty when none). */
export function givesProblems(fact: Pick<Fact, 'answer' | 'entities' | 'date' | 'event' | 'roles' | 'titles' | 'counts'> & { gives?: readonly string[] }): string[] {
  const out: string[] = [];
  const gives = new Set(fact.gives ?? []);
  const kinds = new Set(fact.entities.map((e) => e.kind));
  if (gives.has('when') && !statesDate(fact.answer.vi) && !statesDate(fact.answer.en)) {
    out.push(`gives when, but its answer states no date${fact.date ? '' : ' (and it has no date field)'}`);
  }
  if (gives.has('howMany') && !statesCount(fact.answer.en)) out.push('gives howMany, but answer.en states no count (no figure or number word)');
  if (gives.has('who') && !['person', 'role', 'organisation', 'country'].some((k) => kinds.has(k as never))) {
    out.push('gives who, but no entity is a person, a role, an organisation or a country');
  }
  if (gives.has('where') && !['place', 'country'].some((k) => kinds.has(k as never))) out.push('gives where, but no entity is a place or a country');
  // A date or place is some event's: without its names the engine cannot tell a question about it from one about
  // something the answer only cites.
  if ((gives.has('when') || gives.has('where')) && !fact.event?.length) out.push('gives when or where, but names no event (what its date and place belong to)');
  if (gives.has('who') && !fact.roles?.length && !fact.titles?.length) out.push('gives who, but names no roles or titles (what its people did or were)');
  if (gives.has('howMany') && !fact.counts?.length) out.push('gives howMany, but names no counts (what its count counts)');
  return out;
}
