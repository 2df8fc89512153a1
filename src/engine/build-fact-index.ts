// Indexes a fact table: one weighted document per fact, per-fact traits for question types, and the vocabulary.
import type { FactRecord, FactTable } from '../facts/fact-table.js';
import { findCues } from './analyze-question.js';
import { ConceptMatcher, rawTokens, type RawToken } from './ConceptMatcher.js';
import type { QuestionType } from './lexicon.js';
import { learnLanguageEvidence, type LanguageEvidence } from './detect-language.js';
import { addTextTerms } from './index-terms.js';
import { InvertedIndex } from './InvertedIndex.js';
import type { EngineOptions } from './options.js';

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
  /** Facts that carry an event date, for date questions. */
  dated: number[];
  /** Sorted plain words (no pairs, concepts or accented forms), for prefix completion and spelling correction. */
  vocabulary: string[];
  /** Which words the table writes in Vietnamese and which in English, to tell unaccented Vietnamese from English. */
  languageEvidence: LanguageEvidence;
}

const YEAR = /\b(19|20)\d{2}\b/;
const DAY_MONTH = /\b\d{1,2}\/\d{1,2}\b|\b\d{1,2}\s+(January|February|March|April|May|June|July|August|September|October|November|December)\b/i;

/** A figure that is not part of a date or a year: what "how many" asks for. */
function hasCount(text: string): boolean {
  const stripped = text
    .replace(/\b\d{1,2}\s*[-–]\s*\d{1,2}\/\d{1,2}(\/\d{4})?\b/g, ' ')
    .replace(/\b\d{1,2}\/\d{1,2}(\/\d{4})?\b/g, ' ')
    .replace(/\b\d{1,2}\/\d{4}\b/g, ' ')
    .replace(/\b(19|20)\d{2}\b/g, ' ')
    .replace(/\b\d{1,2}(\s*[-–]\s*\d{1,2})?\s+(January|February|March|April|May|June|July|August|September|October|November|December)\b/gi, ' ');
  return /\d/.test(stripped);
}

function traitsOf(f: FactRecord): number {
  let t = 0;
  if (f.entities.some((e) => e.kind === 'person')) t |= TRAIT.person;
  if (f.entities.some((e) => e.kind === 'place' || e.kind === 'country')) t |= TRAIT.place;
  if (hasCount(f.answer.en)) t |= TRAIT.number;
  if (f.date || YEAR.test(f.answer.en) || DAY_MONTH.test(f.answer.en)) t |= TRAIT.date;
  if (f.kind === 'term') t |= TRAIT.term;
  if (DAY_MONTH.test(f.answer.en)) t |= TRAIT.statesDate;
  return t;
}

type Tokenizer = (text: string) => readonly RawToken[];

/**
 * rawTokens with a memory of short texts, for one build: names, aliases, titles, tags, source titles and many
 * questions recur across facts, and every text is read by more than one pass. Tokens are never mutated.
 */
function memoTokenizer(): Tokenizer {
  const memo = new Map<string, RawToken[]>();
  return (text) => {
    if (text.length > 200) return rawTokens(text);
    let tokens = memo.get(text);
    if (!tokens) {
      if (memo.size >= 100_000) memo.clear();
      memo.set(text, (tokens = rawTokens(text)));
    }
    return tokens;
  };
}

function asksOf(f: FactRecord, tokensOf: Tokenizer, memo: Map<string, number>): number {
  let bits = 0;
  for (const lang of ['vi', 'en'] as const) {
    for (const q of f.questions[lang]) {
      const key = `${lang}:${q}`;
      let qBits = memo.get(key);
      if (qBits === undefined) {
        qBits = 0;
        for (const type of findCues(tokensOf(q), lang).types) qBits |= ASKS[type];
        if (memo.size >= 100_000) memo.clear();
        memo.set(key, qBits);
      }
      bits |= qBits;
    }
  }
  return bits;
}

/** Folded words the table writes in lowercase: an acronym spelt like one of them must be typed in capitals. */
function lowercaseWords(table: FactTable, tokensOf: Tokenizer): Set<string> {
  const words = new Set<string>();
  const seen = new Set<string>();
  for (const f of table.facts) {
    for (const text of [f.answer.vi, f.answer.en, ...f.questions.vi, ...f.questions.en]) {
      // A text seen before adds no new word.
      if (seen.has(text)) continue;
      if (seen.size >= 100_000) seen.clear();
      seen.add(text);
      for (const t of tokensOf(text)) if (t.raw === t.raw.toLowerCase()) words.add(t.folded);
    }
  }
  return words;
}

export function buildFactIndex(table: FactTable, options: EngineOptions): FactIndex {
  const tokensOf = memoTokenizer();
  const askMemo = new Map<string, number>();
  const matcher = new ConceptMatcher(table.glossary, lowercaseWords(table, tokensOf));
  const index = new InvertedIndex({ k1: options.k1, b: options.b });
  const w = options.fieldWeights;
  const traits = new Uint8Array(table.facts.length);
  const asks = new Uint8Array(table.facts.length);
  const dated: number[] = [];
  for (const [i, f] of table.facts.entries()) {
    const terms = new Map<string, number>();
    let length = 0;
    const add = (text: string, weight: number) => {
      length += weight * addTextTerms(tokensOf(text), weight, matcher, terms);
    };
    // Many phrasings of one question should not outweigh the answer: each question gets a share of the weight.
    const questions = [...f.questions.vi, ...f.questions.en];
    const qWeight = (w.questions * 4) / Math.max(4, questions.length);
    for (const q of questions) add(q, qWeight);
    add(f.answer.vi, w.answer);
    add(f.answer.en, w.answer);
    for (const e of f.entities) {
      add(e.name, w.entities);
      for (const alias of e.aliases) add(alias, w.entities);
      if (e.title) add(`${e.title.vi} ${e.title.en}`, w.entities * 0.5);
    }
    add(f.tags.join(' ').replace(/-/g, ' '), w.tags);
    for (const s of f.sources) add(s.title, w.sourceTitle);
    const years = new Set([f.date?.value, f.date?.end, ...f.sources.map((s) => s.published.value)].filter(Boolean).map((v) => v!.slice(0, 4)));
    add([...years].join(' '), w.meta);
    index.add(terms, length);
    traits[i] = traitsOf(f);
    asks[i] = asksOf(f, tokensOf, askMemo);
    if (f.date) dated.push(i);
  }
  index.finalize();
  const vocabulary = [...index.terms()].filter((t) => /^[a-z0-9]+$/.test(t)).sort();
  const languageEvidence = learnLanguageEvidence({
    vi: table.facts.flatMap((f) => [f.answer.vi, ...f.questions.vi]),
    en: table.facts.flatMap((f) => [f.answer.en, ...f.questions.en]),
  });
  return { index, matcher, facts: table.facts, traits, asks, dated, vocabulary, languageEvidence };
}
