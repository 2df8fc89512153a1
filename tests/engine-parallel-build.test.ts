// Indexing a large table in worker threads: the compiled engine, with workers, answers exactly as inline.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateFacts, realFacts } from '../bench/generate-facts.js';
import { benchQuestions } from '../bench/questions.js';
import { createEngine } from '../src/engine/create-engine.js';
import { buildFactTable, type FactTable } from '../src/facts/fact-table.js';
import { loadFacts } from '../src/facts/load-facts.js';
import { buildCli } from './helpers/build-cli.js';

const ROOT = join(import.meta.dirname, '..');
const real = loadFacts({ dir: join(ROOT, 'facts') });

/** The real table grown with generated editions, so that the worker has thousands of answers to read. */
function grownTable(count: number): FactTable {
  const gen = generateFacts(real, { count, seed: 11 });
  return buildFactTable([...real.sources, ...gen.sources], [...realFacts(real), ...gen.facts], [...real.glossary]);
}

/** Every curated question of the table's real facts, plainly and with the benchmark's typos and reorderings. */
function questions(): string[] {
  const base = realFacts(real).flatMap((f) => [...f.questions.vi, ...f.questions.en]);
  return benchQuestions(base, 5).map((b) => b.text);
}

describe('parallel index build', () => {
  // The worker runs compiled code: the engine is taken from dist/ (built here when stale), as `npm start` runs it.
  let compiled: typeof import('../src/engine/create-engine.js');
  beforeAll(async () => {
    await buildCli();
    compiled = await import(pathToFileURL(join(ROOT, 'dist', 'src', 'engine', 'create-engine.js')).href);
  }, 120_000);

  it('indexes the texts in two workers and answers every question exactly as the inline build does', () => {
    const table = grownTable(3000);
    const parallel = compiled.createEngine(table, { parallelBuildAbove: 0, buildWorkers: 2 });
    const inline = compiled.createEngine(table, { parallelBuildAbove: Infinity });
    expect(parallel.build.texts).toBe('2 workers');
    expect(inline.build.texts).toBe('inline');
    const qs = questions();
    expect(qs.length).toBeGreaterThan(500);
    let answered = 0;
    for (const q of qs) {
      const a = parallel.ask(q);
      const b = inline.ask(q);
      expect(a.facts.map((f) => f.id), q).toEqual(b.facts.map((f) => f.id));
      expect(a.confidence, q).toBe(b.confidence);
      expect(a.suggestions, q).toEqual(b.suggestions);
      if (a.answered) answered++;
    }
    // Not a table that abstains on everything: most curated questions are answered.
    expect(answered / qs.length).toBeGreaterThan(0.8);
  }, 60_000);

  it('ranks with identical scores whichever way the texts were indexed', () => {
    const table = grownTable(1500);
    const parallel = compiled.createEngine(table, { parallelBuildAbove: 0, buildWorkers: 2 });
    const inline = compiled.createEngine(table, { parallelBuildAbove: Infinity });
    for (const q of questions().slice(0, 300)) {
      const a = parallel.rank(q).candidates.map((c) => [table.facts[c.doc]!.id, c.score, c.coverage]);
      const b = inline.rank(q).candidates.map((c) => [table.facts[c.doc]!.id, c.score, c.coverage]);
      expect(a, q).toEqual(b);
    }
  }, 60_000);

  it('builds inline, with the reason, when the compiled worker is not there (running from sources)', () => {
    const engine = createEngine(real, { parallelBuildAbove: 0, buildWorkers: 2 });
    expect(engine.build.texts).toMatch(/^inline: no compiled worker/);
    expect(engine.ask('Ai chủ trì AMM 53?').answered).toBe(true);
  });

  describe('a worker that fails', () => {
    // Fixture workers stand in for failures; the builder's own code runs from sources here, the fallback included.
    const fixture = (name: string) => pathToFileURL(join(ROOT, 'tests', 'fixtures', 'workers', name));
    const table = () => grownTable(400);
    const sample = () => questions().slice(0, 120);

    it.each([
      ['fails.mjs', /^inline: a worker failed \(fixture failure\)$/],
      ['dies.mjs', /^inline: a worker stopped indexing$/],
      ['never-starts.mjs', /^inline: a worker did not start$/],
    ])('with %s, has its run indexed inline and the engine answers as an inline build does', (file, reason) => {
      const t = table();
      const fallback = createEngine(t, { parallelBuildAbove: 0, buildWorkers: 2, buildWorkerUrl: fixture(file), buildWorkerStallMs: 300 });
      const inline = createEngine(t, { parallelBuildAbove: Infinity });
      expect(fallback.build.texts).toMatch(reason);
      for (const q of sample()) expect(fallback.ask(q), q).toEqual(inline.ask(q));
    }, 30_000);
  });

  it('keeps small tables inline by default: a worker would cost more than it saves', () => {
    expect(createEngine(real).build.texts).toBe('inline');
  });
});
