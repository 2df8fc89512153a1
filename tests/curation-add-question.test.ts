// `briefing facts add-question`: a wording added to a fact in its YAML file with nothing else in the file changed (flow
// and block lists, a glossary definition without questions), unknown ids and duplicates refused, the table checked, and
// the engine answering the wording afterwards; through the application and the real CLI, on copies of the fact folders.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { Briefing } from '../src/app/Briefing.js';
import { createEngine } from '../src/engine/create-engine.js';
import { addQuestionToFile } from '../src/facts/add-question.js';
import { FactTableError, loadFacts } from '../src/facts/load-facts.js';
import { fixedClock } from '../src/model/clock.js';
import { silentLogger } from '../src/model/logger.js';
import { SqliteStore } from '../src/store/SqliteStore.js';
import { buildCli } from './helpers/build-cli.js';
import { refusal } from './helpers/refusal.js';

const ROOT = resolve(import.meta.dirname, '..');
/** A wording the engine abstains on over the fixture table (its closest fact is amm53-chair). */
const NEW_WORDING = 'Ai dẫn dắt AMM 53?';

let tmp: string;
let dir: string;
beforeEach(() => {
  tmp = mkdtempSync(join(tmpdir(), 'briefing-addq-'));
  dir = join(tmp, 'facts');
  cpSync(join(ROOT, 'tests/fixtures/facts'), dir, { recursive: true });
});
afterEach(() => rmSync(tmp, { recursive: true, force: true }));

const sample = () => join(dir, 'articles', 'sample.yaml');

