// Finds a calendar date in a question ("23/11/2020", "ngày 7 tháng 9 năm 2020", "7 September 2020", "in March 2019").
import { DateTime } from 'luxon';
import type { PartialDate } from '../facts/schema.js';
import { fold } from '../text/normalize.js';
import { MONTHS_EN, MONTHS_EN_SHORT } from './lexicon.js';

export interface QueryDate {
  year?: number;
  month: number;
  day?: number;
  /** The numbers the date was written with, so they are not also treated as free-standing figures. */
  numbers: string[];
}

const monthIndex = (word: string): number => {
  const w = word.toLowerCase();
  const full = MONTHS_EN.indexOf(w);
  if (full >= 0) return full + 1;
  const short = MONTHS_EN_SHORT.indexOf(w.slice(0, 3));
  return short >= 0 && w.length <= 4 ? short + 1 : 0;
};

const valid = (year: number | undefined, month: number, day: number | undefined): boolean =>
  month >= 1 && month <= 12 && (day === undefined || DateTime.fromObject({ year: year ?? 2020, month, day }).isValid) &&
  (year === undefined || (year >= 1900 && year <= 2100));

const MONTHS = `(${MONTHS_EN.join('|')}|${MONTHS_EN_SHORT.join('|')})\\.?`;
const ORD = '(\\d{1,2})(?:st|nd|rd|th)?';

