// The curators' loop end to end: `briefing serve` (startServer, as the CLI runs it) with the real Bolt app and discord.js
// client against the fakes on 127.0.0.1, a copy of the fixture fact folder and a real SQLite file in a temp folder, and
// the real CLI beside it. An abstention through Slack shows up in `briefing review --json` with its closest fact;
// `briefing facts add-question` makes the running serve answer it without a restart; an invalid edit keeps the old
// table serving and the log names file:line; SIGHUP reloads; 👎 through Discord shows up with its question; curators
// (and only they) see the review in chat; no user id is in the SQLite file in clear.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../adapters/create-logger.js';
import { createRoot } from '../adapters/root.js';
import { startServer, type Server } from '../adapters/serve.js';
import { buildCli } from './helpers/build-cli.js';
import { ASKER, CHANNEL_ID, FakeDiscord, botMessage } from './helpers/fake-discord.js';
import { FakeSlack, SlackSender, waitFor } from './helpers/fake-slack.js';
import { testConfig } from './helpers/fixtures.js';

const ROOT = resolve(import.meta.dirname, '..');
const TOKEN = 'xoxb-curation-token';
const SECRET = 'curation-signing-secret';
/** Asked through Slack: the engine abstains on it over the fixture table, its closest fact being amm53-chair. */
const QUESTION = 'Ai dẫn dắt AMM 53?';
const DISCORD_CURATOR = '100000000000000077';

let slack: FakeSlack;
let discord: FakeDiscord;
let tmp: string;
let factsDir: string;
let dbPath: string;
let server: Server;
let sender: SlackSender;
const logs: { msg: string; [key: string]: unknown }[] = [];

beforeAll(async () => {
  await buildCli();
  slack = new FakeSlack();
  await slack.start();
  discord = new FakeDiscord();
  await discord.start();
  tmp = mkdtempSync(join(tmpdir(), 'briefing-loop-'));
  factsDir = join(tmp, 'facts');
  cpSync(join(ROOT, 'tests/fixtures/facts'), factsDir, { recursive: true });
  dbPath = join(tmp, 'briefing.db');
  const config = testConfig({
    slack: { botToken: TOKEN, signingSecret: SECRET, port: 0, apiUrl: slack.apiUrl },
    discord: { token: 'curation-discord-token', apiUrl: discord.apiUrl },
    dbPath,
    factsDir,
    admins: ['UCURATOR', DISCORD_CURATOR],
  });
  const logger = createLogger({ level: 'info', destination: { write: (line: string) => void logs.push(JSON.parse(line)) } });
  server = await startServer(createRoot({ config, logger }), { host: '127.0.0.1' });
  sender = new SlackSender(`http://127.0.0.1:${(server.adapters[0] as unknown as { port: number }).port}`, SECRET, slack);
}, 120_000);

