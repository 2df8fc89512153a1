// The fitted models (written by `npm run fit` from examples the fact table provides; see eval/README.md).
import type { LogisticModel } from './logistic.js';

export interface EngineModel {
  /** Scores each retrieved fact: the logit that it answers the question. */
  readonly ranker: LogisticModel;
  /** Scores the best fact: the logit that answering with it is right. */
  readonly answerer: LogisticModel;
  /** The engine answers when the answerer's probability is at least this. */
  readonly threshold: number;
}

// Fitted on 8412 questions from 154 facts: 1375 curated (each without itself), their variants and
// near-domain traps. Ranker: 132188 examples, 66094 positive. Answerer: 7428 examples, 6102 positive.
// Threshold: a wrong answer costs 4 missed ones.
export const FITTED_MODEL: EngineModel = {
  ranker: {
    "features": [
      "coverage",
      "contentCoverage",
      "questionCoverage",
      "questionF1",
      "aboutShare",
      "offSubject",
      "retrieval",
      "kindGiven",
      "kindMissing",
      "kindAsked",
      "definition",
      "numbersMissing",
      "yearsMissing",
      "namesMissing",
      "conceptsMissing",
      "dateMatch",
      "dateMismatch"
    ],
    "mean": [
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0
    ],
    "scale": [
      0.429805,
      0.423624,
      0.422628,
      0.443624,
      0.557247,
      0.44403,
      0.497004,
      0.57889,
      0.57889,
      0.374991,
      0.503881,
      0.320425,
      0.208563,
      0.823116,
      0.565203,
      0.216239,
      0.197382
    ],
    "weights": [
      2.85684,
      1.19791,
      0,
      1.97866,
      0.637569,
      -0.326078,
      0,
      1.83729,
      -1.83729,
      0.17801,
      0,
      -1.83655,
      -0.912557,
      -0.685523,
      -1.98656,
      0.822792,
      0
    ],
    "bias": 3.01642e-17
  },
  answerer: {
    "features": [
      "top",
      "lead",
      "unknownShare",
      "coverage",
      "contentCoverage",
      "questionCoverage",
      "questionF1",
      "aboutShare",
      "offSubject",
      "retrieval",
      "kindGiven",
      "kindMissing",
      "kindAsked",
      "definition",
      "numbersMissing",
      "yearsMissing",
      "namesMissing",
      "conceptsMissing",
      "dateMatch",
      "dateMismatch"
    ],
    "mean": [
      13.9715,
      4.24217,
      0.00123156,
      0.893222,
      0.854457,
      0.728891,
      0.720685,
      0.680313,
      0.0980592,
      0.905774,
      0.423263,
      0,
      0.240319,
      0.123048,
      0,
      0,
      0,
      0,
      0.0630722,
      0.0134626
    ],
    "scale": [
      3.53716,
      2.8339,
      0.0278479,
      0.16873,
      0.193885,
      0.255521,
      0.241322,
      0.318841,
      0.23488,
      0.192731,
      0.494076,
      1,
      0.357803,
      0.328492,
      1,
      1,
      1,
      1,
      0.242746,
      0.115245
    ],
    "weights": [
      0,
      0.611907,
      -0.00653961,
      0.51685,
      0.0220179,
      0,
      0.316327,
      0.146128,
      -0.290207,
      0.198938,
      0,
      0,
      0.314088,
      -0.192095,
      0,
      0,
      0,
      0,
      0.194644,
      -1.12665
    ],
    "bias": 2.13139
  },
  threshold: 0.8,
};
