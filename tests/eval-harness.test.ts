// The evaluation harness: its scoring agrees with ../shared/eval/score.mjs, and the table's own examples are honest.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readSet, scoreItem, tally } from '../eval/score-set.js';
import { curatedProbes, entityProbes, mixedTopicProbes, trapProbes, variantProbes, withoutDiacritics, writtenProbes } from '../eval/table-examples.js';
import { RANK_FEATURES } from '../src/engine/features.js';
import { createEngine } from '../src/engine/create-engine.js';
import type { Engine } from '../src/engine/Engine.js';
import { loadFacts } from '../src/facts/load-facts.js';
import { fold } from '../src/text/normalize.js';

const SCORER = '../shared/eval/score.mjs';
const DEV = '../shared/eval/dev.jsonl';
let engine: Engine;

beforeAll(() => {
  engine = createEngine(loadFacts({ dir: 'facts' }));
});

describe('scoring', () => {
  // The shared scorer is beside the project in CI and on every developer machine (it is not part of the project).
  it.runIf(existsSync(SCORER) && existsSync(DEV))('counts exactly what score.mjs counts, on the same answers', () => {
    const items = readSet(DEV);
    const answers = items.map((it) => engine.ask(it.q.replace(/\s+/g, ' ')));
    const dir = mkdtempSync(join(tmpdir(), 'eval-harness-'));
    const file = join(dir, 'answers.jsonl');
    writeFileSync(file, answers.map((a) => JSON.stringify(a)).join('\n') + '\n');
    // The scorer appends its question file to the command; this one prints the answers already made.
    const cmd = `node -e "process.stdout.write(require('fs').readFileSync(process.argv[1], 'utf8'))" ${JSON.stringify(file)}`;
    let out: string;
    try {
      out = execFileSync('node', [SCORER, '--set', DEV, '--cmd', cmd], { encoding: 'utf8' });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    const s = tally(items.map((it, i) => scoreItem(it, answers[i]!)));
    expect(out).toContain(`SCORE in-scope ${s.right}/${s.inScope} `);
    expect(out).toContain(`out-of-scope abstained ${s.outAbstained}/${s.outOfScope} `);
    expect(out).toContain(`wrong answers ${s.wrong}/${s.items} `);
  });
});

describe("the table's own examples", () => {
  it('asks every curated question once, each without itself', () => {
    const probes = curatedProbes(engine);
    const total = engine.table.facts.reduce((n, f) => n + f.questions.vi.length + f.questions.en.length, 0);
    expect(probes).toHaveLength(total);
    for (const p of probes) expect([...p.exclude.questions!]).toEqual([p.question]);
  });

  it('makes variants of a curated question that differ from it and are asked without their original', () => {
    const curated = curatedProbes(engine).slice(0, 60);
    const variants = variantProbes(engine, curated, 1);
    expect(new Set(variants.map((v) => v.kind))).toEqual(new Set(['no-diacritics', 'typo', 'telegraphic', 'acronym-swap', 'other-language']));
    for (const v of variants) {
      const original = curated.find((p) => p.question === v.of)!;
      expect(v.text).not.toBe(original.text);
      expect(v.exclude.questions?.size).toBe(1);
    }
    expect(withoutDiacritics('Hội nghị Đà Nẵng')).toBe('Hoi nghi Da Nang');
  });

  it('shortens a name to an acronym of the question\'s own language only', () => {
    const swaps = variantProbes(engine, curatedProbes(engine), 1).filter((v) => v.kind === 'acronym-swap');
    const english = swaps.filter((v) => v.language === 'en');
    expect(english.length).toBeGreaterThan(100);
    for (const v of english) expect(v.text).not.toMatch(/(?<![\p{L}])(LHQ|NQ|HĐBA|ĐHĐ|BNG)(?![\p{L}])/u);
    for (const v of swaps.filter((x) => x.language === 'vi')) expect(v.text).not.toMatch(/(?<![\p{L}])(FM|DFM|DPM)(?![\p{L}])/u);
  });

  it('makes traps whose new value the fact they came from does not hold', () => {
    const curated = curatedProbes(engine).slice(0, 120);
    const traps = trapProbes(engine, curated, 1);
    expect(traps.length).toBeGreaterThan(10);
    for (const t of traps) {
      expect(t.answerable).toBe(false);
      const original = curated.find((p) => p.question === t.of)!;
      expect(fold(t.text)).not.toBe(fold(original.text));
    }
  });

  it("makes off-topic questions in a curated question's frame that no retrieved fact covers most of", () => {
    const curated = curatedProbes(engine).slice(0, 300);
    const mixed = mixedTopicProbes(engine, curated, 1);
    expect(mixed.length).toBeGreaterThan(10);
    const coverage = RANK_FEATURES.indexOf('coverage');
    for (const m of mixed) {
      expect(m).toMatchObject({ answerable: false, kind: 'trap:mixed-topic' });
      const original = curated.find((p) => p.question === m.of)!;
      // Its frame and first topic word stay; the rest is another article's.
      expect(m.text.split(/\s+/)[0]).toBe(original.text.split(/\s+/)[0]);
      expect(m.text).not.toBe(original.text);
      for (const r of engine.rank(m.text).ranked.slice(0, 5)) expect(r.features[coverage]).toBeLessThan(0.75);
    }
  });

  it('asks about entities both where a fact is about them (answerable) and where one only mentions them (a trap)', () => {
    const probes = entityProbes(engine, 1);
    expect(probes.some((p) => p.answerable)).toBe(true);
    expect(probes.some((p) => !p.answerable)).toBe(true);
    for (const p of probes) expect(p.kind.startsWith(p.answerable ? 'entity:' : 'trap:')).toBe(true);
  });

  it('asks every question written about the facts whole, labelled with its fact, and names a line whose fact the table lacks', () => {
    const written = writtenProbes(engine, 'eval/written.jsonl');
    expect(written.length).toBeGreaterThanOrEqual(700);
    expect(written.filter((p) => !p.answerable).length).toBeGreaterThanOrEqual(200);
    for (const p of written) {
      expect(p.exclude).toEqual({});
      expect(engine.index.facts[p.fact]).toBeDefined();
    }
    const dir = mkdtempSync(join(tmpdir(), 'eval-written-'));
    const file = join(dir, 'written.jsonl');
    writeFileSync(file, `${JSON.stringify({ q: 'Who chaired AMM 53?', fact: 'amm53-chair', answerable: true, lang: 'en' })}\n${JSON.stringify({ q: 'x?', fact: 'no-such-fact', answerable: false, lang: 'en' })}\n`);
    try {
      expect(() => writtenProbes(engine, file)).toThrow(`${file}:2: names no fact or definition of the table: no-such-fact`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
