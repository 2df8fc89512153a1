// Decide: which retrieved fact is the answer (the latest edition when the question names no date), and whether to give it.
import { ANSWER_FEATURES, RANK_FEATURES } from './features.js';
import type { FactIndex } from './FactIndex.js';
import { logit, sigmoid } from './logistic.js';
import type { EngineModel } from './model.js';
import type { EngineOptions } from './options.js';
import type { Query } from './build-query.js';
import { askedOf, giveSameValue } from './values.js';

/** A retrieved fact with its re-ranking features and logit. */
export interface RankedFact {
  fact: number;
  retrieval: number;
  features: number[];
  logit: number;
}

export interface Decision {
  /** The fact to answer with (the best, or its latest edition), when there is a best at all. */
  chosen?: RankedFact;
  /** The best fact giving another answer: how far ahead the chosen one is decides how sure the engine is. */
  runnerUp?: RankedFact;
  /** ANSWER_FEATURES, in order. */
  features: number[];
  /**
   * The fitted answerer's score that answering with `chosen` is right: a probability fitted with wrong answers
   * weighted by their cost, so 0.5 is where answering and abstaining cost the same (eval/README.md).
   */
  probability: number;
  /**
   * Whether the chosen fact passed the rule no score overrides: people ask it for the kind of value asked. When not,
   * the engine abstains knowing the fact does not answer.
   */
  allowed: boolean;
  /** The question is one of the chosen fact's curated questions, word for word (diacritics, case and punctuation aside). */
  verbatim: boolean;
  answered: boolean;
}

export interface DecideContext {
  index: FactIndex;
  options: EngineOptions;
  model: EngineModel;
  query: Query;
  /** A fact's curated-question words, ascending (FactProfiles.questionWords). */
  questionWords: (fact: number) => Int32Array;
  /** A fact's curated questions as their folded words, to their offsets (FactProfiles.curatedKeys). */
  curatedKeys: (fact: number) => ReadonlyMap<string, readonly number[]>;
  /** Ranks one more fact (an edition found beyond the re-ranked few). */
  rankOne: (fact: number, retrieval: number) => RankedFact;
  pool: { facts: Int32Array; scores: Float64Array; size: number };
  /** The ranker's logit for a fact with no evidence at all (every feature 0). */
  nothingLogit: number;
  /** Curated questions (document numbers) left out, as the evaluation does. */
  excludedQuestions?: ReadonlySet<number>;
}

/**
 * Whether a fact can be the answer at all: it gives the kind of value asked for and holds every figure, ordinal,
 * year, name and rare concept (meeting, body, document) the question names. The fitted models weigh how well a fact
 * matches; these say what it must be about.
 */
export const canAnswer = (r: RankedFact): boolean =>
  r.features[KIND_MISSING] === 0 &&
  r.features[NUMBERS_MISSING] === 0 &&
  r.features[YEARS_MISSING] === 0 &&
  r.features[CONCEPTS_MISSING] === 0 &&
  r.features[NAMES_MISSING] === 0;

