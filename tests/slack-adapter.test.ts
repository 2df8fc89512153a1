// The Slack adapter end to end: the real Bolt app in HTTP mode, signed requests, a fake Web API and response_url.
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocketServer, type WebSocket } from 'ws';
import { parse as parseYaml } from 'yaml';
import { startSlack, type SlackHandle } from '../adapters/slack/index.js';
import { COMMANDS, SLACK_COMMANDS } from '../adapters/slack/handler-deps.js';
import { actionId, feedbackValue } from '../adapters/slack/render-answer.js';
import type { Config } from '../src/config/config.js';
import type { TestApp } from './helpers/test-app.js';
import { fixedClock } from '../src/model/clock.js';
import { createLogger } from '../adapters/create-logger.js';
import { BOT_USER, FakeSlack, SlackSender, sleep, waitFor } from './helpers/fake-slack.js';
import { startSlackApp, type SlackTestApp } from './helpers/slack-app.js';

const BOT_TOKEN = 'xoxb-test-secret-token';
const SIGNING_SECRET = 'test-signing-secret';
const DANGEROUS = /<!channel>|<!here>|<!everyone>|<@U123>/;

let running: SlackTestApp;
let fake: FakeSlack;
let config: Config;
let app: TestApp;
let slack: SlackHandle;
let base: string;
const logLines: string[] = [];

/** Signs (with SIGNING_SECRET unless told otherwise) and posts a request to the app's /slack/events. */
async function post(body: string, contentType: string, extra: { secret?: string; headers?: Record<string, string> } = {}) {
  return new SlackSender(base, extra.secret ?? SIGNING_SECRET, fake).post(body, contentType, extra.headers);
}

let responseCounter = 0;
/** Sends a slash command; returns the response_url path the app should answer on. */
async function slashCommand(command: string, text: string, channel = 'C1', user = 'UASKER') {
  const path = `/respond/${++responseCounter}`;
  const form = new URLSearchParams({
    token: 'legacy', team_id: 'T1', team_domain: 'test', channel_id: channel, channel_name: 'general', user_id: user,
    user_name: 'asker', command, text, api_app_id: 'A1', response_url: `${fake.responseBase}${path}`, trigger_id: 't1',
  });
  const res = await post(form.toString(), 'application/x-www-form-urlencoded');
  return { res, path };
}

const responsesAt = (path: string) => fake.responsesAt(path);

async function sendEvent(event: Record<string, unknown>, eventId: string, headers?: Record<string, string>) {
  const body = JSON.stringify({ token: 'legacy', team_id: 'T1', api_app_id: 'A1', type: 'event_callback', event_id: eventId, event_time: 1, event });
  return post(body, 'application/json', { headers });
}

async function clickButton(action: { action_id: string; value: string }, message?: { ts: string; thread_ts?: string }) {
  const path = `/respond/${++responseCounter}`;
  const payload = {
    type: 'block_actions',
    team: { id: 'T1', domain: 'test' },
    user: { id: 'UCLICKER', username: 'clicker' },
    api_app_id: 'A1',
    token: 'legacy',
    trigger_id: 't2',
    container: { type: 'message', message_ts: message?.ts ?? '1.1', channel_id: 'C1', is_ephemeral: !message },
    channel: { id: 'C1', name: 'general' },
    ...(message ? { message: { type: 'message', ts: message.ts, ...(message.thread_ts ? { thread_ts: message.thread_ts } : {}), text: 'x' } } : {}),
    response_url: `${fake.responseBase}${path}`,
    actions: [{ type: 'button', block_id: 'b', action_id: action.action_id, value: action.value, text: { type: 'plain_text', text: 'x' }, action_ts: '1' }],
  };
  const res = await post(new URLSearchParams({ payload: JSON.stringify(payload) }).toString(), 'application/x-www-form-urlencoded');
  return { res, path };
}

const posted = (method: string, channel?: string) => fake.posted(method, channel);

