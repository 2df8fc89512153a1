// Indexes a fact table: one weighted document per fact, per-fact traits for question types, dates and the vocabulary.
import type { FactRecord, FactTable } from '../facts/fact-table.js';
import { findCues } from './analyze-question.js';
import { TRAIT } from './answer-traits.js';
import { ConceptMatcher, type RawToken } from './ConceptMatcher.js';
import type { QuestionType } from './lexicon.js';
import { languageEvidenceFrom, type LanguageEvidence } from './detect-language.js';
import { IndexBuilder, type InvertedIndex } from './InvertedIndex.js';
import type { EngineOptions } from './options.js';
import { dateParts, type DateParts } from './parse-query-date.js';
import { answerTexts } from './read-answers.js';
import { startReadingAnswers, type AnswerReading } from './read-answers-in-worker.js';
import { TextReader, Use, type TokenTerms } from './TextReader.js';

export { TRAIT };

/** Question types a fact's own curated questions ask: the strongest sign of what kind of answer it gives. */
export const ASKS: Record<QuestionType, number> = { who: 1, when: 2, where: 4, howMany: 8, define: 16 };

export interface FactIndex {
  index: InvertedIndex;
  matcher: ConceptMatcher;
  facts: readonly FactRecord[];
  traits: Uint8Array;
  asks: Uint8Array;
  /** Event date of each fact as numbers (undefined: none). */
  dates: (DateParts | undefined)[];
  /** Facts by the months their event date touches (1–12; 0 for a year-only date), for date questions. */
  datedByMonth: ReadonlyMap<number, readonly number[]>;
  /** Years each fact is from (event date, end, publication); empty for glossary terms, which are timeless. */
  years: (readonly number[])[];
  /** When each fact happened, as yyyymmdd (event date, else the latest publication; 0 for none): the latest wins ties. */
  when: Float64Array;
  /** Facts by tag, ascending, for related facts. */
  byTag: ReadonlyMap<string, readonly number[]>;
  /** Folded words and concept ids of each fact's curated questions, sorted: the re-ranking compares against them. */
  questionTerms: (readonly Int32Array[])[];
  /** Sorted plain words (no pairs, concepts or accented forms), for prefix completion and spelling correction. */
  vocabulary: string[];
  /** Which words the table writes in Vietnamese and which in English, to tell unaccented Vietnamese from English. */
  languageEvidence: LanguageEvidence;
  /** Whether the answers were read in a worker thread (large tables) or inline, and why inline. */
  answerReading: AnswerReading;
}

/**
 * One distinct text of the table that recurs (questions, names, titles, tags): its tokens and terms are worked out
 * once however many facts use it.
 */
interface TextEntry {
  tokens: readonly RawToken[];
  tokenTerms: readonly TokenTerms[];
  /** Distinct term ids of the text with their counts. */
  terms: Int32Array;
  counts: Float32Array;
  /** Sorted distinct folded-word and concept ids (made for curated questions only). */
  questionTerms?: Int32Array;
  /** Whether its words have been counted as the table's lowercase words (answers and questions only). */
  lowerSeen: boolean;
  /** Question types asked, per language of use (-1: not worked out yet). */
  asksVi: number;
  asksEn: number;
}

/**
 * Indexes the table in two steps. First every field but the answers (questions, names, titles, tags, years), fact by
 * fact, while the answers, the bulk of the text, are read apart (in a worker thread for large tables); then each
 * fact's document is completed with its answers' terms. Inline or in a worker, the same steps give the same index.
 */
