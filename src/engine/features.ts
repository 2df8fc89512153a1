// Re-rank, first half: the evidence that a fact answers a question, as numbers the fitted model weighs.
import type { Query } from './build-query.js';
import { KIND_BIT, type FactIndex } from './FactIndex.js';
import { fallsShort, shortfall } from './unnamed-values.js';
import type { FactProfile, QuestionProfile } from './FactProfiles.js';
import { bestDateFit, dateFit } from './parse-query-date.js';
import { askedKinds } from './values.js';

/** The re-ranking features, in model order. Each is 0..1 or a small count; the model learns their weights. */
export const RANK_FEATURES = [
  /** Share of the question's topic (rarity-weighted) the fact holds anywhere: content or curated questions. */
  'coverage',
  /** ... in its content (answers, names, titles, tags): the fact itself says it, not only a way of asking it. */
  'contentCoverage',
  /** ... in its single closest curated question. */
  'questionCoverage',
  /** Agreement with the closest curated question both ways (F1 of its coverage and of its words found in the question). */
  'questionF1',
  /**
   * Share of what the fact is about that the question names: the words most of its curated questions (in the
   * question's language) share, such as "press conference" and "AMM 53" for the press conference on AMM 53.
   */
  'aboutShare',
  /**
   * Share of the specific things the question names (names, figures, glossary terms) that the fact mentions only in
   * passing, not among what it is about: "when was the 36th Summit?" against a fact about a SOM that cites it.
   */
  'offSubject',
  /**
   * Share of the specific things the question names (names, figures, glossary terms; rarity-weighted) that the fact
   * holds nowhere: a trap changes one of them, a question in other words changes descriptive words instead.
   */
  'specificsMissing',
  /** Retrieval score relative to the best retrieved fact. */
  'retrieval',
  /** The question asks for a kind of value (who, when, where, how many, why, what is) and the fact gives it. */
  'kindGiven',
  /**
   * The question asks for a kind of value the fact does not give: not at all, not to the day asked, not a person's
   * name, not of what the question names (the fact's date and place are its event's), or not in the part asked (its
   * who chaired, spoke, attended).
   */
  'kindMissing',
  /**
   * Share of the fact's curated questions that ask for the kinds this question asks for: the fact people ask "who?"
   * about a meeting is the one naming its chair, not one that names someone in passing.
   */
  'kindAsked',
  /**
   * The fact is a glossary definition and the question neither asks what something is nor names only glossary terms
   * ("vai trò của AIPR?" may want the definition; "AIPR làm được gì năm 2019?" does not).
   */
  'definition',
  /** Figures and ordinals the question names that the fact does not state (up to 2). */
  'numbersMissing',
  /** Years that say when ("in 2019") that the fact is not about (event, publication, its questions' years; up to 2). */
  'yearsMissing',
  /** Names typed capitalised inside the question, known to the table, that the fact does not hold (up to 2). */
  'namesMissing',
  /** Rare glossary concepts (meetings, bodies, documents) the question names that the fact does not hold (up to 2). */
  'conceptsMissing',
  /** The question names a date and the fact's event is on it (1), or its answer states it or a coarser date (0.5). */
  'dateMatch',
  /** The question names a date and the fact's event is on another. */
  'dateMismatch',
] as const;

export type RankFeature = (typeof RANK_FEATURES)[number];

/** The direction each feature's weight must have (1 for, -1 against, 0 free): more evidence never counts against. */
export const RANK_SIGNS: Record<RankFeature, 1 | -1 | 0> = {
  coverage: 1,
  contentCoverage: 1,
  questionCoverage: 1,
  questionF1: 1,
  aboutShare: 1,
  offSubject: -1,
  specificsMissing: -1,
  retrieval: 1,
  kindGiven: 1,
  kindMissing: -1,
  kindAsked: 1,
  definition: -1,
  numbersMissing: -1,
  yearsMissing: -1,
  namesMissing: -1,
  conceptsMissing: -1,
  dateMatch: 1,
  dateMismatch: -1,
};