afterAll(async () => {
  await server?.stop();
  await slack?.close();
  await discord?.close();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

/** The real CLI over the same database and fact folder, run from the temp folder. */
function cli(...args: string[]) {
  const r = spawnSync(process.execPath, [join(ROOT, 'bin', 'briefing.js'), ...args], {
    cwd: tmp,
    env: { PATH: process.env.PATH, HOME: tmp, BRIEFING_DB: dbPath, BRIEFING_FACTS_DIR: factsDir, BRIEFING_CACHE_DIR: 'off', LOG_LEVEL: 'silent' },
    encoding: 'utf8',
    timeout: 30_000,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Asks through Slack's /ask and returns the reply posted to its response_url. */
async function slackAsk(text: string, user = 'UASKER', channel = 'CLOOP'): Promise<Record<string, unknown>> {
  const path = await sender.command('/ask', text, { user, channel });
  const [reply] = await waitFor(() => slack.responsesAt(path).length > 0 && slack.responsesAt(path), `the reply to “${text}”`);
  return reply!;
}

/** Waits for a log line with this message after the `from`-th line; returns it. */
const logged = (msg: string, from: number, timeoutMs = 5000) => waitFor(() => logs.slice(from).find((l) => l.msg === msg), `the log line “${msg}”`, timeoutMs);

describe('the curators’ loop through briefing serve', () => {
  it('records an abstention from Slack, and `briefing review --json` lists it with its closest fact', async () => {
    const reply = await slackAsk(QUESTION);
    expect(reply.response_type).toBe('ephemeral');
    expect(String(reply.text)).toMatch(/^Bảng dữ kiện hiện chưa có thông tin để trả lời câu hỏi này\./);

    const r = cli('review', '--json', '--lang', 'en');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const review = JSON.parse(r.stdout);
    expect(review.unanswered).toEqual([
      expect.objectContaining({ n: 1, wording: QUESTION, language: 'vi', count: 1, askers: 1, closest: { id: 'amm53-chair', question: 'Ai chủ trì AMM 53?', confidence: expect.any(Number) } }),
    ]);
    // "dẫn dắt" names none of amm53-chair's roles ("chủ trì", "chair"...): the fact could not answer it at all.
    expect(review.unanswered[0].closest.confidence).toBe(0);
    expect(review.figures).toMatchObject({ questions: 1, answered: 0, byPlatform: [{ key: 'slack', questions: 1, answered: 0, share: 0 }] });
  });

  it('answers that same question through Slack after `briefing facts add-question`, without a restart', async () => {
    const from = logs.length;
    const r = cli('facts', 'add-question', 'amm53-chair', QUESTION);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^Đã thêm “Ai dẫn dắt AMM 53\?” \(vi\) vào amm53-chair, facts\/articles\/sample\.yaml:\d+\./);
    await logged('fact table reloaded', from);

    const reply = await slackAsk(QUESTION);
    expect(reply.response_type).toBe('in_channel');
    expect(JSON.stringify(reply)).toContain('Phạm Bình Minh chủ trì AMM 53');
    // The review no longer lists it: the table answers it now.
    const review = JSON.parse(cli('review', '--json').stdout);
    expect(review.unanswered).toEqual([]);
    expect(review.figures.resolved).toBe(1);
  });

  it('keeps the old table serving when an edit is invalid, naming file:line in the log; a fixed file is served, SIGHUP reloads too', async () => {
    const file = join(factsDir, 'articles', 'sample.yaml');
    const good = readFileSync(file, 'utf8');
    const bad = good.replace('    gives: [who]', '    gives: [whom]');
    const badLine = bad.split('\n').indexOf('    gives: [whom]') + 1;
    expect(badLine).toBeGreaterThan(0);

    let from = logs.length;
    writeFileSync(file, bad);
    const refused = await logged('fact table not reloaded: it has problems, the previous table goes on serving', from);
    expect(refused.problems).toEqual(expect.arrayContaining([expect.stringMatching(new RegExp(`facts/articles/sample\\.yaml:${badLine}: facts\\.0\\.gives\\.0: `))]));
    // Still the table with the added question.
    expect((await slackAsk(QUESTION)).response_type).toBe('in_channel');

    from = logs.length;
    writeFileSync(file, good);
    // Questions asked while the fixed file is read and indexed are all answered: none is dropped.
    const replies = await Promise.all(['Who chaired AMM 53?', 'Who chaired AMM 53?', 'How many delegations attended AMM 53?', QUESTION].map((q) => slackAsk(q)));
    expect(replies.map((r) => r.response_type)).toEqual(['in_channel', 'in_channel', 'in_channel', 'in_channel']);
    await logged('fact table reloaded', from);

    from = logs.length;
    process.emit('SIGHUP', 'SIGHUP');
    expect(logs.slice(from).find((l) => l.msg === 'fact table: reloading')).toMatchObject({ why: 'SIGHUP' });
    await logged('fact table reloaded', from);
  });

  it('records a 👎 through Discord with its question, and `briefing review` shows it with the fact given', async () => {
    const asked = await discord.interact(discord.interaction(2, { id: '300', name: 'ask', type: 1, options: [{ name: 'question', type: 3, value: 'Who chaired AMM 53?' }] }));
    expect(asked.body.data.embeds[0].title).toBe('Who chaired AMM 53?');
    const message = botMessage(discord.snowflake(), CHANNEL_ID, { embeds: asked.body.data.embeds, components: asked.body.data.components, type: 20 });
    const voted = await discord.interact(discord.interaction(3, { custom_id: 'fb:down:amm53-chair', component_type: 2 }, { message }));
    expect(voted.body.data.flags).toBe(64);

    const r = cli('review', '--lang', 'en');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Answers marked 👎: 1');
    expect(r.stdout).toContain('• amm53-chair ×1: asked “Who chaired AMM 53?”; answered with “Who chaired AMM 53?”');
    expect(r.stdout).toMatch(/By platform: slack \d+ \(\d+% answered\), discord 1 \(100% answered\)/);
  });

  it('shows the week’s unanswered questions in chat to the listed curators only, privately', async () => {
    await slackAsk('Which dignitary was the host of AMM 53?');
    const curator = await sender.command('/briefing', 'review en', { user: 'UCURATOR' });
    const [shown] = await waitFor(() => slack.responsesAt(curator).length > 0 && slack.responsesAt(curator), 'the review in Slack');
    expect(shown!.response_type).toBe('ephemeral');
    expect(String(shown!.text)).toContain('Unanswered questions, last 7 days');
    expect(String(shown!.text)).toMatch(/1\. “Which dignitary was the host of AMM 53\?” ×1 \(en; askers: 1\); closest: amm53-chair/);

    const member = await sender.command('/briefing', 'review', { user: 'UASKER' });
    const [refused] = await waitFor(() => slack.responsesAt(member).length > 0 && slack.responsesAt(member), 'the refusal in Slack');
    expect(refused!.response_type).toBe('ephemeral');
    expect(String(refused!.text)).toContain('BRIEFING_ADMINS');

    const review = { id: '301', name: 'briefing', type: 1, options: [{ name: 'review', type: 1 }] };
    const fromCurator = discord.interaction(2, review);
    fromCurator.member.user = { ...ASKER, id: DISCORD_CURATOR };
    const curatorReq = await discord.interact(fromCurator);
    expect(curatorReq.body.data.flags).toBe(64);
    expect(curatorReq.body.data.embeds[0].title).toBe('Unanswered questions, last 7 days');
    expect(curatorReq.body.data.embeds[0].description).toContain('Which dignitary was the host of AMM 53?');
    const memberReq = await discord.interact(discord.interaction(2, review));
    expect(memberReq.body.data.flags).toBe(64);
    expect(memberReq.body.data.content).toContain('BRIEFING_ADMINS');
  });

  it('adds a reviewed row’s wording with `briefing review accept N`, and writes the review as an HTML page', async () => {
    const shown = cli('review', '--lang', 'en', '--html', 'review.html');
    expect(shown.status).toBe(0);
    expect(shown.stdout).toContain('1. “Which dignitary was the host of AMM 53?” ×1 (en; askers: 1)');
    expect(shown.stdout).toContain('To add row N’s wording to its fact: briefing review accept N [FACT-ID]');
    const page = readFileSync(join(tmp, 'review.html'), 'utf8');
    expect(page).toContain('<svg');
    expect(page).toContain('Which dignitary was the host of AMM 53?');

    expect(cli('review', 'accept', '9').stderr.trim()).toBe('briefing: The latest review has no row 9: run the review again.');
    const from = logs.length;
    const accepted = cli('review', 'accept', '1');
    expect(accepted.stderr).toBe('');
    expect(accepted.stdout).toMatch(/^Added “Which dignitary was the host of AMM 53\?” \(en\) to amm53-chair, facts\/articles\/sample\.yaml:\d+\.\nThe answer to this wording now:\nDeputy Prime Minister/);
    await logged('fact table reloaded', from);
    expect((await slackAsk('Which dignitary was the host of AMM 53?')).response_type).toBe('in_channel');
  });

  it('keeps no user id in clear anywhere in the SQLite file', () => {
    const db = new Database(dbPath, { readonly: true });
    try {
      const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map((t) => t.name);
      const everything = JSON.stringify(tables.map((t) => db.prepare(`SELECT * FROM "${t}"`).all()));
      for (const id of ['UASKER', 'UCURATOR', ASKER.id, DISCORD_CURATOR]) expect(everything).not.toContain(id);
      const hashes = db.prepare('SELECT DISTINCT user_hash FROM asked_questions').all() as { user_hash: string }[];
      // Slack's asker and Discord's, each under its own hash.
      expect(hashes.map((h) => h.user_hash)).toEqual([expect.stringMatching(/^[0-9a-f]{32}$/), expect.stringMatching(/^[0-9a-f]{32}$/)]);
      expect(db.prepare('SELECT count(*) AS n FROM asked_questions WHERE answered = 1 AND question IS NOT NULL').get()).toEqual({ n: 0 });
    } finally {
      db.close();
    }
  });
});
