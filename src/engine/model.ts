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

// Fitted on 8879 questions from 154 facts: 1448 curated (each without itself), their variants and
// near-domain traps. Ranker: 136822 examples, 68411 positive. Answerer: 7557 examples, 6497 positive.
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
      0.437373,
      0.434495,
      0.436011,
      0.453926,
      0.564995,
      0.448207,
      0.52979,
      0.638615,
      0.638615,
      0.368349,
      0.465264,
      0.322745,
      0.213009,
      0.858879,
      0.594617,
      0.211096,
      0.193331
    ],
    "weights": [
      3.16659,
      1.30888,
      0,
      2.39257,
      0.689425,
      -0.397441,
      0.239438,
      2.39881,
      -2.39881,
      0.221508,
      -0.142718,
      -0.775701,
      -0.940663,
      -1.06373,
      -1.71514,
      2.52611,
      0
    ],
    "bias": -1.14682e-17
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
      16.9056,
      5.12704,
      0,
      0.907478,
      0.867816,
      0.751124,
      0.74147,
      0.692452,
      0.0820994,
      0.944489,
      0.448194,
      0,
      0.253047,
      0.0903798,
      0,
      0,
      0,
      0,
      0.0673548,
      0.0121741
    ],
    "scale": [
      4.83439,
      2.89978,
      1,
      0.160269,
      0.187546,
      0.246378,
      0.231182,
      0.312356,
      0.21109,
      0.140927,
      0.497309,
      1,
      0.354961,
      0.286725,
      1,
      1,
      1,
      1,
      0.249842,
      0.109663
    ],
    "weights": [
      0,
      0.982317,
      0,
      0.243948,
      0.226986,
      0,
      0.236222,
      0,
      -0.220724,
      0.470701,
      0,
      0,
      0.367303,
      -0.166418,
      0,
      0,
      0,
      0,
      0.0393066,
      -1.15763
    ],
    "bias": 2.80272
  },
  threshold: 0.8,
};
