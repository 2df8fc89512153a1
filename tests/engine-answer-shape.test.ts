// The answer object every adapter renders: its fields, related facts, explain, autocomplete, and the CLI batch mode.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Answer, EngineAnswer } from '../src/model/answer.js';
import { citationLine } from '../src/model/citation.js';
import { QuestionGate } from '../src/app/QuestionGate.js';
import { systemClock } from '../src/model/clock.js';
import { createEngine } from '../src/engine/create-engine.js';
import { canAnswer } from '../src/engine/decide.js';
import type { Engine } from '../src/engine/Engine.js';
import { loadFacts } from '../src/facts/load-facts.js';
import { fold } from '../src/text/normalize.js';
import { withText } from '../src/app/answer-text.js';

let engine: Engine;

beforeAll(() => {
  engine = createEngine(loadFacts({ dir: 'facts' }));
});

const expectShape = (a: EngineAnswer) => {
  expect(Object.keys(a).sort()).toEqual(['answered', 'confidence', 'facts', 'language', 'question', 'suggestions']);
  expect(typeof a.answered).toBe('boolean');
  expect(['vi', 'en']).toContain(a.language);
  expect(a.confidence).toBeGreaterThanOrEqual(0);
  expect(a.confidence).toBeLessThanOrEqual(1);
  expect(Array.isArray(a.facts)).toBe(true);
  expect(Array.isArray(a.suggestions)).toBe(true);
};

