// `npm run eval`: the engine on every question set and on the table's own examples; one table, and eval/results.json.
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Briefing } from '../src/app/Briefing.js';
import { createEngine } from '../src/engine/create-engine.js';
import { systemClock } from '../src/model/clock.js';
import { silentLogger } from '../src/model/logger.js';
import type { Engine } from '../src/engine/Engine.js';
import { loadFacts } from '../src/facts/load-facts.js';
import { readSet, scoreItem, tally, type ItemResult, type SetItem, type SetScore } from './score-set.js';
import type { AnsweredFact } from '../src/model/answer.js';
import type { Language } from '../src/facts/schema.js';
import { askedOf, type Asked } from '../src/engine/values.js';
import { answersProbe, curatedProbes, entityProbes, mixedTopicProbes, trapProbes, variantProbes, factNumbers, writtenProbes, type Probe } from './table-examples.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const only = args.find((a) => a.startsWith('--set='))?.slice(6);

/** The question sets: name, file, and whether it is frozen (scored, never looked into). */
export const SETS: { name: string; file: string; frozen: boolean }[] = [
  { name: 'dev', file: join(ROOT, '../shared/eval/dev.jsonl'), frozen: false },
  { name: 'dev2', file: join(ROOT, '../shared/eval/dev2.jsonl'), frozen: false },
  { name: 'dev3', file: join(ROOT, 'eval/dev3.jsonl'), frozen: false },
  { name: 'inhouse', file: join(ROOT, 'eval/inhouse.jsonl'), frozen: false },
  { name: 'heldout', file: join(ROOT, 'eval/heldout.jsonl'), frozen: true },
  { name: 'heldout2', file: join(ROOT, 'eval/heldout2.jsonl'), frozen: true },
  { name: 'heldout3', file: join(ROOT, 'eval/heldout3.jsonl'), frozen: true },
  { name: 'heldout4', file: join(ROOT, 'eval/heldout4.jsonl'), frozen: true },
  { name: 'heldout5', file: join(ROOT, 'eval/heldout5.jsonl'), frozen: true },
  { name: 'heldout6', file: join(ROOT, 'eval/heldout6.jsonl'), frozen: true },
  { name: 'heldout7', file: join(ROOT, 'eval/heldout7.jsonl'), frozen: true },
];

/** Seeds of the generated variants and traps the evaluation asks (fitting uses others). */
export const EVAL_SEEDS = { variants: 2, traps: 3 };

interface ProbeScore {
  n: number;
  /** Answered with its own fact or an edition of it (the strict leave-one-out count). */
  strict: number;
  /** The best-ranked fact that can answer is right (whether or not the engine answered). */
  firstRight: number;
  right: number;
  abstained: number;
  wrong: number;
  languageOk: number;
  byKind: Record<string, { n: number; ok: number }>;
}

/** Asks probes; `ok` says per probe whether the engine did what it should. */
function probeScore(
  engine: Engine,
  probes: readonly Probe[],
  ok?: (p: Probe, answered: boolean, fact: number | undefined, asked: Asked) => boolean,
): ProbeScore {
  const s: ProbeScore = { n: 0, strict: 0, firstRight: 0, right: 0, abstained: 0, wrong: 0, languageOk: 0, byKind: {} };
  for (const p of probes) {
    const { answer, ranking } = engine.answer(p.text, p.exclude);
    const fact = answer.answered ? ranking.decision.chosen?.fact : undefined;
    s.n++;
    const best = ranking.decision.chosen?.fact;
    const asked = askedOf(ranking.query.analysis);
    if (best !== undefined && answersProbe(engine, p, best, asked)) s.firstRight++;
    if (fact !== undefined && answersProbe(engine, p, fact)) s.strict++;
    if (answer.language === p.language) s.languageOk++;
    const good = ok ? ok(p, answer.answered, fact, asked) : p.answerable ? fact !== undefined && answersProbe(engine, p, fact, asked) : !answer.answered;
    if (!answer.answered) s.abstained++;
    else if (good) s.right++;
    else s.wrong++;
    const k = (s.byKind[p.kind] ??= { n: 0, ok: 0 });
    k.n++;
    if (good) k.ok++;
    if (verbose && !good) console.log(`  ${p.kind} ${engine.index.facts[p.fact]!.id}: ${p.text} -> ${fact === undefined ? 'abstained' : engine.index.facts[fact]!.id}`);
  }
  return s;
}

