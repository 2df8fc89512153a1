// What a value belongs to (the event for when and where, the part played for who, a definition's term) and whether a
// question names it: the rule decide reads, the curation check on curated questions, and the names a wording adds.
import type { FactProblem } from '../facts/load-facts.js';
import type { Query } from './build-query.js';
import { conceptTerm } from './ConceptMatcher.js';
import { countNamed, eventNamed, ordinalNamed, partNamed, questionsOf, roleNamed, type FactIndex } from './FactIndex.js';
import type { NamesToAdd } from './types.js';
import type { Entity, ValueKind } from '../facts/schema.js';
import { isStopword, VENUE_WORDS } from './lexicon.js';
import { findCues } from './analyze-question.js';
import { fold, foldedText } from '../text/normalize.js';
import { askedKinds } from './values.js';

/**
 * What a question asks of a fact without naming what it belongs to: when or where without its event (any of its
 * event names, or its date), who without one of its people's titles or the part they played in its event (one of its
 * role names and its event named), how many without naming what its count counts, what something is without naming
 * the term a definition is of. A fact gives the date and place of its own event, its people in their own parts and a
 * count of its own things: the one rule the engine decides by (features.ts), the curation check and the names a
 * curator's wording adds all read.
 */
export function unnamedOwners(index: FactIndex, fact: number, query: Query): { event: boolean; role: boolean; count: boolean; term: boolean } {
  const a = query.analysis;
  const asksEvent = !a.dateOnly && (a.types.has('when') || a.types.has('where'));
  const f = index.facts[fact]!;
  return {
    event: asksEvent && !eventNamed(index, fact, query.ids, a.date),
    role: !a.dateOnly && a.types.has('who') && !roleNamed(index, fact, query.ids, a.date),
    // Which edition is not a count: the fact must name the thing asked with its ordinal (Shortfall.notGiven).
    count: !a.dateOnly && a.types.has('howMany') && !a.asksOrdinal && !countNamed(index, fact, query.ids, query.counted),
    // A definition is of its own term: "what kind of organisation is ASEAN?" is not answered by the UN's.
    term: f.kind === 'term' && a.types.has('whatIs') && !query.ids.has(index.termIds.get(conceptTerm(f.id)) ?? -1),
  };
}

/** Why a fact cannot give what a question asks; nothing set (and `notGiven` empty) when it can. */
export interface Shortfall {
  /** Kinds asked that the fact does not give at all. */
  notGiven: ValueKind[];
  /** Asked the day, the fact dates its event only by month or year. */
  day: boolean;
  /** Asked a person by name, the fact names no person (its "who" is a body or a country). */
  person: boolean;
  /** Asked who holds an office the fact gives without its holder (a `role` entity: "Phó Tổng thư ký ASEAN là ai?"). */
  holder: boolean;
  /** Asked a venue (a hotel, a building, a room), the fact names no place finer than a city. */
  venue: boolean;
  /** Asked which office someone holds, the fact (not a definition) states no one's office (no `titles`). */
  office: boolean;
  event: boolean;
  role: boolean;
  count: boolean;
  term: boolean;
}

/**
 * Whether a fact gives what a question asks, and if not why: the kinds themselves, to the day and by a person's name
 * where asked so, and of what the question names (unnamedOwners). The rule features.ts decides by and the curation
 * check reports.
 */
export function shortfall(index: FactIndex, fact: number, query: Query): Shortfall {
  const a = query.analysis;
  const f = index.facts[fact]!;
  return {
    notGiven: [...askedKinds(a)].filter((k) => (k === 'howMany' && a.asksOrdinal ? !ordinalGiven(index, fact, query) : !f.gives.includes(k))),
    day: a.asksDay && !index.dates[fact]!.some((d) => d.day > 0),
    person: a.asksPerson && !f.entities.some((e) => e.kind === 'person'),
    holder: a.asksHolder && f.entities.some((e) => e.kind === 'role') && namesUnheldOffice(f.entities, a.tokens),
    venue: a.asksVenue && !f.entities.some(isVenue),
    // A definition says what an office or body is, and may name who holds it; it declares no titles.
    office: a.asksOffice && f.kind === 'fact' && !f.titles.length,
    ...unnamedOwners(index, fact, query),
  };
}

/**
 * Whether a fact says which edition a question asks: it names what the question names with its ordinal, and is from
 * the year the question asks about ("which edition was held in 2025?" is not answered by a 2020 fact that names
 * "Vision 2025").
 */
function ordinalGiven(index: FactIndex, fact: number, query: Query): boolean {
  return ordinalNamed(index, fact, query.ids, query.analysis.numbers) && query.analysis.years.every((y) => index.years[fact]!.includes(y));
}

export const fallsShort = (s: Shortfall): boolean =>
  s.notGiven.length > 0 || s.day || s.person || s.holder || s.venue || s.office || s.event || s.role || s.count || s.term;

/** Whether the question's words name an office the fact gives without its holder (a `role` entity), in a row. */
function namesUnheldOffice(entities: readonly Entity[], tokens: readonly { folded: string }[]): boolean {
  const words = ` ${tokens.map((t) => t.folded).join(' ')} `;
  return entities.some((e) => e.kind === 'role' && [e.name, ...e.aliases].some((n) => words.includes(` ${foldedText(n)} `)));
}

