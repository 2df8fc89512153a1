// The searchable form of a fact table: BM25 postings of each fact's content and of each curated question apart.
import type { FactRecord, FactTable } from '../facts/fact-table.js';
import { valueKinds, type ValueKind } from '../facts/schema.js';
import { ConceptMatcher, rawTokens, type RawToken } from './ConceptMatcher.js';
import { languageEvidenceFrom, type LanguageEvidence } from './detect-language.js';
import type { EngineOptions } from './options.js';
import { dateFit, dateParts, datesIn, isoField, type DateParts, type QueryDate } from './parse-query-date.js';
import { fold, foldedText, hasDiacritics } from '../text/normalize.js';
import { findCues, topicWords, withShortFormsSpelt } from './analyze-question.js';
import { isWrittenStopword, ORDINAL_WORDS, ROLE_GROUPS } from './lexicon.js';
import { figuresIn, mayStateFigures } from './figures.js';
import { stem } from './stem.js';
import { pairTerm } from './terms.js';

/** Postings of one kind of document, by term (compressed rows): documents ascending, each with its BM25 impact. */
export interface Postings {
  /** starts[t]..starts[t+1] is term t's slice of docs and impacts. */
  readonly starts: Int32Array;
  readonly docs: Int32Array;
  /** BM25's term-frequency part, length-normalised: idf × weight × impact is the term's score in the document. */
  readonly impacts: Float32Array;
  /** BM25 idf of each term among these documents. */
  readonly idf: Float32Array;
  readonly count: number;
}

export interface FactIndex {
  readonly table: FactTable;
  readonly facts: readonly FactRecord[];
  /**
   * Term → id; ids number every word stem, adjacent pair and concept of the table. Those no fact holds (factDf 0)
   * come from event and role names only: a question holds them or not, but they find and cover nothing.
   */
  readonly termIds: ReadonlyMap<string, number>;
  /** How many facts hold each term anywhere (content or questions): the rarity that coverage is weighed by. */
  readonly factDf: Int32Array;
  /** Each fact's answers, names, titles and tags, one document per fact. */
  readonly content: Postings;
  /** Each curated question, one document per question. */
  readonly questions: Postings;
  /** Question document → its fact. */
  readonly questionFact: Int32Array;
  /** Fact f's questions are documents questionStart[f]..questionStart[f+1] (Vietnamese first, then English). */
  readonly questionStart: Int32Array;
  /** Each curated question's topic words (question q: units questionUnits.of(q)), each a list of term ids in unitTerms. */
  readonly questionUnits: IdLists;
  readonly unitTerms: IdLists;
  /** The kinds of value each curated question asks for, as bits (KIND_BIT): what people ask a fact for. */
  readonly questionKinds: Uint8Array;
  /** Figures each fact's content states, and each curated question's (counts, ordinals, years; not days and months). */
  readonly contentFigures: IdLists;
  readonly questionFigures: IdLists;
  readonly matcher: ConceptMatcher;
  /**
   * The names of the table's people, places, bodies, meetings and documents (two words or more): words of a question
   * inside one are a specific thing it names, however typed ("asean ministers' dialogue on women").
   */
  readonly entityNames: ConceptMatcher;
  /** Folded words of the names the table declares (its entities' names and aliases, glossary names and acronyms). */
  readonly nameWords: ReadonlySet<string>;
  /** The folded words of the people's names the facts declare (entities of kind person, and their aliases). */
  readonly personWords: ReadonlySet<string>;
  readonly languageEvidence: LanguageEvidence;
  /** Folded words as typed in the table (unstemmed), sorted: spelling correction and completion look here. */
  readonly vocabulary: readonly string[];
  /** Dates of each fact as numbers: its event date first, then the dates its answer states. */
  readonly dates: readonly (readonly DateParts[])[];
  /** Facts by the months their event date touches (1–12; 0 for a year-only date): date questions start here. */
  readonly datedByMonth: ReadonlyMap<number, readonly number[]>;
  /** When each fact happened, as yyyymmdd (its event date, else its latest source): the latest edition wins. */
  readonly when: Float64Array;
  /** Years each fact is from (event date and end, publication); none for glossary terms, which are timeless. */
  readonly years: readonly (readonly number[])[];
  /** Facts by tag, ascending, for related facts. */
  readonly byTag: ReadonlyMap<string, readonly number[]>;
  /** Each fact's event names: what its date and place belong to (see eventNamed). */
  readonly events: NameLists;
  /** Every event name, listed under the rarest of its words (or that word's concept): see namesAnEvent. */
  readonly eventsByWord: ReadonlyMap<number, readonly number[]>;
  /** Each fact's role names: the part its who played in its event (see roleNamed). */
  readonly roles: NameLists;
  /** Each fact's title names: the offices its who hold apart from the event (see roleNamed). */
  readonly titles: NameLists;
  /** Each fact's count names: what its count counts (see countNamed). */
  readonly counts: NameLists;
  /**
   * What each fact names with an ordinal, the ordinal left out ("Hội nghị Cấp cao ASEAN" of "Hội nghị Cấp cao ASEAN
   * lần thứ 37", "AMM" of "AMM 53"): a question asking which edition of it is answered by the fact (see ordinalNamed).
   */
  readonly ordinals: NameLists;
  /** The ordinal each of those names was written with (by name number), so a question stating it asks another's. */
  readonly ordinalValues: Int32Array;
  /**
   * Glossary entries (as concept terms, "@country-laos") that no fact's text writes in any of their forms, not even
   * inside a longer name: a question naming one asks about something the table holds nothing on.
   */
  readonly unmentioned: ReadonlySet<string>;
}