export interface FeatureContext {
  index: FactIndex;
  query: Query;
  /** The best retrieval score, for the relative retrieval feature. */
  bestRetrieval: number;
  /** Curated questions (document numbers) to leave out, as the evaluation does. */
  excludedQuestions?: ReadonlySet<number>;
  /** See EngineOptions.rareConceptShare. */
  rareConceptShare: number;
}

export function rankFeatures(ctx: FeatureContext, fact: number, profile: FactProfile, retrieval: number): number[] {
  const { index, query } = ctx;
  const f = index.facts[fact]!;
  const a = query.analysis;
  const first = index.questionStart[fact]!;
  const left = ctx.excludedQuestions;
  const questions = left ? profile.questions.filter((_, k) => !left.has(first + k)) : profile.questions;
  const inContent = profile.has;
  const units = query.units;
  const credit = (u: Query['units'][number], has: (id: number) => boolean) => {
    let best = 0;
    for (let k = 0; k < u.ids.length; k++) if (u.credits[k]! > best && has(u.ids[k]!)) best = u.credits[k]!;
    return best;
  };

  // Each topic word's credit in the content and in each curated question, worked out once: a term's postings are
  // searched once for all of the fact's questions.
  const W = query.totalWeight;
  const inAny = units.map((u) => credit(u, profile.has));
  let content = 0;
  for (let i = 0; i < units.length; i++) content += units[i]!.weight * inAny[i]!;
  const all = profile.questions.length;
  const byQuestion = new Float64Array(units.length * all);
  for (let i = 0; i < units.length; i++) {
    const u = units[i]!;
    for (let k = 0; k < u.ids.length; k++) {
      const c = u.credits[k]!;
      profile.questionsHolding(u.ids[k]!, (q) => {
        if (c > byQuestion[q * units.length + i]!) byQuestion[q * units.length + i] = c;
      });
    }
  }
  let questionCoverage = 0;
  let questionF1 = 0;
  for (let k = 0; k < all; k++) {
    if (left?.has(first + k)) continue;
    const q = profile.questions[k]!;
    let cov = 0;
    for (let i = 0; i < units.length; i++) {
      const c = byQuestion[k * units.length + i]!;
      if (c > inAny[i]!) inAny[i] = c;
      cov += units[i]!.weight * c;
    }
    cov = W ? cov / W : 0;
    let found = 0;
    let total = 0;
    for (const v of q.units) {
      total += v.weight;
      for (let j = 0; j < v.ids.length; j++) {
        if (!query.ids.has(v.ids[j]!)) continue;
        found += v.weight;
        break;
      }
    }
    const precision = total ? found / total : 0;
    questionCoverage = Math.max(questionCoverage, cov);
    if (cov + precision > 0) questionF1 = Math.max(questionF1, (2 * cov * precision) / (cov + precision));
  }
  let any = 0;
  let names = 0;
  units.forEach((u, i) => {
    any += u.weight * inAny[i]!;
    // A name the table knows and this fact does not hold; a name the table has never seen counts in coverage.
    if (u.name && u.known && inAny[i] === 0) names++;
  });
  const inQuestion = (id: number) => {
    let held = false;
    profile.questionsHolding(id, (k) => {
      if (!left?.has(first + k)) held = true;
    });
    return held;
  };

  const { aboutShare, aboutIds } = about(ctx, profile, fact);
  let specific = 0;
  let offSubject = 0;
  let specifics = 0;
  let specificsMissing = 0;
  units.forEach((u, i) => {
    if (!u.specific) return;
    specifics += u.weight;
    if (inAny[i] === 0) {
      specificsMissing += u.weight;
      return;
    }
    specific += u.weight;
    if (!u.ids.some((id) => aboutIds.has(id))) offSubject += u.weight;
  });

  const hasFigure = (x: number) => profile.figures.includes(x) || questions.some((q) => q.figures.includes(x));
  const years = new Set(a.years);
  let numbersMissing = 0;
  for (const num of a.numbers) if (!years.has(Number(num)) && !hasFigure(Number(num))) numbersMissing++;
  let yearsMissing = 0;
  // A year that says when must be one the fact is about: its event's, its article's, or one its curated questions ask
  // about ("in 2020" for a 2019 article on 2020's plans). "The 2018 resolution" is not answered by a 2020 fact whose
  // answer merely mentions 2018.
  for (const y of a.years) if (!index.years[fact]!.includes(y) && !questions.some((q) => q.figures.includes(y))) yearsMissing++;
  let conceptsMissing = 0;
  for (const c of query.concepts) if (c.share <= ctx.rareConceptShare && !inContent(c.id) && !inQuestion(c.id)) conceptsMissing++;

  let kindGiven = 0;
  let kindMissing = 0;
  const asked = askedKinds(a);
  if (asked.size || a.asksOffice) {
    // Asked when or where, a fact gives the date and place of its own event only ("when was the 36th Summit?" of a
    // SOM that reaffirmed it); asked who, its people in their own parts ("who chaired it?" of one naming a speaker);
    // asked which office someone holds, a fact stating offices.
    const gives = !fallsShort(shortfall(index, fact, query));
    kindGiven = gives ? 1 : 0;
    kindMissing = gives ? 0 : 1;
  }
  let kindAsked = 0;
  if (asked.size) {
    let bits = 0;
    for (const k of asked) bits |= KIND_BIT[k];
    let kept = 0;
    let asking = 0;
    for (let q = first; q < index.questionStart[fact + 1]!; q++) {
      if (left?.has(q)) continue;
      kept++;
      if ((index.questionKinds[q]! & bits) === bits) asking++;
    }
    kindAsked = kept ? asking / kept : 0;
  }
  let dateMatch = 0;
  let dateMismatch = 0;
  if (a.date) {
    // The fact's own event on that date counts fully; a date its answer states in passing, or a coarser one, half.
    const dates = index.dates[fact]!;
    const own = index.facts[fact]!.date ? dateFit(a.date, dates[0]) : 'none';
    const fit = bestDateFit(a.date, dates);
    if (own === 'match') dateMatch = 1;
    else if (fit === 'match' || fit === 'coarser') dateMatch = 0.5;
    else if (fit === 'mismatch') dateMismatch = 1;
  }
  // A question that is only a date ("what happened on 23/11/2020?") is covered by a fact on that date.
  const topic = W ? 1 / W : 0;
  const dateOnly = !W && a.date ? dateMatch : 0;
  const values: Record<RankFeature, number> = {
    coverage: W ? any * topic : dateOnly,
    contentCoverage: W ? content * topic : dateOnly,
    questionCoverage: W ? questionCoverage : dateOnly,
    questionF1: W ? questionF1 : dateOnly,
    aboutShare,
    offSubject: specific ? offSubject / specific : 0,
    specificsMissing: specifics ? specificsMissing / specifics : 0,
    retrieval: ctx.bestRetrieval > 0 ? retrieval / ctx.bestRetrieval : 0,
    kindGiven,
    kindMissing,
    kindAsked,
    definition: f.kind === 'term' && !asked.has('whatIs') && !aboutTermOnly(query) ? 1 : 0,
    numbersMissing: Math.min(2, numbersMissing),
    yearsMissing: Math.min(2, yearsMissing),
    namesMissing: Math.min(2, names),
    conceptsMissing: Math.min(2, conceptsMissing),
    dateMatch,
    dateMismatch,
  };
  return RANK_FEATURES.map((k) => values[k]);
}

