// Platform failures: Slack Web API 429 (Retry-After) and 5xx are retried and the reply still arrives once; Discord
// REST 429 is waited out; a dropped Discord gateway connection resumes and the bot still answers.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DiscordAdapter } from '../adapters/discord/index.js';
import type { SlackHandle } from '../adapters/slack/index.js';
import { openTestApp, type TestApp } from './helpers/test-app.js';
import { fixedClock } from '../src/model/clock.js';
import { loadFacts } from '../src/facts/load-facts.js';
import { SqliteStore } from '../src/store/SqliteStore.js';
import { FakeDiscord } from './helpers/fake-discord.js';
import { startFakePlatforms, type FakePlatforms } from './helpers/fake-platforms.js';
import { BOT_USER, type SlackSender, sleep, waitFor, type FakeSlack } from './helpers/fake-slack.js';

const SECRET = 'failures-signing-secret';
let platforms: FakePlatforms;
let slackFake: FakeSlack;
let discordFake: FakeDiscord;
let app: TestApp;
let slack: SlackHandle;
let discord: DiscordAdapter;
let sender: SlackSender;

beforeAll(async () => {
  platforms = await startFakePlatforms({ name: 'failures', slackBotToken: 'xoxb-failures-token', signingSecret: SECRET, discordToken: 'failures-discord-token' });
  ({ slack: slackFake, discord: discordFake } = platforms);
  const { config } = platforms;
  app = await openTestApp({ config, table: loadFacts({ dir: 'tests/fixtures/facts' }), store: new SqliteStore(config.dbPath), clock: fixedClock('2026-09-09T00:00:00Z') });
  // Production backoff settings except a shorter first wait, so the suite stays quick.
  ({ slack, discord, sender } = await platforms.startAdapters(app.context, { apiRetryMinMs: 100 }));
});

afterAll(async () => {
  await platforms?.close();
});

const mention = (channel: string, ts: string) => ({ type: 'app_mention', user: 'UASKER', text: `<@${BOT_USER}> Who chaired AMM 53?`, ts, channel, event_ts: ts });

describe('Slack Web API failures', () => {
  it('waits out a 429 with Retry-After: 1, then posts the reply exactly once', async () => {
    slackFake.failNext('chat.postMessage', { status: 429, headers: { 'Retry-After': '1' } });
    await sender.event(mention('C429', '1700000100.000100'));
    const [reply] = await waitFor(() => slackFake.posted('chat.postMessage', 'C429').length > 0 && slackFake.posted('chat.postMessage', 'C429'), '429 retry', 10_000);
    expect(JSON.stringify(reply!.body)).toContain('Pham Binh Minh');
    const tries = slackFake.attempts.filter((a) => a.method === 'chat.postMessage' && a.body.channel === 'C429');
    expect(tries.map((t) => t.status)).toEqual([429, 200]);
    expect(tries[1]!.at - tries[0]!.at).toBeGreaterThanOrEqual(1000);
    await sleep(300);
    expect(slackFake.posted('chat.postMessage', 'C429')).toHaveLength(1);
  });

  it('retries a 500 with backoff, then posts the reply exactly once', async () => {
    slackFake.failNext('chat.postMessage', { status: 500 });
    await sender.event(mention('C500', '1700000101.000100'));
    await waitFor(() => slackFake.posted('chat.postMessage', 'C500').length > 0, '500 retry', 10_000);
    const tries = slackFake.attempts.filter((a) => a.method === 'chat.postMessage' && a.body.channel === 'C500');
    expect(tries.map((t) => t.status)).toEqual([500, 200]);
    expect(tries[1]!.at - tries[0]!.at).toBeGreaterThanOrEqual(50);
    await sleep(300);
    expect(slackFake.posted('chat.postMessage', 'C500')).toHaveLength(1);
  });

  it('gives up after a few retries on a persistent 5xx and apologises to the asker instead of hanging', async () => {
    slackFake.failNext('chat.postMessage', { status: 503 }, { status: 503 }, { status: 503 }, { status: 503 });
    await sender.event(mention('C503', '1700000102.000100'));
    const [apology] = await waitFor(() => slackFake.posted('chat.postEphemeral', 'C503').length > 0 && slackFake.posted('chat.postEphemeral', 'C503'), 'apology', 15_000);
    expect(String(apology!.body.text)).toContain('Sorry, something went wrong');
    // The first try and three retries; nothing was posted in the channel.
    expect(slackFake.attempts.filter((a) => a.method === 'chat.postMessage' && a.body.channel === 'C503')).toHaveLength(4);
    expect(slackFake.posted('chat.postMessage', 'C503')).toHaveLength(0);
  });
});

describe('Discord failures', () => {
  const ask = () => discordFake.interaction(2, { id: '300', name: 'ask', type: 1, options: [{ name: 'question', type: 3, value: 'Who chaired AMM 53?' }] });
  const callbackOf = FakeDiscord.isCallbackOf;

  it('waits out a REST 429 (retry_after 1 s) and then sends the reply once', async () => {
    const i = ask();
    discordFake.failNext((m, p) => m === 'POST' && p.endsWith('/callback'), 429, { 'retry-after': '1', 'x-ratelimit-scope': 'user' }, { message: 'You are being rate limited.', retry_after: 1, global: false });
    const from = discordFake.requests.length;
    const started = Date.now();
    discordFake.dispatch('INTERACTION_CREATE', i);
    const req = await discordFake.waitFor(callbackOf(i), from, 10_000);
    await sleep(1100);
    const tries = discordFake.requests.slice(from).filter(callbackOf(i));
    expect(tries).toHaveLength(2);
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
    expect(req.body.data.embeds[0].description).toContain('Pham Binh Minh');
  });

  it('resumes after the gateway drops the connection with a resumable close code, and still answers', async () => {
    const identifies = discordFake.identifies.length;
    discordFake.closeGateway(4000);
    await waitFor(() => discordFake.resumes.length > 0 || discordFake.identifies.length > identifies, 'RESUME or IDENTIFY', 15_000);
    expect(discordFake.resumes[0]).toMatchObject({ session_id: 'fake-session', token: 'failures-discord-token' });
    const i = ask();
    const from = discordFake.requests.length;
    discordFake.dispatch('INTERACTION_CREATE', i);
    const req = await discordFake.waitFor(callbackOf(i), from, 10_000);
    expect(req.body.data.embeds[0].description).toContain('Pham Binh Minh');
  });
});
