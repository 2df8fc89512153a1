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
// near-domain traps. Ranker: 132188 examples, 66094 positive. Answerer: 7451 examples, 6098 positive.
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
      0.565898,
      0.565898,
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
      2.75902,
      1.13557,
      0,
      2.03625,
      0.549048,
      -0.313535,
      0,
      1.63944,
      -1.63944,
      0.589574,
      0,
      -1.90118,
      -0.927512,
      -0.701801,
      -2.00649,
      0.827673,
      0
    ],
    "bias": 3.87288e-17
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
      13.7762,
      4.13773,
      0.00122776,
      0.893257,
      0.85441,
      0.727586,
      0.719375,
      0.675758,
      0.0996663,
      0.904981,
      0.425044,
      0,
      0.243203,
      0.121863,
      0,
      0,
      0,
      0,
      0.0628775,
      0.013421
    ],
    "scale": [
      3.66508,
      2.79279,
      0.0278049,
      0.169074,
      0.19423,
      0.256302,
      0.242601,
      0.321553,
      0.237694,
      0.194022,
      0.49435,
      1,
      0.358602,
      0.327127,
      1,
      1,
      1,
      1,
      0.242397,
      0.115069
    ],
    "weights": [
      0,
      0.644597,
      -0.00584527,
      0.458404,
      0.0505873,
      0,
      0.358681,
      0.169907,
      -0.323614,
      0.220723,
      0,
      0,
      0.30121,
      -0.194641,
      0,
      0,
      0,
      0,
      0.198084,
      -1.13376
    ],
    "bias": 2.1387
  },
  threshold: 0.8,
};
