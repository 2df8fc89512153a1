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

// Fitted on 8880 questions from 154 facts: 1448 curated (each without itself), their variants and
// near-domain traps. Ranker: 142240 examples, 71120 positive. Answerer: 7830 examples, 6477 positive.
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
      0.432172,
      0.425466,
      0.42268,
      0.438325,
      0.548865,
      0.434764,
      0.496693,
      0.591667,
      0.591667,
      0.355648,
      0.504577,
      0.32106,
      0.216969,
      0.846858,
      0.575391,
      0.218406,
      0.198808
    ],
    "weights": [
      2.66888,
      1.19848,
      0,
      2.07635,
      0.554537,
      -0.355492,
      0,
      1.88445,
      -1.88445,
      0.161959,
      0,
      -1.92883,
      -0.945503,
      -1.05612,
      -1.91734,
      0.849864,
      0
    ],
    "bias": 2.46816e-17
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
      13.7607,
      4.35352,
      0.0010839,
      0.896063,
      0.856528,
      0.736677,
      0.725249,
      0.672228,
      0.0927639,
      0.908649,
      0.446232,
      0,
      0.229541,
      0.114432,
      0,
      0,
      0,
      0,
      0.0641762,
      0.0135377
    ],
    "scale": [
      3.49161,
      2.86207,
      0.0265955,
      0.167275,
      0.19223,
      0.250569,
      0.237172,
      0.317822,
      0.229558,
      0.190702,
      0.497101,
      1,
      0.340206,
      0.318335,
      1,
      1,
      1,
      1,
      0.244741,
      0.115561
    ],
    "weights": [
      0,
      0.641954,
      0,
      0.515137,
      0.0762626,
      0,
      0.293952,
      0.162935,
      -0.303304,
      0.223541,
      0,
      0,
      0.228517,
      -0.184653,
      0,
      0,
      0,
      0,
      0.218921,
      -1.14443
    ],
    "bias": 2.19593
  },
  threshold: 0.8,
};
