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
// near-domain traps. Ranker: 99631 examples, 7598 positive. Answerer: 6209 examples, 4892 positive.
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
      0.516428,
      0.487725,
      0.372987,
      0.334474,
      0.298707,
      0.435747,
      0.454183,
      0.175869,
      0.280866,
      0.196294,
      0.153597,
      0.0617278,
      0.536249,
      0.369212,
      0.0238279,
      0.0391444
    ],
    "scale": [
      0.277513,
      0.282059,
      0.27576,
      0.21904,
      0.313317,
      0.437997,
      0.28056,
      0.380709,
      0.449422,
      0.397194,
      0.386622,
      0.241535,
      0.773042,
      0.544637,
      0.152365,
      0.193939
    ],
    "weights": [
      0.667285,
      0,
      0,
      0.620233,
      0.257985,
      0,
      0.663029,
      0.581271,
      -1.56169,
      -0.135978,
      -1.72023,
      -0.981865,
      -0.882694,
      -1.367,
      0.14099,
      -0.57314
    ],
    "bias": -6.66123
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
      0.764544,
      3.3641,
      0.00147491,
      0.878724,
      0.841037,
      0.729787,
      0.723584,
      0.689522,
      0.22043,
      0.910187,
      0.474473,
      0,
      0.114028,
      0,
      0,
      0,
      0,
      0.0608794,
      0.0101466
    ],
    "scale": [
      1.80433,
      2.66387,
      0.0304731,
      0.182747,
      0.205228,
      0.253173,
      0.239648,
      0.318158,
      0.33899,
      0.191671,
      0.499348,
      1,
      0.317845,
      1,
      1,
      1,
      1,
      0.239109,
      0.100218
    ],
    "weights": [
      0,
      0.756849,
      0,
      0.647883,
      0.0883389,
      0,
      0.323192,
      0.0623475,
      -0.440287,
      0.132655,
      0,
      0,
      -0.294109,
      0,
      0,
      0,
      0,
      0.15693,
      -0.951111
    ],
    "bias": 1.927
  },
  threshold: 0.8,
};
