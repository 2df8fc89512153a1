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
// near-domain traps. Ranker: 63443 examples, 3808 positive. Answerer: 4523 examples, 3001 positive.
// Threshold: a wrong answer costs 4 missed ones.
export const FITTED_MODEL: EngineModel = {
  ranker: {
    "features": [
      "coverage",
      "contentCoverage",
      "questionCoverage",
      "questionF1",
      "retrieval",
      "kindGiven",
      "kindMissing",
      "definition",
      "numbersMissing",
      "yearsMissing",
      "namesMissing",
      "conceptsMissing",
      "dateMatch",
      "dateMismatch",
      "unknownShare"
    ],
    "mean": [
      0.501156,
      0.481325,
      0.343151,
      0.311252,
      0.456106,
      0.195845,
      0.234116,
      0.176647,
      0.154075,
      0.0568699,
      0.568432,
      0.344451,
      0.0192377,
      0.0306102,
      0.0215986
    ],
    "scale": [
      0.280388,
      0.284462,
      0.274892,
      0.217788,
      0.280245,
      0.39685,
      0.423445,
      0.381369,
      0.390953,
      0.232951,
      0.772721,
      0.526008,
      0.137173,
      0.172259,
      0.0911506
    ],
    "weights": [
      1.37992,
      0.528089,
      -1.76534,
      1.63227,
      1.11221,
      -0.247604,
      -1.11787,
      -0.752983,
      -1.62971,
      -1.5686,
      -0.407207,
      -0.949928,
      0.147359,
      -0.715152,
      0.355228
    ],
    "bias": -7.29908
  },
  answerer: {
    "features": [
      "top",
      "lead",
      "unknownShare",
      "kindMissing"
    ],
    "mean": [
      -0.157259,
      2.72275,
      0.0205236,
      0.0486403
    ],
    "scale": [
      2.07446,
      2.008,
      0.0892675,
      0.215115
    ],
    "weights": [
      1.48588,
      0.690133,
      -0.276765,
      0.163204
    ],
    "bias": 1.01535
  },
  threshold: 0.8,
};