/**
 * Short names per fact, each read as the words a question must hold to name it, in any order (function words aside):
 * "COC negotiations" is named by "negotiations on the Code of Conduct" too, a word of a name being also named by any
 * form of the glossary concept it is part of ("COC" = "Code of Conduct"). A Vietnamese word is a syllable, and a
 * compound's syllables are one word: each must stand next to one of its neighbours in the name, so "Bộ trưởng Ngoại
 * giao ASEAN lần thứ 53" does not name "Thứ trưởng Bộ Ngoại giao" with its "thứ" and "trưởng" apart.
 */
export interface NameLists {
  /** Fact f's names: numbers into words and concepts. */
  readonly names: IdLists;
  /** Each name's word ids. */
  readonly words: IdLists;
  /** For each of those words, the glossary concept it is part of, else -1. */
  readonly concepts: IdLists;
  /**
   * For each of those words, the concept of a shorter glossary name it is part of inside that one, else -1: "Liên
   * Hợp Quốc" (LHQ) inside "Hội thảo ASEAN – Liên Hợp Quốc" (AURED), so "Hội thảo ASEAN - LHQ" names it.
   */
  readonly inner: IdLists;
  /**
   * For each of those words, two pair ids: it with the word before it and with the word after it in the name, one of
   * which the question must hold; -1 where no neighbour binds it (English, a function word, a single word).
   */
  readonly bonds: IdLists;
}

/** Whether a question (its term ids) names name k of a list. */
function namesName(lists: NameLists, k: number, ids: ReadonlySet<number>): boolean {
  const words = lists.words.of(k);
  const concepts = lists.concepts.of(k);
  const inner = lists.inner.of(k);
  const bonds = lists.bonds.of(k);
  for (let i = 0; i < words.length; i++) {
    if (concepts[i]! >= 0 && ids.has(concepts[i]!)) continue;
    if (inner[i]! >= 0 && ids.has(inner[i]!)) continue;
    if (!ids.has(words[i]!)) return false;
    const before = bonds[2 * i]!;
    const after = bonds[2 * i + 1]!;
    if ((before >= 0 || after >= 0) && !ids.has(before) && !ids.has(after)) return false;
  }
  return true;
}

/** Whether a question (its term ids) names one of a fact's names. */
function namesOneOf(lists: NameLists, fact: number, ids: ReadonlySet<number>): boolean {
  for (const k of lists.names.of(fact)) if (namesName(lists, k, ids)) return true;
  return false;
}

/** The texts of a fact's content document and their weights. */
function contentTexts(f: FactRecord, weights: EngineOptions['fieldWeights']): [text: string, weight: number, slug?: boolean][] {
  const out: [string, number, boolean?][] = [[f.answer.vi, weights.answer], [f.answer.en, weights.answer]];
  for (const e of f.entities) {
    out.push([e.name, weights.names]);
    for (const a of e.aliases) out.push([a, weights.names]);
    if (e.title) out.push([e.title.vi, weights.titles], [e.title.en, weights.titles]);
  }
  // Tags are lowercase slugs ("aichr"), not prose.
  for (const tag of f.tags) out.push([tag.replace(/-/g, ' '), weights.tags, true]);
  return out;
}

/** One bit per kind of value, for sets of kinds kept per question. */
export const KIND_BIT: Readonly<Record<ValueKind, number>> = Object.freeze(Object.fromEntries(valueKinds.map((k, i) => [k, 1 << i])) as Record<ValueKind, number>);

/** A fact's curated questions in index order: Vietnamese, then English. */
export const questionsOf = (f: FactRecord): readonly string[] => [...f.questions.vi, ...f.questions.en];

/** Lists of numbers, one after another in one typed array (compressed rows): list k is of(k). */
export class IdLists {
  private values = new Int32Array(1 << 12);
  private size = 0;
  private starts: number[] = [0];
  private frozen?: { values: Int32Array; starts: Int32Array };

  push(list: ArrayLike<number>): number {
    if (this.size + list.length > this.values.length) {
      const grown = new Int32Array(Math.max(this.size + list.length, this.values.length * 2));
      grown.set(this.values);
      this.values = grown;
    }
    for (let i = 0; i < list.length; i++) this.values[this.size++] = list[i]!;
    this.starts.push(this.size);
    return this.starts.length - 2;
  }

  /** Stops growing: keeps only what is used. */
  freeze(): this {
    this.frozen = { values: this.values.slice(0, this.size), starts: Int32Array.from(this.starts) };
    this.starts = [];
    this.values = new Int32Array(0);
    return this;
  }

