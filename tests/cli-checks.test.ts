// The real CLI, spawned: `briefing doctor [--auth]` against fake Slack and Discord APIs, and start-up refusals
// (invalid variables, a malformed fact file) as one clear line each, exit status 2, no stack trace.
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SqliteStore } from '../src/store/SqliteStore.js';
import { buildCli } from './helpers/build-cli.js';
import { FakeDiscord } from './helpers/fake-discord.js';
import { FakeSlack } from './helpers/fake-slack.js';

const SLACK_TOKEN = 'xoxb-doctor-good-token';
const SLACK_SECRET = 'doctor-signing-secret';
const DISCORD_TOKEN = 'doctor-discord-token';
/** A stack trace line as Node prints it. */
const STACK = /^\s+at .+\(.*:\d+:\d+\)|^\s+at .+:\d+:\d+$/m;

let slack: FakeSlack;
let discord: FakeDiscord;
let dir: string;

/** Runs `node bin/briefing.js ...args` with only these variables (no .env in the temp cwd… the repo has none either). */
function cli(args: string[], env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['bin/briefing.js', ...args], { env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', LOG_LEVEL: 'silent', ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

beforeAll(async () => {
  await buildCli();
  slack = new FakeSlack();
  await slack.start();
  slack.validTokens.add(SLACK_TOKEN);
  discord = new FakeDiscord();
  await discord.start();
  dir = mkdtempSync(join(tmpdir(), 'briefing-cli-checks-'));
}, 120_000);

afterAll(async () => {
  await slack?.close();
  await discord?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const good = () => ({
  SLACK_BOT_TOKEN: SLACK_TOKEN, SLACK_SIGNING_SECRET: SLACK_SECRET, SLACK_API_URL: slack.apiUrl,
  DISCORD_TOKEN, DISCORD_API_URL: discord.apiUrl,
  BRIEFING_FACTS_DIR: 'tests/fixtures/facts',
});

function brokenFacts(): string {
  const facts = join(dir, 'broken-facts');
  mkdirSync(join(facts, 'articles'), { recursive: true });
  cpSync('tests/fixtures/facts/glossary.yaml', join(facts, 'glossary.yaml'));
  writeFileSync(join(facts, 'articles', 'broken.yaml'), 'sources:\n  - id: broken\n    title: [unclosed\n  outlet: x\n');
  return facts;
}

describe('briefing doctor', () => {
  it('passes every check with --auth against working Slack and Discord, printing no token', async () => {
    const r = await cli(['doctor', '--auth'], { ...good(), BRIEFING_DB: join(dir, 'fresh', 'briefing.db') });
    expect(r.stderr).toBe('');
    const lines = r.stdout.trim().split('\n');
    expect(lines).toEqual([
      '✓ configuration: valid; platforms: Slack (HTTP on port 3000), Discord',
      expect.stringMatching(/^✓ fact table: tests\/fixtures\/facts: \d+ sources, \d+ facts, \d+ glossary terms$/),
      expect.stringMatching(/^✓ database: .*briefing\.db: not created yet; created, write-locked and removed again as a test$/),
      '✓ slack auth: auth.test ok: bot briefing (UBOTUSER) in workspace Test (T1)',
      '✓ discord auth: GET /users/@me ok: bot briefing (100000000000000002)',
    ]);
    expect(r.code).toBe(0);
    expect(slack.calls.some((c) => c.method === 'auth.test' && c.authorization === `Bearer ${SLACK_TOKEN}`)).toBe(true);
    expect(discord.requests.some((q) => decodeURIComponent(q.path) === '/api/v10/users/@me' && q.authorization === `Bot ${DISCORD_TOKEN}`)).toBe(true);
    expect(r.stdout).not.toContain(SLACK_TOKEN);
    expect(r.stdout).not.toContain(DISCORD_TOKEN);
  });

  it('fails with exit 1 and one ✗ line per refused token, still never printing a token', async () => {
    discord.failNext((m, p) => m === 'GET' && p === '/api/v10/users/@me', 401, {}, { message: '401: Unauthorized', code: 0 });
    const r = await cli(['doctor', '--auth'], { ...good(), SLACK_BOT_TOKEN: 'xoxb-revoked-token', BRIEFING_DB: join(dir, 'a.db') });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('✗ slack auth: auth.test refused the bot token: invalid_auth');
    expect(r.stdout).toMatch(/^✗ discord auth: GET \/users\/@me refused the token: 401 /m);
    expect(r.stdout).toMatch(/^✓ configuration/m);
    expect(r.stdout).not.toMatch(/xoxb-revoked-token|doctor-discord-token/);
  });

  it('reports each invalid variable and each fact-table problem on its own ✗ line, and a migrated database as latest', async () => {
    const dbPath = join(dir, 'existing.db');
    new SqliteStore(dbPath).close();
    const r = await cli(['doctor'], { SLACK_BOT_TOKEN: 'bad', BRIEFING_DIGEST_TIME: '25:00', BRIEFING_FACTS_DIR: brokenFacts(), BRIEFING_DB: dbPath });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('✗ configuration: SLACK_BOT_TOKEN must start with xoxb-');
    expect(r.stdout).toContain('✗ configuration: BRIEFING_DIGEST_TIME must be HH:MM (24-hour)');
    expect(r.stdout).toMatch(/^✗ fact table: .*broken\.yaml:\d+: /m);
    expect(r.stdout).toMatch(/^✓ database: .*existing\.db: opens, writable, schema v\d+ \(latest\)$/m);
    expect(r.stdout).not.toContain('bad\n');
    expect(r.stderr).toBe('');
  });
});

describe('start-up refusals', () => {
  it('`serve` with SLACK_BOT_TOKEN=bad: exit 2, one line naming the variable, no stack trace', async () => {
    const r = await cli(['serve'], { SLACK_BOT_TOKEN: 'bad', SLACK_SIGNING_SECRET: SLACK_SECRET, BRIEFING_DB: join(dir, 'b.db') });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('SLACK_BOT_TOKEN must start with xoxb-');
    expect(r.stderr).not.toMatch(STACK);
    expect(r.stderr).not.toContain(SLACK_SECRET);
  });

  it('`serve` with a malformed fact file: exit 2, the file:line problem, no stack trace, nothing started', async () => {
    const r = await cli(['serve'], { ...good(), BRIEFING_FACTS_DIR: brokenFacts(), BRIEFING_DB: join(dir, 'c.db') });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/broken\.yaml:\d+: /);
    expect(r.stderr).not.toMatch(STACK);
    expect(r.stderr).not.toContain(SLACK_TOKEN);
  });
});
