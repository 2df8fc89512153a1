import { createEngine } from '/work/main/dist/src/engine/create-engine.js';
import { loadFacts } from '/work/main/dist/src/facts/load-facts.js';
import { buildFactTable } from '/work/main/dist/src/facts/fact-table.js';
import { generateFacts, realFacts } from '/work/main/dist/bench/generate-facts.js';
import { readFileSync } from 'node:fs';
const N = Number(process.argv[2] ?? 10000);
const real = loadFacts({ dir: '/work/main/facts' });
const gen = JSON.parse(JSON.stringify(generateFacts(real, { count: N, seed: 20201112 })));
const table = buildFactTable([...real.sources, ...gen.sources], [...realFacts(real), ...gen.facts], [...real.glossary]);
let t = performance.now();
const e = createEngine(table);
console.log('build', (performance.now() - t).toFixed(0), 'ms', 'heap', (process.memoryUsage().heapUsed/1e6).toFixed(0), 'MB', 'buffers', (process.memoryUsage().arrayBuffers/1e6).toFixed(0));
const qs = readFileSync('/work/shared/eval/dev2.jsonl','utf8').trim().split('\n').map(l=>JSON.parse(l).q);
const { Session } = await import('node:inspector/promises');
const s = new Session(); s.connect(); await s.post('Profiler.enable'); await s.post('Profiler.start');
t = performance.now(); const lat=[];
for (const q of qs) { const t1=performance.now(); e.ask(q); lat.push(performance.now()-t1); }
const { profile } = await s.post('Profiler.stop');
lat.sort((a,b)=>a-b);
console.log('cold asks avg', ((performance.now() - t) / qs.length).toFixed(2), 'ms p99', lat[Math.floor(lat.length*0.99)].toFixed(2));
(await import('node:fs')).writeFileSync('/tmp/prof/ask.cpuprofile', JSON.stringify(profile));
const lat2=[]; t = performance.now();
for (let r=0;r<3;r++) for (const q of qs) { const t1=performance.now(); e.ask(q); lat2.push(performance.now()-t1); }
lat2.sort((a,b)=>a-b);
console.log('warm asks avg', ((performance.now() - t) / lat2.length).toFixed(2), 'ms p99', lat2[Math.floor(lat2.length*0.99)].toFixed(2));
