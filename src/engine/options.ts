// The engine's factors, each with its documented default; the fitted ranking and answering models come with them.
import { FITTED_MODEL, type EngineModel } from './model.js';

export interface EngineOptions {
  /** BM25 term-frequency saturation (k1) and length normalisation (b: 0 none, 1 full). */
  bm25: { k1: number; b: number };
  /** Weight of each part of a fact's content document. Answers carry the content; names are what people type. */
  fieldWeights: { answer: number; names: number; titles: number; tags: number };
  /** Retrieval: weight of a fact's best-matching curated question beside its content (both BM25). */
  questionWeight: number;
  /** Retrieval score added to a fact whose event date is the date the question names. */
  dateWeight: number;
  /** Retrieval weight of an adjacent-word pair ("hoi dong" + "bao an"), relative to a single word. */
  pairWeight: number;
  /** Retrieval weight of a glossary concept ("LHQ" = "Liên Hợp Quốc" = "UN"), relative to a single word. */
  conceptWeight: number;
  /** Credit of a synonym (lexicon SYNONYMS) for the word asked, in coverage and retrieval: probably the one meant. */
  synonymCredit: number;
  /**
   * Credit of a Vietnamese syllable found alone in a fact when, in the question, it forms with a neighbour a word the
   * table's answers write ("chủ đề", "có mặt"): "chủ" of "chủ trì" is not "chủ" of "chủ đề", and without diacritics a
   * syllable alone means several things ("de": để, đề, dễ). The pair finds the word meant.
   */
  syllableCredit: number;
  /** Words shorter than this are never spelling-corrected: short words have too many neighbours. */
  fuzzyMinLength: number;
  /** Equally close corrections kept for a misspelt word: the one meant is among them, and the fact holding it decides. */
  maxCorrections: number;
  /**
   * A word found in one fact in this many counts as fully rare when measuring how much of a question a fact covers:
   * without the cap a word the table never uses would weigh more and more as the archive grows.
   */
  coverageRarity: number;
  /** Words held by more than this share of facts are not walked in retrieval when the question has rarer words. */
  commonShare: number;
  /** How many of the best retrieved facts are re-ranked by the fitted model. */
  candidates: number;
  /**
   * How many facts of exactly one retrieval score, or of one family (asked alike but for figures and names), may be
   * among them: an archive holds hundreds of editions of a fact (each year's meeting, only figures changed), which
   * would push out the fact asked for and the others that tell how sure the answer is.
   */
  maxTied: number;
  /** A glossary concept held by more than this share of facts is a topic word, not a specific a fact must name. */
  rareConceptShare: number;
  /**
   * Facts whose re-ranking scores (logits) are within this of the best, asked the same way but from another time,
   * are editions of one answer (another year's meeting): a question naming no date gets the latest.
   */
  editionTie: number;
  /** Share of curated-question words two facts must share to be editions of one fact. */
  editionOverlap: number;
  /** A newer edition found beyond the re-ranked few must be retrieved at least this close to the best (share). */
  editionRetrievalShare: number;
  /** A lead (in logits) this large over the next other answer is as good as no other answer at all. */
  maxLead: number;
  /**
   * How many of the best-ranked facts are checked for the question among their curated questions word for word: such
   * a question is answered by that fact (decide.ts), so people asking the ways the bot suggests get the answer.
   */
  verbatimDepth: number;
  /**
   * When the re-ranked few are all editions of the answer, this many more facts (editions passed over), retrieved at
   * least `retrievalShare` as well as the best, are ranked to find the next other answer.
   */
  runnerUpSearch: { count: number; retrievalShare: number };
  /** How many related facts follow the answer. */
  maxRelated: number;
  /** How many close topics are suggested when the engine abstains. */
  maxSuggestions: number;
  /**
   * An abstention is worded as unsure ("not sure enough to answer") rather than absent ("the table does not hold
   * it") when the closest fact that could answer scores at least this with the answerer (which answers from the
   * model's threshold, 0.5). Over dev, dev2, dev3 and inhouse, 41 of the 70 in-scope abstentions score so, and 7 of
   * the 137 out-of-scope questions.
   */
  unsureFloor: number;
  /** The fitted ranking and answering models (`npm run fit` writes src/engine/model.ts). */
  model: EngineModel;
}

export const DEFAULT_ENGINE_OPTIONS: Readonly<EngineOptions> = Object.freeze({
  bm25: Object.freeze({ k1: 1.2, b: 0.5 }),
  fieldWeights: Object.freeze({ answer: 1, names: 1, titles: 0.5, tags: 0.5 }),
  questionWeight: 1,
  dateWeight: 2,
  pairWeight: 0.5,
  conceptWeight: 1,
  synonymCredit: 0.8,
  syllableCredit: 0.5,
  fuzzyMinLength: 4,
  maxCorrections: 6,
  coverageRarity: 200,
  commonShare: 0.25,
  candidates: 30,
  maxTied: 2,
  rareConceptShare: 0.15,
  editionTie: 2,
  editionOverlap: 0.6,
  editionRetrievalShare: 0.9,
  maxLead: 8,
  verbatimDepth: 5,
  runnerUpSearch: Object.freeze({ count: 10, retrievalShare: 0.5 }),
  maxRelated: 3,
  maxSuggestions: 3,
  unsureFloor: 0.2,
  model: FITTED_MODEL,
});

export function resolveOptions(options: Partial<EngineOptions> = {}): EngineOptions {
  return {
    ...DEFAULT_ENGINE_OPTIONS,
    ...options,
    bm25: { ...DEFAULT_ENGINE_OPTIONS.bm25, ...options.bm25 },
    fieldWeights: { ...DEFAULT_ENGINE_OPTIONS.fieldWeights, ...options.fieldWeights },
    runnerUpSearch: { ...DEFAULT_ENGINE_OPTIONS.runnerUpSearch, ...options.runnerUpSearch },
  };
}