  of(k: number): Int32Array {
    const f = this.frozen!;
    return f.values.subarray(f.starts[k]!, f.starts[k + 1]!);
  }

  /** The range of list k, for lists whose items index another IdLists. */
  range(k: number): [number, number] {
    const f = this.frozen!;
    return [f.starts[k]!, f.starts[k + 1]!];
  }
}

/**
 * The term id of each pair of word ids met so far: open addressing over typed arrays. A table of 100k facts holds
 * millions of pairs, and a Map keyed by a number past 2^31 (two ids in one key) was a tenth of the build.
 */
class PairTable {
  private keys = new Int32Array(1 << 16).fill(-1);
  private seconds = new Int32Array(1 << 16);
  private values = new Int32Array(1 << 16);
  private size = 0;

  get(a: number, b: number): number {
    for (let i = this.slot(a, b); ; i = (i + 1) & (this.keys.length - 1)) {
      if (this.keys[i] === -1) return -1;
      if (this.keys[i] === a && this.seconds[i] === b) return this.values[i]!;
    }
  }

  set(a: number, b: number, value: number): void {
    if ((this.size + 1) * 2 > this.keys.length) this.grow();
    let i = this.slot(a, b);
    while (this.keys[i] !== -1) i = (i + 1) & (this.keys.length - 1);
    this.keys[i] = a;
    this.seconds[i] = b;
    this.values[i] = value;
    this.size++;
  }

  private slot(a: number, b: number): number {
    return (Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca6b)) >>> 0 & (this.keys.length - 1);
  }

  private grow(): void {
    const { keys, seconds, values } = this;
    this.keys = new Int32Array(keys.length * 2).fill(-1);
    this.seconds = new Int32Array(keys.length * 2);
    this.values = new Int32Array(keys.length * 2);
    this.size = 0;
    for (let i = 0; i < keys.length; i++) if (keys[i] !== -1) this.set(keys[i]!, seconds[i]!, values[i]!);
  }
}

/** Postings of one kind of document as they are added: (term, document, weighted frequency) in growing arrays. */
class PostingsBuilder {
  private terms = new Int32Array(1 << 16);
  private docs = new Int32Array(1 << 16);
  private tfs = new Float32Array(1 << 16);
  private size = 0;
  private lengths: number[] = [];

  /** Adds one document: the terms in `ids[0..count)` with their weighted frequencies in `tf`. */
  add(ids: Int32Array, count: number, tf: Float64Array): number {
    const doc = this.lengths.length;
    if (this.size + count > this.terms.length) this.grow(this.size + count);
    let length = 0;
    for (let k = 0; k < count; k++) {
      const term = ids[k]!;
      this.terms[this.size] = term;
      this.docs[this.size] = doc;
      this.tfs[this.size++] = tf[term]!;
      length += tf[term]!;
    }
    this.lengths.push(length);
    return doc;
  }

  private grow(min: number): void {
    const n = Math.max(min, this.terms.length * 2);
    const grown = <T extends Int32Array | Float32Array>(a: T, make: (n: number) => T): T => {
      const b = make(n);
      b.set(a);
      return b;
    };
    this.terms = grown(this.terms, (k) => new Int32Array(k));
    this.docs = grown(this.docs, (k) => new Int32Array(k));
    this.tfs = grown(this.tfs, (k) => new Float32Array(k));
  }

  build(termCount: number, k1: number, b: number): Postings {
    const count = this.lengths.length;
    const avg = this.lengths.reduce((s, x) => s + x, 0) / Math.max(1, count);
    const starts = new Int32Array(termCount + 1);
    for (let i = 0; i < this.size; i++) starts[this.terms[i]! + 1]!++;
    for (let t = 0; t < termCount; t++) starts[t + 1]! += starts[t]!;
    const fill = starts.slice(0, termCount);
    const docs = new Int32Array(this.size);
    const impacts = new Float32Array(this.size);
    // Documents were added in order, so each term's slice comes out ascending by document.
    for (let i = 0; i < this.size; i++) {
      const at = fill[this.terms[i]!]!++;
      const doc = this.docs[i]!;
      const tf = this.tfs[i]!;
      docs[at] = doc;
      impacts[at] = (tf * (k1 + 1)) / (tf + k1 * (1 - b + (b * this.lengths[doc]!) / avg));
    }
    const idf = new Float32Array(termCount);
    for (let t = 0; t < termCount; t++) {
      const df = starts[t + 1]! - starts[t]!;
      idf[t] = Math.log(1 + (count - df + 0.5) / (df + 0.5));
    }
    this.terms = this.docs = new Int32Array(0);
    this.tfs = new Float32Array(0);
    this.lengths = [];
    return { starts, docs, impacts, idf, count };
  }
}

/**
 * Numbers every term of the table as it reads it. The table repeats the same few thousand words and names many times
 * over: a word's stem, a pair of words and a whole short text (a name, a title) are worked out once and remembered
 * by id, so reading a fact is mostly array work.
 */
