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

// Fitted on 9893 questions from 154 facts: 1610 curated (each without itself), their variants and
// near-domain traps. Ranker: 154768 examples, 77384 positive. Answerer: 8405 examples, 7285 positive.
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
      0.429566,
      0.421756,
      0.423798,
      0.440973,
      0.562057,
      0.432367,
      0.506871,
      0.652007,
      0.652007,
      0.372658,
      0.458432,
      0.323971,
      0.208777,
      0.826967,
      0.614016,
      0.219533,
      0.203416
    ],
    "weights": [
      3.23184,
      0.784108,
      0,
      1.89251,
      0.434888,
      -0.392989,
      1.01178,
      2.41605,
      -2.41605,
      0.307335,
      -0.0841929,
      -0.805025,
      -0.840771,
      -0.88808,
      -1.76166,
      1.45731,
      -0.614585
    ],
    "bias": 3.35287e-17
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
      16.2406,
      5.29409,
      0,
      0.904421,
      0.858481,
      0.750384,
      0.737267,
      0.705646,
      0.07057,
      0.959459,
      0.434979,
      0,
      0.256748,
      0.0805473,
      0,
      0,
      0,
      0,
      0.0772159,
      0.0140393
    ],
    "scale": [
      3.9958,
      2.95244,
      1,
      0.16077,
      0.192085,
      0.241954,
      0.225378,
      0.303791,
      0.19471,
      0.114806,
      0.495754,
      1,
      0.370488,
      0.272139,
      1,
      1,
      1,
      1,
      0.265929,
      0.117653
    ],
    "weights": [
      0,
      1.07654,
      0,
      0.255067,
      0.160278,
      0,
      0.192543,
      0.023186,
      -0.194681,
      0.618185,
      0,
      0,
      0.47005,
      -0.189904,
      0,
      0,
      0,
      0,
      0.154403,
      -1.28998
    ],
    "bias": 3.05142
  },
  threshold: 0.8,
};
