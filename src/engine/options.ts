// The engine's tuning knobs, each with its documented default.
import { availableParallelism } from 'node:os';

export interface EngineOptions {
  /** BM25 term-frequency saturation. */
  k1: number;
  /** BM25 length normalisation (0: none, 1: full); facts differ in length mostly by how many questions they list. */
  b: number;
  /** Weight of each fact field in the index. Questions are phrased like users ask; answers carry the content. */
  fieldWeights: { questions: number; answer: number; entities: number; tags: number; sourceTitle: number; meta: number };
  /** Query weight of an adjacent-word pair ("hoi dong" + "bao an"): pairs separate multi-word names from their parts. */
  pairWeight: number;
  /** Query weight of a glossary concept ("LHQ" = "Liên Hợp Quốc" = "UN"). */
  conceptWeight: number;
  /** Fuse.js threshold for correcting a misspelt word to one in the index (0 exact … 1 anything). */
  fuzzyThreshold: number;
  /** Words shorter than this are never spelling-corrected: short words have too many neighbours. */
  fuzzyMinLength: number;
  /** Share of the question's topic words (weighted by rarity) the best fact must contain to answer. */
  minCoverage: number;
  /** Calibrated confidence (coverage adjusted by the margin over the runner-up) below which the engine abstains. */
  minConfidence: number;
  /**
   * Facts within this share of the best score (and covering as much of the question) are editions of one answer,
   * such as another year's meeting: the latest of them is given, since a question naming no date means the latest.
   */
  editionTie: number;
  /** How many related facts to return after the answer. */
  maxRelated: number;
  /** How many close topics to suggest when abstaining. */
  maxSuggestions: number;
  /**
   * Tables of at least this many facts have their texts indexed in worker threads (Infinity: never). Below it,
   * starting workers costs more than they save.
   */
  parallelBuildAbove: number;
  /** How many worker threads index a large table, each a run of its facts (fewer than 2: none). */
  buildWorkers: number;
  /** A build worker that shows no progress for this long (ms) is given up, and its facts are indexed inline. */
  buildWorkerStallMs: number;
  /** The build worker's compiled code; the default is the engine's own (options for tests and custom builds). */
  buildWorkerUrl: URL;
}

export const DEFAULT_ENGINE_OPTIONS: Readonly<EngineOptions> = Object.freeze({
  k1: 1.2,
  b: 0.4,
  fieldWeights: Object.freeze({ questions: 1, answer: 1.2, entities: 1.2, tags: 0.6, sourceTitle: 0.3, meta: 0.4 }),
  pairWeight: 0.8,
  conceptWeight: 1.2,
  fuzzyThreshold: 0.3,
  fuzzyMinLength: 4,
  minCoverage: 0.5,
  minConfidence: 0.55,
  editionTie: 0.1,
  maxRelated: 3,
  maxSuggestions: 3,
  // Measured on two cores: at 10k facts workers and inline take as long (0.8 s); at 30k workers save a quarter.
  parallelBuildAbove: 20_000,
  // One per core, up to four: the runs are equal, so more workers than cores only queue.
  buildWorkers: Math.min(4, availableParallelism()),
  buildWorkerStallMs: 30_000,
  buildWorkerUrl: new URL('./fact-texts-worker.js', import.meta.url),
});

export function resolveOptions(options: Partial<EngineOptions> = {}): EngineOptions {
  return {
    ...DEFAULT_ENGINE_OPTIONS,
    ...options,
    fieldWeights: { ...DEFAULT_ENGINE_OPTIONS.fieldWeights, ...options.fieldWeights },
  };
}
