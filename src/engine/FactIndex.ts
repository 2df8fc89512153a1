// The searchable form of a fact table: BM25 postings of each fact's content and of each curated question apart.
import type { FactRecord, FactTable } from '../facts/fact-table.js';
import { ConceptMatcher } from './ConceptMatcher.js';
import { languageEvidenceFrom, type LanguageEvidence } from './detect-language.js';
import type { EngineOptions } from './options.js';
import { dateParts, isoField, type DateParts } from './parse-query-date.js';
import { readText, termsOf, type TextTerms } from './terms.js';

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
  /** Term → id; ids number every word stem, adjacent pair and concept of the table. */
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
  readonly matcher: ConceptMatcher;
  readonly languageEvidence: LanguageEvidence;
  /** Folded words as typed in the table (unstemmed), sorted: spelling correction and completion look here. */
  readonly vocabulary: readonly string[];
  /** Event date of each fact as numbers (undefined: none). */
  readonly dates: readonly (DateParts | undefined)[];
  /** Facts by the months their event date touches (1–12; 0 for a year-only date): date questions start here. */
  readonly datedByMonth: ReadonlyMap<number, readonly number[]>;
  /** When each fact happened, as yyyymmdd (its event date, else its latest source): the latest edition wins. */
  readonly when: Float64Array;
  /** Years each fact is from (event date and end, publication); none for glossary terms, which are timeless. */
  readonly years: readonly (readonly number[])[];
  /** Facts by tag, ascending, for related facts. */
  readonly byTag: ReadonlyMap<string, readonly number[]>;
}

/** The texts of a fact's content document and their weights. */
export function contentTexts(f: FactRecord, weights: EngineOptions['fieldWeights']): [string, number][] {
  const out: [string, number][] = [[f.answer.vi, weights.answer], [f.answer.en, weights.answer]];
  for (const e of f.entities) {
    out.push([e.name, weights.names]);
    for (const a of e.aliases) out.push([a, weights.names]);
    if (e.title) out.push([e.title.vi, weights.titles], [e.title.en, weights.titles]);
  }
  for (const tag of f.tags) out.push([tag.replace(/-/g, ' '), weights.tags]);
  return out;
}

/** A fact's curated questions in index order: Vietnamese, then English. */
export const questionsOf = (f: FactRecord): readonly string[] => [...f.questions.vi, ...f.questions.en];

class PostingsBuilder {
  private terms: number[] = [];
  private docs: number[] = [];
  private tfs: number[] = [];
  private lengths: number[] = [];

  /** Adds one document (its weighted term frequencies); returns its number. */
  add(tf: Map<number, number>): number {
    const doc = this.lengths.length;
    let length = 0;
    for (const [term, f] of tf) {
      this.terms.push(term);
      this.docs.push(doc);
      this.tfs.push(f);
      length += f;
    }
    this.lengths.push(length);
    return doc;
  }

  build(termCount: number, k1: number, b: number): Postings {
    const count = this.lengths.length;
    const avg = this.lengths.reduce((s, x) => s + x, 0) / Math.max(1, count);
    const starts = new Int32Array(termCount + 1);
    for (const t of this.terms) starts[t + 1]!++;
    for (let t = 0; t < termCount; t++) starts[t + 1]! += starts[t]!;
    const fill = starts.slice(0, termCount);
    const docs = new Int32Array(this.terms.length);
    const impacts = new Float32Array(this.terms.length);
    // Documents were added in order, so each term's slice comes out ascending by document.
    for (let i = 0; i < this.terms.length; i++) {
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
    this.terms = this.docs = this.tfs = this.lengths = [];
    return { starts, docs, impacts, idf, count };
  }
}

/** Indexes a table. Every text is read once; the per-fact detail the re-ranking needs is read later, on demand. */
export function buildFactIndex(table: FactTable, options: EngineOptions): FactIndex {
  const facts = table.facts;
  const n = facts.length;
  const termIds = new Map<string, number>();
  const lastFact: number[] = [];
  const factDfList: number[] = [];
  const lowercase = new Set<string>();
  const words = new Set<string>();
  const uses = new Map<string, [number, number]>();
  // The matcher reads `lowercase` only for questions: the table's own text counts acronyms in capitals only.
  const matcher = new ConceptMatcher(table.glossary, lowercase);
  const content = new PostingsBuilder();
  const questions = new PostingsBuilder();
  const questionFact: number[] = [];
  const questionStart = new Int32Array(n + 1);

  const idOf = (term: string, fact: number): number => {
    let id = termIds.get(term);
    if (id === undefined) {
      termIds.set(term, (id = termIds.size));
      lastFact.push(-1);
      factDfList.push(0);
    }
    if (lastFact[id] !== fact) {
      lastFact[id] = fact;
      factDfList[id]!++;
    }
    return id;
  };
  const addText = (text: string, weight: number, fact: number, into: Map<number, number>, language?: 0 | 1): TextTerms => {
    const read = readText(text, matcher, true);
    for (const term of termsOf(read)) {
      const id = idOf(term, fact);
      into.set(id, (into.get(id) ?? 0) + weight);
    }
    for (const t of read.tokens) {
      words.add(t.folded);
      if (t.raw === t.raw.toLowerCase()) lowercase.add(t.folded);
      if (language !== undefined && t.raw.length >= 2 && !/\d/.test(t.raw)) {
        let u = uses.get(t.folded);
        if (!u) uses.set(t.folded, (u = [0, 0]));
        u[language]++;
      }
    }
    return read;
  };

  for (let f = 0; f < n; f++) {
    const fact = facts[f]!;
    const tf = new Map<number, number>();
    const texts = contentTexts(fact, options.fieldWeights);
    texts.forEach(([text, weight], k) => addText(text, weight, f, tf, k < 2 ? (k as 0 | 1) : undefined));
    content.add(tf);
    questionStart[f] = questionFact.length;
    for (const [list, language] of [[fact.questions.vi, 0], [fact.questions.en, 1]] as const) {
      for (const q of list) {
        const qtf = new Map<number, number>();
        addText(q, 1, f, qtf, language);
        questions.add(qtf);
        questionFact.push(f);
      }
    }
  }
  questionStart[n] = questionFact.length;

  const termCount = termIds.size;
  const { k1, b } = options.bm25;
  const dates: (DateParts | undefined)[] = facts.map((f) => (f.date ? dateParts(f.date) : undefined));
  const when = new Float64Array(n);
  const years: (readonly number[])[] = [];
  const byTag = new Map<string, number[]>();
  const datedByMonth = new Map<number, number[]>();
  facts.forEach((f, i) => {
    const d = dates[i];
    if (d) {
      for (const m of d.endMonth === d.month ? [d.month] : [d.month, d.endMonth]) {
        let list = datedByMonth.get(m);
        if (!list) datedByMonth.set(m, (list = []));
        list.push(i);
      }
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
  return {
    table,
    facts,
    termIds,
    factDf: Int32Array.from(factDfList),
    content: content.build(termCount, k1, b),
    questions: questions.build(termCount, k1, b),
    questionFact: Int32Array.from(questionFact),
    questionStart,
    matcher,
    languageEvidence: languageEvidenceFrom(uses),
    vocabulary: [...words].sort(),
    dates,
    datedByMonth,
    when,
    years,
    byTag,
  };
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
export function isoNumber(iso: string): number {
  return isoField(iso, 0) * 10000 + isoField(iso, 1) * 100 + isoField(iso, 2);
}