class TermNumbering {
  readonly ids = new Map<string, number>();
  readonly names: string[] = [];
  private lastFact = new Int32Array(1 << 12).fill(-1);
  factDf = new Int32Array(1 << 12);
  private readonly stemIds = new Map<string, number>();
  private readonly pairIds = new PairTable();
  private readonly texts = new Map<string, ReadText>();

  /** The id of a term, numbering it if new. */
  id(term: string): number {
    let id = this.ids.get(term);
    if (id === undefined) {
      id = this.names.length;
      this.ids.set(term, id);
      this.names.push(term);
      if (id >= this.factDf.length) {
        const df = new Int32Array(this.factDf.length * 2);
        df.set(this.factDf);
        this.factDf = df;
        const last = new Int32Array(this.lastFact.length * 2).fill(-1);
        last.set(this.lastFact);
        this.lastFact = last;
      }
    }
    return id;
  }

  /** Counts the fact as holding the term (once per fact, for the rarity coverage is weighed by). */
  seen(id: number, fact: number): void {
    if (this.lastFact[id] !== fact) {
      this.lastFact[id] = fact;
      this.factDf[id]!++;
    }
  }

  private stemId(folded: string): number {
    let id = this.stemIds.get(folded);
    if (id === undefined) this.stemIds.set(folded, (id = this.id(stem(folded))));
    return id;
  }

  private pairId(a: number, b: number): number {
    let id = this.pairIds.get(a, b);
    if (id < 0) this.pairIds.set(a, b, (id = this.id(pairTerm(this.names[a]!, this.names[b]!))));
    return id;
  }

  /** A text's tokens and their term ids: per word, per adjacent pair, and the concepts over them (see terms.ts). */
  /**
   * The concepts of shorter glossary names inside a text's concepts (NameLists.inner): read for names only, which the
   * gates compare word by word, not for every text indexed.
   */
  inner(read: ReadText, matcher: ConceptMatcher): { id: number; start: number; end: number }[] {
    return read.concepts.flatMap((c) =>
      c.end - c.start > 1
        ? matcher.inside(read.tokens.slice(c.start, c.end), c.term).map((h) => ({ id: this.id(h.term), start: c.start + h.start, end: c.start + h.end }))
        : [],
    );
  }

  read(text: string, matcher: ConceptMatcher, onToken?: (t: RawToken) => void): ReadText {
    // A text read before has had its words noted already.
    const remembered = this.texts.get(text);
    if (remembered) return remembered;
    const tokens = rawTokens(text);
    const words = new Int32Array(tokens.length);
    const pairs = new Int32Array(Math.max(0, tokens.length - 1));
    tokens.forEach((t, i) => {
      onToken?.(t);
      words[i] = this.stemId(t.folded);
      if (i > 0) pairs[i - 1] = this.pairId(words[i - 1]!, words[i]!);
    });
    const found = matcher.find(tokens, true);
    const concepts = found.map((c) => ({ id: this.id(c.term), start: c.start, end: c.end, term: c.term }));
    const all = new Int32Array(words.length + pairs.length + concepts.length);
    all.set(words);
    all.set(pairs, words.length);
    concepts.forEach((c, k) => (all[words.length + pairs.length + k] = c.id));
    const read: ReadText = { tokens, words, pairs, concepts, all };
    if (text.length <= 120) {
      if (this.texts.size >= 200_000) this.texts.clear();
      this.texts.set(text, read);
    }
    return read;
  }
}

/** A text as the index reads it. */
interface ReadText {
  tokens: readonly RawToken[];
  /** Term id of each token's word (its stem). */
  words: Int32Array;
  /** Term id of each adjacent pair (token i and i+1 at i). */
  pairs: Int32Array;
  concepts: { id: number; start: number; end: number; term: string }[];
  /** Every term id, with repeats. */
  all: Int32Array;
}