const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(1)}%` : '–');

function main(): void {
  const t0 = Date.now();
  const table = loadFacts({ dir: join(ROOT, 'facts') });
  const engine = createEngine(table);
  // The question sets are asked as `briefing ask` asks them: through the application, which cleans and cuts each
  // question and decides its reply language.
  const briefing = new Briefing({
    settings: { maxQuestionLength: 500, rateLimit: { userPerMinute: 10, channelPerMinute: 30 }, digestTime: '07:30', timezone: 'Asia/Ho_Chi_Minh' },
    table,
    engine,
    store: () => {
      throw new Error('the evaluation uses no store');
    },
    clock: systemClock,
    logger: silentLogger,
  });
  const results: Record<string, unknown> = { date: new Date().toISOString(), facts: engine.table.facts.length };
  const rows: string[][] = [];
  const sets: Record<string, SetScore & { firstRight: number; offered: number }> = {};
  const factNumber = factNumbers(engine);
  for (const set of SETS) {
    if (only && set.name !== only) continue;
    if (!existsSync(set.file)) {
      rows.push([set.name, 'missing', '', '', '', '', '', '', '']);
      continue;
    }
    const items = readSet(set.file);
    const scored: ItemResult[] = [];
    let firstRight = 0;
    let suggested = 0;
    const rightWith = (it: SetItem, language: Language, fact: AnsweredFact) => scoreItem(it, { answered: true, language, facts: [fact] }).outcome === 'right';
    for (const it of items) {
      const answer = briefing.answer(it.q.replace(/\s+/g, ' '));
      const { ranking } = engine.answer(answer.question, {}, answer.language);
      scored.push(scoreItem(it, answer));
      // Diagnosis: would the best-ranked fact have been right, had the engine answered?
      const best = ranking.decision.chosen;
      if (it.expect.answered && best && rightWith(it, answer.language, engine.answeredFact(best.fact, answer.language))) firstRight++;
      // An abstention still helps when one of the close topics it offers is the answer: the asker picks it.
      const offered = answer.answered ? [] : answer.suggestions.map((s) => engine.answeredFact(factNumber.get(s.id)!, answer.language));
      if (it.expect.answered && offered.some((f) => rightWith(it, answer.language, f))) suggested++;
    }
    const s = (sets[set.name] = { ...tally(scored), firstRight, offered: suggested });
    rows.push([set.frozen ? `${set.name} (frozen)` : set.name, String(s.items), pct(s.firstRight, s.inScope), pct(s.right, s.inScope), pct(s.abstained, s.inScope), pct(s.wrongInScope, s.inScope), pct(s.outAbstained, s.outOfScope), pct(s.wrong, s.items), pct(s.languageOk, s.items)]);
    if (verbose && !set.frozen) for (const r of scored) if (r.outcome !== 'right') console.log(`  ${set.name} ${r.item.id} [${r.outcome}] ${r.item.q} -> ${r.why}`);
  }
  results.sets = sets;
  if (!only) {
    const curated = curatedProbes(engine);
    const loo = probeScore(engine, curated);
    rows.push(['leave-one-out (own fact)', String(loo.n), '', pct(loo.strict, loo.n), pct(loo.abstained, loo.n), pct(loo.n - loo.abstained - loo.strict, loo.n), '', '', pct(loo.languageOk, loo.n)]);
    rows.push(['leave-one-out (same value)', String(loo.n), pct(loo.firstRight, loo.n), pct(loo.right, loo.n), pct(loo.abstained, loo.n), pct(loo.wrong, loo.n), '', pct(loo.wrong, loo.n), '']);
    // A variant is answered as its original is (both asked without the original).
    const original = new Map<number, { answered: boolean; fact?: number }>();
    for (const p of curated) {
      const { answer, ranking } = engine.answer(p.text, p.exclude);
      original.set(p.question, { answered: answer.answered, fact: answer.answered ? ranking.decision.chosen?.fact : undefined });
    }
    const variants = probeScore(engine, variantProbes(engine, curated, EVAL_SEEDS.variants), (p, answered, fact, asked) => {
      const o = original.get(p.of)!;
      return o.answered === answered && (!answered || (o.fact !== undefined && fact !== undefined && engine.sameAnswer(o.fact, fact, asked)));
    });
    const asOriginal = Object.values(variants.byKind).reduce((s, k) => s + k.ok, 0);
    rows.push(['variants (as original)', String(variants.n), '', pct(asOriginal, variants.n), '', '', '', '', pct(variants.languageOk, variants.n)]);
    const entity = entityProbes(engine, EVAL_SEEDS.traps);
    const traps = probeScore(engine, [...trapProbes(engine, curated, EVAL_SEEDS.traps), ...mixedTopicProbes(engine, curated, EVAL_SEEDS.traps), ...entity.filter((p) => !p.answerable)]);
    const entityQuestions = probeScore(engine, entity.filter((p) => p.answerable));
    rows.push(['entity questions (templated)', String(entityQuestions.n), pct(entityQuestions.firstRight, entityQuestions.n), pct(entityQuestions.right, entityQuestions.n), pct(entityQuestions.abstained, entityQuestions.n), pct(entityQuestions.wrong, entityQuestions.n), '', pct(entityQuestions.wrong, entityQuestions.n), pct(entityQuestions.languageOk, entityQuestions.n)]);
    rows.push(['generated traps', String(traps.n), '', '', '', '', pct(traps.abstained, traps.n), pct(traps.n - traps.abstained, traps.n), '']);
    // Labelled by fact, not by expected words: scored as the table's own examples are (its fact, an edition, the same value).
    const written = writtenProbes(engine, join(ROOT, 'eval/written.jsonl'));
    const writtenInScope = probeScore(engine, written.filter((p) => p.answerable));
    const writtenTraps = probeScore(engine, written.filter((p) => !p.answerable));
    const wrongAnswers = writtenInScope.wrong + writtenTraps.n - writtenTraps.abstained;
    rows.push(['written about the facts', String(written.length), pct(writtenInScope.firstRight, writtenInScope.n), pct(writtenInScope.right, writtenInScope.n), pct(writtenInScope.abstained, writtenInScope.n), pct(writtenInScope.wrong, writtenInScope.n), pct(writtenTraps.abstained, writtenTraps.n), pct(wrongAnswers, written.length), pct(writtenInScope.languageOk + writtenTraps.languageOk, written.length)]);
    Object.assign(results, { leaveOneOut: loo, variants, traps, written: { inScope: writtenInScope, traps: writtenTraps } });
  }
  const head = ['slice', 'n', 'ranked first right', 'in-scope right', 'abstained', 'wrong', 'out-of-scope abstained', 'wrong answers', 'reply language'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (r: string[]) => `| ${r.map((c, i) => (i ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join(' | ')} |`;
  console.log(line(head));
  console.log(`|${widths.map((w, i) => (i ? `${'-'.repeat(w + 1)}:` : '-'.repeat(w + 2))).join('|')}|`);
  for (const r of rows) console.log(line(r));
  const kinds = (label: string, s?: ProbeScore) => s && console.log(`${label}: ${Object.entries(s.byKind).map(([k, v]) => `${k} ${pct(v.ok, v.n)} (${v.n})`).join(', ')}`);
  kinds('variants by kind', results.variants as ProbeScore | undefined);
  kinds('traps abstained by kind', results.traps as ProbeScore | undefined);
  const offered = Object.entries(sets).map(([name, s]) => `${name} ${pct(s.offered, s.inScope)} (${pct(s.right + s.offered, s.inScope)} right or offered)`);
  if (offered.length) console.log(`in scope, abstained with the answer among the close topics offered: ${offered.join(', ')}`);
  console.log(`(${Date.now() - t0} ms; "wrong" is of in-scope questions, "wrong answers" of all, as score.mjs counts them)`);
  if (!only) writeFileSync(join(ROOT, 'eval/results.json'), `${JSON.stringify(results, null, 2)}\n`);
}

main();