describe('answer object', () => {
  it('carries the answer fact with its question, date and fully cited sources', () => {
    const a = engine.ask('Who chaired AMM 53?');
    expectShape(a);
    expect(a.answered).toBe(true);
    expect(a.question).toBe('Who chaired AMM 53?');
    const f = a.facts[0]!;
    expect(Object.keys(f).sort()).toEqual(['answer', 'background', 'date', 'id', 'question', 'sources']);
    expect(f.id).toBe('amm53-chair');
    expect(f.answer).toMatch(/Pham Binh Minh/);
    expect(f.question.length).toBeGreaterThan(0);
    expect(f.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(f.sources.length).toBeGreaterThan(0);
    for (const s of f.sources) {
      expect(Object.keys(s).sort()).toEqual(['article', 'author', 'id', 'outlet', 'published', 'title']);
      expect(engine.table.sourceById.has(s.id)).toBe(true);
      expect(s.title && s.outlet && s.published && s.article).toBeTruthy();
      expect(s.author === null || typeof s.author === 'string').toBe(true);
      expect(s.article).toMatch(/^[\w.-]+\.txt$/);
    }
  });

  it('puts the citation line of each source in the text', () => {
    for (const q of ['Who chaired AMM 53?', 'Ai chủ trì AMM 53?']) {
      const a = engine.ask(q);
      for (const s of a.facts[0]!.sources) expect(withText(a).text).toContain(citationLine(s, a.language));
    }
  });

  it('lists related facts that share an event tag or a source with the answer, without repeating it', () => {
    for (const q of ['Who chaired AMM 53?', 'Nghị quyết ASEAN-LHQ năm 2020 có bao nhiêu nước đồng bảo trợ?', 'When did COC talks begin?']) {
      const a = engine.ask(q);
      expect(a.answered).toBe(true);
      expect(a.facts.length).toBeGreaterThan(1);
      const top = engine.table.byId.get(a.facts[0]!.id)!;
      const ids = a.facts.map((f) => f.id);
      expect(new Set(ids).size).toBe(ids.length);
      for (const r of a.facts.slice(1)) {
        const rel = engine.table.byId.get(r.id)!;
        const sharesTag = rel.tags.some((t) => top.tags.includes(t));
        const sharesSource = rel.sources.some((s) => top.sources.some((t) => t.id === s.id));
        expect(sharesTag || sharesSource, `${r.id} is unrelated to ${top.id}`).toBe(true);
      }
    }
  });

  it('has no facts and at most 3 suggestions when it abstains', () => {
    const a = engine.ask('When is AMM 54?');
    expectShape(a);
    expect(a.answered).toBe(false);
    expect(a.facts).toEqual([]);
    expect(a.suggestions.length).toBeGreaterThan(0);
    expect(a.suggestions.length).toBeLessThanOrEqual(3);
    for (const s of a.suggestions) {
      expect(Object.keys(s).sort()).toEqual(['id', 'question']);
      expect(withText(a).text).toContain(s.question);
    }
  });

  it('is given overlong questions cut by the application', () => {
    const gate = new QuestionGate({ maxQuestionLength: 500, rateLimit: { userPerMinute: 1, channelPerMinute: 1 }, clock: systemClock });
    const a = engine.ask(gate.prepare(`Who chaired AMM 53? ${'x'.repeat(5000)}`).question);
    expect(a.question.length).toBeLessThanOrEqual(500);
  });
});

describe('explain', () => {
  it('answers the fact asked for by id, in the requested language', () => {
    const en = engine.explain('amm53-dates-online', 'en')!;
    expectShape(en);
    expect(en.answered).toBe(true);
    expect(en.language).toBe('en');
    expect(en.facts[0]!.id).toBe('amm53-dates-online');
    expect(en.facts[0]!.answer).toBe(engine.table.byId.get('amm53-dates-online')!.answer.en);
    const vi = engine.explain('amm53-dates-online', 'vi')!;
    expect(vi.facts[0]!.answer).toBe(engine.table.byId.get('amm53-dates-online')!.answer.vi);
    expect(withText(vi).text).toContain('Nguồn: ');
  });

  it('explains glossary terms too', () => {
    expect(engine.explain('term-coc', 'vi')!.facts[0]!.id).toBe('term-coc');
  });

  it('is undefined for an unknown id', () => {
    expect(engine.explain('nope', 'en')).toBeUndefined();
    expect(engine.explain('', 'vi')).toBeUndefined();
  });
});

describe('complete', () => {
  it('offers at most the limit of known questions about AMM for "amm"', () => {
    const out = engine.complete('amm', 25);
    expect(out.length).toBeGreaterThan(5);
    expect(out.length).toBeLessThanOrEqual(25);
    expect(new Set(out.map((s) => s.id)).size).toBe(out.length);
    // The best suggestions all mention AMM in the question they show.
    for (const s of out.slice(0, 5)) expect(fold(s.question)).toMatch(/\bamm\b/);
    expect(out.filter((s) => /\bamm\b/.test(fold(s.question))).length).toBeGreaterThanOrEqual(Math.min(10, out.length));
  });

  it('honours small limits and an empty prefix', () => {
    expect(engine.complete('amm', 3).length).toBeLessThanOrEqual(3);
    expect(engine.complete('', 5).length).toBe(5);
  });

  it('shows suggestions in the language being typed', () => {
    const vi = engine.complete('ai chủ trì', 5);
    expect(vi.length).toBeGreaterThan(0);
    for (const s of vi) expect(s.question).toBe(engine.table.byId.get(s.id)!.questions.vi[0]);
  });
});

describe('CLI batch mode', () => {
  let dir: string;

  beforeAll(() => {
    if (!existsSync('dist/adapters/main.js')) execFileSync('npm', ['run', 'build'], { stdio: 'ignore', timeout: 120_000 });
    dir = mkdtempSync(join(tmpdir(), 'briefing-batch-'));
  }, 150_000);

  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('prints one JSON answer per input line, in order, including empty lines', () => {
    const file = join(dir, 'questions.txt');
    writeFileSync(file, 'Who chaired AMM 53?\n\nAMM 53 diễn ra khi nào?\n');
    const out = execFileSync('node', ['bin/briefing.js', 'ask', '--json', '--batch', file], { encoding: 'utf8', timeout: 60_000 });
    const lines = out.trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    const answers = lines.map((l) => JSON.parse(l) as Answer);
    // The command line prints the application's answer: the engine's, with its text.
    for (const { text, ...found } of answers) {
      expect(typeof text).toBe('string');
      expectShape(found);
    }
    expect(answers[0]!.question).toBe('Who chaired AMM 53?');
    expect(answers[0]!.answered).toBe(true);
    expect(answers[0]!.language).toBe('en');
    expect(answers[1]!.question).toBe('');
    expect(answers[1]!.answered).toBe(false);
    expect(answers[2]!.question).toBe('AMM 53 diễn ra khi nào?');
    expect(answers[2]!.language).toBe('vi');
  });
});

describe('a question asking who reported something', () => {
  it('answers with the outlet, author and date of the article the fact cites, then the fact itself', () => {
    const a = engine.ask('Who wrote the article about AMM 53?');
    expect(a.answered).toBe(true);
    const [report, fact] = a.facts;
    const source = fact!.sources[0]!;
    expect(report!.id).toBe(fact!.id);
    expect(report!.answer).toContain(source.outlet!);
    expect(report!.answer).toContain(source.author!);
    expect(report!.sources).toEqual(fact!.sources);
    expect(fact!.answer).not.toBe(report!.answer);
  });

  it('answers in Vietnamese, typed without diacritics', () => {
    const a = engine.ask('bai ve doi thoai aured thang 12/2019 la cua co quan bao nao');
    expect(a.answered).toBe(true);
    expect(a.language).toBe('vi');
    expect(a.facts[0]!.answer).toMatch(/^Bài đưa tin: /);
    expect(a.facts[0]!.answer).toContain(a.facts[0]!.sources[0]!.outlet!);
  });

  it.each(['Which outlet reported the AURED?', 'bài về AIPR đăng trên báo nào'])('answers %j with the report of an article, though a definition matches best', (q) => {
    // A definition is reported by no article: it used to take the place and the engine abstained.
    const { answer, ranking } = engine.answer(q);
    const best = ranking.ranked.find(canAnswer)!;
    expect(engine.table.facts[best.fact]!.kind).toBe('term');
    expect(answer.answered).toBe(true);
    expect(answer.facts[0]!.answer).toMatch(/^Bài đưa tin: |^Reported in /);
    expect(engine.table.facts.find((f) => f.id === answer.facts[0]!.id)!.kind).toBe('fact');
  });

  it('does not answer for a topic the table does not hold', () => {
    expect(engine.ask('Which outlet reported the G20 summit in Rome?').answered).toBe(false);
  });
});
