// Builds one channel's digest for one local day: a pure function of the table, the date and the channel's history.
import { DateTime } from 'luxon';
import { citeSource } from '../../facts/cite-source.js';
import type { FactRecord, FactTable } from '../../facts/fact-table.js';
import { UserError } from '../../model/errors.js';
import { formatWeekdayDate } from '../../model/format-date.js';
import type { Language } from '../../model/language.js';
import { later } from '../../model/messages.js';
import { comingUpNote, renderDigestText, sectionTitle, yearsAgoNote } from './digest-texts.js';
import { nextBriefingPoint, rotationOrder } from './rotation.js';
import type { Digest, DigestItem, DigestSection } from './types.js';

/** What the channel's earlier digests leave behind for today's. */
export interface DigestState {
  /** When the channel's previous digest was built (ISO), or null before its first one. */
  previousAt: string | null;
  /** Briefing points of the channel's earlier digests, oldest first (delivered or possibly delivered; not failed). */
  briefingPoints: readonly string[];
}

export const FIRST_DIGEST: DigestState = Object.freeze({ previousAt: null, briefingPoints: Object.freeze([]) });

export interface DigestLimits {
  /** Most events under "on this day" (one fact per event). */
  onThisDay: number;
  /** Most events under "coming up" (one fact per event). */
  comingUp: number;
  /** How many days ahead "coming up" looks (1..days). */
  comingUpDays: number;
  /** Most facts under "new in the fact table"; a table import can add hundreds at once, the title gives the total. */
  newFacts: number;
}

export const DEFAULT_DIGEST_LIMITS: Readonly<DigestLimits> = Object.freeze({ onThisDay: 5, comingUp: 5, comingUpDays: 7, newFacts: 5 });

export interface DigestInput {
  table: FactTable;
  /** The channel's local date, YYYY-MM-DD. */
  date: string;
  /** IANA zone of the channel (carried into the digest; the date is already local). */
  timezone: string;
  language: Language;
  state: DigestState;
  /** Fact id → when it was first seen (ISO). Facts missing here are not "new". */
  firstSeen: ReadonlyMap<string, string>;
  /** Section sizes, merged over DEFAULT_DIGEST_LIMITS. */
  limits?: Partial<DigestLimits>;
}

export function buildDigest(input: DigestInput): Digest {
  const limits = { ...DEFAULT_DIGEST_LIMITS, ...input.limits };
  const { table, language } = input;
  const today = DateTime.fromISO(input.date, { zone: 'UTC' });
  if (!today.isValid || !/^\d{4}-\d{2}-\d{2}$/.test(input.date)) throw new Error(`not a local date YYYY-MM-DD: ${input.date}`);

  const facts = table.facts.filter((f) => f.kind === 'fact');
  const pool = briefingPool(table);
  if (!pool.length) {
    throw new UserError('Internal', later('error.noFacts'));
  }
  const order = originOrder(table);
  const item = (f: FactRecord, note: string | null): DigestItem => ({
    factId: f.id,
    text: f.answer[language],
    date: f.date?.value ?? null,
    note,
    sources: f.sources.map(citeSource),
  });
  const sections: DigestSection[] = [];
  const section = (kind: DigestSection['kind'], items: DigestItem[], total: number) => {
    if (items.length) sections.push({ kind, title: sectionTitle(kind, language, items.length, total), items });
  };

  // On this day: day-precision events (any day of a range) whose anniversary is today.
  const anniversaries = new Map(facts.map((f) => [f, anniversaryYears(f)] as const));
  const onToday = facts
    .map((f) => ({ f, years: yearsSince(anniversaries.get(f)!, today) }))
    .filter((c): c is { f: FactRecord; years: number } => c.years !== undefined && c.years >= 1)
    .sort((a, b) => a.years - b.years || order(a.f, b.f));
  const todayEvents = onePerEvent(onToday);
  section('on-this-day', todayEvents.slice(0, limits.onThisDay).map((c) => item(c.f, yearsAgoNote(c.years, language))), todayEvents.length);

  // Coming up: the first anniversary in the next days, for events not already marked today.
  const shownToday = new Set(onToday.map((c) => c.f.id));
  const upcoming: { f: FactRecord; years: number; days: number; on: string }[] = [];
  for (const f of facts) {
    if (shownToday.has(f.id)) continue;
    for (let days = 1; days <= limits.comingUpDays; days++) {
      const day = today.plus({ days });
      const years = yearsSince(anniversaries.get(f)!, day);
      if (years !== undefined && years >= 1) {
        upcoming.push({ f, years, days, on: day.toISODate()! });
        break;
      }
    }
  }
  upcoming.sort((a, b) => a.days - b.days || a.years - b.years || order(a.f, b.f));
  const upcomingEvents = onePerEvent(upcoming);
  section(
    'coming-up',
    upcomingEvents.slice(0, limits.comingUp).map((c) => item(c.f, comingUpNote(c.days, c.on, c.years, language))),
    upcomingEvents.length,
  );

  // New: nothing on a channel's first digest (everything would be "new"); afterwards, facts first seen since the last one.
  if (input.state.previousAt !== null) {
    const since = Date.parse(input.state.previousAt);
    const seen = (f: FactRecord) => Date.parse(input.firstSeen.get(f.id) ?? '');
    const fresh = facts.filter((f) => seen(f) > since).sort((a, b) => seen(b) - seen(a) || order(a, b));
    section('new-facts', fresh.slice(0, limits.newFacts).map((f) => item(f, null)), fresh.length);
  }

  const pointId = nextBriefingPoint(input.state.briefingPoints, pool.map((f) => f.id))!;
  section('briefing-point', [item(table.byId.get(pointId)!, null)], 1);

  const header = formatWeekdayDate(input.date, language);
  return { date: input.date, timezone: input.timezone, language, header, sections, text: renderDigestText(header, sections, language) };
}

