// The Slack HTTP endpoint under attack: bodies over the limit are refused with 413 before they are buffered (memory
// stays flat under four concurrent 64 MB posts), and signed requests from outside the 5-minute window are refused in
// either direction. The real Bolt app on 127.0.0.1, a fake Web API.
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SlackHandle } from '../adapters/slack/index.js';
import { FakeSlack, SlackSender, BOT_USER, sleep, waitFor } from './helpers/fake-slack.js';
import { startSlackApp, type SlackTestApp } from './helpers/slack-app.js';

const SECRET = 'limits-signing-secret';
const MB = 1024 * 1024;

let running: SlackTestApp;
let fake: FakeSlack;
let slack: SlackHandle;
let sender: SlackSender;

beforeAll(async () => {
  running = await startSlackApp({ name: 'limits', botToken: 'xoxb-limits-token', signingSecret: SECRET });
  ({ fake, slack, sender } = running);
});

afterAll(() => running?.close());

/**
 * Streams `bytes` of body to /slack/events in 64 kB writes (declaring the length, or chunked), stopping as soon as
 * the server answers; returns the status and how much the client managed to write. The client holds one chunk only.
 */
function streamPost(bytes: number, declareLength: boolean): Promise<{ status: number | undefined; written: number; error?: string }> {
  return new Promise((resolve) => {
    let written = 0;
    let status: number | undefined;
    const headers: Record<string, string | number> = { 'content-type': 'application/json', 'x-slack-request-timestamp': Math.floor(Date.now() / 1000), 'x-slack-signature': 'v0=unsigned' };
    if (declareLength) headers['content-length'] = bytes;
    const req = request({ host: '127.0.0.1', port: slack.port, method: 'POST', path: '/slack/events', headers });
    req.on('response', (res) => {
      status = res.statusCode;
      res.resume();
      res.on('end', () => {
        req.destroy();
        resolve({ status, written });
      });
    });
    req.on('error', (e: NodeJS.ErrnoException) => resolve({ status, written, error: e.code }));
    const chunk = Buffer.alloc(64 * 1024, 0x61);
    const pump = (): void => {
      while (written < bytes && status === undefined) {
        written += chunk.length;
        if (!req.write(chunk)) {
          req.once('drain', pump);
          return;
        }
      }
      if (status === undefined) req.end();
    };
    pump();
  });
}

/** Samples this process's RSS every 20 ms while `work` runs; returns the highest reading in MB. */
async function peakRss<T>(work: () => Promise<T>): Promise<{ result: T; peakMb: number }> {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  try {
    const result = await work();
    peak = Math.max(peak, process.memoryUsage().rss);
    return { result, peakMb: peak / MB };
  } finally {
    clearInterval(timer);
  }
}

describe('bounded request bodies', () => {
  it('answers four concurrent unsigned 64 MB posts with 413 before reading them, and memory stays flat', async () => {
    global.gc?.();
    const before = process.memoryUsage().rss / MB;
    const { result, peakMb } = await peakRss(() => Promise.all([1, 2, 3, 4].map(() => streamPost(64 * MB, true))));
    const growth = peakMb - before;
    console.info(`[figures] 4 x 64 MB declared: RSS ${before.toFixed(0)} -> peak ${peakMb.toFixed(0)} MB (+${growth.toFixed(0)}), client wrote ${result.map((r) => (r.written / MB).toFixed(1)).join('/')} MB, status ${result.map((r) => r.status).join('/')}`);
    expect(result.map((r) => r.status)).toEqual([413, 413, 413, 413]);
    // What a client gets to write before the refusal is what the socket buffers hold, far from the 64 MB offered.
    for (const r of result) expect(r.written).toBeLessThan(16 * MB);
    expect(growth).toBeLessThan(64);
  });

  it('stops reading a chunked body (no length declared) at the limit, with 413', async () => {
    const before = process.memoryUsage().rss / MB;
    const { result, peakMb } = await peakRss(() => Promise.all([1, 2, 3, 4].map(() => streamPost(64 * MB, false))));
    console.info(`[figures] 4 x 64 MB chunked: RSS ${before.toFixed(0)} -> peak ${peakMb.toFixed(0)} MB, client wrote ${result.map((r) => (r.written / MB).toFixed(1)).join('/')} MB, status ${result.map((r) => r.status).join('/')}`);
    expect(result.map((r) => r.status)).toEqual([413, 413, 413, 413]);
    for (const r of result) expect(r.written).toBeLessThan(16 * MB);
    expect(peakMb - before).toBeLessThan(64);
  });

  it('still serves a normal signed event after the refusals', async () => {
    await sender.event({ type: 'app_mention', user: 'UASKER', text: `<@${BOT_USER}> Who chaired AMM 53?`, ts: '1700000500.000100', channel: 'CAFTER', event_ts: '1700000500.000100' });
    const [reply] = await waitFor(() => fake.posted('chat.postMessage', 'CAFTER').length > 0 && fake.posted('chat.postMessage', 'CAFTER'), 'the answer');
    expect(String(reply!.body.text)).toContain('Pham Binh Minh');
  });
});

describe('the signature window, both ways', () => {
  const event = (channel: string, ts: string) =>
    JSON.stringify({ token: 'legacy', team_id: 'T1', api_app_id: 'A1', type: 'event_callback', event_id: `Ev${channel}`, event_time: 1, event: { type: 'app_mention', user: 'UASKER', text: `<@${BOT_USER}> Who chaired AMM 53?`, ts, channel, event_ts: ts } });
  const now = () => Math.floor(Date.now() / 1000);

  it('refuses a correctly signed request dated one day ahead, and does not answer it', async () => {
    const res = await sender.post(event('CFUTURE', '1700000600.000100'), 'application/json', {}, now() + 86_400);
    expect(res.status).toBe(401);
    await sleep(300);
    expect(fake.attempts.filter((a) => a.body.channel === 'CFUTURE')).toEqual([]);
  });

  it('refuses one six minutes ahead and one six minutes old', async () => {
    expect((await sender.post(event('CAHEAD6', '1700000601.000100'), 'application/json', {}, now() + 360)).status).toBe(401);
    expect((await sender.post(event('CLATE6', '1700000602.000100'), 'application/json', {}, now() - 360)).status).toBe(401);
  });

  it('accepts a clock four minutes fast or slow (inside the window)', async () => {
    expect((await sender.post(event('CAHEAD4', '1700000603.000100'), 'application/json', {}, now() + 240)).status).toBe(200);
    expect((await sender.post(event('CLATE4', '1700000604.000100'), 'application/json', {}, now() - 240)).status).toBe(200);
    await waitFor(() => fake.posted('chat.postMessage', 'CAHEAD4').length > 0 && fake.posted('chat.postMessage', 'CLATE4').length > 0, 'both answers');
  });
});
