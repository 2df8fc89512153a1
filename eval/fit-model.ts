// `npm run fit`: fits the ranking and answering models on examples the fact table provides; writes src/engine/model.ts.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createEngine } from '../src/engine/create-engine.js';
import { ANSWER_FEATURES, ANSWER_SIGNS, RANK_FEATURES, RANK_SIGNS } from '../src/engine/features.js';
import { fitLogistic, type Example, type LogisticModel } from '../src/engine/logistic.js';
import type { EngineModel } from '../src/engine/model.js';
import { unfittedModel } from '../src/engine/Engine.js';
import { loadFacts } from '../src/facts/load-facts.js';
import { canAnswer } from '../src/engine/decide.js';
import { askedOf, NOTHING_ASKED } from '../src/engine/values.js';
import { answersProbe, curatedProbes, entityProbes, mixedTopicProbes, trapProbes, variantProbes } from './table-examples.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/**
 * Seeds of the variants and traps fitted on: not those the evaluation asks (EVAL_SEEDS in run-eval.ts). The committed
 * model uses 11 and 12; `FIT_SEEDS=13,14 npm run fit` samples others, to tell a change's effect from the fit's own
 * sampling noise (eval/README.md).
 */
const FIT_SEEDS = fitSeeds(process.env.FIT_SEEDS);

function fitSeeds(value: string | undefined): { variants: number; traps: number } {
  if (!value) return { variants: 11, traps: 12 };
  const [variants, traps] = value.split(',').map(Number);
  if (!Number.isInteger(variants) || !Number.isInteger(traps)) {
    console.error(`FIT_SEEDS must be two integers, the variants' seed and the traps', as in FIT_SEEDS=13,14 (got "${value}")`);
    process.exit(2);
  }
  return { variants: variants!, traps: traps! };
}
/** Retrieved facts per question that the ranker compares: the hard negatives are near the top. */
const RANKED_PER_QUESTION = 10;
/**
 * A wrong answer costs as much as this many missed ones: a briefing officer can look up what the bot did not
 * answer, but repeats what it did. The answerer is fitted with its wrong answers weighing this much, so that its
 * score is 0.5 where answering costs as much as abstaining: a small model fitted for likelihood over every example is
 * calibrated on average, and least where the decision is made (eval/README.md).
 */
const COST_OF_WRONG = 4;
/** The answerer's score from which the engine answers: the break-even point of the cost-weighted fit. */
const THRESHOLD = 0.5;
/** L2 penalty on the standardised weights: small, only to keep the fit unique and stable. */
const L2 = 1;

const table = loadFacts({ dir: join(ROOT, 'facts') });
// The models learn the engine's own decisions: a question asked word for word as a curated question is answered by a
// rule on top of them (decide.ts), which the fit leaves off.
const base = createEngine(table, { model: unfittedModel(), verbatimDepth: 0 });
const curated = curatedProbes(base);
const variants = variantProbes(base, curated, FIT_SEEDS.variants);
// On a phone people drop the diacritics and shorten, mistype or abbreviate at once: each question without diacritics
// gets the other changes too, and near-domain traps of its own, so the fit sees such questions on both sides.
const plain = variants.filter((v) => v.kind === 'no-diacritics');
const compound = variantProbes(base, plain, FIT_SEEDS.variants).filter((v) => v.kind !== 'other-language');
const probes = [...curated, ...variants, ...compound, ...trapProbes(base, [...curated, ...plain], FIT_SEEDS.traps), ...mixedTopicProbes(base, curated, FIT_SEEDS.traps), ...entityProbes(base, FIT_SEEDS.traps)];

// The ranker: which of two retrieved facts answers the question? It learns from pairs (the question's own fact, or
// one giving the same value, against each other fact retrieved close to it), so it weighs what tells close facts
// apart rather than what any retrieval already does; retrieval order depends on no fitted model.
const rankExamples: Example[] = [];
for (const p of probes) {
  if (!p.answerable) continue;
  const { ranked, query } = base.rank(p.text, p.exclude);
  const asked = askedOf(query.analysis);
  const byRetrieval = [...ranked].sort((a, b) => b.retrieval - a.retrieval).slice(0, RANKED_PER_QUESTION);
  const right = byRetrieval.filter((r) => answersProbe(base, p, r.fact, canAnswer(r) ? asked : NOTHING_ASKED));
  const wrong = byRetrieval.filter((r) => !right.includes(r));
  for (const r of right) {
    for (const w of wrong) {
      const d = r.features.map((x, i) => x - w.features[i]!);
      rankExamples.push({ x: d, y: 1 }, { x: d.map((v) => -v), y: 0 });
    }
  }
}
const ranker = fitLogistic(RANK_FEATURES, rankExamples, L2, RANK_FEATURES.map((f) => RANK_SIGNS[f]));

// The answerer: with the fitted ranker, is answering with the chosen fact right? Wrong answers weigh COST_OF_WRONG.
const withRanker = createEngine(table, { model: { ...unfittedModel(), ranker }, verbatimDepth: 0 });
const answerExamples: Example[] = [];
for (const p of probes) {
  const { decision, query } = withRanker.rank(p.text, p.exclude);
  if (!decision.chosen) continue;
  const y = answersProbe(withRanker, p, decision.chosen.fact, askedOf(query.analysis)) ? 1 : 0;
  answerExamples.push({ x: decision.features, y, weight: y ? 1 : COST_OF_WRONG });
}
const answerer = fitLogistic(ANSWER_FEATURES, answerExamples, L2, ANSWER_FEATURES.map((f) => ANSWER_SIGNS[f]));
const model: EngineModel = { ranker, answerer, threshold: THRESHOLD };

const count = (xs: Example[]) => `${xs.length} examples, ${xs.filter((e) => e.y).length} positive`;
const lit = (m: LogisticModel) => JSON.stringify(m, null, 2).replace(/\n/g, '\n  ');
writeFileSync(
  join(ROOT, 'src/engine/model.ts'),
  `// The fitted models (written by \`npm run fit\` from examples the fact table provides; see eval/README.md).
import type { LogisticModel } from './logistic.js';

export interface EngineModel {
  /** Scores each retrieved fact: the logit that it answers the question. */
  readonly ranker: LogisticModel;
  /** Scores the best fact: the logit that answering with it is right, fitted with wrong answers weighted by their cost. */
  readonly answerer: LogisticModel;
  /** The engine answers when the answerer's score is at least this (its break-even point). */
  readonly threshold: number;
}

// Fitted on ${probes.length} questions from ${table.facts.length} facts: ${curated.length} curated (each without itself), their variants and
// near-domain traps. Ranker: ${count(rankExamples)}. Answerer: ${count(answerExamples)}.
// Answerer fitted with a wrong answer weighing ${COST_OF_WRONG} missed ones; the engine answers from ${THRESHOLD}.
export const FITTED_MODEL: EngineModel = {
  ranker: ${lit(ranker)},
  answerer: ${lit(answerer)},
  threshold: ${model.threshold},
};
`,
);
console.log(`ranker (${count(rankExamples)}):`);
RANK_FEATURES.forEach((f, i) => console.log(`  ${f.padEnd(18)} ${ranker.weights[i]!.toFixed(3)}`));
console.log(`answerer (${count(answerExamples)}):`);
ANSWER_FEATURES.forEach((f, i) => console.log(`  ${f.padEnd(18)} ${answerer.weights[i]!.toFixed(3)}`));
console.log(`threshold ${model.threshold}; wrote src/engine/model.ts`);