/** The lines of `after` that are not in `before` at the same place, given that `after` only inserts or edits. */
function changedLines(before: string, after: string): { removed: string[]; added: string[] } {
  const a = before.split('\n');
  const b = after.split('\n');
  let head = 0;
  while (head < a.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  return { removed: a.slice(head, a.length - tail), added: b.slice(head, b.length - tail) };
}

function briefingOver(factsDir: string): { briefing: Briefing; store: SqliteStore } {
  const table = loadFacts({ dir: factsDir });
  const store = new SqliteStore(':memory:');
  const briefing = new Briefing({
    settings: { maxQuestionLength: 500, rateLimit: { userPerMinute: 100, channelPerMinute: 100 }, digestTime: '07:30', timezone: 'Asia/Ho_Chi_Minh' },
    table,
    engine: createEngine(table),
    store,
    clock: fixedClock('2026-11-23T01:00:00Z'),
    logger: silentLogger,
    facts: { load: () => loadFacts({ dir: factsDir }), index: createEngine, addQuestion: (edit) => addQuestionToFile({ dir: factsDir, ...edit }) },
  });
  return { briefing, store };
}

describe('addQuestionToFile', () => {
  it('adds to a flow list on its own line and changes nothing else in the file', () => {
    const before = readFileSync(sample(), 'utf8');
    const added = addQuestionToFile({ dir, factId: 'amm53-chair', language: 'vi', wording: NEW_WORDING, cwd: tmp });
    const after = readFileSync(sample(), 'utf8');
    expect(changedLines(before, after)).toEqual({
      removed: ['      vi: [Ai chủ trì AMM 53?, Ai là chủ tọa hội nghị bộ trưởng ngoại giao ASEAN 53?]'],
      added: [`      vi: [Ai chủ trì AMM 53?, Ai là chủ tọa hội nghị bộ trưởng ngoại giao ASEAN 53?, ${NEW_WORDING}]`],
    });
    expect(added.file).toBe(join('facts', 'articles', 'sample.yaml'));
    expect(after.split('\n')[added.line - 1]).toContain(NEW_WORDING);
    expect(added.table.byId.get('amm53-chair')!.questions.vi).toContain(NEW_WORDING);
  });

  it('quotes a wording that would not read back as itself in a flow list', () => {
    addQuestionToFile({ dir, factId: 'amm53-chair', language: 'en', wording: 'AMM 53: who chaired it, then?', cwd: tmp });
    expect(readFileSync(sample(), 'utf8')).toContain(`Who presided over the 53rd ASEAN Foreign Ministers' Meeting?, "AMM 53: who chaired it, then?"]`);
    expect(loadFacts({ dir }).byId.get('amm53-chair')!.questions.en.at(-1)).toBe('AMM 53: who chaired it, then?');
  });

  it('adds one "- item" line to a block list of the real table, comments and folded answers untouched', () => {
    const real = join(tmp, 'real');
    cpSync(join(ROOT, 'facts'), real, { recursive: true });
    const file = join(real, 'articles', '000_45043e5635fbb40e.yaml');
    const before = readFileSync(file, 'utf8');
    const { line } = addQuestionToFile({ dir: real, factId: 'aured7-dialogue-opening', language: 'en', wording: 'On which day did AURED 7 begin?', cwd: tmp });
    const after = readFileSync(file, 'utf8');
    expect(changedLines(before, after)).toEqual({ removed: [], added: ['        - On which day did AURED 7 begin?'] });
    expect(after.split('\n')[line - 1]).toBe('        - On which day did AURED 7 begin?');
    // The line before is the list's last English question.
    const lastBefore = loadFacts({ dir: join(ROOT, 'facts') }).byId.get('aured7-dialogue-opening')!.questions.en.at(-1);
    expect(after.split('\n')[line - 2]).toBe(`        - ${lastBefore}`);
  });

  it('adds names to the fact\'s roles in their list and starts an event list the fact lacks, nothing else changed', () => {
    const before = readFileSync(sample(), 'utf8');
    const { table } = addQuestionToFile({ dir, factId: 'amm53-chair', language: 'vi', wording: 'Ai dẫn dắt phiên khai mạc AMM 53?', names: { roles: ['dẫn dắt'], event: ['phiên khai mạc'] }, cwd: tmp });
    const after = readFileSync(sample(), 'utf8').split('\n');
    // Three lines edited or added: the question, the roles list, and a new event list after the fact's last field.
    expect(after.filter((l) => !before.split('\n').includes(l))).toEqual([
      '      vi: [Ai chủ trì AMM 53?, Ai là chủ tọa hội nghị bộ trưởng ngoại giao ASEAN 53?, Ai dẫn dắt phiên khai mạc AMM 53?]',
      '    roles: [chủ trì, chủ tọa, chair, preside, presided, dẫn dắt]',
      '    event: [phiên khai mạc]',
    ]);
    expect(after.length).toBe(before.split('\n').length + 1);
    const fact = table.byId.get('amm53-chair')!;
    expect(fact.roles).toEqual(['chủ trì', 'chủ tọa', 'chair', 'preside', 'presided', 'dẫn dắt']);
    expect(fact.event).toEqual(['phiên khai mạc']);
    expect(fact.questions.vi.at(-1)).toBe('Ai dẫn dắt phiên khai mạc AMM 53?');
  });

  it('gives a glossary definition without questions its first one', () => {
    const glossary = join(dir, 'glossary.yaml');
    const before = readFileSync(glossary, 'utf8');
    const { table } = addQuestionToFile({ dir, factId: 'term-amm', language: 'en', wording: 'What does AMM stand for?', cwd: tmp });
    expect(changedLines(before, readFileSync(glossary, 'utf8'))).toEqual({ removed: [], added: ['    questions: { en: [What does AMM stand for?] }'] });
    expect(table.byId.get('term-amm')!.questions.en).toContain('What does AMM stand for?');
  });

  it('refuses an unknown id and writes nothing', () => {
    const before = readFileSync(sample(), 'utf8');
    expect(refusal(() => addQuestionToFile({ dir, factId: 'no-such-fact', language: 'en', wording: 'Anything?' })).identifier).toBe('UnknownFact');
    expect(readFileSync(sample(), 'utf8')).toBe(before);
  });

  it('writes nothing when the table with the edit does not pass its checks', () => {
    // Another file already breaks the table: the edit is checked with the whole table, so it is not written either.
    cpSync(join(dir, 'articles', 'sample.yaml'), join(dir, 'articles', 'copy.yaml'));
    const before = readFileSync(sample(), 'utf8');
    expect(() => addQuestionToFile({ dir, factId: 'amm53-delegations', language: 'en', wording: 'How big was AMM 53?', cwd: tmp })).toThrow(FactTableError);
    expect(readFileSync(sample(), 'utf8')).toBe(before);
  });
});

describe('Briefing.addQuestion', () => {
  it('refuses a wording the fact already has, compared without case, diacritics or punctuation', () => {
    const { briefing, store } = briefingOver(dir);
    const before = readFileSync(sample(), 'utf8');
    const error = refusal(() => briefing.addQuestion({ factId: 'amm53-chair', wording: 'ai chu tri amm 53' }));
    expect(error.identifier).toBe('DuplicateQuestion');
    expect(error.reply('en')).toBe('amm53-chair already has this wording: “Ai chủ trì AMM 53?”.');
    expect(refusal(() => briefing.addQuestion({ factId: 'amm53-chair', wording: 'WHO CHAIRED AMM-53' })).identifier).toBe('DuplicateQuestion');
    expect(refusal(() => briefing.addQuestion({ factId: 'nope', wording: 'Anything?' })).identifier).toBe('UnknownFact');
    expect(readFileSync(sample(), 'utf8')).toBe(before);
    store.close();
  });

  it('makes a wording the engine abstained on answered with that fact, in the language it reads', () => {
    const { briefing, store } = briefingOver(dir);
    expect(briefing.answer(NEW_WORDING).answered).toBe(false);
    const added = briefing.addQuestion({ factId: 'amm53-chair', wording: NEW_WORDING });
    expect(added).toMatchObject({ factId: 'amm53-chair', language: 'vi', wording: NEW_WORDING, file: expect.stringMatching(/sample\.yaml$/) });
    expect(added.answer.answered).toBe(true);
    expect(added.answer.facts[0]?.id).toBe('amm53-chair');
    // The application serves the new table from now on.
    expect(briefing.answer(NEW_WORDING).facts[0]?.id).toBe('amm53-chair');
    store.close();
  });
});

describe('briefing facts add-question (CLI)', () => {
  beforeAll(() => buildCli(), 120_000);

  const run = (...args: string[]) =>
    spawnSync(process.execPath, [join(ROOT, 'bin', 'briefing.js'), 'facts', 'add-question', ...args], {
      cwd: tmp,
      env: { PATH: process.env.PATH, HOME: tmp, BRIEFING_FACTS_DIR: dir, BRIEFING_DB: join(tmp, 'b.db'), BRIEFING_CACHE_DIR: 'off', LOG_LEVEL: 'silent' },
      encoding: 'utf8',
      timeout: 30_000,
    });

  it('prints where the wording went and the answer it gets now; refuses a duplicate with exit status 1', () => {
    const r = run('amm53-chair', NEW_WORDING);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^Đã thêm “Ai dẫn dắt AMM 53\?” \(vi\) vào amm53-chair, facts\/articles\/sample\.yaml:\d+\.$/);
    // "dẫn dắt" names the part the fact's roles call "chủ trì": it is added to them, or the engine would go on refusing.
    expect(lines[1]).toBe('Cũng đã thêm vào roles của amm53-chair: “dẫn dắt” (cách hỏi này gọi tên như vậy).');
    expect(readFileSync(join(dir, 'articles', 'sample.yaml'), 'utf8')).toContain('roles: [chủ trì, chủ tọa, chair, preside, presided, dẫn dắt]');
    expect(lines[2]).toBe('Câu trả lời cho cách hỏi này bây giờ:');
    expect(lines[3]).toContain('Phạm Bình Minh chủ trì AMM 53');
    expect(r.stdout).not.toContain('Lưu ý');

    const again = run('amm53-chair', 'ai dan dat AMM 53', '--lang', 'vi');
    expect(again.status).toBe(1);
    expect(again.stderr.trim()).toBe('briefing: amm53-chair already has this wording: “Ai dẫn dắt AMM 53?”.');
    expect(run('no-such-fact', 'What?').stderr.trim()).toBe('briefing: The fact table has no “no-such-fact”.');
  }, 60_000);
});
