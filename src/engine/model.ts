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

// Fitted on 6761 questions from 154 facts: 1375 curated (each without itself), their variants and
// near-domain traps. Ranker: 94506 examples, 7227 positive. Answerer: 5921 examples, 4763 positive.
// Threshold: a wrong answer costs 4 missed ones.
export const FITTED_MODEL: EngineModel = {
  ranker: {
    "features": [
      "coverage",
      "contentCoverage",
      "questionCoverage",
      "questionF1",
      "aboutShare",
      "retrieval",
      "kindGiven",
      "kindMissing",
      "definition",
      "numbersMissing",
      "yearsMissing",
      "namesMissing",
      "conceptsMissing",
      "dateMatch",
      "dateMismatch"
    ],
    "mean": [
      0.515656,
      0.486566,
      0.37309,
      0.335756,
      0.3018,
      0.454546,
      0.161926,
      0.264713,
      0.194093,
      0.151324,
      0.0650752,
      0.530358,
      0.366019,
      0.0251413,
      0.0412566
    ],
    "scale": [
      0.27844,
      0.282963,
      0.275522,
      0.218519,
      0.313792,
      0.279917,
      0.368383,
      0.44118,
      0.395501,
      0.383634,
      0.247558,
      0.770363,
      0.54447,
      0.156402,
      0.198883
    ],
    "weights": [
      0.726432,
      0,
      0,
      0.670351,
      0.245109,
      0.692777,
      0.588474,
      -1.50241,
      -0.124217,
      -1.78562,
      -1.03494,
      -0.824774,
      -1.38116,
      0.14424,
      -0.62846
    ],
    "bias": -6.73331
  },
  answerer: {
    "features": [
      "top",
      "lead",
      "unknownShare"
    ],
    "mean": [
      0.880462,
      3.45437,
      0.0000664658
    ],
    "scale": [
      1.907,
      2.6844,
      0.00511398
    ],
    "weights": [
      1.25014,
      0.919364,
      -0.103138
    ],
    "bias": 2.25101
  },
  threshold: 0.8,
};
