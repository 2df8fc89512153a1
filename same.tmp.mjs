import { createEngine } from '/work/main/dist/src/engine/create-engine.js';
import { loadFacts } from '/work/main/dist/src/facts/load-facts.js';
import { buildFactTable } from '/work/main/dist/src/facts/fact-table.js';
import { generateFacts, realFacts } from '/work/main/dist/bench/generate-facts.js';
import { readFileSync } from 'node:fs';
const N = Number(process.argv[2] ?? 10000);
const real = loadFacts({ dir: '/work/main/facts' });
const gen = JSON.parse(JSON.stringify(generateFacts(real, { count: N - realFacts(real).length, seed: 20201112 })));
const table = buildFactTable([...real.sources, ...gen.sources], [...realFacts(real), ...gen.facts], [...real.glossary]);
const e = createEngine(table); const r = createEngine(real);
const qs = readFileSync('/work/shared/eval/dev.jsonl','utf8').trim().split('\n').map(l=>JSON.parse(l).q);
let same = 0;
for (const q of qs) { const a = r.answer(q), b = e.answer(q); const ka = `${a.answer.answered}:${a.answer.facts[0]?.id ?? ''}`, kb = `${b.answer.answered}:${b.answer.facts[0]?.id ?? ''}`; if (ka === kb) same++; else console.log(q, '|', ka, a.ranking.decision.probability.toFixed(2), '→', kb, b.ranking.decision.probability.toFixed(2), 'best', e.index.facts[b.ranking.decision.chosen?.fact]?.id, 'runner', e.index.facts[b.ranking.decision.runnerUp?.fact]?.id, b.ranking.decision.features.slice(0,3).map(x=>x.toFixed(2))); }
console.log(same, '/', qs.length);
{
  const q = 'Who is the UN Assistant Secretary-General who spoke at the AURED dialogue?';
  const { ranking } = e.answer(q);
  const realIdx = e.index.facts.findIndex(f => f.id === 'aured7-participants');
  const inRanked = ranking.ranked.find(r => r.fact === realIdx);
  console.log('real in ranked:', !!inRanked, inRanked?.logit, 'best', ranking.ranked[0].logit, e.index.facts[ranking.ranked[0].fact].id);
  const k = Array.from(ranking.ranked).length;
  const pool = e.retriever.retrieve(ranking.query).pool;
  let realScore; for (let i = 0; i < pool.size; i++) if (pool.facts[i] === realIdx) realScore = pool.scores[i];
  console.log('real retrieval', realScore, 'best retrieval', ranking.ranked[0].retrieval, 'when', e.index.when[realIdx], e.index.when[ranking.ranked[0].fact]);
}
{
  const { RANK_FEATURES } = await import('/work/main/dist/src/engine/features.js');
  const { questionOverlap } = await import('/work/main/dist/src/engine/decide.js');
  const q = 'Who is the UN Assistant Secretary-General who spoke at the AURED dialogue?';
  const { ranking } = e.answer(q);
  const realIdx = e.index.facts.findIndex(f => f.id === 'aured7-participants');
  const best = ranking.ranked[0];
  console.log('best', RANK_FEATURES.map((f,i)=>`${f}=${best.features[i].toFixed(2)}`).join(' '));
  // re-rank the real one with the same context
  const r2 = e.rank(q, {}); 
  const bestF = e.profiles.of(best.fact), realF = e.profiles.of(realIdx);
  console.log('overlap', questionOverlap(realF, bestF));
  console.log(e.index.facts[best.fact].questions.en, e.index.facts[realIdx].questions.en);
}
