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

// Fitted on 9892 questions from 154 facts: 1610 curated (each without itself), their variants and
// near-domain traps. Ranker: 153246 examples, 76623 positive. Answerer: 8406 examples, 7265 positive.
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
      0.438029,
      0.432255,
      0.426242,
      0.443709,
      0.565756,
      0.435096,
      0.525859,
      0.61899,
      0.61899,
      0.352269,
      0.465998,
      0.328886,
      0.216726,
      0.864417,
      0.612355,
      0.224011,
      0.206772
    ],
    "weights": [
      3.32704,
      1.22129,
      0,
      2.43037,
      0.580997,
      -0.49596,
      0.174494,
      2.30369,
      -2.30369,
      0.262896,
      -0.0998007,
      -0.810279,
      -0.923242,
      -1.08902,
      -1.76997,
      1.35759,
      -0.575106
    ],
    "bias": 3.06778e-17
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
      16.4598,
      5.08743,
      0,
      0.904309,
      0.858319,
      0.750577,
      0.738187,
      0.706931,
      0.0707965,
      0.946876,
      0.423626,
      0,
      0.234019,
      0.0937426,
      0,
      0,
      0,
      0,
      0.0775636,
      0.0136807
    ],
    "scale": [
      4.19958,
      2.89037,
      1,
      0.160777,
      0.191743,
      0.241959,
      0.224914,
      0.303878,
      0.195501,
      0.137298,
      0.494133,
      1,
      0.345177,
      0.29147,
      1,
      1,
      1,
      1,
      0.266481,
      0.116162
    ],
    "weights": [
      0,
      1.00638,
      0,
      0.291517,
      0.162994,
      0,
      0.184334,
      0.0156715,
      -0.226186,
      0.555351,
      0,
      0,
      0.451212,
      -0.182717,
      0,
      0,
      0,
      0,
      0.207244,
      -1.25141
    ],
    "bias": 2.92685
  },
  threshold: 0.8,
};