/** A place named as a venue ("Khách sạn Melia", "National Convention Centre"), not a city or a country. */
const isVenue = (e: Entity): boolean =>
  e.kind === 'place' && [e.name, ...e.aliases].some((n) => VENUE_WORDS.some((w) => ` ${fold(n).replace(/[^a-z0-9]+/g, ' ')} `.includes(` ${w} `)));

/** What these checks need of the engine: its index and how it reads a question. */
interface Ranks {
  readonly index: FactIndex;
  rank(question: string): { query: Query };
}

/**
 * Curated questions their own fact cannot answer (shortfall): asking a kind of value it does not give (or the day, a
 * person's name or a venue, where it states none), when or where without naming its event (any of its event names, or
 * its date), who without naming a title of its people or the part they played in its event, or how many without
 * naming what it counts. Either the fact's data lacks
 * something, or the question asks about something the fact only cites, and it teaches the engine to answer for the
 * wrong thing.
 */
export function unanswerableCuratedQuestions(engine: Ranks): FactProblem[] {
  const { index } = engine;
  const problems: FactProblem[] = [];
  index.facts.forEach((f, fact) => {
    const origin = index.table.origins.get(f.id) ?? { file: 'facts', line: 1 };
    questionsOf(f).forEach((text) => {
      const short = shortfall(index, fact, engine.rank(text).query);
      const report = (what: string) => problems.push({ ...origin, message: `fact "${f.id}": the question "${text}" ${what}` });
      if (short.notGiven.length) report(`asks ${short.notGiven.join(' and ')}, which the fact does not give`);
      if (short.day) report('asks for the day, which the fact does not state');
      if (short.person) report("asks for a person's name, and the fact names no person");
      if (short.holder) report('asks who holds an office the fact names without its holder');
      if (short.venue) report('asks for a venue (a hotel, a building, a room), and the fact names none');
      if (short.office) report("asks which office someone holds, and the fact states no one's office (titles)");
      if (short.event) report('asks when or where but names none of its event names');
      if (short.role) report('asks who but names none of its titles, nor one of its roles together with its event');
      if (short.count) report('asks how many but names none of its counts');
      if (short.term) report('asks what a term is but names not the one this definition is of');
    });
  });
  return problems;
}

/**
 * The names a wording uses for what it asks that the fact's names lack: its topic words that are not part of a name
 * or glossary term, not figures and not the fact's own event names, each run of adjacent ones a name as typed. Only
 * for a kind the fact gives and the wording asks without naming it.
 */
export function namesToAdd(engine: Ranks, fact: number, wording: string): NamesToAdd {
  const { index } = engine;
  const f = index.facts[fact]!;
  const { query } = engine.rank(wording);
  const a = query.analysis;
  const unnamed = unnamedOwners(index, fact, query);
  const missingEvent = unnamed.event && f.gives.some((k) => k === 'when' || k === 'where');
  // A part named in another event than the fact's asks about that event: no name of this fact's is missing.
  const missingRole = unnamed.role && f.gives.includes('who') && !partNamed(index, fact, query.ids);
  const missingCount = unnamed.count && f.gives.includes('howMany');
  if (!missingEvent && !missingRole && !missingCount) return { event: [], roles: [], counts: [] };
  const inName = (i: number) => a.concepts.some((c) => i >= c.start && i < c.end) || a.names.includes(i) || /^\d+$/.test(a.tokens[i]!.folded);
  // What names the event is not the part its people played nor what it counts ("the online SOM": "online" is the event's).
  const eventWords = new Set(f.event.flatMap((e) => fold(e).split(/[^a-z0-9]+/)));
  // A function word between two of its words is part of what the curator typed ("rà" of "rà soát"); a cue word is
  // not, nor a letter left of a possessive ("Viet Nam's").
  const cues = findCues(a.tokens, a.language).used;
  const joins = (i: number) => !cues.has(i) && isStopword(a.tokens[i]!.folded) && a.tokens[i]!.folded.length > 1;
  const runsOf = (skip: (i: number) => boolean): string[] => {
    const runs: string[] = [];
    let run: string[] = [];
    let last = -2;
    for (const i of a.content) {
      if (skip(i) || (a.tokens[i]!.folded.length === 1 && !/\d/.test(a.tokens[i]!.folded))) continue;
      if (i !== last + 1 && run.length) {
        if (i === last + 2 && joins(last + 1)) run.push(a.tokens[last + 1]!.raw);
        else (runs.push(run.join(' ')), (run = []));
      }
      run.push(a.tokens[i]!.raw);
      last = i;
    }
    if (run.length) runs.push(run.join(' '));
    return runs;
  };
  const nameOrEventWord = (i: number) => inName(i) || eventWords.has(a.tokens[i]!.folded);
  const roles = missingRole ? runsOf(nameOrEventWord) : [];
  const counts = missingCount ? runsOf(nameOrEventWord) : [];
  const event = missingEvent ? runsOf(inName) : [];
  return { event, roles, counts };
}