/** Indexes a table. Every text is read once; the per-fact detail the re-ranking needs is read later, on demand. */
export function buildFactIndex(table: FactTable, options: EngineOptions): FactIndex {
  const facts = table.facts;
  const n = facts.length;
  const terms = new TermNumbering();
  const lowercase = new Set<string>();
  const words = new Set<string>();
  const uses = new Map<string, [number, number, number, number]>();
  // The matcher reads `lowercase` only for questions: the table's own text counts acronyms in capitals only.
  const matcher = new ConceptMatcher(table.glossary, lowercase);
  const content = new PostingsBuilder();
  const questions = new PostingsBuilder();
  const questionFact: number[] = [];
  const questionKinds: number[] = [];
  const questionStart = new Int32Array(n + 1);
  // One document's weighted term frequencies, by term id, and which ids it touched.
  let tf = new Float64Array(1 << 12);
  let touched = new Int32Array(1 << 10);
  let count = 0;

  // Which words the table writes in each language tell unaccented Vietnamese from English; a few thousand facts
  // say it as well as a hundred thousand.
  const EVIDENCE_FACTS = 5000;
  // A word the table's prose writes in lowercase is an ordinary word there ("us"); its curated questions are typed as
  // people type, acronyms in lowercase too ("aichr la co quan gi"), and say nothing of it.
  const noteWord = (prose: boolean) => (t: RawToken) => {
    words.add(t.folded);
    if (prose && t.raw === t.raw.toLowerCase()) lowercase.add(t.folded);
  };
  const noteUse = (language: 0 | 1, prose: boolean) => {
    const note = noteWord(prose);
    return (t: RawToken) => {
      note(t);
      if (t.raw.length < 2 || /\d/.test(t.raw)) return;
      let u = uses.get(t.folded);
      if (!u) uses.set(t.folded, (u = [0, 0, 0, 0]));
      u[language]++;
      if (language === 1 && prose) {
        u[2]++;
        if (t.raw[0] !== t.raw[0]!.toLowerCase()) u[3]++;
      }
    };
  };
  const prose = { vi: noteUse(0, true), en: noteUse(1, true), other: noteWord(true) };
  const asked = { vi: noteUse(0, false), en: noteUse(1, false), other: noteWord(false) };
  const questionUnits = new IdLists();
  const unitTerms = new IdLists();
  const contentFigures = new IdLists();
  const questionFigures = new IdLists();
  const innerOf = (read: ReadText) => terms.inner(read, matcher);
  const names = { event: nameListsBuilder(innerOf), roles: nameListsBuilder(innerOf), titles: nameListsBuilder(innerOf), counts: nameListsBuilder(innerOf) };
  const ordinalNames: OrdinalName[][] = [];
  const add = (text: string, weight: number, fact: number, onToken?: (t: RawToken) => void): ReadText => {
    // "co-sponsors", "Asia-Pacific": people type such compounds as one word as often as two.
    if (text.includes('-')) for (const compound of text.match(/\p{L}+(?:-\p{L}+)+/gu) ?? []) words.add(fold(compound).replace(/[^a-z0-9]/g, ''));
    const read = terms.read(text, matcher, onToken);
    const ids = read.all;
    if (terms.names.length > tf.length) {
      const grown = new Float64Array(terms.names.length * 2);
      grown.set(tf);
      tf = grown;
    }
    for (const id of ids) {
      if (tf[id] === 0) {
        if (count === touched.length) {
          const grown = new Int32Array(touched.length * 2);
          grown.set(touched);
          touched = grown;
        }
        touched[count++] = id;
        terms.seen(id, fact);
      }
      tf[id]! += weight;
    }
    return read;
  };
  const flush = (into: PostingsBuilder) => {
    into.add(touched, count, tf);
    for (let k = 0; k < count; k++) tf[touched[k]!] = 0;
    count = 0;
  };

  const figures = new Set<number>();
  for (let f = 0; f < n; f++) {
    const fact = facts[f]!;
    const evidence = f < EVIDENCE_FACTS;
    figures.clear();
    contentTexts(fact, options.fieldWeights).forEach(([text, weight, slug], k) => {
      add(text, weight, f, k === 0 && evidence ? prose.vi : k === 1 && evidence ? prose.en : slug ? asked.other : prose.other);
      if (mayStateFigures(text)) for (const x of figuresIn(text)) figures.add(Number(x));
    });
    flush(content);
    contentFigures.push([...figures]);
    questionStart[f] = questionFact.length;
    for (const [list, language] of [[fact.questions.vi, 'vi'], [fact.questions.en, 'en']] as const) {
      for (const typed of list) {
        // Read as a question is: its short forms spelt out ("TT Dũng", "có bn đoàn").
        const q = language === 'vi' ? withShortFormsSpelt(typed) : typed;
        const read = add(q, 1, f, evidence ? asked[language] : asked.other);
        flush(questions);
        questionFact.push(f);
        questionFigures.push(mayStateFigures(q) ? figuresIn(q).map(Number) : []);
        // The question's topic words, each with the terms that stand for it: its word, its pairs, concepts over it.
        const cues = findCues(read.tokens, language);
        const used = cues.used;
        let kinds = 0;
        for (const k of cues.types) kinds |= KIND_BIT[k];
        questionKinds.push(kinds);
        const topic = topicWords(read.tokens, read.concepts, language, used);
        const units: number[] = [];
        for (const i of topic) {
          const ids = [read.words[i]!];
          if (i > 0) ids.push(read.pairs[i - 1]!);
          if (i < read.pairs.length) ids.push(read.pairs[i]!);
          for (const c of read.concepts) if (i >= c.start && i < c.end && !ids.includes(c.id)) ids.push(c.id);
          units.push(unitTerms.push(ids));
        }
        questionUnits.push(units);
      }
    }
    // Read for their terms only: they say which of its values a question asks for, not what the fact is about.
    for (const [list, builder] of [[fact.event, names.event], [withRoleGroups(fact.roles), names.roles], [fact.titles, names.titles], [fact.counts, names.counts]] as const) {
      builder.add(list.map((name) => terms.read(name, matcher)));
    }
    const named = [...fact.entities.flatMap((e) => [e.name, ...e.aliases]), ...fact.event].map(withoutOrdinal).filter((x): x is OrdinalName => !!x);
    ordinalNames.push(named.filter((x, k) => named.findIndex((y) => y.name === x.name) === k));
  }
  questionStart[n] = questionFact.length;
  // Once every fact is read: a name left as one word held by many facts ("ASEAN" of "ASEAN 37") names no one thing.
  const ordinals = nameListsBuilder(innerOf);
  const ordinalValues: number[] = [];
  for (const list of ordinalNames) {
    const kept = list
      .map((o) => ({ ...o, read: terms.read(o.name, matcher) }))
      .filter(({ read }) => {
        const words = read.tokens.map((t, i) => ({ t, i })).filter(({ t }) => !isWrittenStopword(t));
        return words.length > 1 || (words.length === 1 && terms.factDf[read.words[words[0]!.i]!]! <= n * options.rareConceptShare);
      });
    ordinals.add(kept.map((o) => o.read));
    for (const o of kept) ordinalValues.push(o.ordinal);
  }

  const termCount = terms.names.length;
  const { k1, b } = options.bm25;
  const dates: DateParts[][] = facts.map((f) => [...(f.date ? [dateParts(f.date)] : []), ...datesIn(f.answer.vi)]);
  const when = new Float64Array(n);
  const years: (readonly number[])[] = [];
  const byTag = new Map<string, number[]>();
  const datedByMonth = new Map<number, number[]>();
  facts.forEach((f, i) => {
    const months = new Set<number>();
    for (const d of dates[i]!) for (let m = d.month; m <= Math.max(d.month, d.endMonth); m++) months.add(m);
    for (const m of months) {
      let list = datedByMonth.get(m);
      if (!list) datedByMonth.set(m, (list = []));
      list.push(i);
    }
    if (f.date) when[i] = isoNumber(f.date.value);
    else for (const s of f.sources) when[i] = Math.max(when[i]!, isoNumber(s.published.value));
    years.push(f.kind === 'term' ? [] : yearsOf(f));
    for (const tag of f.tags) {
      let list = byTag.get(tag);
      if (!list) byTag.set(tag, (list = []));
      list.push(i);
    }
  });
  const events = names.event.build();
  return {
    table,
    facts,
    termIds: terms.ids,
    factDf: terms.factDf.slice(0, termCount),
    content: content.build(termCount, k1, b),
    questionUnits: questionUnits.freeze(),
    unitTerms: unitTerms.freeze(),
    contentFigures: contentFigures.freeze(),
    questionFigures: questionFigures.freeze(),
    questions: questions.build(termCount, k1, b),
    questionFact: Int32Array.from(questionFact),
    questionKinds: Uint8Array.from(questionKinds),
    questionStart,
    matcher,
    entityNames: entityNameMatcher(table),
    nameWords: declaredNameWords(table),
    personWords: personNameWords(table),
    languageEvidence: languageEvidenceFrom(uses, placeAndPersonNames(table)),
    vocabulary: [...words].sort(),
    dates,
    datedByMonth,
    when,
    years,
    byTag,
    events,
    eventsByWord: namesByRarestWord(events, n, terms.factDf),
    roles: names.roles.build(),
    titles: names.titles.build(),
    counts: names.counts.build(),
    ordinals: ordinals.build(),
    ordinalValues: Int32Array.from(ordinalValues),
    unmentioned: unmentionedConcepts(table, terms.ids, terms.factDf, words),
  };
}

