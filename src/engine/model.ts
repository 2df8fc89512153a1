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
// near-domain traps. Ranker: 108916 examples, 54458 positive. Answerer: 6206 examples, 5011 positive.
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
      0.447888,
      0.493401,
      0.595316,
      0.595316,
      0.391708,
      0.500321,
      0.316843,
      0.218166,
      0.832671,
      0.568946,
      0.216465,
      0.197025
    ],
    "weights": [
      2.70533,
      1.05771,
      0,
      1.9027,
      0.493976,
      -0.323585,
      0,
      1.57703,
      -1.57703,
      0.604598,
      0,
      -1.71346,
      -0.920331,
      -0.656749,
      -1.86692,
      0.799045,
      0
    ],
    "bias": 2.50105e-17
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
      13.2614,
      4.18873,
      0.00147406,
      0.889832,
      0.852399,
      0.725692,
      0.717304,
      0.675657,
      0.103317,
      0.895209,
      0.474863,
      0,
      0.269627,
      0.110055,
      0,
      0,
      0,
      0,
      0.0628424,
      0.0151466
    ],
    "scale": [
      3.58812,
      2.80091,
      0.0304606,
      0.172148,
      0.195915,
      0.25934,
      0.247208,
      0.324642,
      0.24211,
      0.205589,
      0.499368,
      1,
      0.364951,
      0.312958,
      1,
      1,
      1,
      1,
      0.242347,
      0.122136
    ],
    "weights": [
      0,
      0.597064,
      -0.000296902,
      0.49139,
      0.0303946,
      0,
      0.333717,
      0.19188,
      -0.310872,
      0.232854,
      0,
      0,
      0.348708,
      -0.18313,
      0,
      0,
      0,
      0,
      0.216605,
      -1.17119
    ],
    "bias": 2.06551
  },
  threshold: 0.8,
};
