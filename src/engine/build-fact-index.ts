// Indexes a fact table: one weighted document per fact, per-fact traits for question types, dates and the vocabulary.
import type { FactRecord, FactTable } from '../facts/fact-table.js';
import { findCues } from './analyze-question.js';
import { ConceptMatcher, rawTokens, type RawToken } from './ConceptMatcher.js';
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
  /** Facts by tag, ascending, for related facts. */
  byTag: ReadonlyMap<string, readonly number[]>;
  /** Folded words and concept ids of each curated question text, sorted: the re-ranking compares against them. */
  questionTerms: ReadonlyMap<string, Int32Array>;
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
 * One distinct text of the table. Tables repeat texts a lot (names, titles, tags, and generated or templated
 * phrasings), so each distinct text is tokenized and turned into terms once however many facts use it.
 */
interface TextEntry {
  tokens: readonly RawToken[];
  /** Distinct term ids of the text with their counts; made on first use, after the concept matcher exists. */
  terms?: Int32Array;
  counts?: Float32Array;
  /** Sorted distinct folded-word and concept ids (curated questions only). */
  questionTerms?: Int32Array;
  /** Uses as a Vietnamese and as an English answer or question, for language evidence. */
  viUses: number;
  enUses: number;
  /** Question types asked, per language of use (-1: not worked out yet). */
  asksVi: number;
  asksEn: number;
}

/** Ids of one token's terms, worked out once per distinct token (tokens are shared objects). */
interface TokenTerms {
  folded: number;
  /** The accented form's term, or -1 when the token has no accents. */
  exact: number;
  pairSkip: boolean;
}

const PAIR_KEY = 2 ** 26;

