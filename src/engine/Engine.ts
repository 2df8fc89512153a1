// The question-answering engine: analyse → retrieve → re-rank → decide, and the cited answer object.
import { citeSource } from '../facts/cite-source.js';
import { formatIsoDate } from '../model/format-date.js';
import { message } from '../model/messages.js';
import type { AnsweredFact, EngineAnswer, Suggestion } from '../model/answer.js';
import type { Language } from '../model/language.js';
import type { FactRecord, FactTable } from '../facts/fact-table.js';
import { fold } from '../text/normalize.js';
import { analyzeQuestion } from './analyze-question.js';
import { buildQuery, type Query } from './build-query.js';
import { areEditions, decide, type Decision, type RankedFact } from './decide.js';
import { detectLanguage } from './detect-language.js';
import { buildFactIndex, heldTermId, type FactIndex } from './FactIndex.js';
import { FactProfiles } from './FactProfiles.js';
import { ANSWER_FEATURES, RANK_FEATURES, rankFeatures, type FeatureContext } from './features.js';
import type { EngineModel } from './model.js';
import { logit } from './logistic.js';
import { resolveOptions, type EngineOptions } from './options.js';
import { Retriever, type Exclusion } from './Retriever.js';
import { SpellingCorrector } from './SpellingCorrector.js';
import { stem } from './stem.js';
import { giveSameValue, NOTHING_ASKED, type Asked } from './values.js';
import type { Engine as EnginePort, NamesToAdd } from './types.js';
import { namesToAdd } from './unnamed-values.js';

/** Everything the engine worked out for one question: for tests, the evaluation and fitting the models. */
export interface Ranking {
  query: Query;
  /** Re-ranked facts, best first. */
  ranked: RankedFact[];
  decision: Decision;
}

export class Engine implements EnginePort {
  readonly options: EngineOptions;
  readonly index: FactIndex;
  private readonly retriever: Retriever;
  private readonly profiles: FactProfiles;
  private readonly speller: SpellingCorrector;
  private readonly isKnownWord = (folded: string): boolean => heldTermId(this.index, stem(folded)) >= 0;
  private readonly isNameWord = (folded: string): boolean => this.index.nameWords.has(folded);
  private readonly isPersonWord = (folded: string): boolean => this.index.personWords.has(folded);
  /** A misspelt word's correction when there is exactly one (retrieval weighs several; a name needs the one). */
  private readonly soleCorrection = (folded: string): string | undefined => {
    if (folded.length < this.options.fuzzyMinLength || this.isKnownWord(folded)) return undefined;
    const fixes = this.speller.correct(folded);
    return fixes.length === 1 ? fixes[0]!.word : undefined;
  };

  constructor(
    readonly table: FactTable,
    options: Partial<EngineOptions> = {},
  ) {
    this.options = resolveOptions(options);
    checkModel(this.options.model);
    this.index = buildFactIndex(table, this.options);
    this.retriever = new Retriever(this.index, this.options);
    this.profiles = new FactProfiles(this.index, this.options);
    this.speller = new SpellingCorrector(this.index.vocabulary, this.options.maxCorrections);
  }

  /** Analyses, retrieves, re-ranks and decides; `exclude` leaves curated questions or facts out (evaluation). */
  rank(question: string, exclude: Exclusion = {}): Ranking {
    const { index, options } = this;
    const analysis = analyzeQuestion(question, index.matcher, index.languageEvidence, this.isKnownWord, this.soleCorrection, this.isNameWord, this.isPersonWord);
    const query = buildQuery(analysis, index, this.speller, options);
    const { candidates, pool } = this.retriever.retrieve(query, exclude);
    const ctx: FeatureContext = { index, query, bestRetrieval: candidates[0]?.score ?? 0, excludedQuestions: exclude.questions, rareConceptShare: options.rareConceptShare };
    const rankOne = (fact: number, retrieval: number): RankedFact => {
      const features = rankFeatures(ctx, fact, this.profiles.of(fact), retrieval);
      return { fact, retrieval, features, logit: logit(options.model.ranker, features) };
    };
    const ranked = candidates.map((c) => rankOne(c.fact, c.score));
    ranked.sort((x, y) => y.logit - x.logit);
    const nothingLogit = logit(options.model.ranker, RANK_FEATURES.map(() => 0));
    const decision = decide(ranked, { index, options, model: options.model, query, questionWords: (f) => this.profiles.questionWords(f), curatedKeys: (f) => this.profiles.curatedKeys(f), rankOne, pool, nothingLogit, excludedQuestions: exclude.questions });
    return { query, ranked, decision };
  }

