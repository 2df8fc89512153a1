// The question-answering engine: ranks facts for a question, abstains when unsure, and builds the cited answer.
import Fuse from 'fuse.js';
import { citeSource, type Answer, type AnsweredFact, type Suggestion } from '../core/answer.js';
import type { FactRecord, FactTable } from '../facts/fact-table.js';
import type { Language } from '../facts/schema.js';
import { clean, fold } from '../text/normalize.js';
import { analyzeQuestion, type QuestionAnalysis } from './analyze-question.js';
import { ASKS, buildFactIndex, TRAIT, type FactIndex } from './build-fact-index.js';
import { EN_STOPWORDS, VI_STOPWORDS, type QuestionType } from './lexicon.js';
import { rawTokens } from './ConceptMatcher.js';
import { detectLanguage } from './detect-language.js';
import { exactTerm, isPairSkip, pairTerm } from './index-terms.js';
import { resolveOptions, type EngineOptions } from './options.js';
import { dateFit } from './parse-query-date.js';
import { abstentionText, answeredText, emptyQuestionText } from './render-answer-text.js';
import type { Engine } from './types.js';

interface QueryTerm {
  term: string;
  weight: number;
  /** Bits of the content words this term stands for (coverage). */
  units: number;
  /** Accented form typed by the user: facts that spell the word the same way are favoured. */
  exact?: string;
}

export interface Candidate {
  doc: number;
  score: number;
  coverage: number;
  /** False when the fact lacks a figure, year or date the question names. */
  specificsOk: boolean;
}

/** Diagnostic view of one ranking, for tests and tuning. */
export interface Ranking {
  analysis: QuestionAnalysis;
  candidates: Candidate[];
}

const MAX_UNITS = 30;
/** Above this many touched facts, those scoring under PRUNE_SHARE of the best are not evaluated further. */
const PRUNE_ABOVE = 300;
const PRUNE_SHARE = 0.2;
/** How many of the best-scoring facts are re-ranked by their closest curated question. */
const RERANK = 30;

