// loadFacts with a cache folder serves the compiled table while every fact file is unchanged, and never a stale,
// corrupt or partial one; `briefing ask` uses it and answers the same either way.
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { FactTable } from '../src/facts/fact-table.js';
import { FactTableError, loadFacts, type FactProblem } from '../src/facts/load-facts.js';
import { buildCli } from './helpers/build-cli.js';

const FIXTURE = join(process.cwd(), 'tests', 'fixtures', 'facts');

let tmp: string;
let facts: string;
let cacheDir: string;
beforeEach(() => {
  tmp = mkdtempSync(join(tmpdir(), 'briefing-cache-'));
  facts = join(tmp, 'facts');
  cacheDir = join(tmp, 'cache');
  cpSync(FIXTURE, facts, { recursive: true });
});
afterEach(() => rmSync(tmp, { recursive: true, force: true }));

const load = (options: { cacheDir?: string; cwd?: string } = { cacheDir }) => loadFacts({ dir: facts, cwd: tmp, ...options });
const cacheFiles = () => readdirSync(cacheDir).filter((n) => n.endsWith('.json'));
const cachePath = () => join(cacheDir, cacheFiles()[0]!);

function expectSameTable(a: FactTable, b: FactTable): void {
  for (const k of ['sources', 'facts', 'glossary', 'byId', 'sourceById', 'origins'] as const) expect(isDeepStrictEqual(a[k], b[k]), k).toBe(true);
}

/** Replaces text in a file, keeping its size and modification time: only its content tells the change. */
function editInPlace(path: string, from: string, to: string): void {
  expect(to.length).toBe(from.length);
  const { atime, mtime, size } = statSync(path);
  writeFileSync(path, readFileSync(path, 'utf8').replace(from, to));
  utimesSync(path, atime, mtime);
  expect(statSync(path).size).toBe(size);
}

function problemsOf(options: { cacheDir?: string }): FactProblem[] {
  try {
    load(options);
  } catch (e) {
    expect(e).toBeInstanceOf(FactTableError);
    return (e as FactTableError).problems;
  }
  throw new Error('loadFacts did not throw');
}