export function buildFactIndex(table: FactTable, options: EngineOptions): FactIndex {
  const facts = table.facts;
  const n = facts.length;
  const pending = startReadingAnswers(answerTexts(facts), table.glossary, n >= options.parallelBuildAbove);
  // Filled after indexing: only question matching reads it (the table's own acronyms count in capitals only).
  const lowercase = new Set<string>();
  const matcher = new ConceptMatcher(table.glossary, lowercase);
  const builder = new IndexBuilder();
  const reader = new TextReader(matcher, builder);
  const texts = new Map<string, TextEntry>();

  const newEntry = (text: string): TextEntry => {
    reader.read(text);
    reader.count();
    const ids = reader.terms;
    const terms = new Int32Array(ids.length);
    const counts = new Float32Array(ids.length);
    for (let k = 0; k < ids.length; k++) {
      const id = ids[k]!;
      terms[k] = id;
      counts[k] = reader.counts[id]!;
      reader.counts[id] = 0;
    }
    return { tokens: reader.tokens.slice(), tokenTerms: reader.tokenTerms.slice(), terms, counts, lowerSeen: false, asksVi: -1, asksEn: -1 };
  };
  const questionTermsOf = (e: TextEntry): Int32Array => {
    if (!e.questionTerms) {
      const ids = e.tokenTerms.map((tt) => tt.folded);
      for (const hit of reader.concepts(e.tokens, e.tokenTerms)) ids.push(builder.intern(hit.term));
      ids.sort((x, y) => x - y);
      e.questionTerms = Int32Array.from(ids.filter((id, k) => k === 0 || id !== ids[k - 1]));
    }
    return e.questionTerms;
  };

  const w = options.fieldWeights;
  const traits = new Uint8Array(n);
  const asks = new Uint8Array(n);
  const dates: (DateParts | undefined)[] = new Array(n);
  const datedByMonth = new Map<number, number[]>();
  const years: (readonly number[])[] = new Array(n);
  const when = new Float64Array(n);
  const byTag = new Map<string, number[]>();
  const questionTerms: (readonly Int32Array[])[] = new Array(n);
  // Each fact's document without its answers (terms and weighted counts), kept until the answers are read.
  const partial = new PartialDocuments(n);
  let acc = new Float64Array(1024);
  let docTerms = new Int32Array(256);
  let docTfs = new Float64Array(256);
  let docCount = 0;
  let length = 0;
  const ensureDocRoom = (more: number) => {
    if (builder.size > acc.length) {
      const bigger = new Float64Array(Math.max(acc.length * 2, builder.size));
      bigger.set(acc);
      acc = bigger;
    }
    if (docCount + more > docTerms.length) {
      const bigger = new Int32Array(Math.max(docTerms.length * 2, docCount + more));
      bigger.set(docTerms);
      docTerms = bigger;
    }
  };
  /** Adds a text that recurs across facts (questions, titles, tags): through the memory of distinct texts. */
  const add = (text: string, weight: number, use: Use = Use.Other): TextEntry => {
    let e = texts.get(text);
    if (!e) texts.set(text, (e = newEntry(text)));
    if (use !== Use.Other) {
      reader.noteUse(e.tokenTerms, use, !e.lowerSeen);
      e.lowerSeen = true;
    }
    const terms = e.terms;
    const cs = e.counts;
    ensureDocRoom(terms.length);
    for (let i = 0; i < terms.length; i++) {
      const t = terms[i]!;
      if (acc[t] === 0) docTerms[docCount++] = t;
      acc[t]! += weight * cs[i]!;
    }
    length += weight * e.tokens.length;
    return e;
  };
  /** Adds a short name without the memory of distinct texts: reading it is quicker than hashing it. */
  const addDirect = (text: string, weight: number): void => {
    reader.read(text);
    reader.count();
    const ids = reader.terms;
    ensureDocRoom(ids.length);
    for (const t of ids) {
      if (acc[t] === 0) docTerms[docCount++] = t;
      acc[t]! += weight * reader.counts[t]!;
      reader.counts[t] = 0;
    }
    length += weight * reader.tokens.length;
  };
  /** Moves the accumulated document into `into` (terms and weights) and clears the accumulator. */
  const takeDocument = (into: PartialDocuments | undefined): void => {
    if (into) into.add(docTerms, acc, docCount, length);
    else {
      if (docCount > docTfs.length) docTfs = new Float64Array(docTerms.length);
      for (let k = 0; k < docCount; k++) docTfs[k] = acc[docTerms[k]!]!;
      builder.addDocument(docTerms, docTfs, docCount, length);
    }
    for (let k = 0; k < docCount; k++) acc[docTerms[k]!] = 0;
    docCount = 0;
    length = 0;
  };

  for (let i = 0; i < n; i++) {
    const f = facts[i]!;
    // Many phrasings of one question should not outweigh the answer: each question gets a share of the weight.
    const qWeight = (w.questions * 4) / Math.max(4, f.questions.vi.length + f.questions.en.length);
    let factAsks = 0;
    const qTerms: Int32Array[] = [];
    for (const lang of LANGS) {
      for (const q of f.questions[lang]) {
        const e = add(q, qWeight, lang === 'vi' ? Use.Vi : Use.En);
        qTerms.push(questionTermsOf(e));
        let bits = lang === 'vi' ? e.asksVi : e.asksEn;
        if (bits < 0) {
          bits = 0;
          for (const type of findCues(e.tokens, lang).types) bits |= ASKS[type];
          if (lang === 'vi') e.asksVi = bits;
          else e.asksEn = bits;
        }
        factAsks |= bits;
      }
    }
    questionTerms[i] = qTerms;
    for (const e of f.entities) {
      addDirect(e.name, w.entities);
      for (const alias of e.aliases) addDirect(alias, w.entities);
      if (e.title) add(`${e.title.vi} ${e.title.en}`, w.entities * 0.5);
    }
    add(f.tags.length === 1 ? f.tags[0]!.replace(/-/g, ' ') : f.tags.join(' ').replace(/-/g, ' '), w.tags);
    for (const s of f.sources) add(s.title, w.sourceTitle);
    const factYears: number[] = [];
    const addYear = (iso: string | undefined) => {
      const y = iso ? Number(iso.slice(0, 4)) : 0;
      if (y && !factYears.includes(y)) factYears.push(y);
    };
    addYear(f.date?.value);
    addYear(f.date?.end);
    for (const s of f.sources) addYear(s.published.value);
    add(factYears.join(' '), w.meta);
    takeDocument(partial);

    let t = 0;
    for (const e of f.entities) {
      if (e.kind === 'person') t |= TRAIT.person;
      else if (e.kind === 'place' || e.kind === 'country') t |= TRAIT.place;
    }
    if (f.date) t |= TRAIT.date;
    if (f.kind === 'term') t |= TRAIT.term;
    traits[i] = t;
    asks[i] = factAsks;
    years[i] = f.kind === 'fact' ? factYears : NO_YEARS;
    when[i] = f.date ? isoNumber(f.date.value) : Math.max(0, ...f.sources.map((s) => isoNumber(s.published.value)));
    if (f.date) {
      const parts = (dates[i] = dateParts(f.date));
      for (const m of parts.endMonth === parts.month ? [parts.month] : [parts.month, parts.endMonth]) {
        let list = datedByMonth.get(m);
        if (!list) datedByMonth.set(m, (list = []));
        list.push(i);
      }
    }
    for (const tag of f.tags) {
      let list = byTag.get(tag);
      if (!list) byTag.set(tag, (list = []));
      list.push(i);
    }
  }

  // The answers: their terms in the builder's ids, then each document completed.
  const { terms: answers, reading: answerReading } = pending.take();
  const ids = Int32Array.from(answers.names, (name) => builder.intern(name));
  reader.makeRoom();
  for (let local = 0; local < ids.length; local++) {
    const id = ids[local]!;
    reader.viUses[id]! += answers.viUses[local]!;
    reader.enUses[id]! += answers.enUses[local]!;
    if (answers.lowerSeen[local]) reader.lowerSeen[id] = 1;
  }
  for (let i = 0; i < n; i++) {
    ensureDocRoom(partial.count(i));
    length = partial.restore(i, docTerms, acc);
    docCount = partial.count(i);
    for (let k = 2 * i; k <= 2 * i + 1; k++) {
      const end = answers.offsets[k + 1]!;
      ensureDocRoom(end - answers.offsets[k]!);
      for (let p = answers.offsets[k]!; p < end; p++) {
        const t = ids[answers.terms[p]!]!;
        if (acc[t] === 0) docTerms[docCount++] = t;
        acc[t]! += w.answer * answers.counts[p]!;
      }
      length += w.answer * answers.tokens[k]!;
    }
    takeDocument(undefined);
    traits[i]! |= answers.traits[i]!;
  }

  const counts = new Map<string, [number, number]>();
  for (let id = 0; id < builder.size; id++) {
    const vi = reader.viUses[id] ?? 0;
    const en = reader.enUses[id] ?? 0;
    if (vi || en) counts.set(builder.name(id), [vi, en]);
    if (reader.lowerSeen[id]) lowercase.add(builder.name(id));
  }
  const languageEvidence = languageEvidenceFrom(counts);
  const index = builder.finish({ k1: options.k1, b: options.b });
  const vocabulary = [...index.terms()].filter((t) => /^[a-z0-9]+$/.test(t)).sort();
  return { index, matcher, facts, traits, asks, dates, datedByMonth, years, when, byTag, questionTerms, vocabulary, languageEvidence, answerReading };
}