beforeAll(async () => {
  running = await startSlackApp({
    name: 'slack',
    botToken: BOT_TOKEN,
    signingSecret: SIGNING_SECRET,
    prepareFake: (f) => {
      f.refusedTokens.add('xoxb-revoked');
      f.closedChannels.add('CBROKEN');
    },
    // One asker sends every question here under a fixed clock (the default 100 a minute); rate limits have their own
    // tests (rate-limit.test.ts).
    config: { logLevel: 'debug', admins: ['UCURATOR'] },
    app: {
      clock: fixedClock('2026-09-09T00:00:00Z'),
      logger: createLogger({ level: 'debug', destination: { write: (line: string) => void logLines.push(line) } }),
    },
  });
  ({ fake, app, slack } = running);
  config = app.context.config;
  base = `http://127.0.0.1:${slack.port}`;
});

afterAll(() => running?.close());

describe('HTTP endpoint', () => {
  it('listens on the port it reports and serves a health check', async () => {
    expect(slack.port).toBeGreaterThan(0);
    const res = await fetch(`${base}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ ok: true, facts: app.briefing.health().facts });
  });

  it('echoes the url_verification challenge', async () => {
    const res = await post(JSON.stringify({ type: 'url_verification', token: 'legacy', challenge: 'challenge-xyz' }), 'application/json');
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('challenge-xyz');
  });

  it('rejects a request signed with the wrong secret with 401 and answers nothing', async () => {
    const before = fake.responses.length + fake.calls.length;
    const form = new URLSearchParams({ command: '/ask', text: 'Who chaired AMM 53?', channel_id: 'C1', user_id: 'U1', team_id: 'T1', response_url: `${fake.responseBase}/respond/forged` });
    const res = await post(form.toString(), 'application/x-www-form-urlencoded', { secret: 'not-the-secret' });
    expect(res.status).toBe(401);
    await sleep(200);
    expect(fake.responses.length + fake.calls.filter((c) => c.method !== 'auth.test').length).toBeLessThanOrEqual(before);
    expect(fake.responses.some((p) => p.path === '/respond/forged')).toBe(false);
  });
});

describe('/ask', () => {
  it('acknowledges at once, then answers in the channel with the citation', async () => {
    const { res, path } = await slashCommand('/ask', 'Who chaired AMM 53?');
    expect(res.status).toBe(200);
    const [reply] = await waitFor(() => responsesAt(path).length > 0 && responsesAt(path), '/ask reply');
    expect(reply!.response_type).toBe('in_channel');
    const json = JSON.stringify(reply);
    expect(json).toContain('Pham Binh Minh chaired AMM 53');
    expect(json).toContain('Báo Mẫu, 9 September 2020: “Khai mạc Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 53”, by Nguyễn Văn A');
    expect(json).toContain(actionId('feedbackUp', 'en'));
  });

  it('answers an empty question with a short ephemeral help', async () => {
    const { path } = await slashCommand('/ask', '   ');
    const [reply] = await waitFor(() => responsesAt(path).length > 0 && responsesAt(path), 'empty /ask reply');
    expect(reply!.response_type).toBe('ephemeral');
    expect(String(reply!.text)).toContain('/ask Who chaired AMM 53?');
  });

  it('answers privately when the table has no answer', async () => {
    const { path } = await slashCommand('/ask', 'zzqx qwv');
    const [reply] = await waitFor(() => responsesAt(path).length > 0 && responsesAt(path), 'no-answer reply');
    expect(reply!.response_type).toBe('ephemeral');
  });

  it('asks without Slack markup and keeps <!channel> and <@U123> escaped in everything it sends back', async () => {
    const { path } = await slashCommand('/ask', '<!channel> <@U123> who chaired AMM 53?');
    const [reply] = await waitFor(() => responsesAt(path).length > 0 && responsesAt(path), 'markup /ask reply');
    expect(reply!.response_type).toBe('in_channel');
    expect(JSON.stringify(reply)).toContain('Pham Binh Minh chaired AMM 53');
    const { path: badPath } = await slashCommand('/briefing', '<!channel><@U123>');
    const [bad] = await waitFor(() => responsesAt(badPath).length > 0 && responsesAt(badPath), 'bad command reply');
    // The unknown sub-command is quoted back to the user, escaped.
    expect(bad!.response_type).toBe('ephemeral');
    expect(String(bad!.text)).toContain('&lt;!channel&gt;&lt;@U123&gt;');
    expect(JSON.stringify(fake.responses)).not.toMatch(DANGEROUS);
    expect(JSON.stringify(fake.calls)).not.toMatch(DANGEROUS);
  });
});

describe('/briefing', () => {
  it('shows help and the sources privately', async () => {
    const help = await slashCommand('/briefing', 'help');
    const sources = await slashCommand('/briefing', 'sources');
    const [h] = await waitFor(() => responsesAt(help.path).length > 0 && responsesAt(help.path), 'help');
    const [s] = await waitFor(() => responsesAt(sources.path).length > 0 && responsesAt(sources.path), 'sources');
    expect(h!.response_type).toBe('ephemeral');
    expect(String(h!.text)).toContain('/ask &lt;question&gt;');
    expect(s!.response_type).toBe('ephemeral');
    expect(JSON.stringify(s)).toContain('Báo Mẫu, 9 September 2020');
  });

  it('subscribes the channel to the digest for everyone to see, and previews it privately as blocks', async () => {
    const on = await slashCommand('/briefing', 'digest on 08:15 en', 'CDIGEST');
    const [r] = await waitFor(() => responsesAt(on.path).length > 0 && responsesAt(on.path), 'digest on');
    expect(r!.response_type).toBe('in_channel');
    expect(app.store.getSubscription('slack', 'CDIGEST')).toMatchObject({ time: '08:15', language: 'en', workspaceId: 'T1' });

    const preview = await slashCommand('/briefing', 'digest preview', 'CDIGEST');
    const [p] = await waitFor(() => responsesAt(preview.path).length > 0 && responsesAt(preview.path), 'digest preview');
    expect(p!.response_type).toBe('ephemeral');
    expect((p!.blocks as { type: string }[])[0]!.type).toBe('header');
  });

  it('turns the digest on or off only for workspace admins and BRIEFING_ADMINS; others get a private explanation', async () => {
    const refused = await slashCommand('/briefing', 'digest on 08:15 en', 'CADMIN', 'UMEMBER');
    const [r] = await waitFor(() => responsesAt(refused.path).length > 0 && responsesAt(refused.path), 'refusal');
    expect(r!.response_type).toBe('ephemeral');
    expect(String(r!.text)).toBe('Only workspace admins and the bot’s administrators can turn the digest on or off for this channel. Please ask one of them.');
    expect(app.store.getSubscription('slack', 'CADMIN')).toBeUndefined();
    expect(fake.posted('users.info').some((c) => c.body.user === 'UMEMBER')).toBe(true);

    // Listed in BRIEFING_ADMINS, though not a workspace admin.
    const on = await slashCommand('/briefing', 'digest on 08:15 en', 'CADMIN', 'UCURATOR');
    const [ok] = await waitFor(() => responsesAt(on.path).length > 0 && responsesAt(on.path), 'digest on by a listed admin');
    expect(ok!.response_type).toBe('in_channel');
    expect(app.store.getSubscription('slack', 'CADMIN')).toMatchObject({ time: '08:15' });

    const off = await slashCommand('/briefing', 'digest off', 'CADMIN', 'UMEMBER');
    await waitFor(() => responsesAt(off.path).length > 0, 'refused off');
    expect(app.store.getSubscription('slack', 'CADMIN')).toBeDefined();
    // Status and preview stay open to everyone.
    const status = await slashCommand('/briefing', 'digest', 'CADMIN', 'UMEMBER');
    const [st] = await waitFor(() => responsesAt(status.path).length > 0 && responsesAt(status.path), 'status');
    expect(String(st!.text)).toContain('This channel gets the daily digest');
  });

  it('explains a bad digest time in a short ephemeral reply', async () => {
    const { path } = await slashCommand('/briefing', 'digest on 25:99', 'CDIGEST2');
    const [r] = await waitFor(() => responsesAt(path).length > 0 && responsesAt(path), 'bad digest time');
    expect(r!.response_type).toBe('ephemeral');
    expect(app.store.getSubscription('slack', 'CDIGEST2')).toBeUndefined();
  });
});

describe('conversation', () => {
  it('answers an @mention in its thread, without the mention in the question', async () => {
    await sendEvent({ type: 'app_mention', user: 'UASKER', text: `<@${BOT_USER}> Who chaired AMM 53?`, ts: '1700000000.000100', channel: 'CMENTION', event_ts: '1700000000.000100' }, 'EvMention1');
    const [call] = await waitFor(() => posted('chat.postMessage', 'CMENTION').length > 0 && posted('chat.postMessage', 'CMENTION'), 'mention reply');
    expect(call!.body.thread_ts).toBe('1700000000.000100');
    expect(JSON.stringify(call!.body)).toContain('Pham Binh Minh chaired AMM 53');
  });

  it('replies in the existing thread when mentioned inside one', async () => {
    await sendEvent({ type: 'app_mention', user: 'UASKER', text: `<@${BOT_USER}> How many delegations attended AMM 53?`, ts: '1700000000.000300', thread_ts: '1700000000.000200', channel: 'CTHREAD', event_ts: '1700000000.000300' }, 'EvThread1');
    const [call] = await waitFor(() => posted('chat.postMessage', 'CTHREAD').length > 0 && posted('chat.postMessage', 'CTHREAD'), 'thread reply');
    expect(call!.body.thread_ts).toBe('1700000000.000200');
  });

  it('handles a retried event (same event_id, X-Slack-Retry-Num) once', async () => {
    const event = { type: 'app_mention', user: 'UASKER', text: `<@${BOT_USER}> Who chaired AMM 53?`, ts: '1700000001.000100', channel: 'CDEDUP', event_ts: '1700000001.000100' };
    await sendEvent(event, 'EvDup1');
    await waitFor(() => posted('chat.postMessage', 'CDEDUP').length > 0, 'first reply');
    const retry = await sendEvent(event, 'EvDup1', { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' });
    expect(retry.status).toBe(200);
    // A different event afterwards proves the retry had its chance to be (wrongly) answered.
    await sendEvent({ ...event, ts: '1700000001.000200', event_ts: '1700000001.000200' }, 'EvDup2');
    await waitFor(() => posted('chat.postMessage', 'CDEDUP').length >= 2, 'second event reply');
    await sleep(200);
    expect(posted('chat.postMessage', 'CDEDUP').map((c) => c.body.thread_ts)).toEqual(['1700000001.000100', '1700000001.000200']);
  });

  it('answers a direct message in the DM and ignores bot messages, its own included', async () => {
    await sendEvent({ type: 'message', channel_type: 'im', channel: 'DUSER', user: 'UASKER', text: 'Who chaired AMM 53?', ts: '1700000002.000100', event_ts: '1700000002.000100' }, 'EvDm1');
    await sendEvent({ type: 'message', subtype: 'bot_message', bot_id: 'BBOT', channel_type: 'im', channel: 'DBOT', text: 'Who chaired AMM 53?', ts: '1700000002.000200', event_ts: '1700000002.000200' }, 'EvDm2');
    await sendEvent({ type: 'message', bot_id: 'BOTHER', user: 'UOTHERBOT', channel_type: 'im', channel: 'DBOT', text: 'Who chaired AMM 53?', ts: '1700000002.000300', event_ts: '1700000002.000300' }, 'EvDm3');
    const [call] = await waitFor(() => posted('chat.postMessage', 'DUSER').length > 0 && posted('chat.postMessage', 'DUSER'), 'DM reply');
    expect(call!.body.thread_ts).toBeUndefined();
    expect(JSON.stringify(call!.body)).toContain('Pham Binh Minh');
    await sleep(200);
    expect(posted('chat.postMessage', 'DBOT')).toHaveLength(0);
  });

  it('tells only the asker when a mention has no answer, with nothing unescaped', async () => {
    await sendEvent({ type: 'app_mention', user: 'UASKER', text: `<@${BOT_USER}> <!channel> <@U123> zzqx unknown topic`, ts: '1700000003.000100', channel: 'CEVIL', event_ts: '1700000003.000100' }, 'EvEvil1');
    const [call] = await waitFor(() => posted('chat.postEphemeral', 'CEVIL').length > 0 && posted('chat.postEphemeral', 'CEVIL'), 'private no-answer');
    expect(call!.body).toMatchObject({ user: 'UASKER', thread_ts: '1700000003.000100' });
    expect(posted('chat.postMessage', 'CEVIL')).toHaveLength(0);
    expect(JSON.stringify(fake.calls)).not.toMatch(DANGEROUS);
  });

  it('reports a failing Web API call with a short private apology and logs it without the token', async () => {
    await sendEvent({ type: 'app_mention', user: 'UASKER', text: `<@${BOT_USER}> Who chaired AMM 53?`, ts: '1700000004.000100', channel: 'CBROKEN', event_ts: '1700000004.000100' }, 'EvBroken1');
    const [apology] = await waitFor(() => posted('chat.postEphemeral', 'CBROKEN').length > 0 && posted('chat.postEphemeral', 'CBROKEN'), 'apology');
    expect(apology!.body.user).toBe('UASKER');
    expect(String(apology!.body.text)).toContain('Sorry, something went wrong');
    await waitFor(() => logLines.some((l) => l.includes('handler failed')), 'error log line');
    expect(logLines.join('\n')).toContain('not_in_channel');
    expect(logLines.join('\n')).not.toContain(BOT_TOKEN);
    expect(logLines.join('\n')).not.toContain(SIGNING_SECRET);
  });
});

describe('buttons', () => {
  it('answers a See also click in the thread of the clicked message', async () => {
    const { res, path } = await clickButton({ action_id: actionId('seeAlso', 'en', 0), value: 'amm53-delegations' }, { ts: '1700000005.000100' });
    expect(res.status).toBe(200);
    const [reply] = await waitFor(() => responsesAt(path).length > 0 && responsesAt(path), 'see-also reply');
    expect(reply!.response_type).toBe('in_channel');
    expect(reply!.replace_original).toBe(false);
    expect(reply!.thread_ts).toBe('1700000005.000100');
    expect(JSON.stringify(reply)).toContain('27 delegations took part in AMM 53');
  });

  it('records a 👎 click as a feedback row in SQLite, with its question and the voter hashed, and thanks the user privately', async () => {
    const { path } = await clickButton({ action_id: actionId('feedbackDown', 'en'), value: feedbackValue('amm53-chair', 'Who chaired AMM 53?') }, { ts: '1700000006.000100' });
    const [reply] = await waitFor(() => responsesAt(path).length > 0 && responsesAt(path), 'feedback thanks');
    expect(reply!.response_type).toBe('ephemeral');
    const rows = app.store.db.prepare('SELECT platform, user_id, channel_id, fact_id, question, vote FROM feedback').all();
    expect(rows).toEqual([{ platform: 'slack', user_id: expect.stringMatching(/^[0-9a-f]{32}$/), channel_id: 'C1', fact_id: 'amm53-chair', question: 'Who chaired AMM 53?', vote: 'down' }]);
  });
});

describe('digest transport', () => {
  /** The channel's digest preview, as the application builds it for `/briefing digest preview`. */
  const preview = (channelId: string) => {
    const origin = { platform: 'slack' as const, commands: SLACK_COMMANDS, channelId, workspaceId: 'T1' };
    const result = app.briefing.command({ kind: 'digest', origin, language: 'en', digest: { action: 'preview' } });
    if (result.kind !== 'digest') throw new Error('expected a digest result');
    return result.result;
  };

  it('posts a digest to the subscribed channel as blocks with a text fallback', async () => {
    const result = preview('CDIGEST');
    if (result.kind !== 'preview') throw new Error('expected a preview');
    const subscription = app.store.getSubscription('slack', 'CDIGEST')!;
    expect(slack.transport.platform).toBe('slack');
    await slack.transport.send(subscription, result.digest);
    const [call] = posted('chat.postMessage', 'CDIGEST');
    expect(call).toBeDefined();
    const blocks = call!.body.blocks as { type: string; text?: { text: string } }[];
    expect(blocks[0]).toMatchObject({ type: 'header', text: { text: result.digest.header } });
    expect(blocks.length).toBeLessThanOrEqual(50);
    expect(String(call!.body.text).length).toBeGreaterThan(0);
  });

  it('throws when Slack refuses the post, so the scheduler can retry', async () => {
    const result = preview('CBROKEN');
    if (result.kind !== 'preview') throw new Error('expected a preview');
    const sub = { platform: 'slack' as const, channelId: 'CBROKEN', workspaceId: 'T1', time: '07:30', timezone: 'Asia/Ho_Chi_Minh', language: 'en' as const, createdAt: '2026-01-01T00:00:00Z' };
    await expect(slack.transport.send(sub, result.digest)).rejects.toThrow(/not_in_channel/);
  });
});

describe('manifest', () => {
  it('declares exactly the commands, events and scopes the adapter uses, all on /slack/events', () => {
    const m = parseYaml(readFileSync('adapters/slack/manifest.yaml', 'utf8')) as {
      features: { slash_commands: { command: string; url: string }[] };
      oauth_config: { scopes: { bot: string[] } };
      settings: { event_subscriptions: { bot_events: string[]; request_url: string }; interactivity: { is_enabled: boolean; request_url: string } };
    };
    expect(m.features.slash_commands.map((c) => c.command).sort()).toEqual(Object.values(COMMANDS).sort());
    expect(m.settings.event_subscriptions.bot_events.sort()).toEqual(['app_mention', 'message.im']);
    expect(m.oauth_config.scopes.bot.sort()).toEqual(['app_mentions:read', 'channels:history', 'chat:write', 'commands', 'groups:history', 'im:history', 'users:read']);
    expect(m.settings.interactivity.is_enabled).toBe(true);
    const urls = [...m.features.slash_commands.map((c) => c.url), m.settings.event_subscriptions.request_url, m.settings.interactivity.request_url];
    for (const url of urls) expect(new URL(url).pathname).toBe('/slack/events');
  });
});

describe('start-up', () => {
  it('refuses to start with a token Slack rejects, naming the error and not the token', async () => {
    const bad = { ...app.context, config: { ...config, slack: { ...config.slack!, botToken: 'xoxb-revoked' } } };
    await expect(startSlack(bad, { host: '127.0.0.1', port: 0 })).rejects.toThrow(/SLACK_BOT_TOKEN was refused by Slack \(auth\.test: invalid_auth\)/);
    expect(logLines.join('\n')).not.toContain('xoxb-revoked');
  });
});

describe('Socket Mode', () => {
  it('connects with the app token when SLACK_APP_TOKEN is set, acknowledges an event and answers it', async () => {
    const wss = new WebSocketServer({ host: '127.0.0.1', port: 0 });
    await new Promise<void>((resolve) => wss.once('listening', resolve));
    fake.socketUrl = `ws://127.0.0.1:${(wss.address() as AddressInfo).port}/link`;
    const received: Record<string, unknown>[] = [];
    const connected = new Promise<WebSocket>((resolve) =>
      wss.once('connection', (ws) => {
        ws.on('message', (data) => received.push(JSON.parse(String(data)) as Record<string, unknown>));
        ws.send(JSON.stringify({ type: 'hello', num_connections: 1, connection_info: { app_id: 'A1' } }));
        resolve(ws);
      }),
    );
    const socketBriefing = { ...app.context, config: { ...config, slack: { ...config.slack!, appToken: 'xapp-test-app-token' } } };
    const socket = await startSlack(socketBriefing, { language: 'en' });
    try {
      expect(socket.port).toBeUndefined();
      const ws = await connected;
      ws.send(JSON.stringify({
        envelope_id: 'env-1',
        type: 'events_api',
        accepts_response_payload: false,
        retry_attempt: 0,
        retry_reason: '',
        payload: {
          type: 'event_callback', team_id: 'T1', api_app_id: 'A1', event_id: 'EvSocket1', event_time: 1,
          event: { type: 'app_mention', user: 'UASKER', text: `<@${BOT_USER}> Who chaired AMM 53?`, ts: '1700000009.000100', channel: 'CSOCKET', event_ts: '1700000009.000100' },
        },
      }));
      const [call] = await waitFor(() => posted('chat.postMessage', 'CSOCKET').length > 0 && posted('chat.postMessage', 'CSOCKET'), 'socket-mode reply');
      expect(call!.body.thread_ts).toBe('1700000009.000100');
      expect(received.some((m) => m.envelope_id === 'env-1')).toBe(true);
      expect(logLines.join('\n')).not.toMatch(/xapp-test-app-token|xoxb-test-secret-token/);
    } finally {
      await socket.stop();
      fake.socketUrl = '';
      await new Promise<void>((resolve) => wss.close(() => resolve()));
    }
  });
});
