// loadFacts reads fact folders, resolves references and reports every problem by file and line.
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { statesCount, statesDate } from '../src/facts/check-gives.js';
import { FactTableError, formatProblem, loadFacts, type FactProblem } from '../src/facts/load-facts.js';

const SHARED_ARTICLES = join(process.cwd(), '..', 'shared', 'articles');

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'briefing-load-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Writes `articles/<name>` (or `glossary.yaml`) under the temp fact folder; lines are joined with \n. */
function write(name: string, lines: string[]): void {
  const path = name === 'glossary.yaml' ? join(dir, name) : join(dir, 'articles', name);
  mkdirSync(join(dir, 'articles'), { recursive: true });
  writeFileSync(path, `${lines.join('\n')}\n`);
}

/** The problems loadFacts throws, with paths relative to the temp folder. */
function problemsOf(): FactProblem[] {
  try {
    loadFacts({ dir, cwd: dir });
  } catch (e) {
    expect(e).toBeInstanceOf(FactTableError);
    return (e as FactTableError).problems;
  }
  throw new Error('loadFacts did not throw');
}

const source = (id: string, article = '000_a.txt') => [
  `  - id: ${id}`, // line +1
  '    title: Khai mạc AMM 53',
  '    outlet: Báo Mẫu',
  '    published: { value: 2020-09-09, precision: day }',
  `    article: ${article}`,
];

/** A fact as YAML lines (10 lines); the answer.en line is the 5th. */
const fact = (id: string, src = 'src-a', answerEn = 'Pham Binh Minh chaired AMM 53.') => [
  `  - id: ${id}`,
  `    sources: [${src}]`,
  '    answer:',
  '      vi: Phạm Bình Minh chủ trì AMM 53.',
  `      en: ${answerEn}`,
  '    questions: { vi: [Ai chủ trì AMM 53?, Ai là chủ tọa AMM 53?], en: [Who chaired AMM 53?] }',
  '    gives: [who]',
  '    date: { value: 2020-09-09, precision: day }',
  '    roles: [chủ trì, chủ tọa, chair]',
  '    entities: [{ name: Phạm Bình Minh, kind: person }]',
];