describe('a fact-table cache', () => {
  it('gives the same table as parsing, from the real fact folder too', () => {
    expectSameTable(load(), load({}));
    expect(cacheFiles()).toHaveLength(1);
    expectSameTable(load(), load({}));

    const real = { dir: join(process.cwd(), 'facts') };
    const fresh = loadFacts(real);
    loadFacts({ ...real, cacheDir });
    expectSameTable(loadFacts({ ...real, cacheDir }), fresh);
  });

  it('serves the second load from the cache file, and ignores a file written for other content or code', () => {
    load();
    const cached = JSON.parse(readFileSync(cachePath(), 'utf8')) as { key: string; facts: { answer: { en: string } }[] };
    cached.facts[0]!.answer.en = 'From the cache.';
    writeFileSync(cachePath(), JSON.stringify(cached));
    expect(load().facts[0]!.answer.en).toBe('From the cache.');

    writeFileSync(cachePath(), JSON.stringify({ ...cached, key: 'another version' }));
    expect(load().facts[0]!.answer.en).toMatch(/^Deputy Prime Minister/);
  });

  it('sees an edit of any fact file even when its size and modification time are unchanged', () => {
    load();
    editInPlace(join(facts, 'articles', 'sample.yaml'), 'AMM 53 có 27 đoàn', 'AMM 53 có 28 đoàn');
    expect(load().byId.get('amm53-delegations')?.answer.vi).toBe('AMM 53 có 28 đoàn tham dự.');
    editInPlace(join(facts, 'glossary.yaml'), 'held every year', 'held yearly too');
    expect(load().byId.get('term-amm')?.answer.en).toBe("AMM is the ASEAN Foreign Ministers' Meeting, held yearly too.");
    expectSameTable(load(), load({}));
  });

  it('sees a fact file added or removed', () => {
    load();
    const extra = join(facts, 'articles', 'zz-extra.yaml');
    writeFileSync(extra, readFileSync(join(facts, 'articles', 'sample.yaml'), 'utf8').replace(/^sources:[\s\S]*?^facts:/m, 'facts:').replaceAll('id: amm53-', 'id: extra-'));
    expect(load().byId.has('extra-chair')).toBe(true);
    rmSync(extra);
    rmSync(join(facts, 'glossary.yaml'));
    const table = load();
    expect(table.byId.has('extra-chair')).toBe(false);
    expect(table.glossary).toEqual([]);
  });

  it('reports problems exactly as without a cache, caches nothing for a broken table, and drops the old table', () => {
    const article = join(facts, 'articles', 'sample.yaml');
    copyFileSync(article, join(tmp, 'good.yaml'));
    writeFileSync(article, readFileSync(article, 'utf8').replace('sources: [sample-amm53]', 'sources: [nowhere]'));
    const problems = problemsOf({});
    expect(problems).toEqual([{ file: join('facts', 'articles', 'sample.yaml'), line: 10, message: 'unknown source id "nowhere"' }]);
    expect(problemsOf({ cacheDir })).toEqual(problems);
    expect(readdirSync(tmp)).not.toContain('cache');

    copyFileSync(join(tmp, 'good.yaml'), article);
    load();
    writeFileSync(article, readFileSync(article, 'utf8').replace('      en: 27 delegations', '      en: en: 27 delegations'));
    expect(problemsOf({ cacheDir })).toEqual(problemsOf({}));
    expect(problemsOf({ cacheDir })[0]).toMatchObject({ line: 28, message: expect.stringMatching(/^YAML: /) });
  });

  it('replaces a corrupt cache file, and loads normally when the cache folder cannot be written', () => {
    load();
    for (const junk of ['', '{"key":', '\u0000\u0001 not json', 'null', '{"key": 1}']) {
      writeFileSync(cachePath(), junk);
      expectSameTable(load(), load({}));
      expect(() => JSON.parse(readFileSync(cachePath(), 'utf8'))).not.toThrow();
    }
    // A folder below a plain file can be neither created nor written, whoever runs the test.
    writeFileSync(join(tmp, 'plain-file'), '');
    expectSameTable(load({ cacheDir: join(tmp, 'plain-file', 'cache') }), load({}));
    expect(readdirSync(cacheDir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('names files relative to the directory it is loaded from, as without a cache', () => {
    load({ cacheDir, cwd: tmp });
    expect(load({ cacheDir, cwd: facts }).origins.get('amm53-chair')).toEqual({ file: join('articles', 'sample.yaml'), line: 9 });
    expect(load({ cacheDir, cwd: tmp }).origins.get('amm53-chair')).toEqual({ file: join('facts', 'articles', 'sample.yaml'), line: 9 });
  });
});

describe('briefing ask', () => {
  beforeAll(() => buildCli(), 120_000);

  const ask = (env: Record<string, string>, nodeOptions: string[] = []) =>
    spawnSync(process.execPath, [...nodeOptions, 'bin/briefing.js', 'ask', '--json', 'Ai chủ trì AMM 53?'], {
      encoding: 'utf8',
      timeout: 60_000,
      env: { PATH: process.env.PATH ?? '', LOG_LEVEL: 'silent', ...env },
    });

  it('keeps a compiled table in BRIEFING_CACHE_DIR and answers the same from it; "off" keeps none', () => {
    const fresh = ask({ BRIEFING_CACHE_DIR: 'off', HOME: tmp });
    expect(fresh.status).toBe(0);
    expect(JSON.parse(fresh.stdout)).toMatchObject({ answered: true });
    expect(readdirSync(tmp)).toEqual(['facts']);

    const first = ask({ BRIEFING_CACHE_DIR: cacheDir });
    const second = ask({ BRIEFING_CACHE_DIR: cacheDir });
    expect(cacheFiles()).toHaveLength(1);
    expect([first.status, second.status]).toEqual([0, 0]);
    expect(first.stdout).toBe(fresh.stdout);
    expect(second.stdout).toBe(fresh.stdout);
  }, 120_000);

  it('answers from the compiled table without loading the YAML parser', () => {
    const probe = ['--import', join(process.cwd(), 'tests', 'helpers', 'report-yaml.mjs')];
    const first = ask({ BRIEFING_CACHE_DIR: cacheDir }, probe);
    expect(first.stderr).toContain('yaml loaded');
    const cached = ask({ BRIEFING_CACHE_DIR: cacheDir }, probe);
    expect(cached.status).toBe(0);
    expect(cached.stderr).not.toContain('yaml loaded');
  }, 120_000);
});
