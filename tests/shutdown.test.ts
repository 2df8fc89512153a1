// Graceful shutdown of the real CLI: `briefing serve` (Slack HTTP mode against a fake Web API) gets SIGTERM while a
// reply is in flight; the reply still goes out, the process exits 0, and the SQLite file is whole afterwards.
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCli } from './helpers/build-cli.js';
import { FakeSlack, SlackSender, waitFor } from './helpers/fake-slack.js';
import { freePort } from './helpers/serve-process.js';

const SECRET = 'shutdown-signing-secret';
const TOKEN = 'xoxb-shutdown-token';

let fake: FakeSlack;
let dir: string;
let child: ChildProcess;
let stderr = '';

beforeAll(async () => {
  await buildCli();
  fake = new FakeSlack();
  await fake.start();
  dir = mkdtempSync(join(tmpdir(), 'briefing-shutdown-'));
}, 120_000);

afterAll(async () => {
  if (child && child.exitCode === null) child.kill('SIGKILL');
  await fake?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('briefing serve', () => {
  it('on SIGTERM finishes the in-flight reply, stops, closes the database and exits 0', async () => {
    const port = await freePort();
    const dbPath = join(dir, 'briefing.db');
    child = spawn(process.execPath, ['bin/briefing.js', 'serve'], {
      env: {
        PATH: process.env.PATH, HOME: process.env.HOME,
        SLACK_BOT_TOKEN: TOKEN, SLACK_SIGNING_SECRET: SECRET, SLACK_PORT: String(port), SLACK_API_URL: fake.apiUrl,
        BRIEFING_DB: dbPath, BRIEFING_FACTS_DIR: 'tests/fixtures/facts', LOG_LEVEL: 'info',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stderr!.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
    const exited = once(child, 'exit') as Promise<[number | null, NodeJS.Signals | null]>;
    await waitFor(() => stderr.includes('briefing is serving'), 'the server to start', 15_000);

    const sender = new SlackSender(`http://127.0.0.1:${port}`, SECRET, fake);
    const on = await sender.command('/briefing', 'digest on 08:15 en', { channel: 'CKEEP' });
    await waitFor(() => fake.responsesAt(on).length > 0, 'digest on');

    // The next reply's POST to response_url is held for 1.5 s: SIGTERM arrives while it is in flight.
    fake.responseDelayMs = 1500;
    const ask = await sender.command('/ask', 'Who chaired AMM 53?');
    await waitFor(() => fake.responsesStarted.includes(ask), 'the reply to start');
    child.kill('SIGTERM');
    const [code, signal] = await exited;

    expect({ code, signal }).toEqual({ code: 0, signal: null });
    expect(fake.responsesAt(ask)).toHaveLength(1);
    expect(JSON.stringify(fake.responsesAt(ask)[0])).toContain('Pham Binh Minh');
    const lines = stderr.split('\n').filter(Boolean).map((l) => JSON.parse(l) as { msg: string });
    const msgs = lines.map((l) => l.msg);
    expect(msgs).toContain('shutting down');
    // Order: the reply finished before the adapter reported stopped, and the database closed last.
    expect(msgs.indexOf('shutting down')).toBeLessThan(msgs.indexOf('slack: stopped'));
    expect(msgs.indexOf('slack: stopped')).toBeLessThan(msgs.indexOf('database closed'));
    expect(lines.find((l) => l.msg === 'slack: stopped')).toMatchObject({ pending: 1, drained: true });
    expect(stderr).not.toContain(TOKEN);
    expect(stderr).not.toContain(SECRET);

    // A clean close checkpoints the WAL: no -wal content is left to recover.
    const wal = `${dbPath}-wal`;
    expect(!existsSync(wal) || statSync(wal).size === 0).toBe(true);
    const db = new Database(dbPath, { readonly: true });
    try {
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(db.prepare('SELECT channel_id, time, language FROM subscriptions').all()).toEqual([{ channel_id: 'CKEEP', time: '08:15', language: 'en' }]);
    } finally {
      db.close();
    }
  }, 60_000);
});
