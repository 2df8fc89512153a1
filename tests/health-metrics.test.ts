// HEALTH_PORT in every mode: `briefing serve` (startServer, as the CLI runs it) with Slack over HTTP, Slack in Socket
// Mode and Discord alone, against the fakes on 127.0.0.1: /healthz follows each connection, the database and the fact
// table (503 when one is down), /metrics counts questions, latency, digests, platform errors and retries.
import type { AddressInfo } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WebSocketServer, type WebSocket } from 'ws';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createRoot } from '../adapters/root.js';
import { startServer, type Server } from '../adapters/serve.js';
import type { Config } from '../src/config/config.js';
import { SqliteStore } from '../src/store/SqliteStore.js';
import { CHANNEL_ID, FakeDiscord } from './helpers/fake-discord.js';
import { FakeSlack, SlackSender, waitFor } from './helpers/fake-slack.js';
import { testConfig } from './helpers/fixtures.js';

const TOKEN = 'xoxb-health-token';
const SECRET = 'health-signing-secret';

let slack: FakeSlack;
let discord: FakeDiscord;
let dir: string;
let server: Server | undefined;
let store: SqliteStore | undefined;

beforeAll(async () => {
  slack = new FakeSlack();
  await slack.start();
  discord = new FakeDiscord();
  await discord.start();
  dir = mkdtempSync(join(tmpdir(), 'briefing-health-'));
});

afterEach(async () => {
  await server?.stop();
  server = undefined;
  store?.close();
  store = undefined;
});

