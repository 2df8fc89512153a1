// `briefing facts check|export` as a user runs it: the built CLI in a child process, exit status and output.
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { CitedSource } from '../src/model/answer.js';
import { SAMPLE_SOURCE } from './helpers/fixtures.js';

const ROOT = resolve(import.meta.dirname, '..');
const BIN = join(ROOT, 'bin', 'briefing.js');
const FIXTURES = join(ROOT, 'tests', 'fixtures');

beforeAll(() => {
  // Building takes about 20 s on this machine: only when no compiled CLI exists yet.
  if (!existsSync(join(ROOT, 'dist', 'adapters', 'main.js'))) execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'ignore' });
}, 180_000);

let tmp: string;
beforeEach(() => {
  tmp = mkdtempSync(join(tmpdir(), 'briefing-cli-'));
});
afterEach(() => rmSync(tmp, { recursive: true, force: true }));

/** Runs the CLI from the temp folder, so that paths in messages are relative to it. */
function run(...args: string[]) {
  const env: NodeJS.ProcessEnv = { ...process.env, LOG_LEVEL: 'silent' };
  delete env.BRIEFING_FACTS_DIR;
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: tmp, env, encoding: 'utf8', timeout: 30_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A copy of the fixture table in `<tmp>/facts` and its article in `<tmp>/texts`. */
function goodTable(): void {
  mkdirSync(join(tmp, 'facts', 'articles'), { recursive: true });
  mkdirSync(join(tmp, 'texts'));
  copyFileSync(join(FIXTURES, 'facts', 'articles', 'sample.yaml'), join(tmp, 'facts', 'articles', 'sample.yaml'));
  copyFileSync(join(FIXTURES, 'facts', 'glossary.yaml'), join(tmp, 'facts', 'glossary.yaml'));
  copyFileSync(join(FIXTURES, 'sample_article.txt'), join(tmp, 'texts', 'sample_article.txt'));
}

describe('briefing facts check', () => {
  it('exits 0 with the ok summary on a good table, provenance included', () => {
    goodTable();
    const r = run('facts', 'check', '--dir', 'facts', '--articles', 'texts');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^facts check: ok: 1 sources, 2 facts, \d+ glossary terms \(\d+ with definitions\), provenance checked\n$/);
  });

  it('exits 1 and prints file:line: message for each problem of a broken table', () => {
    mkdirSync(join(tmp, 'facts', 'articles'), { recursive: true });
    writeFileSync(
      join(tmp, 'facts', 'articles', 'a.yaml'),
      [
        'facts:',
        '  - id: Not_A_Slug',
        '    sources: [nowhere]',
        '    answer: { vi: Một câu. }',
        '    questions: { vi: [a?, b?], en: [c?] }',
        '',
      ].join('\n'),
    );
    const r = run('facts', 'check', '--dir', 'facts', '--articles', 'facts');
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    const lines = r.stderr.trimEnd().split('\n');
    const file = join('facts', 'articles', 'a.yaml');
    expect(lines).toContain(`${file}:2: facts.0.id: must be a lowercase slug such as "amm-53-dates"`);
    expect(lines.some((l) => l.startsWith(`${file}:4: facts.0.answer.en: `))).toBe(true);
    for (const l of lines.slice(0, -1)) expect(l).toMatch(/^\S+:\d+: \S/);
    expect(lines.at(-1)).toBe(`facts check: ${lines.length - 1} problem(s)`);
  });

  it('exits 1 when a figure is missing from the cited article', () => {
    goodTable();
    writeFileSync(join(tmp, 'texts', 'sample_article.txt'), 'Ngày 9/9/2020, Phạm Bình Minh chủ trì AMM 53, kéo dài đến 12/9.\n');
    const r = run('facts', 'check', '--dir', 'facts', '--articles', 'texts');
    expect(r.status).toBe(1);
    // The problem points at the fact's id line in the fixture.
    const line = readFileSync(join(FIXTURES, 'facts', 'articles', 'sample.yaml'), 'utf8').split('\n').indexOf('  - id: amm53-delegations') + 1;
    expect(line).toBeGreaterThan(0);
    expect(r.stderr).toContain(`${join('facts', 'articles', 'sample.yaml')}:${line}: fact "amm53-delegations": the figure 27 in answer.vi is not in the cited article`);
    expect(r.stderr).toMatch(/facts check: \d+ problem\(s\) in 1 sources, 2 facts/);
  });

  it('exits 1 when a curated question asks when without naming what the fact dates, or who without the part', () => {
    goodTable();
    const file = join(tmp, 'facts', 'articles', 'sample.yaml');
    const yaml = readFileSync(file, 'utf8')
      .replace('AMM 53 có 27 đoàn tham dự.', 'Ngày 9/9/2020, AMM 53 có 27 đoàn tham dự.')
      .replace('    roles: [chủ trì, chủ tọa, chair, preside, presided]', '    roles: [chủ trì, chair, presided]')
      .replace('Ai là chủ tọa hội nghị bộ trưởng ngoại giao ASEAN 53?]', 'Ai là chủ tọa hội nghị bộ trưởng ngoại giao ASEAN 53?, Ai cầm trịch hội nghị bộ trưởng ngoại giao ASEAN 53?]')
      .replace(
      'en: [How many delegations attended AMM 53?]\n    gives: [howMany]',
      'en: [How many delegations attended AMM 53?, When did the delegations arrive?, When was AMM 53 held?]\n    gives: [howMany, when]\n    event: [AMM 53]',
    );
    writeFileSync(file, yaml);
    const r = run('facts', 'check', '--dir', 'facts');
    expect(r.status).toBe(1);
    const line = yaml.split('\n').indexOf('  - id: amm53-delegations') + 1;
    expect(r.stderr).toContain(`${join('facts', 'articles', 'sample.yaml')}:${line}: fact "amm53-delegations": the question "When did the delegations arrive?" asks when or where but names none of its event names`);
    // The question naming the event passes.
    expect(r.stderr).not.toContain('When was AMM 53 held?');
    // "Ai cầm trịch" names none of amm53-chair's roles; "Who presided over" does (by stem), and "chủ tọa" does as a
    // synonym of its role "chủ trì".
    expect(r.stderr).toContain('fact "amm53-chair": the question "Ai cầm trịch hội nghị bộ trưởng ngoại giao ASEAN 53?" asks who but names none of its titles, nor one of its roles together with its event');
    expect(r.stderr).not.toContain('Who presided over');
    expect(r.stderr).not.toContain('Ai là chủ tọa');
    expect(r.stderr).toContain('facts check: 2 problem(s)');
  });

  it('exits 1 when a curated question asks a kind of value its fact does not give', () => {
    goodTable();
    const file = join(tmp, 'facts', 'articles', 'sample.yaml');
    const yaml = readFileSync(file, 'utf8').replace('en: [How many delegations attended AMM 53?]', 'en: [How many delegations attended AMM 53?, Why did the delegations attend AMM 53?]');
    writeFileSync(file, yaml);
    const r = run('facts', 'check', '--dir', 'facts');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('fact "amm53-delegations": the question "Why did the delegations attend AMM 53?" asks why, which the fact does not give');
    expect(r.stderr).toContain('facts check: 1 problem(s)');
  });

  it('exits 1 when the fact folder is missing', () => {
    const r = run('facts', 'check', '--dir', 'nowhere');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`${join('nowhere', 'articles')}:1: the fact folder is missing`);
  });
});

describe('briefing facts export', () => {
  it('prints one JSON array whose facts carry their resolved sources', () => {
    goodTable();
    const r = run('facts', 'export', '--json', '--dir', 'facts');
    expect(r.status).toBe(0);
    const facts = JSON.parse(r.stdout) as { id: string; kind: string; answer: { vi: string; en: string }; sources: CitedSource[] }[];
    expect(Array.isArray(facts)).toBe(true);
    expect(facts.map((f) => f.id)).toEqual(expect.arrayContaining(['amm53-chair', 'amm53-delegations', 'term-amm']));
    const chair = facts.find((f) => f.id === 'amm53-chair');
    expect(chair).toMatchObject({ kind: 'fact', answer: { en: expect.stringContaining('Pham Binh Minh') } });
    expect(chair?.sources).toEqual([SAMPLE_SOURCE]);
    expect(facts.find((f) => f.id === 'term-amm')?.sources.map((s) => s.outlet)).toEqual(['Báo Mẫu']);
  });
});