/** Patterns in priority order; each returns [year, month, day] from its groups. */
const PATTERNS: [RegExp, (m: RegExpMatchArray) => [number | undefined, number, number | undefined]][] = [
  // 7/9/2020, 07-09-2020, 7.9.2020 (day first, as written in Vietnam and most of the world)
  [/\b(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\b/, (m) => [Number(m[3]), Number(m[2]), Number(m[1])]],
  // 2020-09-07
  [/\b(\d{4})-(\d{1,2})-(\d{1,2})\b/, (m) => [Number(m[1]), Number(m[2]), Number(m[3])]],
  // ngay 7 thang 9 nam 2020, 7 thang 9 2020
  [/\b(\d{1,2}) thang (\d{1,2})(?: nam)? (\d{4})\b/, (m) => [Number(m[3]), Number(m[2]), Number(m[1])]],
  // 7 September 2020, 7th of September, 2020
  [new RegExp(`\\b${ORD} (?:of )?${MONTHS},? (\\d{4})\\b`), (m) => [Number(m[3]), monthIndex(m[2]!), Number(m[1])]],
  // September 7, 2020
  [new RegExp(`\\b${MONTHS} ${ORD},? (\\d{4})\\b`), (m) => [Number(m[3]), monthIndex(m[1]!), Number(m[2])]],
  // thang 3/2019, thang 3 nam 2019, 3/2019
  [/\bthang (\d{1,2})(?:\/| nam | )(\d{4})\b/, (m) => [Number(m[2]), Number(m[1]), undefined]],
  [/(?:^|\s)(\d{1,2})\/(\d{4})\b/, (m) => [Number(m[2]), Number(m[1]), undefined]],
  // March 2019, in March of 2019
  [new RegExp(`\\b${MONTHS} (?:of )?(\\d{4})\\b`), (m) => [Number(m[2]), monthIndex(m[1]!), undefined]],
  // ngay 7/9, 23/11 (no year)
  [/(?:^|\s)(\d{1,2})\/(\d{1,2})(?:\s|$)/, (m) => [undefined, Number(m[2]), Number(m[1])]],
  [/\b(\d{1,2}) thang (\d{1,2})\b/, (m) => [undefined, Number(m[2]), Number(m[1])]],
  [new RegExp(`\\b${ORD} (?:of )?${MONTHS}(?:\\s|$)`), (m) => [undefined, monthIndex(m[2]!), Number(m[1])]],
  [new RegExp(`\\b${MONTHS} ${ORD}(?:\\s|$)`), (m) => [undefined, monthIndex(m[1]!), Number(m[2])]],
];

export function parseQueryDate(text: string): QueryDate | undefined {
  // Folded text keeps "/" ".", "-" and "," so the numeric forms survive.
  const t = ` ${fold(text).replace(/[^a-z0-9/.,\- ]+/g, ' ').replace(/\s+/g, ' ')} `;
  for (const [re, pick] of PATTERNS) {
    const m = t.match(re);
    if (!m) continue;
    const [year, month, day] = pick(m);
    if (!month || !valid(year, month, day)) continue;
    const numbers = [year, month, day].filter((n): n is number => n !== undefined).map(String);
    return { year, month, day, numbers };
  }
  return monthAlone(t);
}

/** A month named as such: "tháng 10" (a figure after "tháng"; "2 tháng" is a duration), "in June", "early March". */
const MONTH_ALONE: [RegExp, (m: RegExpMatchArray) => number][] = [
  [/\bthang (\d{1,2})\b/, (m) => Number(m[1])],
  [new RegExp(`\\b(?:in|during|since|from|until|by|early|late|mid|mid-) ?${MONTHS}(?:\\s|,|$)`), (m) => monthIndex(m[1]!)],
];

/**
 * A month written without a day, and with its year elsewhere in the question or not at all ("SOM giữa năm 2019 (tháng
 * 6)", "ai chủ trì SOM tháng 10"): the month still says which meeting is meant. The year is the question's only one.
 */
function monthAlone(t: string): QueryDate | undefined {
  for (const [re, pick] of MONTH_ALONE) {
    const m = t.match(re);
    if (!m) continue;
    const month = pick(m);
    if (!valid(undefined, month, undefined)) continue;
    const years = [...new Set([...t.matchAll(/(?<![\d/.,-])(\d{4})(?![\d/.,-]\d)/g)].map((y) => Number(y[1])).filter((y) => valid(y, month, undefined)))];
    const year = years.length === 1 ? years[0] : undefined;
    return { year, month, numbers: [String(month), ...(year === undefined ? [] : [String(year)])] };
  }
  return undefined;
}

export type DateFit = 'match' | 'coarser' | 'mismatch' | 'none';

/** A fact's event date as numbers, read once at index time (0 = not given): date questions compare thousands. */
export interface DateParts {
  year: number;
  month: number;
  day: number;
  /** The range's last month and day (the start's when there is no end). */
  endMonth: number;
  endDay: number;
  hasEnd: boolean;
}

export function dateParts(d: PartialDate): DateParts {
  const end = d.end ?? d.value;
  return {
    year: isoField(d.value, 0),
    month: isoField(d.value, 1),
    day: isoField(d.value, 2),
    endMonth: isoField(end, 1),
    endDay: isoField(end, 2),
    hasEnd: !!d.end,
  };
}

/**
 * Field k (0 year, 1 month, 2 day) of an ISO date such as "2020-11", 0 when absent or not a number. Read without
 * splitting: a large table's dates are read a hundred thousand at a time.
 */
export function isoField(iso: string, k: number): number {
  let at = 0;
  for (let skip = k; skip > 0; skip--) {
    at = iso.indexOf('-', at) + 1;
    if (at === 0) return 0;
  }
  let value = 0;
  let digits = 0;
  for (; at < iso.length; at++, digits++) {
    const c = iso.charCodeAt(at);
    if (c === 45) break;
    if (c < 48 || c > 57) return 0;
    value = value * 10 + (c - 48);
  }
  return digits ? value : 0;
}

/**
 * How a fact's event date fits the asked date: it falls on it (ranges included), it agrees only at a coarser
 * precision (the fact says "October 2020", the question "7 October 2020"), it contradicts it, or it has none.
 */
export function dateFit(q: QueryDate, d: PartialDate | DateParts | undefined): DateFit {
  if (!d) return 'none';
  const p = 'value' in d ? dateParts(d) : d;
  if (q.year !== undefined && q.year !== p.year) return 'mismatch';
  if (!p.month) return 'coarser';
  if (q.month !== p.month && !(p.hasEnd && inRange(q, p))) return 'mismatch';
  if (q.day === undefined) return 'match';
  if (!p.day) return 'coarser';
  return inRange(q, p) ? 'match' : 'mismatch';
}

function inRange(q: QueryDate, p: DateParts): boolean {
  const ask = q.month * 100 + (q.day ?? (p.day || 1));
  const endMonth = p.endMonth || p.month;
  return ask >= p.month * 100 + (p.day || 1) && ask <= endMonth * 100 + (p.endDay || p.day || 31);
}

/**
 * Every date a (Vietnamese) answer states: "7/10/2020", "từ ngày 6/3 đến ngày 8/3/2019" (a day without its year takes
 * the year of the next date written in full), "tháng 8/2019". A fact is of its event's date, and also of the dates
 * its answer gives: a question naming the March 2019 SOM does not contradict a fact from it about an August deadline.
 */
export function datesIn(text: string): DateParts[] {
  const t = fold(text);
  const out: DateParts[] = [];
  const part = (year: number, month: number, day: number): DateParts => ({ year, month, day, endMonth: month, endDay: day, hasEnd: false });
  for (const m of t.matchAll(/(?<![\d/])(\d{1,2})\/(\d{1,2})(?:\/(\d{4}))?(?![\d/])/g)) {
    const [day, month] = [Number(m[1]), Number(m[2])];
    const year = m[3] ? Number(m[3]) : Number(/(?<![\d/])\d{1,2}\/\d{1,2}\/(\d{4})/.exec(t.slice(m.index! + m[0].length))?.[1] ?? 0);
    if (year && valid(year, month, day)) out.push(part(year, month, day));
  }
  for (const m of t.matchAll(/(?<![\d/])(\d{1,2})\/(\d{4})(?![\d/])/g)) {
    const [month, year] = [Number(m[1]), Number(m[2])];
    if (valid(year, month, undefined)) out.push(part(year, month, 0));
  }
  return out;
}

/** How a fact fits the asked date by the best of its dates (its event's first). */
export function bestDateFit(q: QueryDate, dates: readonly DateParts[]): DateFit {
  let best: DateFit = dates.length ? 'mismatch' : 'none';
  for (const d of dates) {
    const fit = dateFit(q, d);
    if (fit === 'match') return fit;
    if (fit === 'coarser') best = fit;
  }
  return best;
}
