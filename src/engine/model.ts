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

// Fitted on 4526 questions from 154 facts: 925 curated (each without itself), their variants and
// near-domain traps. Ranker: 63459 examples, 3811 positive. Answerer: 3836 examples, 2910 positive.
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
      0.509863,
      0.489711,
      0.349157,
      0.31217,
      0.315137,
      0.456553,
      0.195764,
      0.234057,
      0.176382,
      0.160513,
      0.0778455,
      0.550418,
      0.344033,
      0.0191699,
      0.0306655
    ],
    "scale": [
      0.282794,
      0.287049,
      0.27803,
      0.216892,
      0.331392,
      0.280527,
      0.396788,
      0.423408,
      0.381145,
      0.398215,
      0.26957,
      0.768962,
      0.525902,
      0.136935,
      0.17241
    ],
    "weights": [
      0.975577,
      0.548339,
      0,
      0,
      0.861216,
      0.908742,
      0,
      -1.23799,
      -0.436076,
      -1.24911,
      -0.396606,
      -0.462207,
      -0.72978,
      0.084452,
      -0.656964
    ],
    "bias": -6.69629
  },
  answerer: {
    "features": [
      "top",
      "lead",
      "unknownShare"
    ],
    "mean": [
      0.264767,
      3.50876,
      0
    ],
    "scale": [
      1.79006,
      2.66054,
      1
    ],
    "weights": [
      1.12565,
      1.05732,
      0
    ],
    "bias": 1.79392
  },
  threshold: 0.8,
};