afterAll(async () => {
  await slack?.close();
  await discord?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Starts serve with HEALTH_PORT on a free loopback port; the test keeps its own handle on the database. */
async function serve(config: Partial<Config>, name: string, clock?: () => Date): Promise<{ base: string; server: Server }> {
  const dbPath = join(dir, `${name}.db`);
  store = new SqliteStore(dbPath);
  const root = createRoot({ config: testConfig({ dbPath, healthPort: 0, ...config }), store, ...(clock ? { clock } : {}) });
  server = await startServer(root, { host: '127.0.0.1' });
  return { base: `http://127.0.0.1:${server.health!.port}`, server };
}

async function health(base: string): Promise<{ status: number; body: any }> {
  const res = await fetch(`${base}/healthz`);
  return { status: res.status, body: await res.json() };
}

async function metrics(base: string): Promise<string> {
  const res = await fetch(`${base}/metrics`);
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
  return res.text();
}

/** Polls until the probe returns something (a state change the platform client makes in its own time). */
async function eventually<T>(probe: () => Promise<T | false>, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== false) return value;
    if (Date.now() > deadline) throw new Error('timed out waiting for the state to change');
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** The value of one sample line, e.g. `briefing_questions_total{platform="slack",outcome="answered"}`. */
function sample(text: string, series: string): number | undefined {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

describe('Slack over HTTP', () => {
  it('is healthy once listening, counts an answered question with its latency, and turns 503 when the database fails', async () => {
    const { base, server: s } = await serve({ slack: { botToken: TOKEN, signingSecret: SECRET, port: 0, apiUrl: slack.apiUrl } }, 'http');
    const h = await health(base);
    expect(h.status).toBe(200);
    expect(h.body).toMatchObject({ ok: true, platforms: { slack: { ok: true, state: 'connected', mode: 'http' } }, database: { ok: true }, facts: { ok: true } });
    expect(h.body.facts.facts).toBeGreaterThan(0);

    const slackPort = (s.adapters[0] as unknown as { port: number }).port;
    const sender = new SlackSender(`http://127.0.0.1:${slackPort}`, SECRET, slack);
    const path = await sender.command('/ask', 'Who chaired AMM 53?');
    await waitFor(() => slack.responsesAt(path).length > 0, 'the /ask reply');
    await sender.command('/ask', '   ');
    const text = await metrics(base);
    expect(sample(text, 'briefing_questions_total{platform="slack",outcome="answered"}')).toBe(1);
    expect(sample(text, 'briefing_questions_total{platform="slack",outcome="empty"}')).toBe(1);
    expect(sample(text, 'briefing_answer_seconds_count{platform="slack"}')).toBe(2);
    expect(sample(text, 'briefing_platform_connected{platform="slack"}')).toBe(1);
    expect(text).toContain('# TYPE briefing_digests_total counter');
    expect(text).toContain('process_cpu_seconds_total');

    // The database goes away under the bot: /healthz says so.
    store!.close();
    const down = await health(base);
    expect(down.status).toBe(503);
    expect(down.body).toMatchObject({ ok: false, database: { ok: false }, platforms: { slack: { ok: true } } });
    expect(down.body.database.problem).toMatch(/not open/);
  });
});

describe('Slack in Socket Mode', () => {
  it('follows the WebSocket: 200 while connected, 503 with the connection gauge at 0 once Slack drops it', async () => {
    const wss = new WebSocketServer({ host: '127.0.0.1', port: 0 });
    await new Promise<void>((resolve) => wss.once('listening', resolve));
    slack.socketUrl = `ws://127.0.0.1:${(wss.address() as AddressInfo).port}/link`;
    let socket: WebSocket | undefined;
    const greet = (ws: WebSocket) => {
      socket = ws;
      ws.send(JSON.stringify({ type: 'hello', num_connections: 1, connection_info: { app_id: 'A1' } }));
    };
    wss.on('connection', greet);
    try {
      const { base } = await serve({ slack: { botToken: TOKEN, appToken: 'xapp-health-app-token', port: 0, apiUrl: slack.apiUrl } }, 'socket');
      const up = await health(base);
      expect(up.status).toBe(200);
      expect(up.body.platforms.slack).toEqual({ ok: true, state: 'connected', mode: 'socket' });
      expect(sample(await metrics(base), 'briefing_platform_connected{platform="slack"}')).toBe(1);

      // Slack drops the connection and closes every new one at once: the client is no longer connected.
      wss.removeAllListeners('connection');
      wss.on('connection', (ws) => ws.terminate());
      socket!.terminate();
      const down = await eventually(async () => {
        const h = await health(base);
        return h.status !== 200 && h;
      });
      expect(down.status).toBe(503);
      expect(down.body.platforms.slack.ok).toBe(false);
      expect(down.body.platforms.slack.state).not.toBe('connected');
      expect(sample(await metrics(base), 'briefing_platform_connected{platform="slack"}')).toBe(0);

      // Slack is back: the client reconnects by itself and /healthz follows.
      wss.removeAllListeners('connection');
      wss.on('connection', greet);
      const back = await eventually(async () => {
        const h = await health(base);
        return h.status === 200 && h;
      }, 20_000);
      expect(back.body.platforms.slack.state).toBe('connected');
    } finally {
      slack.socketUrl = '';
      await server?.stop();
      server = undefined;
      await new Promise<void>((resolve) => wss.close(() => resolve()));
    }
  });
});

describe('Discord alone', () => {
  it('is healthy on the gateway, counts a digest sent after a retried 500, and turns 503 while the gateway cannot reconnect', async () => {
    // 08:00 in Ho Chi Minh City: a 07:30 subscription is due at the first tick.
    const clock = () => new Date('2026-11-23T01:00:00Z');
    discord.failNext((m, p) => m === 'POST' && p === `/api/v10/channels/${CHANNEL_ID}/messages`, 500, {}, { message: '500: Internal Server Error', code: 0 });
    const dbPath = join(dir, 'discord.db');
    new SqliteStore(dbPath).upsertSubscription(
      { platform: 'discord', channelId: CHANNEL_ID, workspaceId: null, time: '07:30', timezone: 'Asia/Ho_Chi_Minh', language: 'en' },
      new Date('2026-11-20T00:00:00Z'),
    );
    const { base } = await serve({ discord: { token: 'health-discord-token', apiUrl: discord.apiUrl } }, 'discord', clock);
    const up = await health(base);
    expect(up.status).toBe(200);
    expect(up.body.platforms).toEqual({ discord: { ok: true, state: 'connected', mode: 'gateway' } });

    const text = await eventually(async () => {
      const t = await metrics(base);
      return sample(t, 'briefing_digests_total{platform="discord",status="sent"}') === 1 && t;
    });
    expect(sample(text, 'briefing_platform_errors_total{platform="discord",kind="api"}')).toBe(1);
    expect(sample(text, 'briefing_platform_retries_total{platform="discord",reason="failed_call"}')).toBe(1);
    expect(sample(text, 'briefing_platform_connected{platform="discord"}')).toBe(1);

    // The gateway drops the connection and refuses new ones: the client keeps trying, the bot is not connected.
    discord.refuseGateway = true;
    discord.closeGateway(4000);
    const down = await eventually(async () => {
      const h = await health(base);
      return h.status !== 200 && h;
    });
    expect(down.status).toBe(503);
    expect(down.body.platforms.discord).toEqual({ ok: false, state: 'reconnecting', mode: 'gateway' });
    // Back again: the client reconnects by itself and /healthz follows.
    discord.refuseGateway = false;
    const back = await eventually(async () => {
      const h = await health(base);
      return h.status === 200 && h;
    });
    expect(back.body.platforms.discord.state).toBe('connected');
  });

  it('answers 404 elsewhere and is off unless HEALTH_PORT is set', async () => {
    const { base } = await serve({ discord: { token: 'health-discord-token', apiUrl: discord.apiUrl } }, 'paths');
    expect((await fetch(`${base}/`)).status).toBe(404);
    await server!.stop();
    server = undefined;
    const root = createRoot({ config: testConfig({ dbPath: join(dir, 'off.db'), discord: { token: 'health-discord-token', apiUrl: discord.apiUrl } }) });
    server = await startServer(root, { host: '127.0.0.1' });
    expect(server.health).toBeUndefined();
  });
});