  languageOf(text: string): Language {
    return detectLanguage(text, this.index.languageEvidence);
  }

  ask(question: string, language?: Language): EngineAnswer {
    return this.answer(question, {}, language).answer;
  }

  /**
   * The answer and how it was reached; `exclude` leaves part of the table out (evaluation, fitting). The question
   * comes cleaned and cut by the application; any string is safe.
   */
  answer(question: string, exclude: Exclusion = {}, language?: Language): { answer: EngineAnswer; ranking: Ranking } {
    const q = String(question ?? '');
    const ranking = this.rank(q, exclude);
    return { answer: this.answerFrom(q, ranking, language ?? ranking.query.analysis.language), ranking };
  }

  /**
   * Whether fact b answers what fact a answers: it is a, an edition of it (asked alike, about another time), or gives
   * the same value for what a question asks (`asked`), as the engine's decision counts it.
   */
  sameAnswer(a: number, b: number, asked: Asked = NOTHING_ASKED): boolean {
    const fa = this.index.facts[a]!;
    const fb = this.index.facts[b]!;
    if (a === b || fa.answer.en === fb.answer.en || giveSameValue(fa, fb, asked)) return true;
    return areEditions(this.index, (f) => this.profiles.questionWords(f), this.options, a, b);
  }

  private answerFrom(q: string, ranking: Ranking, language: Language): EngineAnswer {
    const { analysis } = ranking.query;
    if (!analysis.content.length && !analysis.date) return { question: q, answered: false, language, confidence: 0, facts: [], suggestions: [] };
    const { decision, ranked } = ranking;
    const confidence = round(decision.probability);
    if (decision.answered && decision.chosen) {
      const top = this.index.facts[decision.chosen.fact]!;
      const rel = this.related(top, ranked.map((r) => r.fact));
      const first = this.answered(top, language);
      // Asked who reported it, the answer is its source, said in full (the fact itself follows in "see also").
      const facts = analysis.asksSource
        ? [{ ...first, answer: reportedBy(first.sources, language) }, first, ...rel.map((f) => this.answered(f, language))]
        : [first, ...rel.map((f) => this.answered(f, language))];
      return { question: q, answered: true, language, confidence, facts, suggestions: [] };
    }
    // The closest fact that could answer comes first (what curators see as the closest fact), then the rest in order.
    const suggestions: Suggestion[] = [];
    for (const r of decision.chosen ? [decision.chosen, ...ranked] : ranked) {
      if (suggestions.length >= this.options.maxSuggestions) break;
      const f = this.index.facts[r.fact]!;
      if (!suggestions.some((s) => s.id === f.id)) suggestions.push({ id: f.id, question: questionIn(f, language) });
    }
    // Unsure only of a fact that may answer: one a rule rules out does not, whatever its score.
    const unsure = decision.allowed && decision.probability >= this.options.unsureFloor;
    return { question: q, answered: false, language, confidence, facts: [], suggestions, ...(unsure ? { unsure } : {}) };
  }

  namesToAdd(factId: string, wording: string): NamesToAdd {
    const fact = this.index.facts.findIndex((f) => f.id === factId);
    return fact < 0 ? { event: [], roles: [], counts: [] } : namesToAdd(this, fact, wording);
  }

  explain(factId: string, language: Language): EngineAnswer | undefined {
    const f = this.table.byId.get(factId);
    if (!f) return undefined;
    const out = [this.answered(f, language), ...this.related(f, []).map((r) => this.answered(r, language))];
    return { question: questionIn(f, language), answered: true, language, confidence: 1, facts: out, suggestions: [] };
  }

