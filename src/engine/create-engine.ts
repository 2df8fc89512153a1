// The question-answering engine: ranks facts for a question, abstains when unsure, and builds the cited answer.
import Fuse from 'fuse.js';
import { citeSource } from '../facts/cite-source.js';
import type { FactRecord, FactTable } from '../facts/fact-table.js';
import type { AnsweredFact, EngineAnswer, Suggestion } from '../model/answer.js';
import type { Language } from '../model/language.js';
import { growArray } from '../text/grow-array.js';
import { fold } from '../text/normalize.js';
import { analyzeQuestion, type QuestionAnalysis } from './analyze-question.js';
import { ASKS, buildFactIndex, TRAIT, type FactIndex } from './build-fact-index.js';
import { EN_STOPWORDS, VI_STOPWORDS, type QuestionType } from './lexicon.js';
import { detectLanguage } from './detect-language.js';
import { exactTerm, isPairSkip, pairTerm } from './index-terms.js';
import { seekAtLeast } from './InvertedIndex.js';
import type { TextIndexing } from './index-texts-in-workers.js';
import { resolveOptions, type EngineOptions } from './options.js';
import { dateFit } from './parse-query-date.js';
import type { Engine } from './types.js';

interface QueryTerm {
  /** Term id in the index. */
  term: number;
  weight: number;
  /** Bits of the content words this term stands for (coverage). */
  units: number;
  /** Id of the accented form typed by the user: facts that spell the word the same way are favoured. */
  exact?: number;
}

export interface Candidate {
  doc: number;
  score: number;
  coverage: number;
  /** False when the fact lacks a figure, year or date the question names. */
  specificsOk: boolean;
  /** Score before the re-ranking by the closest curated question (editions of one fact are compared on it). */
  base: number;
}

/** What a fact must hold to answer: bits of the question's names, ids of its rare concepts and of its figures. */
interface Required {
  names: number[];
  concepts: number[];
  numbers: number[];
}

/** Diagnostic view of one ranking, for tests and tuning. */
export interface Ranking {
  analysis: QuestionAnalysis;
  candidates: Candidate[];
  /** The figures, names and rare concepts a fact must hold (see specificsHold). */
  required: Required;
  /** Every fact evaluated (beyond the re-ranked few), for finding all the editions of the answer. */
  pool: { docs: Int32Array; scores: Float64Array; coverages: Float64Array; size: number };
}

const MAX_UNITS = 30;
/** Above this many touched facts, those scoring under PRUNE_SHARE of the best are not evaluated further. */
const PRUNE_ABOVE = 300;
const PRUNE_SHARE = 0.2;
/** Words held by more than this share of facts only add to facts that rarer words of the question reached. */
const COMMON_SHARE = 0.25;
/** How many of the best-scoring facts are re-ranked by their closest curated question. */
const RERANK = 30;
/**
 * How many facts of exactly the same score may take places among them: a large archive holds hundreds of editions
 * of one fact (each year's meeting, with only figures changed), which tie, and would otherwise fill every place and
 * push out the fact the question asks for. The editions left out are still found by the latest-edition rule.
 */
const RERANK_TIES = 2;
/** Confidence kept for a fact that gives no value of the kind the question asks for. */
const KIND_MISSING_CONFIDENCE = 0.8;
/** See coverageIdfCap: one fact in this many is as rare as a topic word needs to be. */
const COVERAGE_RARITY = 200;
/** Share of question words two facts must have in common to be taken as editions of one fact. */
const EDITION_OVERLAP = 0.6;

/** How the index was built (diagnostics for the benchmark and the tests). */
export interface BuildReport {
  /** Whether the fact texts were indexed in worker threads or inline, and why inline. */
  texts: TextIndexing;
}