/** Glossary entries held by no fact (as a concept) and written by none in any form (inside a longer name either). */
function unmentionedConcepts(table: FactTable, ids: ReadonlyMap<string, number>, df: Int32Array, words: ReadonlySet<string>): Set<string> {
  const out = new Set<string>();
  let texts: string[] | undefined;
  for (const entry of table.glossary) {
    const term = `@${entry.id}`;
    const id = ids.get(term) ?? -1;
    if (id >= 0 && df[id]! > 0) continue;
    // A form with a word the table never writes is not written; the texts are folded only for the others.
    const forms = [...entry.acronyms, ...entry.names.vi, ...entry.names.en].map(foldedText).filter((form) => form.split(' ').every((w) => words.has(w)));
    texts ??= forms.length ? table.facts.map((f) => ` ${foldedText(`${f.answer.vi} ${f.answer.en} ${f.entities.map((e) => [e.name, ...e.aliases].join(' ')).join(' ')}`)} `) : undefined;
    if (!texts?.some((t) => forms.some((form) => t.includes(` ${form} `)))) out.add(term);
  }
  return out;
}

/** Each folded way of naming a part (ROLE_GROUPS) → the groups it is in: folded once, not once per fact. */
const ROLE_GROUPS_OF: ReadonlyMap<string, readonly (readonly string[])[]> = (() => {
  const out = new Map<string, (readonly string[])[]>();
  for (const group of ROLE_GROUPS) for (const r of group) out.set(fold(r), [...(out.get(fold(r)) ?? []), group]);
  return out;
})();

