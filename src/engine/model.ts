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
// near-domain traps. Ranker: 153246 examples, 76623 positive. Answerer: 8406 examples, 7285 positive.
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
      0.649405,
      0.649405,
      0.373701,
      0.458573,
      0.328886,
      0.216726,
      0.864417,
      0.612355,
      0.224011,
      0.206772
    ],
    "weights": [
      3.24675,
      1.20906,
      0,
      2.46734,
      0.485415,
      -0.444802,
      0.232934,
      2.39662,
      -2.39662,
      0.267707,
      -0.12409,
      -0.810968,
      -0.914931,
      -1.05804,
      -1.76404,
      1.39365,
      -1.1871
    ],
    "bias": 3.19617e-17
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
      16.3307,
      5.31563,
      0,
      0.903885,
      0.858323,
      0.749718,
      0.737599,
      0.706137,
      0.0704619,
      0.946381,
      0.435284,
      0,
      0.256613,
      0.0806567,
      0,
      0,
      0,
      0,
      0.0775042,
      0.0130859
    ],
    "scale": [
      4.22301,
      2.94775,
      1,
      0.161456,
      0.191727,
      0.242532,
      0.225374,
      0.303662,
      0.194268,
      0.139164,
      0.495794,
      1,
      0.370458,
      0.272307,
      1,
      1,
      1,
      1,
      0.266108,
      0.113643
    ],
    "weights": [
      0,
      0.985892,
      0,
      0.315743,
      0.159026,
      0,
      0.153096,
      0.0402364,
      -0.200227,
      0.545275,
      0,
      0,
      0.47865,
      -0.188937,
      0,
      0,
      0,
      0,
      0.219969,
      -1.23793
    ],
    "bias": 3.00919
  },
  threshold: 0.8,
};