  complete(partial: string, limit = 25, replyLanguage?: Language): Suggestion[] {
    const { index } = this;
    const text = String(partial ?? '').trim();
    const language = replyLanguage ?? this.languageOf(text);
    const pick = (f: FactRecord) => ({ id: f.id, question: questionIn(f, language) });
    if (!text) return index.facts.filter((f) => f.kind === 'fact').slice(0, limit).map(pick);
    const { ranked } = this.rank(text);
    // The last word may be half typed: facts holding a word that starts with it come first.
    const prefix = fold(text.split(/\s+/).at(-1) ?? '');
    const prefixed = new Set<number>();
    if (prefix.length >= 2) {
      const words = index.vocabulary;
      let lo = 0;
      let hi = words.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (words[mid]! < prefix) lo = mid + 1;
        else hi = mid;
      }
      const ids = new Set<number>();
      for (let i = lo; i < words.length && i < lo + 20 && words[i]!.startsWith(prefix); i++) {
        const id = index.termIds.get(words[i]!);
        if (id !== undefined) ids.add(id);
      }
      for (const r of ranked) {
        const p = this.profiles.of(r.fact);
        if ([...ids].some((id) => p.has(id) || p.questions.some((q) => q.has(id)))) prefixed.add(r.fact);
      }
    }
    const ordered = [...ranked.filter((r) => prefixed.size === 0 || prefixed.has(r.fact)), ...ranked];
    const seen = new Set<number>();
    const out: Suggestion[] = [];
    for (const r of ordered) {
      if (out.length >= limit) break;
      if (!seen.has(r.fact)) {
        seen.add(r.fact);
        out.push(pick(index.facts[r.fact]!));
      }
    }
    return out;
  }

  /** The answer object's entry for a fact. */
  answeredFact(fact: number, language: Language): AnsweredFact {
    return this.answered(this.index.facts[fact]!, language);
  }

  private answered(f: FactRecord, language: Language): AnsweredFact {
    return {
      id: f.id,
      answer: f.answer[language],
      question: questionIn(f, language),
      date: f.date?.value ?? null,
      sources: f.sources.map(citeSource),
      background: f.background,
    };
  }

  /** Facts that share an event (tag) or article with the answer: the best ranked first, then in table order. */
  private related(top: FactRecord, ranked: readonly number[]): FactRecord[] {
    const { index, options } = this;
    const tags = new Set(top.tags);
    const sources = new Set(top.sources.map((s) => s.id));
    const isRelated = (f: FactRecord) => f.id !== top.id && f.kind === 'fact' && (f.tags.some((t) => tags.has(t)) || f.sources.some((s) => sources.has(s.id)));
    const out: FactRecord[] = [];
    for (const d of ranked) {
      const f = index.facts[d]!;
      if (out.length < options.maxRelated && isRelated(f) && !out.includes(f)) out.push(f);
    }
    // Then facts of the same event in table order: each tag's list ascends, so its first few are all that can count.
    const sameTag: number[] = [];
    for (const t of tags) {
      let taken = 0;
      for (const d of index.byTag.get(t) ?? []) {
        if (taken > options.maxRelated) break;
        const f = index.facts[d]!;
        if (f.id === top.id || f.kind !== 'fact') continue;
        sameTag.push(d);
        taken++;
      }
    }
    for (const d of [...new Set(sameTag)].sort((x, y) => x - y)) {
      if (out.length >= options.maxRelated) break;
      const f = index.facts[d]!;
      if (!out.includes(f)) out.push(f);
    }
    return out;
  }
}

/** A model fitted for other features would weigh the wrong numbers: refuse it, naming the fix. */
function checkModel(model: EngineModel): void {
  const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);
  if (!same(model.ranker.features, RANK_FEATURES) || !same(model.answerer.features, ANSWER_FEATURES)) {
    throw new Error('the engine model was fitted for other features: run `npm run fit` to refit src/engine/model.ts');
  }
}

/** A model that weighs nothing: the starting point for fitting, which needs features, not a ranking. */
export function unfittedModel(): EngineModel {
  const zero = (features: readonly string[]) => ({ features, mean: features.map(() => 0), scale: features.map(() => 1), weights: features.map(() => 0), bias: 0 });
  return { ranker: zero(RANK_FEATURES), answerer: zero(ANSWER_FEATURES), threshold: 0.5 };
}

const questionIn = (f: FactRecord, language: Language): string => f.questions[language][0] ?? f.questions.en[0] ?? f.id;

/** "Reported in VOV.VN, by Trần Khánh, 3 December 2019.": the outlets, authors and dates of a fact's articles. */
function reportedBy(sources: AnsweredFact['sources'], language: Language): string {
  const reports = sources.map((s) =>
    message('answer.report', language, {
      outlet: s.outlet ?? message('citation.outletNotNamed', language),
      byline: s.author ? message('citation.byline', language, { author: s.author }) : '',
      date: formatIsoDate(s.published, language),
    }),
  );
  return message('answer.reportedBy', language, { reports: reports.join('; ') });
}

const round = (x: number) => Math.round(x * 1000) / 1000;