/** A fact's roles with the other ways of naming each (ROLE_GROUPS), so that a question may name the part in any. */
function withRoleGroups(roles: readonly string[]): readonly string[] {
  const out = new Set(roles);
  for (const role of roles) for (const group of ROLE_GROUPS_OF.get(fold(role)) ?? []) for (const r of group) out.add(r);
  return [...out];
}

/** A name written with an ordinal, without it ("AMM" of "AMM 53"), and the ordinal (53). */
interface OrdinalName {
  name: string;
  ordinal: number;
}

/**
 * A name without the ordinal in it ("AMM" of "AMM 53", "Đại hội đồng" of "Đại hội đồng khóa 75"), and the ordinal;
 * none without one ("PMC+1" is ASEAN and one partner, not an edition).
 */
function withoutOrdinal(name: string): OrdinalName | undefined {
  if (/\+\s*\d/.test(name)) return undefined;
  const tokens = rawTokens(name);
  const ordinal = (i: number) => {
    const m = /^(\d{1,3})(st|nd|rd|th)?$/.exec(tokens[i]!.folded);
    return !!m && Number(m[1]) > 0;
  };
  const at = tokens.findIndex((_, i) => ordinal(i));
  if (at < 0) return undefined;
  let from = at;
  while (from > 0 && ORDINAL_WORDS.has(tokens[from - 1]!.folded)) from--;
  const kept = tokens.filter((_, i) => i < from || i > at).map((t) => t.raw);
  return kept.length ? { name: kept.join(' '), ordinal: parseInt(tokens[at]!.folded, 10) } : undefined;
}

function nameListsBuilder(innerOf: (read: ReadText) => { id: number; start: number; end: number }[]) {
  const names = new IdLists();
  const words = new IdLists();
  const concepts = new IdLists();
  const inner = new IdLists();
  const bonds = new IdLists();
  return {
    add(reads: readonly ReadText[]): void {
      const mine: number[] = [];
      for (const read of reads) {
        const content = (i: number) => !isWrittenStopword(read.tokens[i]!);
        const kept = read.tokens.map((t, i) => ({ t, i })).filter(({ i }) => content(i));
        const use = kept.length ? kept : read.tokens.map((t, i) => ({ t, i }));
        if (!use.length) continue;
        mine.push(words.push(use.map(({ i }) => read.words[i]!)));
        concepts.push(use.map(({ i }) => read.concepts.find((c) => i >= c.start && i < c.end)?.id ?? -1));
        const spans = innerOf(read);
        inner.push(use.map(({ i }) => spans.find((c) => i >= c.start && i < c.end)?.id ?? -1));
        // A name written with diacritics is Vietnamese: its words are syllables.
        const syllables = read.tokens.some((t) => hasDiacritics(t.raw));
        const bond = (i: number, j: number) => (syllables && j >= 0 && j < read.tokens.length && content(j) ? read.pairs[Math.min(i, j)]! : -1);
        bonds.push(use.flatMap(({ i }) => [bond(i, i - 1), bond(i, i + 1)]));
      }
      names.push(mine);
    },
    build: (): NameLists => ({ names: names.freeze(), words: words.freeze(), concepts: concepts.freeze(), inner: inner.freeze(), bonds: bonds.freeze() }),
  };
}

/**
 * Whether a question names what a fact's date and place belong to: one of its event names (see NameLists), or the
 * fact's own date. True for a fact that names no event (nothing to check).
 */
export function eventNamed(index: FactIndex, fact: number, ids: ReadonlySet<number>, date: QueryDate | undefined): boolean {
  if (!index.events.names.of(fact).length) return true;
  if (date && index.facts[fact]!.date && dateFit(date, index.dates[fact]![0]) === 'match') return true;
  return namesOneOf(index.events, fact, ids);
}

/** The id of a term some fact holds, else -1: words found only in event or role names find and cover nothing. */
export function heldTermId(index: FactIndex, term: string): number {
  const id = index.termIds.get(term) ?? -1;
  return id >= 0 && index.factDf[id]! > 0 ? id : -1;
}

/** Each name of some fact, under the rarest of its words and under that word's concept: a question naming it holds one. */
function namesByRarestWord(lists: NameLists, factCount: number, df: Int32Array): Map<number, number[]> {
  const out = new Map<number, number[]>();
  const file = (id: number, k: number) => {
    let list = out.get(id);
    if (!list) out.set(id, (list = []));
    list.push(k);
  };
  for (let fact = 0; fact < factCount; fact++) {
    for (const k of lists.names.of(fact)) {
      const words = lists.words.of(k);
      if (!words.length) continue;
      let rarest = 0;
      for (let i = 1; i < words.length; i++) if (df[words[i]!]! < df[words[rarest]!]!) rarest = i;
      file(words[rarest]!, k);
      const concept = lists.concepts.of(k)[rarest]!;
      if (concept >= 0) file(concept, k);
    }
  }
  return out;
}

const anEventNamed = new WeakMap<ReadonlySet<number>, boolean>();

