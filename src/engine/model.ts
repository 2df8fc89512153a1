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
// near-domain traps. Ranker: 131940 examples, 65970 positive. Answerer: 7451 examples, 6090 positive.
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
      0.429767,
      0.423692,
      0.422528,
      0.443535,
      0.557647,
      0.444019,
      0.496882,
      0.564245,
      0.564245,
      0.365211,
      0.503798,
      0.320773,
      0.208759,
      0.823429,
      0.564473,
      0.216442,
      0.197567
    ],
    "weights": [
      2.89086,
      1.02104,
      0,
      2.0219,
      0.533883,
      -0.316292,
      0,
      1.54761,
      -1.54761,
      0.605347,
      0,
      -1.91534,
      -0.927663,
      -0.681417,
      -1.91938,
      0.814114,
      0
    ],
    "bias": 1.32583e-17
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
      13.7076,
      4.13216,
      0.00122776,
      0.893726,
      0.854555,
      0.726882,
      0.718341,
      0.675046,
      0.100206,
      0.904267,
      0.422359,
      0,
      0.236544,
      0.122131,
      0,
      0,
      0,
      0,
      0.0628775,
      0.013421
    ],
    "scale": [
      3.61679,
      2.79739,
      0.0278049,
      0.168399,
      0.194276,
      0.256603,
      0.243106,
      0.322106,
      0.238283,
      0.194388,
      0.493935,
      1,
      0.351117,
      0.327437,
      1,
      1,
      1,
      1,
      0.242397,
      0.115069
    ],
    "weights": [
      0,
      0.648941,
      -0.00803338,
      0.471056,
      0.0246885,
      0,
      0.364341,
      0.159142,
      -0.324855,
      0.221719,
      0,
      0,
      0.292397,
      -0.194123,
      0,
      0,
      0,
      0,
      0.198667,
      -1.13543
    ],
    "bias": 2.12481
  },
  threshold: 0.8,
};
