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

// Fitted on 7139 questions from 154 facts: 1375 curated (each without itself), their variants and
// near-domain traps. Ranker: 99613 examples, 7613 positive. Answerer: 6206 examples, 4870 positive.
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
      0.51689,
      0.487932,
      0.37289,
      0.334189,
      0.299167,
      0.435568,
      0.453856,
      0.174756,
      0.282082,
      0.0690011,
      0.198809,
      0.155482,
      0.0620803,
      0.535292,
      0.368998,
      0.0279833,
      0.0438296
    ],
    "scale": [
      0.277897,
      0.282289,
      0.27621,
      0.219203,
      0.313691,
      0.437978,
      0.280531,
      0.379759,
      0.450013,
      0.20648,
      0.399104,
      0.38854,
      0.242215,
      0.772464,
      0.544338,
      0.164796,
      0.204716
    ],
    "weights": [
      0.640997,
      0,
      0,
      0.635084,
      0.256404,
      0,
      0.636415,
      0.583384,
      -1.56505,
      0,
      -0.149696,
      -1.75087,
      -0.991328,
      -0.875424,
      -1.40022,
      0.105289,
      -0.690246
    ],
    "bias": -6.67276
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
      0.757025,
      3.32819,
      0.00147406,
      0.87855,
      0.840598,
      0.730222,
      0.724395,
      0.690244,
      0.218008,
      0.909743,
      0.474863,
      0,
      0.263177,
      0.111183,
      0,
      0,
      0,
      0,
      0.0631647,
      0.013213
    ],
    "scale": [
      1.80891,
      2.65091,
      0.0304606,
      0.183098,
      0.205714,
      0.252886,
      0.239025,
      0.317587,
      0.337567,
      0.192885,
      0.499368,
      1,
      0.363752,
      0.314358,
      1,
      1,
      1,
      1,
      0.243259,
      0.114186
    ],
    "weights": [
      0,
      0.711182,
      0,
      0.667897,
      0.0371367,
      0,
      0.25614,
      0.0650807,
      -0.412479,
      0.15492,
      0,
      0,
      0.360771,
      -0.234797,
      0,
      0,
      0,
      0,
      0.0383877,
      -1.0723
    ],
    "bias": 1.96469
  },
  threshold: 0.8,
};