export function decide(retrieved: readonly RankedFact[], ctx: DecideContext): Decision {
  const { index, options, query } = ctx;
  const a = query.analysis;
  // A report is of an event: a glossary definition says what something is, whichever articles state it, and is
  // reported by none. Asked who reported something, definitions do not compete for the answer.
  const ranked = retrieved.filter((r) => canAnswer(r) && (!a.asksSource || index.facts[r.fact]!.kind === 'fact'));
  const best = ranked[0];
  if (!best) return { features: ANSWER_FEATURES.map(() => 0), probability: 0, allowed: false, verbatim: false, answered: false };
  // Asked in the very words of one of a fact's curated questions (the ways of asking `facts check` verifies, and the
  // ones the bot itself suggests), the question is that fact's, however close its siblings come.
  const verbatim = askedVerbatim(ranked, ctx);
  if (verbatim) {
    const features = [verbatim.logit, 0, query.unknownShare, ...verbatim.features];
    return { chosen: verbatim, features, probability: sigmoid(logit(ctx.model.answerer, features)), allowed: true, verbatim: true, answered: true };
  }
  const overlapCache = new Map<number, boolean>();
  const n = index.facts.length;
  const editionOf = (f: number, of: number): boolean => {
    const key = f * n + of;
    let yes = overlapCache.get(key);
    if (yes === undefined) overlapCache.set(key, (yes = areEditions(index, ctx.questionWords, options, f, of)));
    return yes;
  };
  const isEdition = (r: RankedFact): boolean => editionOf(r.fact, best.fact);
  // Editions of one fact (another year's meeting, a later count) match alike; a question that names no date or
  // year means the latest of them, and they are not competing answers.
  let chosen = best;
  if (!a.date && !a.years.length) {
    const floor = best.logit - options.editionTie;
    for (const r of ranked) if (r.logit >= floor && index.when[r.fact]! > index.when[chosen.fact]! && isEdition(r)) chosen = r;
    // A large archive may hold newer editions beyond the re-ranked few.
    const seen = new Set(ranked.map((r) => r.fact));
    const { facts, scores, size } = ctx.pool;
    for (let k = 0; k < size; k++) {
      const f = facts[k]!;
      if (seen.has(f) || index.when[f]! <= index.when[chosen.fact]! || scores[k]! < best.retrieval * options.editionRetrievalShare) continue;
      const r = ctx.rankOne(f, scores[k]!);
      if (r.logit >= floor && canAnswer(r) && isEdition(r)) chosen = r;
    }
  }
  const answerOf = (r: RankedFact) => index.facts[r.fact]!.answer.en;
  // Facts that give the same value for what is asked (the same venue, date, person, count or office) answer alike.
  const asked = askedOf(a);
  // Asked for the report, the facts of the same article give the same answer.
  const chosenArticles = a.asksSource ? new Set(index.facts[chosen.fact]!.sources.map((s) => s.article)) : undefined;
  const sameReport = (r: RankedFact) => !!chosenArticles && index.facts[r.fact]!.sources.some((s) => chosenArticles.has(s.article));
  const competes = (r: RankedFact) =>
    r.fact !== best.fact &&
    !sameReport(r) &&
    r.fact !== chosen.fact &&
    answerOf(r) !== answerOf(chosen) &&
    !isEdition(r) &&
    !editionOf(r.fact, chosen.fact) &&
    !giveSameValue(index.facts[chosen.fact]!, index.facts[r.fact]!, asked);
  let runnerUp = ranked.find(competes);
  // The re-ranked few may all be editions of the answer (a large archive holds hundreds): the next other answer is
  // then looked for among the rest of what the question reached, best first, so editions do not make it look alone.
  // `unfinished`: the closest other answer that search saw, able to answer or not, when it stopped before the end of
  // what the question reached.
  let unfinished: RankedFact | undefined;
  if (!runnerUp && retrieved.length >= options.candidates) {
    const found = nextOtherAnswer(retrieved, ctx, (f) => editionOf(f, best.fact) || editionOf(f, chosen.fact), competes);
    runnerUp = found.answer;
    if (!found.finished) unfinished = found.closest;
  }
  // With no other answer in sight, the lead is over a fact that matches nothing at all. A search stopped short (in a
  // large archive other facts' editions fill it) has not shown the answer to be alone: the lead is then over the
  // closest fact it saw that gives another answer, whether it can answer or not. A fact giving the same answer (the
  // same person asked who) is no rival, wherever the search stops.
  const alone = unfinished ? Math.max(unfinished.logit, ctx.nothingLogit) : ctx.nothingLogit;
  const lead = Math.min(options.maxLead, best.logit - (runnerUp ? runnerUp.logit : alone));
  const features = [best.logit, lead, query.unknownShare, ...chosen.features];
  const probability = sigmoid(logit(ctx.model.answerer, features));
  // People ask a fact for the values it is the answer to: when the best fact gives the kind asked only in passing
  // (none of its curated questions asks for it: a date it states of another meeting), it is not the answer, and the
  // next fact is not either (it ranked below a fact about the question): the engine abstains.
  // Which edition is stated wherever the thing is named with its ordinal, in passing or not.
  // An office asked with no kind is given (kindGiven) but no curated question counts as asking it (kindAsked): it is
  // stated wherever its holder is.
  const noKindAsked = asked.kinds.size === 0;
  const allowed = a.asksOrdinal || noKindAsked || chosen.features[KIND_GIVEN] !== 1 || chosen.features[KIND_ASKED]! > 0;
  return { chosen, runnerUp, features, probability, allowed, verbatim: false, answered: allowed && probability >= ctx.model.threshold };
}