/** Facts the briefing point rotates through: curated facts; glossary definitions only if there is nothing else. */
export function briefingPool(table: FactTable): FactRecord[] {
  const facts = table.facts.filter((f) => f.kind === 'fact');
  return facts.length ? facts : [...table.facts];
}

/**
 * The state of a digest printed for no channel (the CLI): the rotation as if one digest had gone out every day since
 * 1970-01-01, so each date gets its own briefing point; no "new" section, having no previous digest.
 */
export function standaloneState(table: FactTable, date: string): DigestState {
  const order = rotationOrder(briefingPool(table).map((f) => f.id));
  const day = Math.floor(Date.parse(`${date}T00:00:00Z`) / 86_400_000);
  return { previousAt: null, briefingPoints: order.length ? order.slice(0, ((day % order.length) + order.length) % order.length) : [] };
}

/** The fact id of the digest's briefing point (recorded with the send, for the rotation). */
export function briefingPointOf(digest: Digest): string | null {
  return digest.sections.find((s) => s.kind === 'briefing-point')?.items[0]?.factId ?? null;
}

/** Every fact id the digest shows, in order. */
export function digestFactIds(digest: Digest): string[] {
  return digest.sections.flatMap((s) => s.items.map((i) => i.factId));
}

// Longer spans ("the 2020 chairmanship") are not anniversaries of a day.
const MAX_EVENT_DAYS = 31;

/** "MM-DD" → the year that day of the event fell in, for day-precision dates. */
function anniversaryYears(f: FactRecord): Map<string, number> {
  const out = new Map<string, number>();
  if (!f.date || f.date.precision !== 'day') return out;
  const start = DateTime.fromISO(f.date.value, { zone: 'UTC' });
  const end = f.date.end ? DateTime.fromISO(f.date.end, { zone: 'UTC' }) : start;
  if (!start.isValid || !end.isValid || end.diff(start, 'days').days > MAX_EVENT_DAYS) return out;
  for (let d = start; d <= end; d = d.plus({ days: 1 })) out.set(d.toFormat('MM-dd'), d.year);
  return out;
}

/** Years since the event's anniversary falling on `day`; a 29 February event is marked on 28 February in common years. */
function yearsSince(years: Map<string, number>, day: DateTime): number | undefined {
  const year = years.get(day.toFormat('MM-dd')) ?? (day.month === 2 && day.day === 28 && !day.isInLeapYear ? years.get('02-29') : undefined);
  return year === undefined ? undefined : day.year - year;
}

/**
 * Keeps the first fact of each event: one article yields a dozen facts with the same date, and a morning briefing
 * should list events, not repeat one. An event is its date range plus its first tag (tags name an event or theme).
 */
function onePerEvent<T extends { f: FactRecord }>(candidates: T[]): T[] {
  const seen = new Set<string>();
  return candidates.filter(({ f }) => {
    const key = `${f.date?.value}/${f.date?.end ?? ''}/${f.tags[0] ?? f.sources[0]?.id ?? f.id}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Facts in the order curators wrote them (file, then line): an article's first fact is usually its headline. */
function originOrder(table: FactTable): (a: FactRecord, b: FactRecord) => number {
  return (a, b) => {
    const oa = table.origins.get(a.id);
    const ob = table.origins.get(b.id);
    if (oa && ob && (oa.file !== ob.file || oa.line !== ob.line)) return oa.file < ob.file ? -1 : oa.file > ob.file ? 1 : oa.line - ob.line;
    if (oa && !ob) return -1;
    if (ob && !oa) return 1;
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  };
}