export function createEngine(table: FactTable, opts: Partial<EngineOptions> = {}): Engine & { rank(question: string): Ranking; build: BuildReport } {
  const options = resolveOptions(opts);
  const fx: FactIndex = buildFactIndex(table, options);
  const { index, facts } = fx;
  const n = facts.length;
  const scores = new Float64Array(n);
  const masks = new Int32Array(n);
  // Facts reached by the current question: a reused buffer, since a large table's common words reach most facts.
  const touched = new Int32Array(n);
  let touchedCount = 0;

  // How much of a question a fact covers is weighed by rarity, up to the rarity of a word found in one fact in
  // COVERAGE_RARITY: rarer than that, every word is fully a topic word. Without the cap, a word the table has never
  // seen weighs log(2n), which grows with the archive while the words a fact shares with its editions do not, so the
  // same question on the same fact would fall under the coverage threshold as the archive grows.
  const coverageIdfCap = Math.log(1 + (COVERAGE_RARITY - 0.5) / 1.5);

  // Spelling correction: fuse.js over the index vocabulary, one searcher per word length so each search is small.
  const fuseByLength = new Map<string, Fuse<string>>();
  const vocabularyByLength = new Map<number, string[]>();
  for (const v of fx.vocabulary) {
    if (/^\d+$/.test(v)) continue;
    const list = vocabularyByLength.get(v.length) ?? [];
    list.push(v);
    vocabularyByLength.set(v.length, list);
  }
  const corrections = new Map<string, { term: string; similarity: number }[]>();
  /** Close words in the index, best first; `functionWord` when the closest is a function word ("whoo" → "who"). */
  const correct = (word: string): { term: string; similarity: number }[] & { functionWord?: boolean } => {
    const cached = corrections.get(word);
    if (cached) return cached;
    const found: { term: string; similarity: number }[] & { functionWord?: boolean } = [];
    let bestFunction = 0;
    let bestContent = 0;
    for (let len = word.length - 1; len <= word.length + 1; len++) {
      // Typos rarely hit the first letter: bucketing by it keeps each fuse.js search small as the table grows.
      const key = `${len}:${word[0]}`;
      let fuse = fuseByLength.get(key);
      if (!fuse) {
        const words = (vocabularyByLength.get(len) ?? []).filter((v) => v[0] === word[0]);
        fuse = new Fuse(words, { includeScore: true, threshold: options.fuzzyThreshold, ignoreLocation: true });
        fuseByLength.set(key, fuse);
      }
      for (const r of fuse.search(word, { limit: 3 })) {
        // A typo'd rare word does not mean a function word or a word most facts contain ("nato" is not "nào").
        const similarity = 1 - (r.score ?? 1);
        if (EN_STOPWORDS.has(r.item) || VI_STOPWORDS.has(r.item)) {
          bestFunction = Math.max(bestFunction, similarity);
          continue;
        }
        if (index.df(r.item) > n * 0.2) continue;
        bestContent = Math.max(bestContent, similarity);
        found.push({ term: r.item, similarity });
      }
    }
    found.sort((a, b) => b.similarity - a.similarity);
    const best: typeof found = found.slice(0, 2);
    best.functionWord = bestFunction > bestContent;
    if (corrections.size > 10_000) corrections.clear();
    corrections.set(word, best);
    return best;
  };

  function queryTerms(a: QuestionAnalysis): { terms: QueryTerm[]; unitIdf: number[]; unitTerms: number[][]; unitCredit: number[] } {
    const terms: QueryTerm[] = [];
    const unitTerms: number[][] = [];
    const unitCredit: number[] = [];
    const units = a.content.slice(0, MAX_UNITS);
    const bitOf = new Map(units.map((tokenIndex, u) => [tokenIndex, 1 << u]));
    const unitIdf: number[] = [];
    for (const [u, ti] of units.entries()) {
      const t = a.tokens[ti]!;
      const bit = 1 << u;
      const id = index.id(t.folded);
      const exactId = t.exact !== t.folded ? index.id(exactTerm(t.exact)) : -1;
      const accentedUnknown = t.exact !== t.folded && exactId < 0;
      if (id >= 0 && accentedUnknown) {
        // Typed with accents the table never uses ("xăng" is not "sáng"): a weak hint, no credit for coverage.
        terms.push({ term: id, weight: 0.5, units: 0 });
        unitIdf.push(index.idfs[id]!);
        unitTerms.push([]);
      } else if (id >= 0) {
        terms.push({ term: id, weight: 1, units: bit, exact: exactId >= 0 ? exactId : undefined });
        unitIdf.push(index.idfs[id]!);
        unitTerms.push([id]);
      } else if (!accentedUnknown && t.folded.length >= options.fuzzyMinLength - 1 && !/\d/.test(t.folded) && correct(t.folded).functionWord) {
        // A misspelt function word ("whoo", "whta"): no topic to cover.
        unitIdf.push(0);
        unitTerms.push([]);
      } else if (!accentedUnknown && t.folded.length >= options.fuzzyMinLength && !/\d/.test(t.folded)) {
        const fixes = correct(t.folded).map((f) => ({ term: index.id(f.term), similarity: f.similarity }));
        for (const f of fixes) terms.push({ term: f.term, weight: f.similarity, units: bit });
        unitIdf.push(fixes.length ? Math.max(...fixes.map((f) => index.idfs[f.term]!)) : index.maxIdf);
        unitTerms.push(fixes.map((f) => f.term));
        // A corrected word is only probably the word meant: it earns part of its coverage.
        unitCredit[u] = fixes.length ? Math.max(...fixes.map((f) => f.similarity)) ** 2 : 1;
      } else {
        // A word the table has never seen is strong evidence the question is about something else.
        unitIdf.push(index.maxIdf);
        unitTerms.push([]);
      }
    }
    const conceptIds = a.concepts.map((c) => index.id(c.term));
    a.concepts.forEach((c, k) => {
      if (conceptIds[k]! < 0) return;
      units.forEach((ti, u) => {
        if (ti >= c.start && ti < c.end) unitTerms[u]!.push(conceptIds[k]!);
      });
    });
    const dateWords = new Set(a.date?.numbers ?? []);
    for (let i = 0; i + 1 < a.tokens.length; i++) {
      const x = a.tokens[i]!.folded;
      const y = a.tokens[i + 1]!.folded;
      if (isPairSkip(x) || isPairSkip(y)) continue;
      // Pairs inside a date ("7 september", "september 2020") would favour facts that merely print the same date.
      if (a.date && (dateWords.has(String(Number(x))) || dateWords.has(String(Number(y))) || !bitOf.has(i) || !bitOf.has(i + 1))) continue;
      const pair = index.id(pairTerm(x, y));
      if (pair >= 0) terms.push({ term: pair, weight: options.pairWeight, units: (bitOf.get(i) ?? 0) | (bitOf.get(i + 1) ?? 0) });
    }
    a.concepts.forEach((c, k) => {
      let bits = 0;
      for (let i = c.start; i < c.end; i++) bits |= bitOf.get(i) ?? 0;
      if (conceptIds[k]! >= 0) terms.push({ term: conceptIds[k]!, weight: options.conceptWeight, units: bits });
    });
    for (let u = 0; u < unitIdf.length; u++) {
      unitCredit[u] ??= 1;
      unitIdf[u] = Math.min(unitIdf[u]!, coverageIdfCap);
    }
    return { terms, unitIdf, unitTerms, unitCredit };
  }

  /** Whether a sorted id list holds an id. */
  const holds = (sorted: Int32Array, id: number): boolean => {
    const at = seekAtLeast(sorted, 0, sorted.length, id);
    return at < sorted.length && sorted[at] === id;
  };

  // The words and concepts of all of a fact's curated questions, sorted, worked out when first compared.
  const questionWordCache = new Map<number, Int32Array>();
  function questionWords(doc: number): Int32Array {
    let words = questionWordCache.get(doc);
    if (!words) {
      const ids: number[] = [];
      for (const q of fx.questionTerms[doc]!) for (const id of q) ids.push(id);
      ids.sort((x, y) => x - y);
      words = Int32Array.from(ids.filter((id, k) => k === 0 || id !== ids[k - 1]));
      questionWordCache.set(doc, words);
    }
    return words;
  }

  /**
   * How alike two facts' curated question words are (shared share of the two sorted sets): editions of one fact
   * are asked the same way, with only names and figures changed; two facts about one event are asked differently.
   */
  function questionOverlap(x: Int32Array, y: Int32Array): number {
    let shared = 0;
    for (let i = 0, j = 0; i < x.length && j < y.length; ) {
      if (x[i] === y[j]) {
        shared++;
        i++;
        j++;
      } else if (x[i]! < y[j]!) i++;
      else j++;
    }
    return shared / Math.max(1, x.length + y.length - shared);
  }

  /**
   * How well the question matches the fact's single closest curated question (rarity-weighted share of its words).
   * Sums over all fields blur facts of one event together; the closest phrasing tells them apart.
   */
  function questionSimilarity(doc: number, unitIdf: number[], unitTerms: number[][], total: number): number {
    if (!total) return 0;
    let best = 0;
    for (const set of fx.questionTerms[doc]!) {
      let hit = 0;
      for (let u = 0; u < unitTerms.length; u++) {
        for (const id of unitTerms[u]!) {
          if (holds(set, id)) {
            hit += unitIdf[u]!;
            break;
          }
        }
      }
      if (hit > best) best = hit;
    }
    return best / total;
  }

  /**
   * Adds each query term's BM25 contribution and coverage bits to the facts holding it. Words most facts hold
   * ("ASEAN", "Việt Nam") come last and only update facts the rarer words reached: a fact with nothing but common
   * words cannot be the answer, and visiting every fact for them was most of the time on a large table.
   */
  function accumulate(terms: QueryTerm[]): void {
    const common = (t: QueryTerm) => index.df(t.term) > n * COMMON_SHARE;
    const rare = terms.filter((t) => !common(t));
    const commonTerms = terms.filter(common);
    for (const qt of rare) addPostings(qt, true);
    // A fact holding only common words scores at most the sum of their best contributions. When that is under the
    // cut the ranking makes anyway (PRUNE_SHARE of the best, once over PRUNE_ABOVE facts), skipping such facts
    // changes nothing; otherwise common words reach every fact that holds them, as rarer words do.
    let commonBound = 0;
    for (const qt of commonTerms) commonBound += qt.weight * index.idfs[qt.term]! * index.maxImpact(qt.term);
    let max = 0;
    for (let k = 0; k < touchedCount; k++) if (scores[touched[k]!]! > max) max = scores[touched[k]!]!;
    const reach = touchedCount <= PRUNE_ABOVE || commonBound >= max * PRUNE_SHARE;
    if (!reach) touched.subarray(0, touchedCount).sort();
    for (const qt of commonTerms) addPostings(qt, reach);
  }

  function addPostings(qt: QueryTerm, reach: boolean): void {
    const { starts, docs, impacts, idfs } = index;
    const from = starts[qt.term]!;
    const to = starts[qt.term + 1]!;
    const weight = qt.weight * idfs[qt.term]!;
    const units = qt.units;
    // A word typed with its accents counts less in facts that only share its unaccented letters: the facts that
    // spell it so are walked alongside (both lists ascend by fact).
    const exact = qt.exact;
    let e = exact === undefined ? 0 : starts[exact]!;
    const eEnd = exact === undefined ? 0 : starts[exact + 1]!;
    // Reaching: every fact of the posting list. Otherwise only the facts already reached (sorted), each found in the
    // posting list by a galloping search forward.
    for (let i = from, k = 0; i < to; i++) {
      let d: number;
      if (reach) {
        d = docs[i]!;
        if (masks[d] === 0 && scores[d] === 0) touched[touchedCount++] = d;
      } else {
        if (k >= touchedCount) break;
        d = touched[k++]!;
        i = seekAtLeast(docs, i, to, d);
        if (i >= to || docs[i] !== d) {
          i--;
          continue;
        }
      }
      let w = weight;
      if (exact !== undefined) {
        while (e < eEnd && docs[e]! < d) e++;
        if (e >= eEnd || docs[e] !== d) w *= 0.7;
      }
      scores[d]! += w * impacts[i]!;
      masks[d]! |= units;
    }
  }

  /** Favours facts that give the kind of value asked for: first by their own questions, then by their content. */
  function typeFactor(a: QuestionAnalysis, doc: number, coverage: number): number {
    const t = fx.traits[doc]!;
    const asks = fx.asks[doc]!;
    // Facts share a few trait combinations: each is worked out once per question (glossary terms depend on coverage).
    const key = (t << 5) | asks;
    if (!(t & TRAIT.term) && typeFactorMemo[key]! >= 0) return typeFactorMemo[key]!;
    let f = 1;
    for (const [type, trait] of TYPE_TRAITS) {
      if (!a.types.has(type)) continue;
      f *= asks & ASKS[type] ? 1.3 : t & trait ? 1.05 : 0.85;
    }
    // A definition is general background: it answers "what is X" (or what it fully covers), not an event question.
    const eventQuestion = a.types.has('who') || a.types.has('when') || a.types.has('where');
    if (t & TRAIT.term) f *= a.types.has('define') ? 1.4 : coverage >= 0.99 && !eventQuestion ? 1 : 0.6;
    if (a.dateOnly && t & TRAIT.statesDate) f *= 1.5;
    if (a.dateOnly && asks & ASKS.when) f *= 1.5;
    if (!(t & TRAIT.term)) typeFactorMemo[key] = f;
    return f;
  }
  const typeFactorMemo = new Float64Array(1 << 11);

  /** Whether a fact gives every kind of value the question asks for, by its own questions or by its content. */
  function givesKindAsked(a: QuestionAnalysis, doc: number): boolean {
    for (const [type, trait] of TYPE_TRAITS) {
      if (a.types.has(type) && !(fx.asks[doc]! & ASKS[type]) && !(fx.traits[doc]! & trait)) return false;
    }
    return true;
  }

  /** The question's names and rare glossary concepts that a fact must also hold (a little slack for long lists). */
  function requiredBits(a: QuestionAnalysis): Required {
    const bitOf = new Map(a.content.slice(0, MAX_UNITS).map((ti, u) => [ti, 1 << u]));
    const names = a.names.map((ti) => bitOf.get(ti) ?? 0).filter(Boolean);
    // A rare concept must be there as itself: "ASEAN Regional Forum" is not any "regional forum".
    const concepts = a.concepts.map((c) => index.id(c.term)).filter((id) => id >= 0 && index.df(id) <= n * 0.15);
    // A figure no fact holds has id -1, which no fact contains: nothing can answer it.
    const numbers = a.numbers.map((num) => index.id(num));
    return { names, concepts, numbers };
  }

  function specificsHold(a: QuestionAnalysis, required: Required, c: { doc: number; dateOk: boolean }): boolean {
    const d = c.doc;
    const mask = masks[d]!;
    let missingNames = 0;
    for (const bit of required.names) if (!(mask & bit)) missingNames++;
    // Definitions are timeless: "in 2019" asks about an event, which a definition never is.
    const years = fx.years[d]!;
    return (
      c.dateOk &&
      missingNames <= Math.floor(required.names.length / 4) &&
      required.concepts.every((id) => index.contains(id, d)) &&
      required.numbers.every((id) => index.contains(id, d)) &&
      a.years.every((y) => years.includes(y))
    );
  }

  // The facts evaluated by the last ranking, reused from one question to the next.
  const pool: Ranking['pool'] = { docs: new Int32Array(1024), scores: new Float64Array(1024), coverages: new Float64Array(1024), size: 0 };
  const growPool = () => {
    const size = pool.docs.length + 1;
    Object.assign(pool, { docs: growArray(pool.docs, size), scores: growArray(pool.scores, size), coverages: growArray(pool.coverages, size) });
  };

  function rank(question: string): Ranking {
    const analysis = analyzeQuestion(question, fx.matcher, fx.languageEvidence);
    const { terms, unitIdf, unitTerms, unitCredit } = queryTerms(analysis);
    for (let k = 0; k < touchedCount; k++) {
      const d = touched[k]!;
      scores[d] = 0;
      masks[d] = 0;
    }
    touchedCount = 0;
    typeFactorMemo.fill(-1);
    accumulate(terms);
    const date = analysis.date;
    const dateMatched = new Set<number>();
    if (date) {
      for (const d of fx.datedByMonth.get(date.month) ?? []) {
        if (dateFit(date, fx.dates[d]) !== 'match') continue;
        dateMatched.add(d);
        if (masks[d] === 0 && scores[d] === 0) {
          touched[touchedCount++] = d;
          scores[d] = 1e-9;
        }
      }
    }
    let totalIdf = 0;
    for (const x of unitIdf) totalIdf += x;
    // The date counts as one more topic word, as rare as the rarest.
    const dateWeight = date && !analysis.dateOnly ? Math.min(index.maxIdf, coverageIdfCap) : 0;
    // Only facts within reach of the best raw score can win after the bounded adjustments below; a large table
    // touches thousands of facts through common words, and evaluating them all would dominate the latency.
    let floor = 0;
    if (touchedCount > PRUNE_ABOVE) {
      let max = 0;
      for (let k = 0; k < touchedCount; k++) if (scores[touched[k]!]! > max) max = scores[touched[k]!]!;
      floor = max * PRUNE_SHARE;
    }
    // The best RERANK facts, kept as a min-heap on the way (worst at the root), so no list of every fact is sorted.
    const heap: (Candidate & { dateOk: boolean })[] = [];
    let pooled = 0;
    const worse = (x: Candidate, y: Candidate) => x.score < y.score || (x.score === y.score && x.doc > y.doc);
    for (let k = 0; k < touchedCount; k++) {
      const d = touched[k]!;
      if (scores[d]! < floor && !dateMatched.has(d)) continue;
      const mask = masks[d]!;
      let covered = 0;
      for (let u = 0; u < unitIdf.length; u++) if (mask & (1 << u)) covered += unitIdf[u]! * unitCredit[u]!;
      let score = scores[d]!;
      let dateOk = true;
      if (date) {
        const fit = dateFit(date, fx.dates[d]);
        if (fit === 'match') {
          score += analysis.dateOnly ? 3 : 2;
          covered += dateWeight;
        } else if (fit === 'coarser') {
          covered += dateWeight * 0.8;
        } else {
          score *= fit === 'mismatch' ? 0.6 : 0.85;
        }
        dateOk = analysis.dateOnly ? fit === 'match' : fit !== 'mismatch';
      }
      const coverage = analysis.dateOnly ? (dateOk ? 1 : 0) : totalIdf + dateWeight > 0 ? covered / (totalIdf + dateWeight) : 0;
      score *= typeFactor(analysis, d, coverage);
      if (pooled === pool.docs.length) growPool();
      pool.docs[pooled] = d;
      pool.scores[pooled] = score;
      pool.coverages[pooled++] = coverage;
      const full = heap.length >= RERANK;
      if (full && (heap[0]!.score > score || (heap[0]!.score === score && heap[0]!.doc < d))) continue;
      const entry = { doc: d, score, coverage, specificsOk: true, dateOk, base: score };
      let tied = -1;
      let ties = 0;
      for (let h = 0; h < heap.length; h++) {
        if (heap[h]!.score !== score) continue;
        ties++;
        if (tied < 0 || heap[h]!.doc > heap[tied]!.doc) tied = h;
      }
      if (ties >= RERANK_TIES) {
        // Full for this score: the earlier fact in the table keeps the place (the same order as between any ties).
        if (heap[tied]!.doc > d) {
          heap[tied] = entry;
          siftDown(heap, tied, worse);
          siftUp(heap, tied, worse);
        }
      } else if (!full) {
        heap.push(entry);
        siftUp(heap, heap.length - 1, worse);
      } else {
        heap[0] = entry;
        siftDown(heap, 0, worse);
      }
    }
    const required = requiredBits(analysis);
    const top: Candidate[] = heap.map((c) => ({ doc: c.doc, score: c.score, coverage: c.coverage, specificsOk: specificsHold(analysis, required, c), base: c.base }));
    for (const c of top) c.score *= 0.5 + questionSimilarity(c.doc, unitIdf, unitTerms, totalIdf);
    top.sort((x, y) => y.score - x.score || x.doc - y.doc);
    pool.size = pooled;
    return { analysis, candidates: top, required, pool };
  }

  const questionIn = (f: FactRecord, language: Language): string => f.questions[language][0] ?? f.questions.en[0] ?? f.id;

  const answered = (f: FactRecord, language: Language): AnsweredFact => ({
    id: f.id,
    answer: f.answer[language],
    question: questionIn(f, language),
    date: f.date?.value ?? null,
    sources: f.sources.map(citeSource),
    background: f.background,
  });

  /** Facts that share an event (tag) or article with the answer, best ranked first. */
  function related(top: FactRecord, ranked: readonly number[]): FactRecord[] {
    const tags = new Set(top.tags);
    const srcs = new Set(top.sources.map((s) => s.id));
    const isRelated = (f: FactRecord) => f.id !== top.id && (f.tags.some((t) => tags.has(t)) || f.sources.some((s) => srcs.has(s.id)));
    const out: FactRecord[] = [];
    for (const d of ranked) {
      const f = facts[d]!;
      if (out.length < options.maxRelated && isRelated(f) && f.kind === 'fact') out.push(f);
    }
    if (out.length >= options.maxRelated) return out;
    // Then facts of the same event in table order.
    const sameTag = new Set<number>();
    for (const t of tags) for (const d of fx.byTag.get(t) ?? []) sameTag.add(d);
    for (const d of [...sameTag].sort((x, y) => x - y)) {
      if (out.length >= options.maxRelated) break;
      const f = facts[d]!;
      if (f.id !== top.id && f.kind === 'fact' && !out.includes(f)) out.push(f);
    }
    return out;
  }

  function ask(q: string, replyLanguage?: Language): EngineAnswer {
    const ranking = rank(q);
    const { analysis, candidates } = ranking;
    const language = replyLanguage ?? analysis.language;
    if (!analysis.content.length && !analysis.date) {
      return { question: q, answered: false, language, confidence: 0, facts: [], suggestions: [] };
    }
    const passing = candidates.filter((c) => c.specificsOk);
    const best = passing[0];
    // Facts that match as well as the best and are asked the same way, but happened at another time, are editions
    // of one fact (another year's meeting, a later count): the question names no date that tells them apart, so
    // the latest is the one meant, and they are not competing answers. A large archive holds more editions than
    // the re-ranked few, so they are looked for among every fact evaluated.
    let chosen = best;
    let isEdition = (_doc: number, _score: number, _coverage: number): boolean => false;
    if (best && !analysis.date) {
      const bestWords = questionWords(best.doc);
      const floor = best.base * (1 - options.editionTie);
      isEdition = (d, score, coverage) =>
        d !== best.doc &&
        score >= floor &&
        coverage >= best.coverage &&
        fx.when[d] !== fx.when[best.doc] &&
        questionOverlap(questionWords(d), bestWords) >= EDITION_OVERLAP &&
        specificsHold(analysis, ranking.required, { doc: d, dateOk: true });
      const { docs, scores, coverages, size } = ranking.pool;
      for (let i = 0; i < size; i++) {
        const d = docs[i]!;
        if (fx.when[d]! > fx.when[chosen!.doc]! && isEdition(d, scores[i]!, coverages[i]!)) {
          chosen = { doc: d, score: scores[i]!, coverage: coverages[i]!, specificsOk: true, base: scores[i]! };
        }
      }
    }
    const runnerUp = passing.find(
      (c) => c !== best && c.doc !== chosen!.doc && facts[c.doc]!.answer.en !== facts[chosen!.doc]!.answer.en && !isEdition(c.doc, c.base, c.coverage),
    );
    let confidence = 0;
    if (best) {
      const ratio = runnerUp && runnerUp.score > 0 ? best.score / runnerUp.score : 2;
      confidence = best.coverage * (0.7 + 0.3 * Math.min(1, (ratio - 1) / 0.5));
      // A fact that gives no value of the kind asked for ("who" and no person, "how many" and no count) is at most
      // a near miss, however many words it shares: being sure of it takes more.
      if (!givesKindAsked(analysis, chosen!.doc)) confidence *= KIND_MISSING_CONFIDENCE;
    }
    if (chosen && best && best.coverage >= options.minCoverage && confidence >= options.minConfidence) {
      const top = facts[chosen.doc]!;
      const rel = related(top, passing.filter((c) => c.doc !== chosen.doc).map((c) => c.doc));
      const factsOut = [answered(top, language), ...rel.map((f) => answered(f, language))];
      return { question: q, answered: true, language, confidence: round(confidence), facts: factsOut, suggestions: [] };
    }
    const suggestions: Suggestion[] = [];
    for (const c of candidates) {
      if (suggestions.length >= options.maxSuggestions) break;
      const f = facts[c.doc]!;
      if (!suggestions.some((s) => s.id === f.id)) suggestions.push({ id: f.id, question: questionIn(f, language) });
    }
    return { question: q, answered: false, language, confidence: round(confidence), facts: [], suggestions };
  }

  function explain(factId: string, language: Language): EngineAnswer | undefined {
    const f = table.byId.get(factId);
    if (!f) return undefined;
    const out = [answered(f, language), ...related(f, []).map((r) => answered(r, language))];
    return { question: questionIn(f, language), answered: true, language, confidence: 1, facts: out, suggestions: [] };
  }

  const languageOf = (text: string): Language => detectLanguage(text, fx.languageEvidence);

  function complete(text: string, limit = 25, replyLanguage?: Language): Suggestion[] {
    const language = replyLanguage ?? languageOf(text);
    const pick = (f: FactRecord) => ({ id: f.id, question: questionIn(f, language) });
    if (!text) return facts.filter((f) => f.kind === 'fact').slice(0, limit).map(pick);
    const { candidates } = rank(text);
    const seen = new Set<string>();
    const out: Suggestion[] = [];
    // The last word may be half typed: facts with a word starting with it come next.
    const last = text.split(/\s+/).at(-1) ?? '';
    const prefix = fold(last);
    const prefixDocs = new Set<number>();
    if (prefix.length >= 2) {
      let lo = 0;
      let hi = fx.vocabulary.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (fx.vocabulary[mid]! < prefix) lo = mid + 1;
        else hi = mid;
      }
      for (let i = lo; i < fx.vocabulary.length && i < lo + 20 && fx.vocabulary[i]!.startsWith(prefix); i++) {
        for (const d of index.postingDocs(fx.vocabulary[i]!)) prefixDocs.add(d);
      }
    }
    const ordered = [...candidates.filter((c) => prefixDocs.size === 0 || prefixDocs.has(c.doc)), ...candidates];
    for (const c of ordered) {
      const f = facts[c.doc]!;
      if (out.length >= limit) break;
      if (!seen.has(f.id)) {
        seen.add(f.id);
        out.push(pick(f));
      }
    }
    return out;
  }

  return { table, languageOf, ask, explain, complete, rank, build: { texts: fx.textIndexing } };
}

const round = (x: number) => Math.round(x * 1000) / 1000;

const TYPE_TRAITS: readonly [QuestionType, number][] = [['who', TRAIT.person], ['when', TRAIT.date], ['where', TRAIT.place], ['howMany', TRAIT.number]];

function siftUp<T>(heap: T[], i: number, worse: (x: T, y: T) => boolean): void {
  while (i > 0) {
    const parent = (i - 1) >> 1;
    if (!worse(heap[i]!, heap[parent]!)) break;
    [heap[i], heap[parent]] = [heap[parent]!, heap[i]!];
    i = parent;
  }
}

function siftDown<T>(heap: T[], i: number, worse: (x: T, y: T) => boolean): void {
  for (;;) {
    const l = 2 * i + 1;
    const r = l + 1;
    let m = i;
    if (l < heap.length && worse(heap[l]!, heap[m]!)) m = l;
    if (r < heap.length && worse(heap[r]!, heap[m]!)) m = r;
    if (m === i) return;
    [heap[i], heap[m]] = [heap[m]!, heap[i]!];
    i = m;
  }
}