describe('a valid folder', () => {
  it('loads facts with their sources resolved, glossary definitions as term records, and origins', () => {
    write('a.yaml', ['sources:', ...source('src-a'), 'facts:', ...fact('fact-one'), ...fact('fact-two')]);
    write('glossary.yaml', [
      'terms:',
      '  - id: term-amm',
      '    acronyms: [AMM]',
      '    names:',
      '      vi: [Hội nghị Bộ trưởng Ngoại giao ASEAN]',
      "      en: [ASEAN Foreign Ministers' Meeting]",
      '    answer:',
      '      vi: AMM là Hội nghị Bộ trưởng Ngoại giao ASEAN.',
      "      en: AMM is the ASEAN Foreign Ministers' Meeting.",
      '    sources: [src-a]',
      '  - id: term-un',
      '    acronyms: [LHQ, UN]',
      '    names: { vi: [Liên Hợp Quốc], en: [United Nations] }',
    ]);
    const table = loadFacts({ dir, cwd: dir });

    expect(table.sources.map((s) => s.id)).toEqual(['src-a']);
    const one = table.byId.get('fact-one');
    expect(one).toMatchObject({ kind: 'fact', answer: { en: 'Pham Binh Minh chaired AMM 53.' }, roles: ['chủ trì', 'chủ tọa', 'chair'] });
    expect(one?.sources).toEqual([table.sourceById.get('src-a')]);
    expect(one?.sources[0]).toMatchObject({ title: 'Khai mạc AMM 53', outlet: 'Báo Mẫu', article: '000_a.txt' });

    // A definition becomes a term record citing its sources; a pure synonym (no answer) does not.
    const term = table.byId.get('term-amm');
    expect(term).toMatchObject({ kind: 'term', answer: { vi: 'AMM là Hội nghị Bộ trưởng Ngoại giao ASEAN.' } });
    expect(term?.sources.map((s) => s.id)).toEqual(['src-a']);
    expect(term?.questions.en).toContain('What is AMM?');
    expect(term?.questions.vi).toContain('Hội nghị Bộ trưởng Ngoại giao ASEAN là gì?');
    expect(table.byId.has('term-un')).toBe(false);
    expect(table.glossary.map((g) => g.id)).toEqual(['term-amm', 'term-un']);
    expect(table.facts.map((f) => f.id)).toEqual(['fact-one', 'fact-two', 'term-amm']);

    const file = join('articles', 'a.yaml');
    expect(table.origins.get('source:src-a')).toEqual({ file, line: 2 });
    expect(table.origins.get('fact-one')).toEqual({ file, line: 8 });
    expect(table.origins.get('fact-two')).toEqual({ file, line: 18 });
    expect(table.origins.get('term-amm')).toEqual({ file: 'glossary.yaml', line: 2 });
    expect(table.origins.get('term-un')).toEqual({ file: 'glossary.yaml', line: 11 });
  });

  it("adds a definition's own questions after the generated ones, without repeating any", () => {
    write('a.yaml', ['sources:', ...source('src-a')]);
    write('glossary.yaml', [
      'terms:',
      '  - id: term-amm',
      '    acronyms: [AMM]',
      '    names:',
      '      vi: [Hội nghị Bộ trưởng Ngoại giao ASEAN]',
      "      en: [ASEAN Foreign Ministers' Meeting]",
      '    answer:',
      '      vi: AMM là Hội nghị Bộ trưởng Ngoại giao ASEAN.',
      "      en: AMM is the ASEAN Foreign Ministers' Meeting.",
      '    questions:',
      '      vi: [AMM viết tắt của gì?, amm la gi, Hội nghị Bộ trưởng Ngoại giao ASEAN là gì]',
      '      en: [What does AMM stand for?]',
      '    sources: [src-a]',
    ]);
    const term = loadFacts({ dir, cwd: dir }).byId.get('term-amm');
    expect(term?.questions).toEqual({
      // "amm la gi" and the unpunctuated repeat are the generated "AMM là gì?" and "… ASEAN là gì?" again.
      vi: ['AMM là gì?', 'Hội nghị Bộ trưởng Ngoại giao ASEAN là gì?', 'AMM viết tắt của gì?'],
      en: ['What is AMM?', "What is ASEAN Foreign Ministers' Meeting?", 'What does AMM stand for?'],
    });
  });

  it('loads a folder without a glossary', () => {
    write('a.yaml', ['sources:', ...source('src-a'), 'facts:', ...fact('fact-one')]);
    const table = loadFacts({ dir, cwd: dir });
    expect(table.glossary).toEqual([]);
    expect(table.facts.map((f) => f.id)).toEqual(['fact-one']);
  });
});

