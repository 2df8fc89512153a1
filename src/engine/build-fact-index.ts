// Indexes a fact table: one weighted document per fact, per-fact traits for question types, dates and the vocabulary.
import type { FactRecord, FactTable } from '../facts/fact-table.js';
import { findCues } from './analyze-question.js';
import { ConceptMatcher, tokensOfWord, type RawToken } from './ConceptMatcher.js';
import { wordReady } from '../text/normalize.js';
import { WordTable } from '../text/WordTable.js';
import type { QuestionType } from './lexicon.js';
import { isEvidenceWord, languageEvidenceFrom, type LanguageEvidence } from './detect-language.js';
import { exactTerm, isPairSkip, pairTerm } from './index-terms.js';
import { IndexBuilder, type InvertedIndex } from './InvertedIndex.js';
import type { EngineOptions } from './options.js';
import { dateParts, type DateParts } from './parse-query-date.js';

/** Per-fact traits, as bits, that question types look for. */
export const TRAIT = { person: 1, place: 2, number: 4, date: 8, term: 16, statesDate: 32 } as const;

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
}

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
function answerTraits(text: string): number {
  let t = 0;
  if (hasCount(text)) t |= TRAIT.number;
  if (YEAR.test(text) || DAY_MONTH.test(text)) t |= TRAIT.date;
  if (DAY_MONTH.test(text)) t |= TRAIT.statesDate;
  return t;
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

/** Ids and traits of one token's terms, worked out once per distinct word of the table. */
interface TokenTerms {
  folded: number;
  /** The accented form's term, or -1 when the token has no accents. */
  exact: number;
  pairSkip: boolean;
  /** Adjacent-word pair terms that start with this word, by the next word's folded id. */
  pairs?: Map<number, number>;
  /** Written in lowercase ("tác", not "TAC"). */
  lower: boolean;
  /** Votes on the language of the text it is in (see isEvidenceWord). */
  evidence: boolean;
  /** A glossary name may start with it. */
  concept: boolean;
}

interface WordInfo {
  tokens: readonly RawToken[];
  terms: readonly TokenTerms[];
}

const enum Use {
  Other,
  Vi,
  En,
}

export function buildFactIndex(table: FactTable, options: EngineOptions): FactIndex {
  const facts = table.facts;
  // Filled after indexing: only question matching reads it (the table's own acronyms count in capitals only).
  const lowercase = new Set<string>();
  const matcher = new ConceptMatcher(table.glossary, lowercase);
  const builder = new IndexBuilder();
  const texts = new Map<string, TextEntry>();

  // Reading a text: its words from the word table, their tokens and term ids from the per-word cache.
  const wordTable = new WordTable();
  const wordInfos: (WordInfo | undefined)[] = [];
  const wordIds: number[] = [];
  const seqTokens: RawToken[] = [];
  const seqTerms: TokenTerms[] = [];
  let seqConcept = false;
  const wordInfo = (raw: string): WordInfo => {
    const tokens = tokensOfWord(raw);
    return {
      tokens,
      terms: tokens.map((t) => ({
        folded: builder.intern(t.folded),
        exact: t.exact !== t.folded ? builder.intern(exactTerm(t.exact)) : -1,
        pairSkip: isPairSkip(t.folded),
        lower: t.raw === t.raw.toLowerCase(),
        evidence: isEvidenceWord(t.raw),
        concept: matcher.startsConcept(t.folded),
      })),
    };
  };
  const read = (text: string): void => {
    wordTable.scan(wordReady(text), wordIds);
    seqTokens.length = 0;
    seqTerms.length = 0;
    seqConcept = false;
    for (const w of wordIds) {
      const info = wordInfos[w] ?? (wordInfos[w] = wordInfo(wordTable.word(w)));
      for (let k = 0; k < info.tokens.length; k++) {
        const tt = info.terms[k]!;
        seqTokens.push(info.tokens[k]!);
        seqTerms.push(tt);
        if (tt.concept) seqConcept = true;
      }
    }
  };

  // Term counts of the text just read, by term id (reset as they are consumed: a Map here was the hot spot).
  let textCounts = new Float64Array(1024);
  const textTerms: number[] = [];
  const bump = (id: number) => {
    if (id >= textCounts.length) {
      const bigger = new Float64Array(Math.max(textCounts.length * 2, id + 1));
      bigger.set(textCounts);
      textCounts = bigger;
    }
    if (textCounts[id] === 0) textTerms.push(id);
    textCounts[id]!++;
  };
  /** Counts every term of the text just read: words, accented forms, pairs and concepts. */
  const countTerms = (): void => {
    textTerms.length = 0;
    let prev: TokenTerms | undefined;
    for (let i = 0; i < seqTerms.length; i++) {
      const tt = seqTerms[i]!;
      bump(tt.folded);
      if (tt.exact >= 0) bump(tt.exact);
      if (prev && !prev.pairSkip && !tt.pairSkip) {
        const pairs = (prev.pairs ??= new Map());
        let pid = pairs.get(tt.folded);
        if (pid === undefined) pairs.set(tt.folded, (pid = builder.intern(pairTerm(seqTokens[i - 1]!.folded, seqTokens[i]!.folded))));
        bump(pid);
      }
      prev = tt;
    }
    if (seqConcept) for (const hit of matcher.find(seqTokens, true)) bump(builder.intern(hit.term));
  };
  const newEntry = (text: string): TextEntry => {
    read(text);
    countTerms();
    const terms = new Int32Array(textTerms.length);
    const counts = new Float32Array(textTerms.length);
    for (let k = 0; k < textTerms.length; k++) {
      const id = textTerms[k]!;
      terms[k] = id;
      counts[k] = textCounts[id]!;
      textCounts[id] = 0;
    }
    return { tokens: seqTokens.slice(), tokenTerms: seqTerms.slice(), terms, counts, lowerSeen: false, asksVi: -1, asksEn: -1 };
  };
  // Language evidence (uses of each word, by folded id, in Vietnamese and in English answers and questions) and
  // the words the table writes in lowercase.
  let viCount = new Int32Array(1024);
  let enCount = new Int32Array(1024);
  let lowerFlags = new Uint8Array(1024);
  const noteUse = (terms: readonly TokenTerms[], use: Use, firstUse: boolean): void => {
    if (builder.size > viCount.length) {
      const size = Math.max(viCount.length * 2, builder.size);
      const vi = new Int32Array(size);
      const en = new Int32Array(size);
      const lower = new Uint8Array(size);
      vi.set(viCount);
      en.set(enCount);
      lower.set(lowerFlags);
      viCount = vi;
      enCount = en;
      lowerFlags = lower;
    }
    const count = use === Use.Vi ? viCount : enCount;
    for (const tt of terms) {
      if (tt.evidence) count[tt.folded]!++;
      if (firstUse && tt.lower) lowerFlags[tt.folded] = 1;
    }
  };
  const questionTermsOf = (e: TextEntry): Int32Array => {
    if (!e.questionTerms) {
      const ids = e.tokenTerms.map((tt) => tt.folded);
      for (const hit of matcher.find(e.tokens, true)) ids.push(builder.intern(hit.term));
      ids.sort((x, y) => x - y);
      e.questionTerms = Int32Array.from(ids.filter((id, k) => k === 0 || id !== ids[k - 1]));
    }
    return e.questionTerms;
  };

  const w = options.fieldWeights;
  const n = facts.length;
  const traits = new Uint8Array(n);
  const asks = new Uint8Array(n);
  const dates: (DateParts | undefined)[] = new Array(n);
  const datedByMonth = new Map<number, number[]>();
  const years: (readonly number[])[] = new Array(n);
  const when = new Float64Array(n);
  const byTag = new Map<string, number[]>();
  const questionTerms: (readonly Int32Array[])[] = new Array(n);
  const answerTraitMemo = new Map<string, number>();
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
  /** Adds a text that recurs across facts (questions, names, titles, tags): through the memory of distinct texts. */
  const add = (text: string, weight: number, use: Use = Use.Other): TextEntry => {
    let e = texts.get(text);
    if (!e) texts.set(text, (e = newEntry(text)));
    if (use !== Use.Other) {
      noteUse(e.tokenTerms, use, !e.lowerSeen);
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
  /**
   * Adds a text without the memory of distinct texts: answers (long and nearly always distinct) and short names,
   * which read faster than a long string is hashed.
   */
  const addDirect = (text: string, weight: number, use: Use = Use.Other): void => {
    read(text);
    countTerms();
    if (use !== Use.Other) noteUse(seqTerms, use, true);
    ensureDocRoom(textTerms.length);
    for (const t of textTerms) {
      if (acc[t] === 0) docTerms[docCount++] = t;
      acc[t]! += weight * textCounts[t]!;
      textCounts[t] = 0;
    }
    length += weight * seqTokens.length;
  };

  for (let i = 0; i < n; i++) {
    const f = facts[i]!;
    docCount = 0;
    length = 0;
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
    addDirect(f.answer.vi, w.answer, Use.Vi);
    addDirect(f.answer.en, w.answer, Use.En);
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

    if (docCount > docTfs.length) docTfs = new Float64Array(docTerms.length);
    for (let k = 0; k < docCount; k++) {
      const t = docTerms[k]!;
      docTfs[k] = acc[t]!;
      acc[t] = 0;
    }
    builder.addDocument(docTerms, docTfs, docCount, length);

    let answerBits = answerTraitMemo.get(f.answer.en);
    if (answerBits === undefined) answerTraitMemo.set(f.answer.en, (answerBits = answerTraits(f.answer.en)));
    let t = answerBits;
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

  const counts = new Map<string, [number, number]>();
  for (let id = 0; id < viCount.length; id++) {
    if (viCount[id] || enCount[id]) counts.set(builder.name(id), [viCount[id]!, enCount[id]!]);
    if (lowerFlags[id]) lowercase.add(builder.name(id));
  }
  const languageEvidence = languageEvidenceFrom(counts);
  const index = builder.finish({ k1: options.k1, b: options.b });
  const vocabulary = [...index.terms()].filter((t) => /^[a-z0-9]+$/.test(t)).sort();
  return { index, matcher, facts, traits, asks, dates, datedByMonth, years, when, byTag, questionTerms, vocabulary, languageEvidence };
}

const LANGS = ['vi', 'en'] as const;

/** "2020-11-23" → 20201123, "2020-10" → 20201000. */
function isoNumber(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number);
  return (y || 0) * 10000 + (m || 0) * 100 + (d || 0);
}
const NO_YEARS: readonly number[] = Object.freeze([]);