/** Documents waiting for their answers: terms and weights end to end, grown by doubling (the build drops them). */
class PartialDocuments {
  private terms = new Int32Array(1 << 16);
  private weights = new Float64Array(1 << 16);
  private readonly ends: Int32Array;
  private readonly lengths: Float64Array;
  private docs = 0;

  constructor(capacity: number) {
    this.ends = new Int32Array(capacity + 1);
    this.lengths = new Float64Array(capacity);
  }

  /** Adds the next document: `count` terms with their weights read from `acc` by term id. */
  add(terms: Int32Array, acc: Float64Array, count: number, length: number): void {
    const at = this.ends[this.docs]!;
    if (at + count > this.terms.length) {
      const size = Math.max(this.terms.length * 2, at + count);
      const t = new Int32Array(size);
      const w = new Float64Array(size);
      t.set(this.terms);
      w.set(this.weights);
      this.terms = t;
      this.weights = w;
    }
    for (let k = 0; k < count; k++) {
      const term = terms[k]!;
      this.terms[at + k] = term;
      this.weights[at + k] = acc[term]!;
    }
    this.lengths[this.docs] = length;
    this.ends[++this.docs] = at + count;
  }

  count(doc: number): number {
    return this.ends[doc + 1]! - this.ends[doc]!;
  }

  /** Writes document `doc` back into `terms` (from 0) and `acc` (by term id); returns its length. */
  restore(doc: number, terms: Int32Array, acc: Float64Array): number {
    const from = this.ends[doc]!;
    const to = this.ends[doc + 1]!;
    for (let p = from; p < to; p++) {
      const term = this.terms[p]!;
      terms[p - from] = term;
      acc[term] = this.weights[p]!;
    }
    return this.lengths[doc]!;
  }
}

const LANGS = ['vi', 'en'] as const;

/** "2020-11-23" → 20201123, "2020-10" → 20201000. */
function isoNumber(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number);
  return (y || 0) * 10000 + (m || 0) * 100 + (d || 0);
}
const NO_YEARS: readonly number[] = Object.freeze([]);