describe('problems by file and line', () => {
  it('reports a YAML syntax error at its line, not at the top of the file', () => {
    // Line 12 nests a mapping in a compact one ("en: Who: ..."), an error the parser pins to that line.
    const broken = fact('fact-one');
    broken[4] = '      en: Who: chaired AMM 53';
    write('a.yaml', ['sources:', ...source('src-a'), 'facts:', ...broken, ...fact('fact-two')]);
    const problems = problemsOf();
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0]).toEqual({ file: join('articles', 'a.yaml'), line: 12, message: expect.stringMatching(/^YAML: /) });
  });

  it('reports a duplicate key as a YAML error', () => {
    write('a.yaml', ['sources:', ...source('src-a'), 'facts:', ...fact('fact-one').slice(0, 2), '    sources: [src-a]', ...fact('fact-one').slice(2)]);
    const problems = problemsOf();
    expect(problems[0]).toMatchObject({ file: join('articles', 'a.yaml'), line: 10, message: expect.stringMatching(/^YAML: .*unique/i) });
  });

  it('reports a schema error deep in the third fact at the line of that field', () => {
    // Facts start at lines 8, 18 and 28; the third fact's answer.en is its 5th line: line 32.
    write('a.yaml', ['sources:', ...source('src-a'), 'facts:', ...fact('fact-one'), ...fact('fact-two'), ...fact('fact-three', 'src-a', '""')]);
    expect(problemsOf()).toEqual([{ file: join('articles', 'a.yaml'), line: 32, message: 'facts.2.answer.en: must not be empty' }]);
  });

  it('reports a missing field at the line of the object that lacks it', () => {
    const third = fact('fact-three').filter((l) => !l.startsWith('      en: Pham'));
    write('a.yaml', ['sources:', ...source('src-a'), 'facts:', ...fact('fact-one'), ...fact('fact-two'), ...third]);
    const [p] = problemsOf();
    // answer.en is absent, so the nearest node is the answer mapping (line 31, where its first key starts).
    expect(p).toMatchObject({ file: join('articles', 'a.yaml'), message: expect.stringMatching(/^facts\.2\.answer\.en: /) });
    expect([30, 31]).toContain(p!.line);
  });

  it('reports a duplicate fact id across two files, naming the first place', () => {
    write('a.yaml', ['sources:', ...source('src-a'), 'facts:', ...fact('fact-one'), ...fact('shared-id')]);
    write('b.yaml', ['facts:', ...fact('other'), ...fact('shared-id')]);
    expect(problemsOf()).toEqual([
      { file: join('articles', 'b.yaml'), line: 12, message: `duplicate id "shared-id" (first at ${join('articles', 'a.yaml')}:18)` },
    ]);
  });

  it('reports a fact id that collides with a glossary id', () => {
    write('a.yaml', ['sources:', ...source('src-a'), 'facts:', ...fact('term-amm')]);
    write('glossary.yaml', ['terms:', '  - id: term-amm', '    names: { vi: [AMM], en: [AMM] }']);
    expect(problemsOf()).toEqual([
      { file: 'glossary.yaml', line: 2, message: `duplicate id "term-amm" (first at ${join('articles', 'a.yaml')}:8)` },
    ]);
  });

  it('reports a duplicate source id across files', () => {
    write('a.yaml', ['sources:', ...source('src-a')]);
    write('b.yaml', ['sources:', ...source('src-b'), ...source('src-a', '001_b.txt')]);
    expect(problemsOf()).toEqual([
      { file: join('articles', 'b.yaml'), line: 7, message: `duplicate source id "src-a" (first at ${join('articles', 'a.yaml')}:2)` },
    ]);
  });

  it('reports an unknown source id at the line of the reference', () => {
    const third = fact('fact-three');
    third[1] = '    sources:';
    third.splice(2, 0, '      - src-a', '      - src-missing');
    write('a.yaml', ['sources:', ...source('src-a'), 'facts:', ...fact('fact-one'), ...fact('fact-two'), ...third]);
    expect(problemsOf()).toEqual([{ file: join('articles', 'a.yaml'), line: 31, message: 'unknown source id "src-missing"' }]);
  });

  it('reports an unknown source cited by a glossary entry', () => {
    write('a.yaml', ['sources:', ...source('src-a')]);
    write('glossary.yaml', ['terms:', '  - id: term-amm', '    names: { vi: [AMM], en: [AMM] }', '    sources: [src-a, src-nope]']);
    expect(problemsOf()).toEqual([{ file: 'glossary.yaml', line: 4, message: 'unknown source id "src-nope"' }]);
  });

  it('reports a missing articles folder', () => {
    const problems = problemsOf();
    expect(problems).toEqual([{ file: 'articles', line: 1, message: 'the fact folder is missing: set BRIEFING_FACTS_DIR to the folder that holds glossary.yaml and articles/' }]);
    expect(() => loadFacts({ dir: join(dir, 'nowhere'), cwd: dir })).toThrow(/nowhere[/\\]articles:1: the fact folder is missing/);
  });

  it('collects problems from every file rather than stopping at the first, and formats them as file:line: message', () => {
    write('a.yaml', ['sources:', ...source('src-a'), 'facts:', ...fact('Bad_Id')]);
    write('b.yaml', ['facts:', ...fact('fact-b', 'src-nope')]);
    let error: FactTableError | undefined;
    try {
      loadFacts({ dir, cwd: dir });
    } catch (e) {
      error = e as FactTableError;
    }
    expect(error?.problems.map(formatProblem)).toEqual([
      `${join('articles', 'a.yaml')}:8: facts.0.id: must be a lowercase slug such as "amm-53-dates"`,
      `${join('articles', 'b.yaml')}:3: unknown source id "src-nope"`,
    ]);
    expect(error?.message).toMatch(/^the fact table has 2 problems:\n/);
  });

  it('puts a broken file first and counts the citations of its sources elsewhere in one line, still listing real unknown ids', () => {
    const broken = source('src-a');
    broken[3] = '    published: { value: 2020-09-09, precision: daily }';
    write('a.yaml', ['sources:', ...broken]);
    write('b.yaml', ['facts:', ...fact('fact-b'), ...fact('fact-c'), ...fact('fact-d', 'src-nope')]);
    write('glossary.yaml', ['terms:', '  - id: term-amm', '    names: { vi: [AMM], en: [AMM] }', '    sources: [src-a]']);
    expect(problemsOf().map(formatProblem)).toEqual([
      `${join('articles', 'a.yaml')}:5: sources.0.published.precision: Invalid option: expected one of "day"|"month"|"year"`,
      `${join('articles', 'a.yaml')}:5: and 3 citations elsewhere of the sources this file defines (not checked until it reads)`,
      `${join('articles', 'b.yaml')}:23: unknown source id "src-nope"`,
    ]);
  });
});

