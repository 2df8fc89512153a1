// The real `briefing serve` (and `briefing digest send`) in child processes against the fake Slack and Discord: a stop
// with a digest send and a reply held open by Slack is bounded and releases the digest, which the next start delivers
// once; a kill -9 between the claim and the platform's answer is reconciled the same day, found if it had gone out and
// sent once if not; Discord closing the gateway with 4004 stops the process cleanly with the database closed.
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { DateTime } from 'luxon';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DIGEST_EVENT_TYPE } from '../adapters/slack/slack-transport.js';
import { SqliteStore } from '../src/store/SqliteStore.js';
import { buildCli } from './helpers/build-cli.js';
import { FakeDiscord } from './helpers/fake-discord.js';
import { BOT_USER, FakeSlack, SlackSender, waitFor } from './helpers/fake-slack.js';
import { freePort, runCli, type CliProcess } from './helpers/serve-process.js';

const SECRET = 'serve-faults-signing-secret';
const TOKEN = 'xoxb-serve-faults-token';

let slack: FakeSlack;
let dir: string;
let dbPath: string;
const running: CliProcess[] = [];

// Subscriptions at 00:00 in a zone where it is now between 02:00 and 22:00, so they are due all test long.
const zone = (() => {
  const hour = new Date().getUTCHours();
  return hour >= 2 && hour < 22 ? 'UTC' : 'Etc/GMT+6';
})();
const today = () => DateTime.now().setZone(zone).toISODate()!;

beforeAll(async () => {
  await buildCli();
  slack = new FakeSlack();
  await slack.start();
  dir = mkdtempSync(join(tmpdir(), 'briefing-serve-faults-'));
  dbPath = join(dir, 'briefing.db');
}, 120_000);

afterEach(() => {
  for (const p of running.splice(0)) if (p.child.exitCode === null && p.child.signalCode === null) p.child.kill('SIGKILL');
});

