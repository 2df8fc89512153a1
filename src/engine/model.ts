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

// Fitted on 8879 questions from 154 facts: 1448 curated (each without itself), their variants and
// near-domain traps. Ranker: 140874 examples, 70437 positive. Answerer: 7590 examples, 6413 positive.
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
      0.433271,
      0.429451,
      0.431658,
      0.449178,
      0.56096,
      0.448326,
      0.523311,
      0.622936,
      0.622936,
      0.370091,
      0.469584,
      0.323382,
      0.215002,
      0.864723,
      0.595769,
      0.213777,
      0.195568
    ],
    "weights": [
      2.67532,
      1.38471,
      0,
      2.31329,
      0.525764,
      -0.415666,
      0.116661,
      2.01146,
      -2.01146,
      0.69723,
      -0.0666296,
      -0.895874,
      -0.979482,
      -1.06756,
      -1.52876,
      0.96916,
      0
    ],
    "bias": 5.29599e-18
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
      15.1596,
      4.74164,
      0,
      0.903237,
      0.864297,
      0.746778,
      0.736961,
      0.687212,
      0.084233,
      0.941204,
      0.450593,
      0,
      0.255251,
      0.0943347,
      0,
      0,
      0,
      0,
      0.0666008,
      0.0137022
    ],
    "scale": [
      4.07583,
      2.8845,
      1,
      0.164339,
      0.189445,
      0.248745,
      0.234524,
      0.315673,
      0.21521,
      0.145107,
      0.497553,
      1,
      0.356464,
      0.292294,
      1,
      1,
      1,
      1,
      0.248999,
      0.116252
    ],
    "weights": [
      0,
      0.693434,
      0,
      0.421174,
      0.166211,
      0,
      0.181397,
      0.0715106,
      -0.259709,
      0.470565,
      0,
      0,
      0.321555,
      -0.197809,
      0,
      0,
      0,
      0,
      0.199353,
      -1.16146
    ],
    "bias": 2.45926
  },
  threshold: 0.8,
};
