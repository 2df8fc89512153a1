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
// near-domain traps. Ranker: 108916 examples, 54458 positive. Answerer: 6206 examples, 5000 positive.
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
      0.427606,
      0.42205,
      0.422901,
      0.444931,
      0.559437,
      0.55825,
      0.493401,
      0.595316,
      0.595316,
      0.391708,
      0.500321,
      0.316843,
      0.218166,
      0.832671,
      0.568946,
      0.214323,
      0.197025
    ],
    "weights": [
      2.68537,
      1.05865,
      0,
      1.97416,
      0.356634,
      -0.377306,
      0,
      1.57572,
      -1.57572,
      0.59359,
      -0.0160313,
      -1.76226,
      -0.957734,
      -0.687572,
      -1.86147,
      0.668677,
      0
    ],
    "bias": 1.35473e-18
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
      13.0512,
      4.14805,
      0.00147406,
      0.889659,
      0.851601,
      0.726664,
      0.719292,
      0.676636,
      0.219848,
      0.896452,
      0.474863,
      0,
      0.268907,
      0.114083,
      0,
      0,
      0,
      0,
      0.0618756,
      0.0162746
    ],
    "scale": [
      3.57686,
      2.81445,
      0.0304606,
      0.17142,
      0.196249,
      0.258456,
      0.246278,
      0.323892,
      0.339077,
      0.204761,
      0.499368,
      1,
      0.365038,
      0.317912,
      1,
      1,
      1,
      1,
      0.240929,
      0.126529
    ],
    "weights": [
      0,
      0.574975,
      -0.0116621,
      0.517313,
      0,
      0,
      0.379186,
      0.140059,
      -0.38176,
      0.22196,
      0,
      0,
      0.313142,
      -0.30972,
      0,
      0,
      0,
      0,
      0.0601486,
      -1.22224
    ],
    "bias": 2.07588
  },
  threshold: 0.8,
};