afterAll(async () => {
  await slack?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** Subscribes Slack channels as if days ago (so today's digest is due), straight into the database file. */
function subscribe(...channels: string[]): void {
  const store = new SqliteStore(dbPath);
  try {
    for (const channelId of channels) {
      store.upsertSubscription({ platform: 'slack', channelId, workspaceId: 'T1', time: '00:00', timezone: zone, language: 'en' }, new Date(Date.now() - 2 * 86_400_000));
    }
  } finally {
    store.close();
  }
}

function digestRow(channelId: string): { status: string; lease_until: string | null } | undefined {
  const db = new Database(dbPath, { readonly: true });
  try {
    return db.prepare('SELECT status, lease_until FROM digest_sends WHERE platform = ? AND channel_id = ? AND local_date = ?').get('slack', channelId, today()) as never;
  } finally {
    db.close();
  }
}

const slackEnv = (port: number) => ({ SLACK_BOT_TOKEN: TOKEN, SLACK_SIGNING_SECRET: SECRET, SLACK_PORT: String(port), SLACK_API_URL: slack.apiUrl, BRIEFING_DB: dbPath });
const start = (args: string[], env: Record<string, string>) => {
  const p = runCli(args, env);
  running.push(p);
  return p;
};
const inHistory = (channel: string) => slack.withMetadata(channel, DIGEST_EVENT_TYPE);
const heldIn = (channel: string) => slack.held.filter((c) => c.method === 'chat.postMessage' && c.body.channel === channel);

describe('a stop while Slack holds calls open', () => {
  it('is bounded: the held reply and digest are cut short and logged, the digest released; the next start sends it once', async () => {
    subscribe('CHELD');
    slack.hold({ method: 'chat.postMessage', channel: 'CHELD' });
    slack.hold({ method: 'chat.postMessage', channel: 'CREPLY' });
    const port = await freePort();
    const first = start(['serve'], slackEnv(port));
    await first.waitForLog('briefing is serving');
    await waitFor(() => heldIn('CHELD').length > 0, 'the digest send to be held');
    await new SlackSender(`http://127.0.0.1:${port}`, SECRET, slack).event({ type: 'app_mention', user: 'UASKER', text: `<@${BOT_USER}> Who chaired AMM 53?`, ts: '1700003000.000100', channel: 'CREPLY', event_ts: '1700003000.000100' });
    await waitFor(() => heldIn('CREPLY').length > 0, 'the reply to be held');

    const signalled = Date.now();
    first.child.kill('SIGTERM');
    const exit = await first.exit(40_000);
    console.info(`[figures] SIGTERM with a digest and a reply held open by Slack: exited ${exit.timedOut ? 'never (killed after 40 s)' : `after ${Date.now() - signalled} ms`} (drain 10 s)`);
    expect(exit).toEqual({ code: 0, signal: null, timedOut: false });
    const msgs = first.msgs();
    expect(msgs).toContain('digest cut short by shutdown: its claim is released, and the next start looks in the channel before sending');
    expect(first.lines().find((l) => l.msg === 'slack: replies cut short by shutdown')).toMatchObject({ cutShort: 1 });
    expect(msgs.indexOf('shutting down')).toBeLessThan(msgs.indexOf('database closed'));
    const released = digestRow('CHELD')!;
    expect(released.status).toBe('claimed');
    expect(Date.parse(released.lease_until!)).toBeLessThanOrEqual(Date.now());
    expect(inHistory('CHELD')).toHaveLength(0);

    // Slack answers again; the next start takes the released claim over at once, finds nothing, sends it once.
    slack.clearHolds();
    const second = start(['serve'], slackEnv(await freePort()));
    await second.waitForLog('digest sent after an interrupted send (it was not in the channel)');
    expect(inHistory('CHELD')).toHaveLength(1);
    expect(digestRow('CHELD')).toMatchObject({ status: 'sent', lease_until: null });
    second.child.kill('SIGTERM');
    expect(await second.exit(20_000)).toMatchObject({ code: 0, timedOut: false });
    expect(inHistory('CHELD')).toHaveLength(1);
  }, 90_000);
});

describe('kill -9 between the claim and the platform\'s answer', () => {
  it('is reconciled the same day by `digest send`: delivered exactly once whether or not the post had gone out', async () => {
    subscribe('CPOSTED', 'CLOST');
    // CPOSTED's post reaches the channel but its answer never comes back; CLOST's never reaches it.
    slack.hold({ method: 'chat.postMessage', channel: 'CPOSTED', posted: true });
    slack.hold({ method: 'chat.postMessage', channel: 'CLOST' });
    const doomed = start(['serve'], slackEnv(await freePort()));
    await doomed.waitForLog('briefing is serving');
    await waitFor(() => heldIn('CPOSTED').length > 0 && heldIn('CLOST').length > 0, 'both digest sends to be held');
    doomed.child.kill('SIGKILL');
    expect(await doomed.exit(10_000)).toMatchObject({ signal: 'SIGKILL' });
    for (const channel of ['CPOSTED', 'CLOST']) expect(digestRow(channel)).toMatchObject({ status: 'claimed' });
    expect(inHistory('CPOSTED')).toHaveLength(1);
    expect(inHistory('CLOST')).toHaveLength(0);

    // The lease (a minute) runs out: rather than wait, the test moves it into the past, as the clock would.
    const db = new Database(dbPath);
    db.prepare("UPDATE digest_sends SET lease_until = ? WHERE status = 'claimed'").run(new Date(Date.now() - 1000).toISOString());
    db.close();
    slack.clearHolds();

    const catchUp = start(['digest', 'send'], slackEnv(await freePort()));
    expect(await catchUp.exit(30_000)).toMatchObject({ code: 0, timedOut: false });
    console.info(`[figures] kill -9 after claim: ${catchUp.stdout().trim()}; CPOSTED ${inHistory('CPOSTED').length} in channel, CLOST ${inHistory('CLOST').length}`);
    expect(catchUp.stdout()).toContain('digest send: 1 sent, 1 already posted, 0 failed');
    expect(inHistory('CPOSTED')).toHaveLength(1);
    expect(inHistory('CLOST')).toHaveLength(1);
    expect(slack.posted('chat.postMessage', 'CPOSTED')).toHaveLength(0);
    expect(digestRow('CPOSTED')).toMatchObject({ status: 'sent' });
    expect(digestRow('CLOST')).toMatchObject({ status: 'sent' });
    const msgs = catchUp.msgs();
    expect(msgs).toContain('digest found in the channel: an interrupted send had gone out; not sent again');
    expect(msgs).toContain('digest sent after an interrupted send (it was not in the channel)');

    // And again later the same day: nothing more.
    const again = start(['digest', 'send'], slackEnv(await freePort()));
    expect(await again.exit(30_000)).toMatchObject({ code: 0 });
    expect(again.stdout()).toContain('digest send: 0 sent');
    expect(inHistory('CPOSTED')).toHaveLength(1);
    expect(inHistory('CLOST')).toHaveLength(1);
  }, 90_000);
});

describe('Discord closing the gateway for good (4004)', () => {
  it('stops the process cleanly: database closed, WAL checkpointed, exit status 1', async () => {
    const discord = new FakeDiscord();
    await discord.start();
    const discordDb = join(dir, 'discord.db');
    try {
      const serve = start(['serve'], { DISCORD_TOKEN: 'serve-faults-discord-token', DISCORD_API_URL: discord.apiUrl, BRIEFING_DB: discordDb });
      await serve.waitForLog('briefing is serving');
      discord.closeGateway(4004);
      const exit = await serve.exit(30_000);
      expect(exit).toEqual({ code: 1, signal: null, timedOut: false });
      const msgs = serve.msgs();
      expect(msgs).toContain('a platform stopped for good: shutting down');
      expect(msgs.indexOf('a platform stopped for good: shutting down')).toBeLessThan(msgs.indexOf('database closed'));
      const wal = `${discordDb}-wal`;
      expect(!existsSync(wal) || statSync(wal).size === 0).toBe(true);
    } finally {
      await discord.close();
    }
  }, 60_000);
});
