import { createEngine } from '/work/main/dist/src/engine/create-engine.js';
import { loadFacts } from '/work/main/dist/src/facts/load-facts.js';
import { buildFactTable } from '/work/main/dist/src/facts/fact-table.js';
import { generateFacts, realFacts } from '/work/main/dist/bench/generate-facts.js';
import { readFileSync } from 'node:fs';
const N = Number(process.argv[2] ?? 10000);
const real = loadFacts({ dir: '/work/main/facts' });
const gen = JSON.parse(JSON.stringify(generateFacts(real, { count: N, seed: 20201112 })));
const table = buildFactTable([...real.sources, ...gen.sources], [...realFacts(real), ...gen.facts], [...real.glossary]);
const e = createEngine(table); const r = createEngine(real);
const qs = readFileSync('/work/shared/eval/dev.jsonl','utf8').trim().split('\n').map(l=>JSON.parse(l).q);
let same = 0;
for (const q of qs) { const a = r.answer(q), b = e.answer(q); const ka = `${a.answer.answered}:${a.answer.facts[0]?.id ?? ''}`, kb = `${b.answer.answered}:${b.answer.facts[0]?.id ?? ''}`; if (ka === kb) same++; else console.log(q, '|', ka, a.ranking.decision.probability.toFixed(2), '→', kb, b.ranking.decision.probability.toFixed(2), 'best', e.index.facts[b.ranking.decision.chosen?.fact]?.id, 'runner', e.index.facts[b.ranking.decision.runnerUp?.fact]?.id, b.ranking.decision.features.map(x=>x.toFixed(2))); }
console.log(same, '/', qs.length);
