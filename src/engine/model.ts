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

// Fitted on 8881 questions from 154 facts: 1448 curated (each without itself), their variants and
// near-domain traps. Ranker: 142240 examples, 71120 positive. Answerer: 7839 examples, 6477 positive.
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
      0.592843,
      0.592843,
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
      2.67094,
      1.19474,
      0,
      2.08047,
      0.551038,
      -0.355033,
      0,
      1.89124,
      -1.89124,
      0.150516,
      0,
      -1.92794,
      -0.946441,
      -1.06055,
      -1.93443,
      0.849671,
      0
    ],
    "bias": 3.39995e-18
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
      13.7542,
      4.35975,
      0.00108265,
      0.895482,
      0.855995,
      0.736824,
      0.725547,
      0.673673,
      0.0919643,
      0.908773,
      0.446358,
      0,
      0.228861,
      0.114811,
      0,
      0,
      0,
      0,
      0.0643577,
      0.0133946
    ],
    "scale": [
      3.48338,
      2.86203,
      0.0265802,
      0.168446,
      0.192915,
      0.25018,
      0.236444,
      0.316296,
      0.228006,
      0.190998,
      0.497114,
      1,
      0.339778,
      0.318793,
      1,
      1,
      1,
      1,
      0.245064,
      0.114957
    ],
    "weights": [
      0,
      0.621965,
      0,
      0.525532,
      0.0895473,
      0,
      0.274743,
      0.150235,
      -0.300024,
      0.230373,
      0,
      0,
      0.265162,
      -0.180164,
      0,
      0,
      0,
      0,
      0.209607,
      -1.13541
    ],
    "bias": 2.18965
  },
  threshold: 0.8,
};
