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
// near-domain traps. Ranker: 153194 examples, 76597 positive. Answerer: 8424 examples, 7272 positive.
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
      0.437999,
      0.431969,
      0.424308,
      0.441624,
      0.55787,
      0.436406,
      0.526186,
      0.617881,
      0.617881,
      0.350939,
      0.46714,
      0.331393,
      0.216913,
      0.864617,
      0.592303,
      0.224107,
      0.206871
    ],
    "weights": [
      3.377,
      1.21861,
      0,
      2.47272,
      0.566089,
      -0.501457,
      0.132125,
      2.31643,
      -2.31643,
      0.247425,
      -0.0914307,
      -0.840128,
      -0.930027,
      -1.09426,
      -1.71595,
      1.36779,
      -0.574314
    ],
    "bias": 2.27322e-17
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
      16.483,
      5.06937,
      0,
      0.902245,
      0.855502,
      0.746362,
      0.734177,
      0.688884,
      0.0736432,
      0.945253,
      0.419516,
      0,
      0.230601,
      0.0979345,
      0,
      0,
      0,
      0,
      0.0773979,
      0.0136515
    ],
    "scale": [
      4.2539,
      2.89616,
      1,
      0.162288,
      0.193194,
      0.242587,
      0.226076,
      0.309244,
      0.203421,
      0.140133,
      0.49348,
      1,
      0.343301,
      0.297226,
      1,
      1,
      1,
      1,
      0.26622,
      0.116039
    ],
    "weights": [
      0,
      0.976766,
      0,
      0.306236,
      0.15515,
      0,
      0.192126,
      0,
      -0.239193,
      0.572985,
      0,
      0,
      0.474636,
      -0.192422,
      0,
      0,
      0,
      0,
      0.200968,
      -1.25421
    ],
    "bias": 2.91707
  },
  threshold: 0.8,
};