/** Whether a question (its term ids) names the event of any fact: a meeting, ceremony or document people date. */
export function namesAnEvent(index: FactIndex, ids: ReadonlySet<number>): boolean {
  let named = anEventNamed.get(ids);
  if (named !== undefined) return named;
  named = false;
  for (const id of ids) {
    for (const k of index.eventsByWord.get(id) ?? []) if ((named = namesName(index.events, k, ids))) break;
    if (named) break;
  }
  anEventNamed.set(ids, named);
  return named;
}

/** Whether a question names one of a fact's role or title names, whether or not it names the event. */
export function partNamed(index: FactIndex, fact: number, ids: ReadonlySet<number>): boolean {
  return namesOneOf(index.titles, fact, ids) || namesOneOf(index.roles, fact, ids);
}

/**
 * Whether a question names who a fact's who are: one of their titles, or the part they played (a role name) in the
 * fact's event. A part is played in some event: a question naming another one than the fact's ("who chaired AMM 53?"
 * against the press conference on AMM 53, chaired by someone else) asks who played it there. True for a fact that
 * names no role or title.
 */
export function roleNamed(index: FactIndex, fact: number, ids: ReadonlySet<number>, date: QueryDate | undefined): boolean {
  const roles = index.roles.names.of(fact).length > 0;
  if (!roles && !index.titles.names.of(fact).length) return true;
  if (namesOneOf(index.titles, fact, ids)) return true;
  return roles && namesOneOf(index.roles, fact, ids) && (eventNamed(index, fact, ids, date) || !namesAnEvent(index, ids));
}

/**
 * Whether a question names what a fact's count counts (one of its count names), and the word it counts ("how many
 * journalists", `counted`: the ids standing for it) is one of theirs: a count of meetings does not say how many
 * journalists attended its press conference. True for a fact that names none.
 */
export function countNamed(index: FactIndex, fact: number, ids: ReadonlySet<number>, counted?: readonly number[]): boolean {
  const names = index.counts.names.of(fact);
  if (!names.length) return true;
  if (!namesOneOf(index.counts, fact, ids)) return false;
  if (!counted) return true;
  for (const k of names) {
    const words = index.counts.words.of(k);
    const concepts = index.counts.concepts.of(k);
    for (let i = 0; i < words.length; i++) if (counted.includes(words[i]!) || (concepts[i]! >= 0 && counted.includes(concepts[i]!))) return true;
  }
  return false;
}

/**
 * Whether a question names something a fact names with its ordinal, without stating that ordinal itself: the fact
 * says which edition it is ("EAS lần thứ mấy họp dịp AMM 53?" asks the EAS's, not AMM 53's).
 */
export function ordinalNamed(index: FactIndex, fact: number, ids: ReadonlySet<number>, stated: readonly string[]): boolean {
  for (const k of index.ordinals.names.of(fact)) if (!stated.includes(String(index.ordinalValues[k])) && namesName(index.ordinals, k, ids)) return true;
  return false;
}

/** The years a fact is from: its event date and end, and its sources' publication. */
function yearsOf(f: FactRecord): number[] {
  const out: number[] = [];
  const add = (iso: string | undefined) => {
    const y = iso ? isoField(iso, 0) : 0;
    if (y && !out.includes(y)) out.push(y);
  };
  add(f.date?.value);
  add(f.date?.end);
  for (const s of f.sources) add(s.published.value);
  return out;
}

/** "2020-11-23" → 20201123, "2020-10" → 20201000. */
function isoNumber(iso: string): number {
  return isoField(iso, 0) * 10000 + isoField(iso, 1) * 100 + isoField(iso, 2);
}

/** The folded words of every name the table declares: its entities' names and aliases, its glossary names and acronyms. */
function declaredNameWords(table: FactTable): Set<string> {
  const names = table.facts.flatMap((f) => f.entities.flatMap((e) => [e.name, ...e.aliases]));
  for (const g of table.glossary) names.push(...g.acronyms, ...g.names.vi, ...g.names.en);
  return foldedWordsOf(names);
}

/** The folded words of the names of the people the facts name. */
function personNameWords(table: FactTable): Set<string> {
  return foldedWordsOf(table.facts.flatMap((f) => f.entities.filter((e) => e.kind === 'person').flatMap((e) => [e.name, ...e.aliases])));
}

const foldedWordsOf = (names: readonly string[]): Set<string> => new Set(names.flatMap((n) => rawTokens(n).map((t) => t.folded)));

/** The names of the people, places and countries the facts hold, as the articles write them (language evidence). */
function placeAndPersonNames(table: FactTable): string[] {
  return table.facts.flatMap((f) => f.entities.filter((e) => e.kind === 'person' || e.kind === 'place' || e.kind === 'country').map((e) => e.name));
}

/** One trie of every entity name and alias of two words or more; what it finds is only where names are. */
function entityNameMatcher(table: FactTable): ConceptMatcher {
  const names = new Set<string>();
  for (const f of table.facts) for (const e of f.entities) for (const n of [e.name, ...e.aliases]) if (/\S\s+\S/.test(n.trim())) names.add(n);
  return new ConceptMatcher([{ id: 'entity', acronyms: [], names: { vi: [...names], en: [] } }], new Set());
}