describe('gives against the content', () => {
  it("reports each kind a fact's answer or entities do not bear out, at the line of its gives", () => {
    const claims = [
      '  - id: claims-too-much',
      '    sources: [src-a]',
      '    answer: { vi: Hội nghị bàn về hợp tác., en: The meeting discussed cooperation. }',
      '    questions: { vi: [a?, b?], en: [c?] }',
      '    gives: [who, when, where, howMany, why]',
      '    entities: [{ name: AMM 53, kind: meeting }]',
    ];
    write('a.yaml', ['sources:', ...source('src-a'), 'facts:', ...fact('fine'), ...claims]);
    const file = join('articles', 'a.yaml');
    expect(problemsOf()).toEqual(
      [
        'gives when, but its answer states no date (and it has no date field)',
        'gives howMany, but answer.en states no count (no figure or number word)',
        'gives who, but no entity is a person, a role, an organisation or a country',
        'gives where, but no entity is a place or a country',
        'gives when or where, but names no event (what its date and place belong to)',
        'gives who, but names no roles or titles (what its people did or were)',
        'gives howMany, but names no counts (what its count counts)',
      ].map((m) => ({ file, line: 22, message: `fact "claims-too-much": ${m}` })),
    );
  });

  it('accepts what the answer states, and gives: [] for a fact about what was said', () => {
    const ok = [
      '  - id: all-there',
      '    sources: [src-a]',
      '    answer: { vi: "Ngày 9/9/2020 tại Hà Nội, 27 đoàn dự AMM 53.", en: "On 9 September 2020 in Ha Noi, 27 delegations attended AMM 53." }',
      '    questions: { vi: [a?, b?], en: [c?] }',
      '    gives: [when, where, howMany, who]',
      '    event: [AMM 53]',
      '    roles: [tham dự, attended]',
      '    counts: [đoàn, delegations]',
      '    entities: [{ name: Hà Nội, kind: place }, { name: Việt Nam, kind: country }]',
      '  - id: said-only',
      '    sources: [src-a]',
      '    answer: { vi: Các bên nhấn mạnh hợp tác., en: The parties stressed cooperation. }',
      '    questions: { vi: [a?, b?], en: [c?] }',
      '    gives: []',
    ];
    write('a.yaml', ['sources:', ...source('src-a'), 'facts:', ...ok]);
    expect(loadFacts({ dir, cwd: dir }).byId.get('all-there')?.gives).toEqual(['when', 'where', 'howMany', 'who']);
  });

  it('reads dates in either language and counts in English, not years, dates, ordinals or numbered names', () => {
    expect(['Ngày 7/10/2020, SOM họp.', 'Held in September.', 'Họp tháng 9.', 'In 2019.', 'On 3 December.'].map(statesDate)).toEqual([true, true, true, true, true]);
    expect(['Họp trực tuyến.', 'The 53rd meeting.'].map(statesDate)).toEqual([false, false]);
    const counts = ['27 delegations', 'about 40 documents', 'two days', 'nearly 5,000 personnel', 'About 20 meetings', '3 pillars'];
    expect(counts.map(statesCount)).toEqual(counts.map(() => true));
    const none = ['on 9–12 September 2020', 'the 53rd AMM', 'AMM 53 opened', 'for 2020-2021', 'COVID-19 response', 'the ASEAN+3 statement'];
    expect(none.map(statesCount)).toEqual(none.map(() => false));
  });
});

describe('the real fact table', () => {
  it('loads without problems', () => {
    const table = loadFacts({ dir: 'facts' });
    expect(table.sources.length).toBeGreaterThan(0);
    expect(table.facts.filter((f) => f.kind === 'fact').length).toBeGreaterThan(0);
    for (const f of table.facts) expect(f.sources.length, `${f.id} has resolved sources`).toBeGreaterThan(f.kind === 'fact' ? 0 : -1);
  });

  it.runIf(existsSync(SHARED_ARTICLES))('cites only article files that exist under ../shared/articles', () => {
    const missing = loadFacts({ dir: 'facts' }).sources.filter((s) => !existsSync(join(SHARED_ARTICLES, s.article)));
    expect(missing.map((s) => `${s.id}: ${s.article}`)).toEqual([]);
  });
});
