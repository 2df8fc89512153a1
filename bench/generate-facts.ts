// Grows a real fact table with generated distractor facts: real shapes, recombined names, shifted years and figures.
import type { FactTable, FactRecord } from '../src/facts/fact-table.js';
import type { Entity, Fact, PartialDate, Source } from '../src/facts/schema.js';
import { fold } from '../src/text/normalize.js';
import { mulberry32, type Rng } from './prng.js';

export interface GeneratedFacts {
  sources: Source[];
  facts: Fact[];
}

export interface GenerateOptions {
  /** How many facts to generate (the real ones are not counted). */
  count: number;
  /** Same seed, same facts. */
  seed: number;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MONTH_RE = MONTHS.join('|');
// Numbers that are part of a name, not a figure: left as they are.
const PROTECTED = /COVID-19/gi;

/**
 * One generated article's changes: every year moves back by the same 1–20 years, months rotate, and every other
 * figure gets a different value, so no generated date equals a real one. Editions are older than the article they
 * copy, like a back-filled archive: a newer edition of the same event would rightly answer a question that names no
 * year (the engine gives the latest of equally good editions), and then it would not be a distractor.
 */
interface Edition {
  yearOffset: number;
  monthShift: number;
  counts: Map<number, number>;
  rng: Rng;
}

function newEdition(rng: Rng): Edition {
  const yearOffset = -rng.int(1, 20);
  return { yearOffset, monthShift: rng.int(0, 11), counts: new Map(), rng };
}

const shiftMonth = (ed: Edition, m: number): number => ((m - 1 + ed.monthShift) % 12) + 1;
const shiftYear = (ed: Edition, y: number): number => y + ed.yearOffset;
/** Days stay, but never past the 28th: a rotated month may be February. */
const day = (ed: Edition, d: number): number => (ed.monthShift === 0 ? d : Math.min(d, 28));

/** A figure (count, ordinal, session number) mapped to another value, the same one everywhere in the edition. */
function count(ed: Edition, n: number): number {
  let m = ed.counts.get(n);
  if (m === undefined) {
    const spread = Math.max(3, Math.round(n * 0.6));
    do m = n + (ed.rng.next() < 0.5 ? -1 : 1) * ed.rng.int(1, spread);
    while (m < 1 || m === n);
    ed.counts.set(n, m);
  }
  return m;
}

const ordinalSuffix = (n: number): string => {
  const t = n % 100;
  if (t >= 11 && t <= 13) return 'th';
  return ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
};

const mapDays = (ed: Edition, days: string): string => days.replace(/\d+/g, (d) => String(day(ed, Number(d))));

const NUMBER_RE = new RegExp(
  [
    // d/m/yyyy, d–d/m/yyyy, d/m
    String.raw`(?<vdays>\d{1,2}(?:\s*[–-]\s*\d{1,2})?)\/(?<vmonth>\d{1,2})\b(?:\/(?<vyear>\d{4}))?`,
    // m/yyyy
    String.raw`(?<!\d)(?<mymonth>\d{1,2})\/(?<myyear>\d{4})(?!\d)`,
    // d September [yyyy], d–d September [yyyy]
    String.raw`(?<edays>\d{1,2}(?:\s*[–-]\s*\d{1,2})?)\s+(?<emonth>${MONTH_RE})(?:\s+(?<eyear>\d{4}))?`,
    // September [yyyy]
    String.raw`\b(?<amonth>${MONTH_RE})\b`,
    // tháng 9
    String.raw`(?<thang>[Tt]háng)\s+(?<tmonth>\d{1,2})\b`,
    // years
    String.raw`(?<!\d)(?<year>(?:19|20)\d{2})(?!\d)`,
    // 53rd
    String.raw`(?<!\d)(?<ord>\d+)(?<suffix>st|nd|rd|th)\b`,
    // 27, 1.000, 1,5
    String.raw`(?<!\d)(?<num>\d+)(?<rest>(?:[.,]\d+)*)`,
  ].join('|'),
  'g',
);

type Groups = Record<string, string | undefined>;

/** The rewrite of one date, year or figure match, decided once from its groups. */
function numberSlot(g: Groups, whole: string): (ed: Edition) => string {
  if (g.vdays !== undefined) {
    const { vdays, vmonth, vyear } = g;
    return (ed) => `${mapDays(ed, vdays)}/${shiftMonth(ed, Number(vmonth))}${vyear ? `/${shiftYear(ed, Number(vyear))}` : ''}`;
  }
  if (g.mymonth !== undefined) {
    const { mymonth, myyear } = g;
    return (ed) => `${shiftMonth(ed, Number(mymonth))}/${shiftYear(ed, Number(myyear))}`;
  }
  if (g.edays !== undefined) {
    const { edays, emonth, eyear } = g;
    const month = MONTHS.indexOf(emonth!) + 1;
    return (ed) => `${mapDays(ed, edays)} ${MONTHS[shiftMonth(ed, month) - 1]!}${eyear ? ` ${shiftYear(ed, Number(eyear))}` : ''}`;
  }
  if (g.amonth !== undefined) {
    const month = MONTHS.indexOf(g.amonth) + 1;
    return (ed) => MONTHS[shiftMonth(ed, month) - 1]!;
  }
  if (g.thang !== undefined) {
    const { thang, tmonth } = g;
    return (ed) => `${thang} ${shiftMonth(ed, Number(tmonth))}`;
  }
  if (g.year !== undefined) {
    const year = Number(g.year);
    return (ed) => String(shiftYear(ed, year));
  }
  if (g.ord !== undefined) {
    const n = Number(g.ord);
    return (ed) => {
      const m = count(ed, n);
      return `${m}${ordinalSuffix(m)}`;
    };
  }
  if (g.num !== undefined) {
    const n = Number(g.num);
    const rest = g.rest ?? '';
    return (ed) => `${count(ed, n)}${rest}`;
  }
  return () => whole;
}

/** A text cut into literal pieces and slots for its dates, years and figures (names such as COVID-19 stay). */
function numberPieces(text: string): (string | ((ed: Edition) => string))[] {
  const pieces: (string | ((ed: Edition) => string))[] = [];
  let last = 0;
  const protectedSpans: [number, number][] = [...text.matchAll(PROTECTED)].map((m) => [m.index, m.index + m[0].length]);
  for (const m of text.matchAll(NUMBER_RE)) {
    if (protectedSpans.some(([a, b]) => m.index < b && m.index + m[0].length > a)) continue;
    pieces.push(text.slice(last, m.index), numberSlot(m.groups ?? {}, m[0]));
    last = m.index + m[0].length;
  }
  pieces.push(text.slice(last));
  return pieces.filter((p) => p !== '');
}

/** Rewrites every date, year and figure of a text for the edition. */
export function shiftNumbers(ed: Edition, text: string): string {
  return numberPieces(text)
    .map((p) => (typeof p === 'string' ? p : p(ed)))
    .join('');
}

function shiftDate(ed: Edition, d: PartialDate | undefined): PartialDate | undefined {
  if (!d) return undefined;
  const move = (iso: string): string => {
    const [y, m, dd] = iso.split('-').map(Number);
    const parts = [String(shiftYear(ed, y!))];
    if (m !== undefined) parts.push(String(shiftMonth(ed, m)).padStart(2, '0'));
    if (dd !== undefined) parts.push(String(day(ed, dd)).padStart(2, '0'));
    return parts.join('-');
  };
  const value = move(d.value);
  const end = d.end ? move(d.end) : undefined;
  const { end: _drop, ...rest } = d;
  return end && end >= value ? { ...rest, value, end } : { ...rest, value };
}

/** Name parts of the table's people, to recombine into people who do not exist. */
interface NamePool {
  viFamily: string[];
  viMiddle: string[];
  viGiven: string[];
  foreignFirst: string[];
  foreignLast: string[];
  real: Set<string>;
}

const isVietnamese = (name: string): boolean => fold(name) !== name.toLowerCase();

function namePool(facts: readonly FactRecord[]): NamePool {
  const pool: NamePool = { viFamily: [], viMiddle: [], viGiven: [], foreignFirst: [], foreignLast: [], real: new Set() };
  const add = (list: string[], x: string | undefined) => {
    if (x && !list.includes(x)) list.push(x);
  };
  for (const f of facts) {
    for (const e of f.entities) {
      // A person known by a title ("Phó Tổng Thư ký ASEAN") has no name parts to lend.
      if (e.kind !== 'person' || /\p{Lu}{2,}/u.test(e.name)) continue;
      pool.real.add(fold(e.name));
      const parts = e.name.split(/\s+/);
      if (isVietnamese(e.name) && parts.length >= 3) {
        add(pool.viFamily, parts[0]);
        for (const p of parts.slice(1, -1)) add(pool.viMiddle, p);
        add(pool.viGiven, parts.at(-1));
      } else if (parts.length >= 2) {
        add(pool.foreignFirst, parts[0]);
        add(pool.foreignLast, parts.at(-1));
      }
    }
  }
  // A table without people still gets plausible names.
  if (!pool.viFamily.length) pool.viFamily.push('Nguyễn', 'Trần', 'Lê');
  if (!pool.viMiddle.length) pool.viMiddle.push('Văn', 'Thị', 'Quốc');
  if (!pool.viGiven.length) pool.viGiven.push('An', 'Bình', 'Minh');
  if (!pool.foreignFirst.length) pool.foreignFirst.push('Anna', 'David');
  if (!pool.foreignLast.length) pool.foreignLast.push('Smith', 'Tanaka');
  return pool;
}

function inventPerson(rng: Rng, pool: NamePool, like: Entity): { name: string; ascii: string } {
  for (let attempt = 0; ; attempt++) {
    const name = isVietnamese(like.name)
      ? `${rng.pick(pool.viFamily)} ${rng.pick(pool.viMiddle)} ${rng.pick(pool.viGiven)}`
      : `${rng.pick(pool.foreignFirst)} ${rng.pick(pool.foreignLast)}`;
    if (!pool.real.has(fold(name)) || attempt > 20) {
      const ascii = fold(name).replace(/\b\w/g, (c) => c.toUpperCase());
      return { name, ascii };
    }
  }
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** What replaces a swapped entity's forms in a generated fact. */
interface Substitute {
  entity: Entity;
  name: string;
  folded: string;
  /** By the original entity's alias index. */
  aliases: string[];
}

interface RenderContext {
  ed: Edition;
  subst: (Substitute | undefined)[];
}

/** A template text cut into literal pieces and slots (figures, dates, entity names) filled per generated fact. */
type Piece = string | ((ctx: RenderContext) => string);

const render = (pieces: readonly Piece[], ctx: RenderContext): string => {
  let out = '';
  for (const p of pieces) out += typeof p === 'string' ? p : p(ctx);
  return out;
};

/** Compiles the dates, years and figures of a text into slots. */
const compileNumbers = (text: string): Piece[] => numberPieces(text).map((p) => (typeof p === 'string' ? p : (ctx: RenderContext) => p(ctx.ed)));

/** Compiles a text: entity forms become slots for substitutes, the rest is compiled for figures. */
function compileText(text: string, forms: RegExp | undefined, roles: Map<string, { entity: number; role: 'name' | 'folded' | number }>): Piece[] {
  if (!forms) return compileNumbers(text);
  const pieces: Piece[] = [];
  let last = 0;
  for (const m of text.matchAll(forms)) {
    const found = roles.get(m[0].toLowerCase());
    if (!found) continue;
    pieces.push(...compileNumbers(text.slice(last, m.index)));
    const original = m[0];
    const role = original === original.toLowerCase() && found.role === 'name' ? 'folded' : found.role;
    pieces.push((ctx) => {
      const s = ctx.subst[found.entity];
      if (!s) return original;
      return role === 'name' ? s.name : role === 'folded' ? s.folded : (s.aliases[role] ?? s.name);
    });
    last = m.index + original.length;
  }
  pieces.push(...compileNumbers(text.slice(last)));
  return pieces;
}

interface CompiledFact {
  fact: FactRecord;
  answer: { vi: Piece[]; en: Piece[] };
  questions: { vi: Piece[][]; en: Piece[][] };
  entities: { name: Piece[]; aliases: Piece[][]; title?: { vi: Piece[]; en: Piece[] } }[];
  event: Piece[][];
  roles: Piece[][];
  titles: Piece[][];
  counts: Piece[][];
  tags: Piece[][];
}

const SWAPPABLE = new Set<Entity['kind']>(['person', 'place', 'country']);

/** Compiles a real fact once, so that each generated copy is a cheap fill-in of slots. */
function compileFact(f: FactRecord): CompiledFact {
  const roles = new Map<string, { entity: number; role: 'name' | 'folded' | number }>();
  f.entities.forEach((e, i) => {
    if (!SWAPPABLE.has(e.kind)) return;
    const add = (form: string, role: 'name' | 'folded' | number) => {
      if (form.trim() && !roles.has(form.toLowerCase())) roles.set(form.toLowerCase(), { entity: i, role });
    };
    add(e.name, 'name');
    e.aliases.forEach((a, k) => add(a, k));
    add(fold(e.name), 'folded');
  });
  const keys = [...roles.keys()].sort((a, b) => b.length - a.length);
  const forms = keys.length ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${keys.map(escapeRe).join('|')})(?![\\p{L}\\p{N}])`, 'giu') : undefined;
  const text = (t: string) => compileText(t, forms, roles);
  return {
    fact: f,
    answer: { vi: text(f.answer.vi), en: text(f.answer.en) },
    questions: { vi: f.questions.vi.map(text), en: f.questions.en.map(text) },
    entities: f.entities.map((e) => ({
      name: compileNumbers(e.name),
      aliases: e.aliases.map(compileNumbers),
      ...(e.title ? { title: { vi: text(e.title.vi), en: text(e.title.en) } } : {}),
    })),
    event: f.event.map(text),
    roles: f.roles.map(text),
    titles: f.titles.map(text),
    counts: f.counts.map(text),
    tags: f.tags.map(compileNumbers),
  };
}

/** Invented people for every person, and another place or country for about half of the others. */
function substitutes(rng: Rng, pool: NamePool, byKind: Map<string, Entity[]>, entities: readonly Entity[]): (Substitute | undefined)[] {
  return entities.map((e) => {
    if (e.kind === 'person') {
      const p = inventPerson(rng, pool, e);
      const aliases = isVietnamese(p.name) ? [p.ascii] : [];
      return { entity: { ...e, name: p.name, aliases }, name: p.name, folded: fold(p.name), aliases: e.aliases.map(() => p.ascii) };
    }
    if ((e.kind === 'place' || e.kind === 'country') && rng.next() < 0.5) {
      const others = (byKind.get(e.kind) ?? []).filter((o) => fold(o.name) !== fold(e.name));
      if (!others.length) return undefined;
      const o = rng.pick(others);
      return { entity: { ...o }, name: o.name, folded: fold(o.name), aliases: e.aliases.map((_, i) => o.aliases[i] ?? o.aliases[0] ?? o.name) };
    }
    return undefined;
  });
}

/** Real facts as schema objects (kind 'fact' only: glossary terms come from the glossary). */
export function realFacts(table: FactTable): Fact[] {
  return table.facts
    .filter((f) => f.kind === 'fact')
    .map((f) => ({ id: f.id, sources: f.sources.map((s) => s.id), answer: f.answer, questions: f.questions, gives: [...f.gives], date: f.date, event: [...f.event], roles: [...f.roles], titles: [...f.titles], counts: [...f.counts], entities: f.entities, tags: f.tags }));
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Generates `count` facts in generated "articles": each article copies a real article's facts with one edition of
 * shifted dates and figures, and its own invented people and swapped places. Facts whose answer would not change
 * (no date, figure or person to vary) are skipped, so no generated fact restates a real one.
 */
export function generateFacts(table: FactTable, { count: total, seed }: GenerateOptions): GeneratedFacts {
  const rng = mulberry32(seed);
  const real = table.facts.filter((f) => f.kind === 'fact');
  const pool = namePool(real);
  const byKind = new Map<string, Entity[]>();
  for (const f of real) {
    for (const e of f.entities) {
      const list = byKind.get(e.kind) ?? [];
      if (!list.some((x) => x.name === e.name)) list.push(e);
      byKind.set(e.kind, list);
    }
  }
  const realAnswers = new Set(real.map((f) => f.answer.en));
  const bySource = new Map<string, CompiledFact[]>();
  for (const f of real) {
    const s = f.sources[0];
    if (s) bySource.set(s.id, [...(bySource.get(s.id) ?? []), compileFact(f)]);
  }
  const templates = table.sources.filter((s) => bySource.has(s.id));
  const sources: Source[] = [];
  const facts: Fact[] = [];
  if (!templates.length || total <= 0) return { sources, facts };
  for (let a = 0; facts.length < total; a++) {
    const src = rng.pick(templates);
    const ed = newEdition(rng);
    const sourceId = `gen-${seed}-${a}`;
    const before = facts.length;
    for (const c of rng.shuffle([...bySource.get(src.id)!])) {
      if (facts.length >= total) break;
      const f = c.fact;
      const ctx: RenderContext = { ed, subst: substitutes(rng, pool, byKind, f.entities) };
      const answer = { vi: render(c.answer.vi, ctx), en: render(c.answer.en, ctx) };
      if (answer.en === f.answer.en || realAnswers.has(answer.en)) continue;
      const numbersOnly: RenderContext = { ed, subst: [] };
      facts.push({
        id: `g${seed}-${a}-${f.id}`,
        sources: [sourceId],
        answer,
        questions: { vi: c.questions.vi.map((q) => render(q, ctx)), en: c.questions.en.map((q) => render(q, ctx)) },
        gives: [...f.gives],
        date: shiftDate(ed, f.date),
        event: c.event.map((x) => render(x, ctx)),
        roles: c.roles.map((x) => render(x, ctx)),
        titles: c.titles.map((x) => render(x, ctx)),
        counts: c.counts.map((x) => render(x, ctx)),
        entities: f.entities.map((e, i) => {
          const ce = c.entities[i]!;
          const title = ce.title ? { title: { vi: render(ce.title.vi, ctx), en: render(ce.title.en, ctx) } } : {};
          const s = ctx.subst[i];
          if (s) return { ...s.entity, ...title };
          return { ...e, name: render(ce.name, numbersOnly), aliases: ce.aliases.map((x) => render(x, numbersOnly)), ...title };
        }),
        tags: [...new Set(c.tags.map((t) => render(t, numbersOnly)))].filter((t) => SLUG.test(t)),
      });
    }
    if (facts.length > before) {
      sources.push({
        id: sourceId,
        title: shiftNumbers(ed, src.title),
        outlet: src.outlet,
        ...(src.author ? { author: src.author } : {}),
        published: shiftDate(ed, src.published)!,
        article: `gen_${seed}_${a}.txt`,
      });
    }
  }
  return { sources, facts };
}
