// Turns the texts of a run of facts into weighted term documents: the bulk of indexing, runnable in a worker thread.
import type { GlossaryEntry, Language } from '../facts/schema.js';
import { findCues } from './analyze-question.js';
import { answerTraits } from './answer-traits.js';
import { ConceptMatcher, type RawToken } from './ConceptMatcher.js';
import type { QuestionType } from './lexicon.js';
import type { EngineOptions } from './options.js';
import { IndexBuilder, weighRun, type Bm25Params, type PostingRun, type WeightedRun } from './InvertedIndex.js';
import type { PackedFacts } from './pack-fact-texts.js';
import { TextReader, Use, type TokenTerms } from './TextReader.js';
import { growArray } from '../text/grow-array.js';
import { decodeUnits, hashUnits, RangeSet } from '../text/RangeSet.js';

/** Question types a fact's own curated questions ask: the strongest sign of what kind of answer it gives. */
export const ASKS: Record<QuestionType, number> = { who: 1, when: 2, where: 4, howMany: 8, define: 16 };

/** The texts of one fact that its document is made of, in the order they are indexed. */
export interface FactTexts {
  questions: { readonly vi: readonly string[]; readonly en: readonly string[] };
  answer: { readonly vi: string; readonly en: string };
  entities: readonly { readonly name: string; readonly aliases: readonly string[]; readonly title?: { readonly vi: string; readonly en: string } }[];
  tags: readonly string[];
  sources: readonly { readonly title: string }[];
  /** The years the fact is from, space-separated (see yearsOf in build-fact-index). */
  years: string;
}

/**
 * The postings of a run of facts, with term ids local to the run (`names`), and what else their texts tell: the
 * index builder merges the runs. Typed arrays throughout, so that a worker hands them over without a copy.
 */
export interface TextPart extends PostingRun {
  /** ASKS bits of each fact's curated questions, and the answer traits of its English answer. */
  asks: Uint8Array;
  answerTraits: Uint8Array;
  /**
   * Folded words and concepts of each distinct curated question (set s is setTerms[setStarts[s] … setStarts[s+1]),
   * sorted by local id), and the sets of each fact's questions (factSets[factSetStarts[d] … factSetStarts[d+1])).
   */
  setStarts: Int32Array;
  setTerms: Int32Array;
  factSetStarts: Int32Array;
  factSets: Int32Array;
  /** By local term id: uses of the word in Vietnamese and in English texts, and whether it is written in lowercase. */
  viUses: Int32Array;
  enUses: Int32Array;
  lowerSeen: Uint8Array;
}

/** A part with its postings weighed (see weighRun): what the index is merged from. */
export type WeightedPart = Omit<TextPart, keyof PostingRun> & WeightedRun;

export function weighPart(part: TextPart, firstDoc: number, avg: number, bm25: Bm25Params): WeightedPart {
  const { names, termStarts, docs, tfs, lengths, ...rest } = part;
  return { ...rest, ...weighRun({ names, termStarts, docs, tfs, lengths }, firstDoc, avg, bm25) };
}

/** The buffers of a weighed part, for transferring it from a worker without a copy. */
export function partBuffers(p: WeightedPart): ArrayBuffer[] {
  const arrays = [p.termStarts, p.docs, p.impacts, p.asks, p.answerTraits, p.setStarts, p.setTerms, p.factSetStarts, p.factSets, p.viUses, p.enUses, p.lowerSeen];
  return arrays.map((a) => a.buffer as ArrayBuffer);
}

/**
 * One distinct text that recurs across facts (questions, titles, tags, source titles, years): its tokens and terms
 * are worked out once however many facts use it.
 */
interface TextEntry {
  tokens: readonly RawToken[];
  tokenTerms: readonly TokenTerms[];
  terms: Int32Array;
  counts: Float32Array;
  /** Index of its question-term set, once it has been used as a curated question (-1 before). */
  set: number;
  /** Whether its words have been noted as the table's lowercase words. */
  lowerSeen: boolean;
  /** Question types asked, per language of use (-1: not worked out yet). */
  asksVi: number;
  asksEn: number;
}