/**
 * The words most of a fact's curated questions share (the left-out one aside) are what the fact is about. Returns
 * the share of them (rarity-weighted) that the question names, counted among its questions in the question's
 * language (1 when there are none), and the term ids of those words in any language.
 */
function about(ctx: FeatureContext, profile: FactProfile, fact: number): { aboutShare: number; aboutIds: ReadonlySet<number> } {
  const { index, query } = ctx;
  const first = index.questionStart[fact]!;
  const leftOut = new Set<number>();
  if (ctx.excludedQuestions) for (const q of ctx.excludedQuestions) if (q >= first && q < index.questionStart[fact + 1]!) leftOut.add(q - first);
  const excluded = leftOut.size > 0;
  const language = query.analysis.language;
  // What a fact is about depends on its questions alone: remembered per fact and language, unless one is left out.
  let subjects = excluded ? undefined : subjectMemo.get(profile)?.[language];
  if (!subjects) {
    subjects = subjectsOf(profile, index.facts[fact]!.questions.vi.length, language, leftOut);
    if (!excluded) {
      const memo = subjectMemo.get(profile) ?? {};
      memo[language] = subjects;
      subjectMemo.set(profile, memo);
    }
  }
  let total = 0;
  let named = 0;
  for (const v of subjects.local) {
    total += v.weight;
    if (v.ids.some((id) => query.ids.has(id))) named += v.weight;
  }
  return { aboutShare: total ? named / total : 1, aboutIds: subjects.ids };
}

