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
// near-domain traps. Ranker: 99610 examples, 7608 positive. Answerer: 6206 examples, 4884 positive.
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
      "definition",
      "numbersMissing",
      "yearsMissing",
      "namesMissing",
      "conceptsMissing",
      "dateMatch",
      "dateMismatch"
    ],
    "mean": [
      0.51684,
      0.487864,
      0.372975,
      0.334305,
      0.299221,
      0.435093,
      0.453761,
      0.174872,
      0.28195,
      0.197832,
      0.155506,
      0.0620821,
      0.535599,
      0.36915,
      0.0234364,
      0.0392531
    ],
    "scale": [
      0.2779,
      0.282286,
      0.276151,
      0.219098,
      0.313651,
      0.437911,
      0.280535,
      0.379858,
      0.449949,
      0.398364,
      0.38864,
      0.242218,
      0.772652,
      0.54445,
      0.151127,
      0.194197
    ],
    "weights": [
      0.643778,
      0,
      0,
      0.624065,
      0.258477,
      0,
      0.639313,
      0.584758,
      -1.56128,
      -0.143929,
      -1.74361,
      -0.984963,
      -0.878737,
      -1.39331,
      0.140324,
      -0.576836
    ],
    "bias": -6.64294
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
      "definition",
      "numbersMissing",
      "yearsMissing",
      "namesMissing",
      "conceptsMissing",
      "dateMatch",
      "dateMismatch"
    ],
    "mean": [
      0.76108,
      3.32415,
      0.00147406,
      0.878356,
      0.840321,
      0.730091,
      0.723631,
      0.690067,
      0.218671,
      0.909633,
      0.474863,
      0,
      0.11215,
      0,
      0,
      0,
      0,
      0.0607477,
      0.00999033
    ],
    "scale": [
      1.78923,
      2.64574,
      0.0304606,
      0.182906,
      0.205869,
      0.252791,
      0.238835,
      0.317723,
      0.338027,
      0.192115,
      0.499368,
      1,
      0.31555,
      1,
      1,
      1,
      1,
      0.238867,
      0.0994511
    ],
    "weights": [
      0,
      0.774597,
      0,
      0.650349,
      0.0867549,
      0,
      0.308936,
      0.0753395,
      -0.435143,
      0.130951,
      0,
      0,
      -0.27699,
      0,
      0,
      0,
      0,
      0.177432,
      -0.939787
    ],
    "bias": 1.92097
  },
  threshold: 0.8,
};