export function createEngine(table: FactTable, opts: Partial<EngineOptions> = {}): Engine & { rank(question: string): Ranking } {
  const options = resolveOptions(opts);
  const fx: FactIndex = buildFactIndex(table, options);
  const { index, facts } = fx;
  const n = facts.length;
  const scores = new Float64Array(n);
  const masks = new Int32Array(n);
  const touched: number[] = [];

  // Spelling correction: fuse.js over the index vocabulary, one searcher per word length so each search is small.
  const fuseByLength = new Map<string, Fuse<string>>();
  const vocabularyByLength = new Map<number, string[]>();
  for (const v of fx.vocabulary) {
    if (/^\d+$/.test(v)) continue;
    const list = vocabularyByLength.get(v.length) ?? [];
    list.push(v);
    vocabularyByLength.set(v.length, list);
  }
  // Dated facts by month, so a date question looks at one month's facts, not every dated fact.
  const datedByMonth = new Map<number, number[]>();
  for (const d of fx.dated) {
    const date = facts[d]!.date!;
    const months = new Set([date.value, date.end].filter(Boolean).map((v) => Number(v!.slice(5, 7)) || 0));
    for (const m of months) datedByMonth.set(m, [...(datedByMonth.get(m) ?? []), d]);
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
        if ((index.posting(r.item)?.docs.length ?? 0) > n * 0.2) continue;
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

  function queryTerms(a: QuestionAnalysis): { terms: QueryTerm[]; unitIdf: number[]; unitTerms: string[][]; unitCredit: number[] } {
    const terms: QueryTerm[] = [];
    const unitTerms: string[][] = [];
    const unitCredit: number[] = [];
    const units = a.content.slice(0, MAX_UNITS);
    const bitOf = new Map(units.map((tokenIndex, u) => [tokenIndex, 1 << u]));
    const unitIdf: number[] = [];
    for (const [u, ti] of units.entries()) {
      const t = a.tokens[ti]!;
      const bit = 1 << u;
      const idf = index.idf(t.folded);
      const accentedUnknown = t.exact !== t.folded && !index.has(exactTerm(t.exact));
      if (idf !== undefined && accentedUnknown) {
        // Typed with accents the table never uses ("xăng" is not "sáng"): a weak hint, no credit for coverage.
        terms.push({ term: t.folded, weight: 0.5, units: 0 });
        unitIdf.push(idf);
        unitTerms.push([]);
      } else if (idf !== undefined) {
        terms.push({ term: t.folded, weight: 1, units: bit, exact: t.exact !== t.folded && index.has(exactTerm(t.exact)) ? t.exact : undefined });
        unitIdf.push(idf);
        unitTerms.push([t.folded]);
      } else if (!accentedUnknown && t.folded.length >= options.fuzzyMinLength - 1 && !/\d/.test(t.folded) && correct(t.folded).functionWord) {
        // A misspelt function word ("whoo", "whta"): no topic to cover.
        unitIdf.push(0);
        unitTerms.push([]);
      } else if (!accentedUnknown && t.folded.length >= options.fuzzyMinLength && !/\d/.test(t.folded)) {
        const fixes = correct(t.folded);
        for (const f of fixes) terms.push({ term: f.term, weight: f.similarity, units: bit });
        unitIdf.push(fixes.length ? Math.max(...fixes.map((f) => index.idf(f.term) ?? 0)) : index.maxIdf);
        unitTerms.push(fixes.map((f) => f.term));
        // A corrected word is only probably the word meant: it earns part of its coverage.
        unitCredit[u] = fixes.length ? Math.max(...fixes.map((f) => f.similarity)) ** 2 : 1;
      } else {
        // A word the table has never seen is strong evidence the question is about something else.
        unitIdf.push(index.maxIdf);
        unitTerms.push([]);
      }
    }
    for (const c of a.concepts) {
      units.forEach((ti, u) => {
        if (ti >= c.start && ti < c.end) unitTerms[u]!.push(c.term);
      });
    }
    const dateWords = new Set(a.date?.numbers ?? []);
    for (let i = 0; i + 1 < a.tokens.length; i++) {
      const x = a.tokens[i]!.folded;
      const y = a.tokens[i + 1]!.folded;
      if (isPairSkip(x) || isPairSkip(y)) continue;
      // Pairs inside a date ("7 september", "september 2020") would favour facts that merely print the same date.
      if (a.date && (dateWords.has(String(Number(x))) || dateWords.has(String(Number(y))) || !bitOf.has(i) || !bitOf.has(i + 1))) continue;
      const pair = pairTerm(x, y);
      if (index.has(pair)) terms.push({ term: pair, weight: options.pairWeight, units: (bitOf.get(i) ?? 0) | (bitOf.get(i + 1) ?? 0) });
    }
    for (const c of a.concepts) {
      let bits = 0;
      for (let i = c.start; i < c.end; i++) bits |= bitOf.get(i) ?? 0;
      if (index.has(c.term)) terms.push({ term: c.term, weight: options.conceptWeight, units: bits });
    }
    for (let u = 0; u < unitIdf.length; u++) unitCredit[u] ??= 1;
    return { terms, unitIdf, unitTerms, unitCredit };
  }

  // Words and concepts of each curated question, computed when a fact first reaches the re-ranking.
  const questionSets = new Map<number, Set<string>[]>();
  const questionsOf = (doc: number): Set<string>[] => {
    let sets = questionSets.get(doc);
    if (!sets) {
      const f = facts[doc]!;
      sets = [...f.questions.vi, ...f.questions.en].map((q) => {
        const toks = rawTokens(q);
        return new Set([...toks.map((t) => t.folded), ...fx.matcher.find(toks).map((h) => h.term)]);
      });
      questionSets.set(doc, sets);
    }
    return sets;
  };

  /**
   * How well the question matches the fact's single closest curated question (rarity-weighted share of its words).
   * Sums over all fields blur facts of one event together; the closest phrasing tells them apart.
   */
  function questionSimilarity(doc: number, unitIdf: number[], unitTerms: string[][]): number {
    const total = unitIdf.reduce((s, x) => s + x, 0);
    if (!total) return 0;
    let best = 0;
    for (const set of questionsOf(doc)) {
      let hit = 0;
      unitTerms.forEach((alts, u) => {
        if (alts.some((a) => set.has(a))) hit += unitIdf[u]!;
      });
      best = Math.max(best, hit / total);
    }
    return best;
  }

  function accumulate(terms: QueryTerm[]): void {
    for (const qt of terms) {
      const p = index.posting(qt.term);
      const idf = index.idf(qt.term);
      if (!p || idf === undefined) continue;
      let exactDocs: Set<number> | undefined;
      if (qt.exact) exactDocs = new Set(index.posting(exactTerm(qt.exact))?.docs ?? []);
      for (let i = 0; i < p.docs.length; i++) {
        const d = p.docs[i]!;
        if (masks[d] === 0 && scores[d] === 0) touched.push(d);
        // A word typed with its accents counts less in facts that only share its unaccented letters.
        const exactFactor = exactDocs && !exactDocs.has(d) ? 0.7 : 1;
        scores[d]! += qt.weight * exactFactor * index.contribution(i, p, idf);
        masks[d]! |= qt.units;
      }
    }
  }

  /** Favours facts that give the kind of value asked for: first by their own questions, then by their content. */
  function typeFactor(a: QuestionAnalysis, doc: number, coverage: number): number {
    const t = fx.traits[doc]!;
    const asks = fx.asks[doc]!;
    const kinds: [QuestionType, number][] = [['who', TRAIT.person], ['when', TRAIT.date], ['where', TRAIT.place], ['howMany', TRAIT.number]];
    let f = 1;
    for (const [type, trait] of kinds) {
      if (!a.types.has(type)) continue;
      f *= asks & ASKS[type] ? 1.3 : t & trait ? 1.05 : 0.85;
    }
    // A definition is general background: it answers "what is X" (or what it fully covers), not an event question.
    const eventQuestion = a.types.has('who') || a.types.has('when') || a.types.has('where');
    if (t & TRAIT.term) f *= a.types.has('define') ? 1.4 : coverage >= 0.99 && !eventQuestion ? 1 : 0.6;
    if (a.dateOnly && t & TRAIT.statesDate) f *= 1.5;
    if (a.dateOnly && asks & ASKS.when) f *= 1.5;
    return f;
  }

  /** Whether a fact is dated in (or reported in) a given year. */
  const isFromYear = (doc: number, year: number): boolean => {
    const f = facts[doc]!;
    const years = [f.date?.value, f.date?.end, ...f.sources.map((s) => s.published.value)].filter(Boolean).map((v) => Number(v!.slice(0, 4)));
    // Definitions are timeless: "in 2019" asks about an event, which a definition never is.
    return f.kind === 'fact' && years.includes(year);
  };

  /** The question's names and rare glossary concepts that a fact must also hold (a little slack for long lists). */
  function requiredBits(a: QuestionAnalysis): { names: number[]; concepts: string[] } {
    const bitOf = new Map(a.content.slice(0, MAX_UNITS).map((ti, u) => [ti, 1 << u]));
    const names = a.names.map((ti) => bitOf.get(ti) ?? 0).filter(Boolean);
    // A rare concept must be there as itself: "ASEAN Regional Forum" is not any "regional forum".
    const concepts = a.concepts.filter((c) => (index.posting(c.term)?.docs.length ?? 0) <= n * 0.15).map((c) => c.term);
    return { names, concepts };
  }

  function rank(question: string): Ranking {
    const analysis = analyzeQuestion(question, fx.matcher, fx.languageEvidence);
    const { terms, unitIdf, unitTerms, unitCredit } = queryTerms(analysis);
    for (const d of touched) {
      scores[d] = 0;
      masks[d] = 0;
    }
    touched.length = 0;
    accumulate(terms);
    const date = analysis.date;
    const required = requiredBits(analysis);
    const dateMatched = new Set<number>();
    if (date) {
      for (const d of datedByMonth.get(date.month) ?? []) {
        if (dateFit(date, facts[d]!.date) !== 'match') continue;
        dateMatched.add(d);
        if (masks[d] === 0 && scores[d] === 0) {
          touched.push(d);
          scores[d] = 1e-9;
        }
      }
    }
    const totalIdf = unitIdf.reduce((s, x) => s + x, 0);
    // The date counts as one more topic word, as rare as the rarest.
    const dateWeight = date && !analysis.dateOnly ? index.maxIdf : 0;
    // Only facts within reach of the best raw score can win after the bounded adjustments below; a large table
    // touches thousands of facts through common words, and evaluating them all would dominate the latency.
    let pool: Iterable<number> = touched;
    if (touched.length > PRUNE_ABOVE) {
      let max = 0;
      for (const d of touched) if (scores[d]! > max) max = scores[d]!;
      const floor = max * PRUNE_SHARE;
      pool = touched.filter((d) => scores[d]! >= floor || dateMatched.has(d));
    }
    const candidates: Candidate[] = [];
    for (const d of pool) {
      const mask = masks[d]!;
      let covered = 0;
      unitIdf.forEach((idf, u) => {
        if (mask & (1 << u)) covered += idf * unitCredit[u]!;
      });
      let score = scores[d]!;
      let dateOk = true;
      if (date) {
        const fit = dateFit(date, facts[d]!.date);
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
      const missingNames = required.names.filter((bit) => !(mask & bit)).length;
      const specificsOk =
        dateOk &&
        missingNames <= Math.floor(required.names.length / 4) &&
        required.concepts.every((term) => index.contains(term, d)) &&
        analysis.numbers.every((num) => index.contains(num, d)) &&
        analysis.years.every((y) => isFromYear(d, y));
      candidates.push({ doc: d, score, coverage, specificsOk });
    }
    candidates.sort((x, y) => y.score - x.score || x.doc - y.doc);
    const top = candidates.slice(0, RERANK);
    for (const c of top) c.score *= 0.5 + questionSimilarity(c.doc, unitIdf, unitTerms);
    top.sort((x, y) => y.score - x.score || x.doc - y.doc);
    return { analysis, candidates: top };
  }

  const questionIn = (f: FactRecord, language: Language): string => f.questions[language][0] ?? f.questions.en[0] ?? f.id;

  const answered = (f: FactRecord, language: Language): AnsweredFact => ({
    id: f.id,
    answer: f.answer[language],
    question: questionIn(f, language),
    date: f.date?.value ?? null,
    sources: f.sources.map(citeSource),
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
    for (const f of facts) {
      if (out.length >= options.maxRelated) break;
      if (isRelated(f) && f.kind === 'fact' && f.tags.some((t) => tags.has(t)) && !out.includes(f)) out.push(f);
    }
    return out;
  }

  function ask(question: string): Answer {
    const q = clean(String(question ?? '')).slice(0, options.maxQuestionLength);
    const { analysis, candidates } = rank(q);
    const language = analysis.language;
    if (!analysis.content.length && !analysis.date) {
      return { question: q, answered: false, language, confidence: 0, facts: [], suggestions: [], text: q ? abstentionText(language, []) : emptyQuestionText(language) };
    }
    const passing = candidates.filter((c) => c.specificsOk);
    const best = passing[0];
    const runnerUp = passing.find((c) => c !== best && facts[c.doc]!.answer.en !== facts[best!.doc]!.answer.en);
    let confidence = 0;
    if (best) {
      const ratio = runnerUp && runnerUp.score > 0 ? best.score / runnerUp.score : 2;
      confidence = best.coverage * (0.7 + 0.3 * Math.min(1, (ratio - 1) / 0.5));
    }
    const ok = !!best && best.coverage >= options.minCoverage && confidence >= options.minConfidence;
    if (ok) {
      const top = facts[best.doc]!;
      const rel = related(top, passing.slice(1).map((c) => c.doc));
      const factsOut = [answered(top, language), ...rel.map((f) => answered(f, language))];
      return { question: q, answered: true, language, confidence: round(confidence), facts: factsOut, suggestions: [], text: answeredText(factsOut[0]!, language) };
    }
    const suggestions: Suggestion[] = [];
    for (const c of candidates) {
      if (suggestions.length >= options.maxSuggestions) break;
      const f = facts[c.doc]!;
      if (!suggestions.some((s) => s.id === f.id)) suggestions.push({ id: f.id, question: questionIn(f, language) });
    }
    return { question: q, answered: false, language, confidence: round(confidence), facts: [], suggestions, text: abstentionText(language, suggestions) };
  }

  function explain(factId: string, language: Language): Answer | undefined {
    const f = table.byId.get(factId);
    if (!f) return undefined;
    const out = [answered(f, language), ...related(f, []).map((r) => answered(r, language))];
    return { question: questionIn(f, language), answered: true, language, confidence: 1, facts: out, suggestions: [], text: answeredText(out[0]!, language) };
  }

  function complete(partial: string, limit = 25): Suggestion[] {
    const text = clean(String(partial ?? '')).slice(0, options.maxQuestionLength);
    const language = detectLanguage(text, fx.languageEvidence);
    const pick = (f: FactRecord) => ({ id: f.id, question: questionIn(f, language) });
    if (!text) return facts.filter((f) => f.kind === 'fact').slice(0, limit).map(pick);
    const { candidates } = rank(text);
    const seen = new Set<string>();
    const out: Suggestion[] = [];
    // The last word may be half typed: facts with a word starting with it come next.
    const last = text.split(/\s+/).at(-1) ?? '';
    const prefix = fold(clean(last));
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
        for (const d of index.posting(fx.vocabulary[i]!)?.docs ?? []) prefixDocs.add(d);
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

  return { table, ask, explain, complete, rank };
}

const round = (x: number) => Math.round(x * 1000) / 1000;
