// The benchmark's fact generator: deterministic for a seed, schema-valid facts and sources, unique ids, no restated facts.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateFacts, realFacts } from '../bench/generate-facts.js';
import { mulberry32 } from '../bench/prng.js';
import { benchQuestions } from '../bench/questions.js';
import { buildFactTable } from '../src/facts/fact-table.js';
import { loadFacts } from '../src/facts/load-facts.js';
import { factSchema, sourceSchema } from '../src/facts/schema.js';

const table = loadFacts({ dir: join(import.meta.dirname, '..', 'facts') });

describe('bench fact generator', () => {
  it('gives the same facts for the same seed and different facts for another seed', () => {
    const a = generateFacts(table, { count: 300, seed: 42 });
    const b = generateFacts(table, { count: 300, seed: 42 });
    const c = generateFacts(table, { count: 300, seed: 43 });
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
    expect(JSON.stringify(c)).not.toBe(JSON.stringify(a));
  });

  it('produces exactly the requested number of schema-valid facts citing schema-valid sources', () => {
    const { facts, sources } = generateFacts(table, { count: 500, seed: 7 });
    expect(facts).toHaveLength(500);
    for (const f of facts) expect(factSchema.safeParse(f).error?.issues ?? []).toEqual([]);
    for (const s of sources) expect(sourceSchema.safeParse(s).error?.issues ?? []).toEqual([]);
    const sourceIds = new Set(sources.map((s) => s.id));
    for (const f of facts) for (const id of f.sources) expect(sourceIds.has(id)).toBe(true);
  });

  it('never reuses an id, neither among generated facts nor with the real table', () => {
    const { facts, sources } = generateFacts(table, { count: 2000, seed: 1 });
    const ids = [...table.facts.map((f) => f.id), ...facts.map((f) => f.id)];
    expect(new Set(ids).size).toBe(ids.length);
    const sourceIds = [...table.sources.map((s) => s.id), ...sources.map((s) => s.id)];
    expect(new Set(sourceIds).size).toBe(sourceIds.length);
  });

  it("never restates a real answer and always moves the year of the fact it was derived from back", () => {
    const realAnswers = new Set(table.facts.map((f) => f.answer.en));
    const { facts } = generateFacts(table, { count: 1000, seed: 9 });
    for (const f of facts) {
      expect(realAnswers.has(f.answer.en)).toBe(false);
      // Ids are g<seed>-<article>-<id of the real fact used as template>.
      const template = table.byId.get(f.id.replace(/^g\d+-\d+-/, ''));
      expect(template).toBeDefined();
      if (template?.date) expect(Number(f.date?.value.slice(0, 4))).toBeLessThan(Number(template.date.value.slice(0, 4)));
    }
  });

  it('invents people only from real name parts, never from a title such as "Phó Tổng Thư ký ASEAN"', () => {
    const { facts } = generateFacts(table, { count: 1000, seed: 4 });
    const people = facts.flatMap((f) => f.entities.filter((e) => e.kind === 'person').map((e) => e.name));
    expect(people.length).toBeGreaterThan(0);
    for (const name of people) expect(name).not.toMatch(/ASEAN|Asean/);
  });

  it('builds a fact table the engine can load alongside the real facts', () => {
    const gen = generateFacts(table, { count: 200, seed: 5 });
    const grown = buildFactTable([...table.sources, ...gen.sources], [...realFacts(table), ...gen.facts], [...table.glossary]);
    expect(grown.facts.filter((f) => f.kind === 'fact')).toHaveLength(realFacts(table).length + 200);
    for (const f of grown.facts.filter((x) => x.kind === 'fact')) expect(f.sources.length).toBeGreaterThan(0);
  });
});

describe('bench question variants and PRNG', () => {
  it('are deterministic for a seed', () => {
    const base = ['Ai chủ trì Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 53?', 'When was the ASEAN-UN Summit held in 2020?'];
    expect(benchQuestions(base, 3)).toEqual(benchQuestions(base, 3));
    const r1 = mulberry32(11);
    const r2 = mulberry32(11);
    expect(Array.from({ length: 5 }, () => r1.next())).toEqual(Array.from({ length: 5 }, () => r2.next()));
  });

  it('drop diacritics, change exactly one word for the typo, and keep the words when reordering', () => {
    const q = 'Ai chủ trì Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 53?';
    const [orig, plain, typo, reordered] = benchQuestions([q], 1);
    expect(orig!.text).toBe(q);
    expect(plain!.text).toBe('Ai chu tri Hoi nghi Bo truong Ngoai giao ASEAN lan thu 53?');
    const diff = typo!.text.split(' ').filter((w, i) => w !== q.split(' ')[i]);
    expect(diff).toHaveLength(1);
    const words = (s: string) => s.replace('?', '').split(' ').sort();
    expect(words(reordered!.text)).toEqual(words(q));
  });
});