export function buildFactIndex(table: FactTable, options: EngineOptions): FactIndex {
  const facts = table.facts;
  const texts = new Map<string, TextEntry>();
  const entry = (text: string): TextEntry => {
    let e = texts.get(text);
    if (!e) texts.set(text, (e = { tokens: rawTokens(text), viUses: 0, enUses: 0, asksVi: -1, asksEn: -1 }));
    return e;
  };

  // Pass 1, answers and questions: language evidence, and the words the table writes in lowercase, which the
  // concept matcher needs before any text can be turned into terms ("tac" written as a word is not the TAC).
  const lowercase = new Set<string>();
  const seenTokens = new Set<RawToken>();
  const use = (text: string, lang: 'vi' | 'en') => {
    const e = entry(text);
    if (e.viUses === 0 && e.enUses === 0) {
      for (const t of e.tokens) {
        if (seenTokens.has(t)) continue;
        seenTokens.add(t);
        if (t.raw === t.raw.toLowerCase()) lowercase.add(t.folded);
      }
    }
    if (lang === 'vi') e.viUses++;
    else e.enUses++;
  };
  for (const f of facts) {
    use(f.answer.vi, 'vi');
    use(f.answer.en, 'en');
    for (const q of f.questions.vi) use(q, 'vi');
    for (const q of f.questions.en) use(q, 'en');
  }
  const counts = new Map<string, [number, number]>();
  for (const e of texts.values()) {
    if (!e.viUses && !e.enUses) continue;
    for (const t of e.tokens) {
      if (!isEvidenceWord(t.raw)) continue;
      let c = counts.get(t.folded);
      if (!c) counts.set(t.folded, (c = [0, 0]));
      c[0] += e.viUses;
      c[1] += e.enUses;
    }
  }
  const languageEvidence = languageEvidenceFrom(counts);
  const matcher = new ConceptMatcher(table.glossary, lowercase);

  // Pass 2: terms of each distinct text, then one document per fact.
  const builder = new IndexBuilder();
  const tokenTerms = new Map<RawToken, TokenTerms>();
  const termsOfToken = (t: RawToken): TokenTerms => {
    let tt = tokenTerms.get(t);
    if (!tt) {
      tt = { folded: builder.intern(t.folded), exact: t.exact !== t.folded ? builder.intern(exactTerm(t.exact)) : -1, pairSkip: isPairSkip(t.folded) };
      tokenTerms.set(t, tt);
    }
    return tt;
  };
  const pairIds = new Map<number, number>();
  // Per-text term counts by term id, reset after each text (typed arrays: Map and TypedArray.from were the hot spots).
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
  const termsOf = (e: TextEntry, question: boolean): TextEntry => {
    if (e.terms && (!question || e.questionTerms)) return e;
    textTerms.length = 0;
    const toks = e.tokens;
    let prev: TokenTerms | undefined;
    for (let i = 0; i < toks.length; i++) {
      const tt = termsOfToken(toks[i]!);
      bump(tt.folded);
      if (tt.exact >= 0) bump(tt.exact);
      if (prev && !prev.pairSkip && !tt.pairSkip) {
        const key = prev.folded * PAIR_KEY + tt.folded;
        let pid = pairIds.get(key);
        if (pid === undefined) pairIds.set(key, (pid = builder.intern(pairTerm(toks[i - 1]!.folded, toks[i]!.folded))));
        bump(pid);
      }
      prev = tt;
    }
    const concepts: number[] = [];
    for (const hit of matcher.find(toks)) {
      const id = builder.intern(hit.term);
      bump(id);
      concepts.push(id);
    }
    const terms = new Int32Array(textTerms.length);
    const counts = new Float32Array(textTerms.length);
    for (let k = 0; k < textTerms.length; k++) {
      const id = textTerms[k]!;
      terms[k] = id;
      counts[k] = textCounts[id]!;
      textCounts[id] = 0;
    }
    e.terms = terms;
    e.counts = counts;
    if (question) {
      const ids = toks.map((t) => termsOfToken(t).folded);
      for (const id of concepts) ids.push(id);
      ids.sort((x, y) => x - y);
      e.questionTerms = Int32Array.from(ids.filter((id, k) => k === 0 || id !== ids[k - 1]));
    }
    return e;
  };

  const w = options.fieldWeights;
  const n = facts.length;
  const traits = new Uint8Array(n);
  const asks = new Uint8Array(n);
  const dates: (DateParts | undefined)[] = new Array(n);
  const datedByMonth = new Map<number, number[]>();
  const years: (readonly number[])[] = new Array(n);
  const byTag = new Map<string, number[]>();
  const questionTerms = new Map<string, Int32Array>();
  const answerTraitMemo = new Map<string, number>();
  let acc = new Float64Array(1024);
  let docTerms = new Int32Array(256);
  let docTfs = new Float64Array(256);
  let docCount = 0;
  let length = 0;
  const add = (text: string, weight: number, question = false) => {
    const e = termsOf(entry(text), question);
    const terms = e.terms!;
    const cs = e.counts!;
    for (let i = 0; i < terms.length; i++) {
      const t = terms[i]!;
      if (t >= acc.length) {
        const bigger = new Float64Array(Math.max(acc.length * 2, t + 1));
        bigger.set(acc);
        acc = bigger;
      }
      if (acc[t] === 0) {
        if (docCount === docTerms.length) {
          const bigger = new Int32Array(docCount * 2);
          bigger.set(docTerms);
          docTerms = bigger;
        }
        docTerms[docCount++] = t;
      }
      acc[t]! += weight * cs[i]!;
    }
    length += weight * e.tokens.length;
    return e;
  };

  for (let i = 0; i < n; i++) {
    const f = facts[i]!;
    docCount = 0;
    length = 0;
    // Many phrasings of one question should not outweigh the answer: each question gets a share of the weight.
    const qWeight = (w.questions * 4) / Math.max(4, f.questions.vi.length + f.questions.en.length);
    let factAsks = 0;
    for (const lang of ['vi', 'en'] as const) {
      for (const q of f.questions[lang]) {
        const e = add(q, qWeight, true);
        questionTerms.set(q, e.questionTerms!);
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
    add(f.answer.vi, w.answer);
    add(f.answer.en, w.answer);
    for (const e of f.entities) {
      add(e.name, w.entities);
      for (const alias of e.aliases) add(alias, w.entities);
      if (e.title) add(`${e.title.vi} ${e.title.en}`, w.entities * 0.5);
    }
    add(f.tags.join(' ').replace(/-/g, ' '), w.tags);
    for (const s of f.sources) add(s.title, w.sourceTitle);
    const factYears = new Set([f.date?.value, f.date?.end, ...f.sources.map((s) => s.published.value)].filter((v): v is string => !!v).map((v) => v.slice(0, 4)));
    add([...factYears].join(' '), w.meta);

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
    if (f.entities.some((e) => e.kind === 'person')) t |= TRAIT.person;
    if (f.entities.some((e) => e.kind === 'place' || e.kind === 'country')) t |= TRAIT.place;
    if (f.date) t |= TRAIT.date;
    if (f.kind === 'term') t |= TRAIT.term;
    traits[i] = t;
    asks[i] = factAsks;
    years[i] = f.kind === 'fact' ? [...factYears].map(Number) : [];
    if (f.date) {
      const parts = (dates[i] = dateParts(f.date));
      for (const m of new Set([parts.month, parts.endMonth])) {
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

  const index = builder.finish({ k1: options.k1, b: options.b });
  const vocabulary = [...index.terms()].filter((t) => /^[a-z0-9]+$/.test(t)).sort();
  return { index, matcher, facts, traits, asks, dates, datedByMonth, years, byTag, questionTerms, vocabulary, languageEvidence };
}
