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
// near-domain traps. Ranker: 108916 examples, 54458 positive. Answerer: 6206 examples, 4982 positive.
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
      0.214323,
      0.197025
    ],
    "weights": [
      2.69437,
      1.06462,
      0,
      1.9151,
      0.476349,
      -0.33316,
      0,
      1.56681,
      -1.56681,
      0.602102,
      0,
      -1.71431,
      -0.919912,
      -0.659455,
      -1.85634,
      0.644165,
      0
    ],
    "bias": 3.63873e-17
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
      13.2004,
      4.1665,
      0.00147406,
      0.890248,
      0.852488,
      0.725892,
      0.717949,
      0.676415,
      0.104179,
      0.896145,
      0.474863,
      0,
      0.269692,
      0.114728,
      0,
      0,
      0,
      0,
      0.062359,
      0.0157912
    ],
    "scale": [
      3.55804,
      2.81191,
      0.0304606,
      0.171512,
      0.195797,
      0.258876,
      0.246987,
      0.325119,
      0.242877,
      0.204908,
      0.499368,
      1,
      0.364938,
      0.318693,
      1,
      1,
      1,
      1,
      0.241806,
      0.124667
    ],
    "weights": [
      0,
      0.615169,
      -0.00631277,
      0.469522,
      0.014,
      0,
      0.358008,
      0.170204,
      -0.31213,
      0.225674,
      0,
      0,
      0.343932,
      -0.23925,
      0,
      0,
      0,
      0,
      0.0575248,
      -1.19617
    ],
    "bias": 2.01949
  },
  threshold: 0.8,
};
