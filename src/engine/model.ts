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
// near-domain traps. Ranker: 142782 examples, 71391 positive. Answerer: 7837 examples, 6522 positive.
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
      0.433693,
      0.427111,
      0.427405,
      0.443201,
      0.55638,
      0.435977,
      0.497809,
      0.605279,
      0.605279,
      0.367974,
      0.490914,
      0.31975,
      0.217041,
      0.845978,
      0.594951,
      0.218031,
      0.198466
    ],
    "weights": [
      2.63171,
      1.26305,
      0,
      2.04109,
      0.571937,
      -0.391087,
      0,
      1.93961,
      -1.93961,
      0.132851,
      -0.0362325,
      -1.92131,
      -0.971372,
      -1.07108,
      -1.9703,
      0.813707,
      0
    ],
    "bias": 5.73554e-17
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
      13.8183,
      4.43802,
      0.00108293,
      0.89941,
      0.860957,
      0.742716,
      0.731359,
      0.684142,
      0.0882679,
      0.908842,
      0.467909,
      0,
      0.246574,
      0.0934031,
      0,
      0,
      0,
      0,
      0.0645017,
      0.013398
    ],
    "scale": [
      3.50358,
      2.85938,
      0.0265836,
      0.167789,
      0.191934,
      0.251265,
      0.237674,
      0.316412,
      0.223118,
      0.190473,
      0.498969,
      1,
      0.349159,
      0.290996,
      1,
      1,
      1,
      1,
      0.24532,
      0.114972
    ],
    "weights": [
      0,
      0.592193,
      0,
      0.521487,
      0.0861657,
      0,
      0.293081,
      0.139702,
      -0.288867,
      0.227067,
      0,
      0,
      0.271208,
      -0.21748,
      0,
      0,
      0,
      0,
      0.203908,
      -1.13579
    ],
    "bias": 2.25807
  },
  threshold: 0.8,
};
