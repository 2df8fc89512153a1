// The values a fact gives, by kind: facts that give the same value for what is asked do not compete as answers.
import type { FactRecord } from '../facts/fact-table.js';
import type { ValueKind } from '../facts/schema.js';
import { fold } from '../text/normalize.js';
import { figuresIn } from './figures.js';

/** The kinds whose values can be compared between facts (a reason or a definition is not one value). */
const COMPARABLE: readonly ValueKind[] = ['who', 'when', 'where', 'howMany'];

const memo = new WeakMap<FactRecord, Map<ValueKind, ReadonlySet<string>>>();

/** A fact's values of one kind: its names of people and bodies (who), places (where), event date (when), counts. */
function valuesOf(f: FactRecord, kind: ValueKind): ReadonlySet<string> {
  let byKind = memo.get(f);
  if (!byKind) memo.set(f, (byKind = new Map()));
  let values = byKind.get(kind);
  if (!values) byKind.set(kind, (values = read(f, kind)));
  return values;
}

function read(f: FactRecord, kind: ValueKind): Set<string> {
  const names = (kinds: readonly string[]) => new Set(f.entities.filter((e) => kinds.includes(e.kind)).flatMap((e) => [e.name, ...e.aliases].map((n) => fold(n))));
  switch (kind) {
    case 'who':
      return names(['person', 'role', 'organisation', 'country']);
    case 'where':
      return names(['place', 'country']);
    case 'when':
      return new Set(f.date ? [f.date.value] : []);
    case 'howMany':
      return new Set(figuresIn(f.answer.en).filter((x) => !/^(19|20)\d\d$/.test(x)));
    default:
      return new Set();
  }
}

/**
 * Whether two facts that both give every asked kind give the same values for it ("where was the March 2019 SOM?":
 * every fact of that meeting that says it met in Chiang Rai). Then either answers the question as well.
 */
export function agreeOn(a: FactRecord, b: FactRecord, asked: ReadonlySet<ValueKind>): boolean {
  if (!asked.size) return false;
  for (const kind of asked) {
    if (!COMPARABLE.includes(kind) || !a.gives.includes(kind) || !b.gives.includes(kind)) return false;
    const x = valuesOf(a, kind);
    const y = valuesOf(b, kind);
    if (![...x].some((v) => y.has(v))) return false;
  }
  return true;
}

/** The kinds of value a question asks for ("what happened on <date>?" asks for the fact whose answer is that date). */
export const askedKinds = (a: { dateOnly: boolean; types: ReadonlySet<ValueKind> }): ReadonlySet<ValueKind> => (a.dateOnly ? new Set(['when']) : a.types);

/** What a question asks for, as far as two facts can give the same answer to it: kinds of value, or an office. */
export interface Asked {
  kinds: ReadonlySet<ValueKind>;
  office: boolean;
}

export const NOTHING_ASKED: Asked = Object.freeze({ kinds: new Set<ValueKind>(), office: false });

export const askedOf = (a: { dateOnly: boolean; types: ReadonlySet<ValueKind>; asksOffice: boolean }): Asked => ({ kinds: askedKinds(a), office: a.asksOffice });

/**
 * Whether two facts give the same value for what is asked: the same venue, date, person or count (agreeOn), or,
 * asked which office someone holds, an office in common. Then either answers the question as well.
 */
export const giveSameValue = (a: FactRecord, b: FactRecord, asked: Asked): boolean => agreeOn(a, b, asked.kinds) || (asked.office && shareOffice(a, b));

const officeMemo = new WeakMap<FactRecord, ReadonlySet<string>>();

/**
 * The offices a fact states, folded: its `titles`, or for a definition the names of its term (the definition of
 * "ASEAN Secretary-General" is of that office). Read once per fact, as its values are.
 */
function officesOf(f: FactRecord): ReadonlySet<string> {
  let offices = officeMemo.get(f);
  if (!offices) {
    const names = f.kind === 'term' ? f.entities.flatMap((e) => [e.name, ...e.aliases]) : f.titles;
    officeMemo.set(f, (offices = new Set(names.map((n) => fold(n)))));
  }
  return offices;
}

/** Whether two facts state an office in common: asked which office someone holds, either answers. */
export function shareOffice(a: FactRecord, b: FactRecord): boolean {
  const mine = officesOf(a);
  for (const t of officesOf(b)) if (mine.has(t)) return true;
  return false;
}
