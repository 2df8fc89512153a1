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
// near-domain traps. Ranker: 108818 examples, 54409 positive. Answerer: 6205 examples, 5010 positive.
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
      0.427448,
      0.421764,
      0.422767,
      0.444773,
      0.559482,
      0.447635,
      0.493168,
      0.595492,
      0.595492,
      0.391876,
      0.501024,
      0.316985,
      0.218264,
      0.832914,
      0.568911,
      0.216435,
      0.197067
    ],
    "weights": [
      2.71724,
      1.05372,
      0,
      1.89992,
      0.493528,
      -0.324328,
      0,
      1.57801,
      -1.57801,
      0.605443,
      0,
      -1.715,
      -0.921369,
      -0.656001,
      -1.86766,
      0.784911,
      0
    ],
    "bias": 1.237e-17
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
      13.274,
      4.19289,
      0.0014743,
      0.890442,
      0.85247,
      0.726052,
      0.717395,
      0.675189,
      0.103959,
      0.895433,
      0.474778,
      0,
      0.26955,
      0.110556,
      0,
      0,
      0,
      0,
      0.0618856,
      0.0159549
    ],
    "scale": [
      3.58845,
      2.80014,
      0.030463,
      0.171188,
      0.19585,
      0.25906,
      0.247162,
      0.324963,
      0.242938,
      0.204999,
      0.499363,
      1,
      0.36486,
      0.313582,
      1,
      1,
      1,
      1,
      0.240613,
      0.125301
    ],
    "weights": [
      0,
      0.593648,
      -0.000157829,
      0.493656,
      0.0250606,
      0,
      0.334392,
      0.195392,
      -0.310027,
      0.224957,
      0,
      0,
      0.34215,
      -0.184905,
      0,
      0,
      0,
      0,
      0.217164,
      -1.19594
    ],
    "bias": 2.0558
  },
  threshold: 0.8,
};