/**
 * The one fact among the best ranked that can answer and has the question, word for word, among its curated questions
 * (left-out ones aside); none when two facts have it.
 */
function askedVerbatim(ranked: readonly RankedFact[], ctx: DecideContext): RankedFact | undefined {
  const { index, query } = ctx;
  const key = query.analysis.tokens.map((t) => t.folded).join(' ');
  const excluded = ctx.excludedQuestions;
  let found: RankedFact | undefined;
  for (const r of ranked.slice(0, ctx.options.verbatimDepth)) {
    const first = index.questionStart[r.fact]!;
    const asked = ctx.curatedKeys(r.fact).get(key)?.some((k) => !excluded?.has(first + k));
    if (!asked) continue;
    if (found) return undefined;
    found = r;
  }
  return found;
}

const KIND_MISSING = RANK_FEATURES.indexOf('kindMissing');
const KIND_GIVEN = RANK_FEATURES.indexOf('kindGiven');
const KIND_ASKED = RANK_FEATURES.indexOf('kindAsked');
const NUMBERS_MISSING = RANK_FEATURES.indexOf('numbersMissing');
const YEARS_MISSING = RANK_FEATURES.indexOf('yearsMissing');
const CONCEPTS_MISSING = RANK_FEATURES.indexOf('conceptsMissing');
const NAMES_MISSING = RANK_FEATURES.indexOf('namesMissing');

/**
 * The best other answer among the facts the question reached beyond the re-ranked few, best retrieved first; editions
 * of the answer are passed over before they are ranked (they can be hundreds). Also the closest fact ranked that gives
 * another answer, able to answer or not, and whether the search saw all it could (or stopped at `count`).
 */
function nextOtherAnswer(
  retrieved: readonly RankedFact[],
  ctx: DecideContext,
  isEdition: (fact: number) => boolean,
  competes: (r: RankedFact) => boolean,
): { answer?: RankedFact; closest?: RankedFact; finished: boolean } {
  const seen = new Set(retrieved.map((r) => r.fact));
  const { facts, scores, size } = ctx.pool;
  // Far below the best, a fact cannot come close once ranked either.
  const { count, retrievalShare } = ctx.options.runnerUpSearch;
  const floor = (retrieved[0]?.retrieval ?? 0) * retrievalShare;
  const rest: number[] = [];
  for (let k = 0; k < size; k++) if (!seen.has(facts[k]!) && scores[k]! >= floor) rest.push(k);
  rest.sort((x, y) => scores[y]! - scores[x]!);
  let answer: RankedFact | undefined;
  let closest: RankedFact | undefined;
  let ranked = 0;
  for (const k of rest) {
    // Stopped here, what is left may be more editions or another answer: the search cannot tell, and says so.
    if (ranked >= count) return { answer, closest, finished: false };
    if (isEdition(facts[k]!)) continue;
    ranked++;
    const r = ctx.rankOne(facts[k]!, scores[k]!);
    if (!competes(r)) continue;
    if (!closest || r.logit > closest.logit) closest = r;
    if (canAnswer(r) && (!answer || r.logit > answer.logit)) answer = r;
  }
  return { answer, closest, finished: true };
}

/** Whether fact a is another edition of fact b: asked alike, about another time (another year's meeting). */
export function areEditions(index: FactIndex, questionWords: (fact: number) => Int32Array, options: EngineOptions, a: number, b: number): boolean {
  return a !== b && index.when[a] !== index.when[b] && questionOverlap(questionWords(a), questionWords(b)) >= options.editionOverlap;
}

/**
 * Shared share of two facts' curated-question words (their topic words' own terms, not pairs or concepts; both
 * ascending): editions are asked alike, with only names and figures changed.
 */
function questionOverlap(a: Int32Array, b: Int32Array): number {
  let shared = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    if (a[i]! < b[j]!) i++;
    else if (a[i]! > b[j]!) j++;
    else (shared++, i++, j++);
  }
  return shared / Math.max(1, a.length + b.length - shared);
}
