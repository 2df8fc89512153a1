// Database faults are loud, end to end through the real Slack app: with the database read-only an @mention is still
// answered (de-duplication fails open, logged) and `/briefing digest on` apologises instead of claiming success; with
// the file deleted while running the same holds, the health check says so, and nothing is reported stored that a
// restart would not find.
import { existsSync, rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../adapters/create-logger.js';
import type { SlackHandle } from '../adapters/slack/index.js';
import { SqliteStore } from '../src/store/SqliteStore.js';
import { BOT_USER, FakeSlack, SlackSender, waitFor } from './helpers/fake-slack.js';
import { startSlackApp, type SlackTestApp } from './helpers/slack-app.js';
import type { TestApp } from './helpers/test-app.js';

const SECRET = 'db-faults-signing-secret';
let running: SlackTestApp;
let fake: FakeSlack;
let dbPath: string;
let app: TestApp;
let slack: SlackHandle;
let sender: SlackSender;
const logLines: string[] = [];
const logged = (msg: string) => logLines.map((l) => JSON.parse(l) as Record<string, unknown>).filter((l) => String(l.msg).includes(msg));

beforeAll(async () => {
  running = await startSlackApp({
    name: 'db-faults',
    botToken: 'xoxb-db-faults',
    signingSecret: SECRET,
    app: { logger: createLogger({ level: 'info', destination: { write: (line: string) => void logLines.push(line) } }) },
  });
  ({ fake, app, slack, sender } = running);
  dbPath = app.context.config.dbPath;
});

afterAll(() => running?.close());

const mention = (channel: string, ts: string) => ({ type: 'app_mention', user: 'UASKER', text: `<@${BOT_USER}> Who chaired AMM 53?`, ts, channel, event_ts: ts });
const health = async () => {
  const res = await fetch(`http://127.0.0.1:${slack.port}/healthz`);
  return { status: res.status, body: (await res.json()) as { ok: boolean; database: { ok: boolean; problem?: string } } };
};
async function digestOn(channel: string): Promise<string> {
  const path = await sender.command('/briefing', 'digest on 07:30 en', { channel });
  const [reply] = await waitFor(() => fake.responsesAt(path).length > 0 && fake.responsesAt(path), `/briefing digest on in ${channel}`);
  return String(reply!.text);
}

describe('a read-only database (disk full takes the same path: SQLite refuses the write)', () => {
  it('answers an @mention anyway: de-duplication fails open for that event, and says so in the log', async () => {
    app.store.db.pragma('query_only = ON');
    await sender.event(mention('CRO', '1700002000.000100'));
    const [answer] = await waitFor(() => fake.posted('chat.postMessage', 'CRO').length > 0 && fake.posted('chat.postMessage', 'CRO'), 'the answer', 5_000);
    expect(String(answer!.body.text)).toContain('Pham Binh Minh');
    expect(logged('event de-duplication could not be recorded')[0]).toMatchObject({ level: 50 });
  });

  it('`/briefing digest on` apologises and stores nothing, instead of answering "on"', async () => {
    const text = await digestOn('CRO');
    expect(text).toContain('could not be saved');
    expect(text).not.toContain('Daily digest on');
    expect(app.store.getSubscription('slack', 'CRO')).toBeUndefined();
    expect(logged('handler failed').some((l) => JSON.stringify(l).includes('StoreError'))).toBe(true);
  });

  it('the health check reports the refused write, until a write goes through again', async () => {
    const bad = await health();
    expect(bad.status).toBe(503);
    expect(bad.body).toMatchObject({ ok: false, database: { ok: false } });
    expect(bad.body.database.problem).toMatch(/readonly|read-only/i);
    app.store.db.pragma('query_only = OFF');
    expect(await digestOn('CRO')).toContain('Daily digest on');
    expect(app.store.getSubscription('slack', 'CRO')).toMatchObject({ time: '07:30' });
    expect((await health()).status).toBe(200);
  });
});

describe('the database file deleted while running', () => {
  it('refuses writes that a restart would lose: the apology, an error in the log and in the health check', async () => {
    for (const f of [dbPath, `${dbPath}-wal`, `${dbPath}-shm`]) rmSync(f, { force: true });
    expect(existsSync(dbPath)).toBe(false);
    const text = await digestOn('CGONE');
    expect(text).toContain('could not be saved');
    const h = await health();
    expect(h.status).toBe(503);
    expect(h.body.database.problem).toContain('is gone');
    // Answers need no database: still answered.
    await sender.event(mention('CGONE', '1700002100.000100'));
    await waitFor(() => fake.posted('chat.postMessage', 'CGONE').length > 0, 'the answer', 5_000);
    // The digest scheduler says why nothing is sent, rather than losing the day quietly.
    const report = await app.briefing.scheduler({ transports: [slack.transport] }).tick();
    expect(report.sends).toEqual([]);
    expect(logged('the database cannot record sends')[0]).toMatchObject({ level: 50 });
  });

  it('a restart on the same path agrees with what the asker was told: the refused subscription is not there', () => {
    const restarted = new SqliteStore(dbPath);
    try {
      expect(restarted.getSubscription('slack', 'CGONE')).toBeUndefined();
      expect(restarted.health()).toEqual({ ok: true });
    } finally {
      restarted.close();
    }
  });
});
