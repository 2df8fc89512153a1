// Indexes a fact table: one weighted document per fact, per-fact traits for question types, dates and the vocabulary.
import type { FactRecord, FactTable } from '../facts/fact-table.js';
import { TRAIT } from './answer-traits.js';
import { ConceptMatcher } from './ConceptMatcher.js';
import { languageEvidenceFrom, type LanguageEvidence } from './detect-language.js';
import { ASKS, type FactTexts } from './index-fact-texts.js';
import { startIndexingTexts, type TextIndexing } from './index-texts-in-workers.js';
import { mergeRuns, type InvertedIndex } from './InvertedIndex.js';
import type { EngineOptions } from './options.js';
import { dateParts, isoField, type DateParts } from './parse-query-date.js';

export { ASKS, TRAIT };

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
  /** Whether the texts were indexed in worker threads (large tables) or inline, and why inline. */
  textIndexing: TextIndexing;
}

/**
 * Indexes the table: the texts of each fact become a weighted term document (in worker threads for a large table,
 * one run of facts each, see index-fact-texts), while the rest (dates, traits, tags) is worked out here; then the
 * parts are put together in fact order. Inline or in workers, the same documents give the same index.
 */
export function buildFactIndex(table: FactTable, options: EngineOptions): FactIndex {
  const facts = table.facts;
  const n = facts.length;
  const factYears = facts.map(yearsOf);
  const texts: FactTexts[] = facts.map((f, i) => ({
    questions: f.questions,
    answer: f.answer,
    entities: f.entities,
    tags: f.tags,
    sources: f.sources,
    years: factYears[i]!.join(' '),
  }));
  const pending = startIndexingTexts({
    facts: texts,
    glossary: table.glossary,
    weights: options.fieldWeights,
    bm25: { k1: options.k1, b: options.b },
    workers: n >= options.parallelBuildAbove ? options.buildWorkers : 0,
    workerUrl: options.buildWorkerUrl,
    stallMs: options.buildWorkerStallMs,
  });

  const traits = new Uint8Array(n);
  const dates: (DateParts | undefined)[] = new Array(n);
  const datedByMonth = new Map<number, number[]>();
  const years: (readonly number[])[] = new Array(n);
  const when = new Float64Array(n);
  const byTag = new Map<string, number[]>();
  for (let i = 0; i < n; i++) {
    const f = facts[i]!;
    let t = 0;
    for (const e of f.entities) {
      if (e.kind === 'person') t |= TRAIT.person;
      else if (e.kind === 'place' || e.kind === 'country') t |= TRAIT.place;
    }
    if (f.date) t |= TRAIT.date;
    if (f.kind === 'term') t |= TRAIT.term;
    traits[i] = t;
    years[i] = f.kind === 'fact' ? factYears[i]! : NO_YEARS;
    if (f.date) when[i] = isoNumber(f.date.value);
    else for (const s of f.sources) when[i] = Math.max(when[i]!, isoNumber(s.published.value));
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

  // The parts, in fact order: their postings merged, their term ids mapped to the index's.
  const { parts, indexing } = pending.take();
  const { index, ids } = mergeRuns(parts, n);
  const asks = new Uint8Array(n);
  const questionTerms: (readonly Int32Array[])[] = new Array(n);
  const viUses = new Int32Array(index.termCount);
  const enUses = new Int32Array(index.termCount);
  const lowerSeen = new Uint8Array(index.termCount);
  let doc = 0;
  parts.forEach((part, p) => {
    const id = ids[p]!;
    for (let local = 0; local < id.length; local++) {
      viUses[id[local]!]! += part.viUses[local]!;
      enUses[id[local]!]! += part.enUses[local]!;
      lowerSeen[id[local]!]! |= part.lowerSeen[local]!;
    }
    const sets: Int32Array[] = [];
    for (let s = 0; s + 1 < part.setStarts.length; s++) {
      const set = part.setTerms.subarray(part.setStarts[s]!, part.setStarts[s + 1]!);
      sets.push(Int32Array.from(set, (local) => id[local]!).sort());
    }
    for (let d = 0; d + 1 < part.factSetStarts.length; d++, doc++) {
      asks[doc] = part.asks[d]!;
      traits[doc]! |= part.answerTraits[d]!;
      const mine: Int32Array[] = [];
      for (let k = part.factSetStarts[d]!; k < part.factSetStarts[d + 1]!; k++) mine.push(sets[part.factSets[k]!]!);
      questionTerms[doc] = mine;
    }
  });

  // Filled before any question is matched: only question matching reads it (the table's own acronyms count in
  // capitals only, so indexing never needed it).
  const lowercase = new Set<string>();
  const counts = new Map<string, [number, number]>();
  for (let id = 0; id < index.termCount; id++) {
    if (lowerSeen[id]) lowercase.add(index.name(id));
    if (viUses[id] || enUses[id]) counts.set(index.name(id), [viUses[id]!, enUses[id]!]);
  }
  const matcher = new ConceptMatcher(table.glossary, lowercase);
  const languageEvidence = languageEvidenceFrom(counts);
  const vocabulary = [...index.terms()].filter((t) => /^[a-z0-9]+$/.test(t)).sort();
  return { index, matcher, facts, traits, asks, dates, datedByMonth, years, when, byTag, questionTerms, vocabulary, languageEvidence, textIndexing: indexing };
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
const NO_YEARS: readonly number[] = Object.freeze([]);