interface Subjects {
  /** What most of its questions in the question's language share. */
  local: QuestionProfile['units'];
  /** Term ids of what two of its questions name, in any language. */
  ids: ReadonlySet<number>;
}

const subjectMemo = new WeakMap<FactProfile, Partial<Record<'vi' | 'en', Subjects>>>();

function subjectsOf(profile: FactProfile, vi: number, language: 'vi' | 'en', leftOut: ReadonlySet<number>): Subjects {
  const kept = profile.questions.map((q, k) => ({ q, k })).filter(({ k }) => !leftOut.has(k));
  const same = kept.filter(({ k }) => (k < vi ? 'vi' : 'en') === language);
  // Shared by at least two of them and (for what it is mostly about) half of them: a word one question alone uses
  // is an angle, not the subject.
  const subject = (questions: readonly QuestionProfile[], share: number) => {
    const out: QuestionProfile['units'] = [];
    if (questions.length < 2) return out;
    const seen = new Set<number>();
    for (const q of questions) {
      for (const v of q.units) {
        if (seen.has(v.ids[0]!)) continue;
        seen.add(v.ids[0]!);
        let support = 0;
        for (const other of questions) if (v.ids.some((id) => other.has(id))) support++;
        if (support >= 2 && support >= share * questions.length) out.push(v);
      }
    }
    return out;
  };
  const ids = new Set<number>();
  for (const v of subject(kept.map(({ q }) => q), 0)) for (const id of v.ids) ids.add(id);
  return { local: subject((same.length >= 2 ? same : kept).map(({ q }) => q), 0.5), ids };
}

/** Whether every topic word of the question is part of a glossary term it names. */
function aboutTermOnly(query: Query): boolean {
  const a = query.analysis;
  return a.content.length > 0 && a.content.every((i) => a.concepts.some((c) => i >= c.start && i < c.end));
}

/**
 * The decision's features: the chosen fact's own re-ranking features, how sure the ranking is of it, and how far
 * ahead of the next answer it is.
 */
export const ANSWER_FEATURES = [
  /** The best fact's ranking logit. */
  'top',
  /** Its lead over the best fact that gives another answer (not an edition of it, not the same value), capped. */
  'lead',
  /** Share of the question that nothing in the table stands for. */
  'unknownShare',
  ...RANK_FEATURES,
] as const;

export const ANSWER_SIGNS: Record<(typeof ANSWER_FEATURES)[number], 1 | -1 | 0> = { top: 1, lead: 1, unknownShare: -1, ...RANK_SIGNS };
