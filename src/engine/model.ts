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
// near-domain traps. Ranker: 131940 examples, 65970 positive. Answerer: 7453 examples, 6088 positive.
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
      0.562819,
      0.562819,
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
      2.85292,
      1.04886,
      0,
      1.99875,
      0.512814,
      -0.331124,
      0,
      1.53444,
      -1.53444,
      0.560871,
      0,
      -1.90144,
      -0.919549,
      -0.669863,
      -1.91035,
      0.806863,
      0
    ],
    "bias": 2.18995e-17
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
      13.5814,
      4.10512,
      0.00122743,
      0.893765,
      0.854703,
      0.726936,
      0.718343,
      0.674856,
      0.100094,
      0.904392,
      0.422514,
      0,
      0.236421,
      0.121964,
      0,
      0,
      0,
      0,
      0.0628606,
      0.0134174
    ],
    "scale": [
      3.56454,
      2.79637,
      0.0278012,
      0.168347,
      0.194101,
      0.256549,
      0.243115,
      0.322223,
      0.238104,
      0.194284,
      0.493959,
      1,
      0.351037,
      0.327245,
      1,
      1,
      1,
      1,
      0.242366,
      0.115054
    ],
    "weights": [
      0,
      0.647754,
      -0.00769936,
      0.467091,
      0.0281179,
      0,
      0.360408,
      0.16433,
      -0.318745,
      0.222856,
      0,
      0,
      0.302273,
      -0.189477,
      0,
      0,
      0,
      0,
      0.200656,
      -1.13309
    ],
    "bias": 2.1189
  },
  threshold: 0.8,
};