/** Numbers appended to a typed array that grows by doubling (tens of thousands of entries, copied a few times). */
class Appendable<T extends Int32Array | Uint8Array> {
  length = 0;
  constructor(public items: T) {}
  push(x: number): void {
    if (this.length === this.items.length) this.items = growArray(this.items, this.length + 1);
    this.items[this.length++] = x;
  }
  done(): T {
    return this.items.slice(0, this.length) as T;
  }
}

const LANGS: readonly Language[] = ['vi', 'en'];

/** Indexes a run of facts given in chunks, in order (so that a worker starts before the whole run is packed). */
export interface TextIndexer {
  add(chunk: PackedFacts): void;
  /** The part of every fact added (the indexer is spent afterwards). */
  finish(): TextPart;
}

/** The part of a run of facts given whole, as chunks already packed. */
export function indexFactTexts(chunks: readonly PackedFacts[], glossary: readonly GlossaryEntry[], weights: EngineOptions['fieldWeights']): TextPart {
  const indexer = createTextIndexer(glossary, weights);
  for (const chunk of chunks) indexer.add(chunk);
  return indexer.finish();
}

export function createTextIndexer(glossary: readonly GlossaryEntry[], weights: EngineOptions['fieldWeights']): TextIndexer {
  let units: Uint16Array = new Uint16Array(0);
  let bounds: Int32Array = new Int32Array(1);
  const local = new IndexBuilder();
  // The table's own text: a one-word acronym counts in capitals only, so no list of lowercase words is needed.
  const reader = new TextReader(new ConceptMatcher(glossary, new Set()), local);
  // Texts that recur (questions, titles, tags, source titles, years), by content, and what reading them gave.
  const distinct = new RangeSet();
  const entries: TextEntry[] = [];
  const asks = new Appendable(new Uint8Array(1 << 12));
  const traits = new Appendable(new Uint8Array(1 << 12));
  const setStarts = new Appendable(new Int32Array(1 << 10));
  const setTerms = new Appendable(new Int32Array(1 << 14));
  const factSetStarts = new Appendable(new Int32Array(1 << 12));
  const factSets = new Appendable(new Int32Array(1 << 14));
  factSetStarts.push(0);
  let sets = 0;
  setStarts.push(0);

  // The document being built: weighted counts by term id, and the ids in first-seen order.
  let acc = new Float64Array(1024);
  const docTerms: number[] = [];
  let docTfs = new Float64Array(256);
  let length = 0;
  const addCounts = (ids: ArrayLike<number>, counts: ArrayLike<number>, byId: boolean, weight: number, tokens: number) => {
    acc = growArray(acc, local.size);
    for (let k = 0; k < ids.length; k++) {
      const t = ids[k]!;
      if (acc[t] === 0) docTerms.push(t);
      acc[t]! += weight * counts[byId ? t : k]!;
    }
    length += weight * tokens;
  };
  const newEntry = (from: number, to: number): TextEntry => {
    reader.read(units, from, to);
    reader.count();
    const ids = reader.terms;
    const entry: TextEntry = {
      tokens: reader.tokens.slice(),
      tokenTerms: reader.tokenTerms.slice(),
      terms: Int32Array.from(ids),
      counts: new Float32Array(ids.length),
      set: -1,
      lowerSeen: false,
      asksVi: -1,
      asksEn: -1,
    };
    // A loop, not Float32Array.from with a mapping function: that path is many times slower.
    for (let k = 0; k < ids.length; k++) {
      entry.counts[k] = reader.counts[ids[k]!]!;
      reader.counts[ids[k]!] = 0;
    }
    return entry;
  };
  /** Adds text k, one that recurs across facts (questions, titles, tags): through the memory of distinct texts. */
  const add = (k: number, weight: number, use: Use = Use.Other): TextEntry => {
    const from = bounds[k]!;
    const to = bounds[k + 1]!;
    const id = distinct.id(units, from, to, hashUnits(units, from, to));
    const e = (entries[id] ??= newEntry(from, to));
    if (use !== Use.Other) {
      reader.noteUse(e.tokenTerms, use, !e.lowerSeen);
      e.lowerSeen = true;
    }
    addCounts(e.terms, e.counts, false, weight, e.tokens.length);
    return e;
  };
  /** Adds text k read afresh: answers (long, nearly always distinct) and short names, read quicker than hashed. */
  const addDirect = (k: number, weight: number, use: Use = Use.Other): void => {
    reader.read(units, bounds[k]!, bounds[k + 1]!);
    reader.count();
    reader.noteUse(reader.tokenTerms, use, true);
    addCounts(reader.terms, reader.counts, true, weight, reader.tokens.length);
    for (const id of reader.terms) reader.counts[id] = 0;
  };
  const questionSet = (e: TextEntry): number => {
    if (e.set < 0) {
      const ids = e.tokenTerms.map((tt) => tt.folded);
      for (const hit of reader.concepts(e.tokens, e.tokenTerms)) ids.push(local.intern(hit.term));
      ids.sort((x, y) => x - y);
      for (let k = 0; k < ids.length; k++) if (k === 0 || ids[k] !== ids[k - 1]) setTerms.push(ids[k]!);
      setStarts.push(setTerms.length);
      e.set = sets++;
    }
    return e.set;
  };

  const addFacts = (chunk: PackedFacts): void => {
    ({ units, bounds } = chunk);
    const layout = chunk.layout;
    let k = 0;
    let l = 0;
    for (let i = 0; i < chunk.facts; i++) addFact();

    function addFact(): void {
      const counts = [layout[l++]!, layout[l++]!];
      const entities = layout[l++]!;
      const entityShapes = l;
      l += 2 * entities;
      const sources = layout[l++]!;
      // Many phrasings of one question should not outweigh the answer: each question gets a share of the weight.
      const qWeight = (weights.questions * 4) / Math.max(4, counts[0]! + counts[1]!);
      let factAsks = 0;
      for (let li = 0; li < 2; li++) {
        const lang = LANGS[li]!;
        for (let q = 0; q < counts[li]!; q++) {
          const e = add(k++, qWeight, lang === 'vi' ? Use.Vi : Use.En);
          factSets.push(questionSet(e));
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
      factSetStarts.push(factSets.length);
      asks.push(factAsks);
      addDirect(k++, weights.answer, Use.Vi);
      // Answers are nearly always distinct: remembering their traits would cost a hash of each and save nothing.
      traits.push(answerTraits(decodeUnits(units, bounds[k]!, bounds[k + 1]!)));
      addDirect(k++, weights.answer, Use.En);
      for (let e = 0; e < entities; e++) {
        addDirect(k++, weights.entities);
        for (let a = layout[entityShapes + 2 * e]!; a > 0; a--) addDirect(k++, weights.entities);
        if (layout[entityShapes + 2 * e + 1]) add(k++, weights.entities * 0.5);
      }
      add(k++, weights.tags);
      for (let s = 0; s < sources; s++) add(k++, weights.sourceTitle);
      add(k++, weights.meta);

      if (docTerms.length > docTfs.length) docTfs = new Float64Array(docTerms.length * 2);
      for (let d = 0; d < docTerms.length; d++) {
        docTfs[d] = acc[docTerms[d]!]!;
        acc[docTerms[d]!] = 0;
      }
      local.addDocument(docTerms, docTfs, docTerms.length, length);
      docTerms.length = 0;
      length = 0;
    }
  };

  const finish = (): TextPart => {
    reader.makeRoom();
    const size = local.size;
    return {
      ...local.run(),
      asks: asks.done(),
      answerTraits: traits.done(),
      setStarts: setStarts.done(),
      setTerms: setTerms.done(),
      factSetStarts: factSetStarts.done(),
      factSets: factSets.done(),
      viUses: reader.viUses.slice(0, size),
      enUses: reader.enUses.slice(0, size),
      lowerSeen: reader.lowerSeen.slice(0, size),
    };
  };
  return { add: addFacts, finish };
}
