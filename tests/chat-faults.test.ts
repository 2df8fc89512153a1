// Faults on the chat path, end to end against the fakes: a stalled Slack or Discord call ends in its timeout (then a
// retry or the apology), a 429 pauses only its own channel and its wait is capped, a transient response_url error is
// retried once, a Discord interaction that cannot be answered in time still gets its answer into the channel, and an
// echoed question carries no bidi controls.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../adapters/create-logger.js';
import { loadFacts } from '../src/facts/load-facts.js';
import { fixedClock } from '../src/model/clock.js';
import { CHANNEL_ID, FakeDiscord, BOT_ID } from './helpers/fake-discord.js';
import { startFakePlatforms, type FakePlatforms } from './helpers/fake-platforms.js';
import { BOT_USER, sleep, waitFor, type FakeSlack, type SlackSender } from './helpers/fake-slack.js';
import { openTestApp, type TestApp } from './helpers/test-app.js';

const SECRET = 'chat-faults-signing-secret';
let platforms: FakePlatforms;
let slackFake: FakeSlack;
let discordFake: FakeDiscord;
let app: TestApp;
let sender: SlackSender;
const logLines: string[] = [];

beforeAll(async () => {
  platforms = await startFakePlatforms({ name: 'chat-faults', slackBotToken: 'xoxb-chat-faults', signingSecret: SECRET, discordToken: 'chat-faults-discord-token' });
  ({ slack: slackFake, discord: discordFake } = platforms);
  app = await openTestApp({
    config: platforms.config,
    table: loadFacts({ dir: 'tests/fixtures/facts' }),
    clock: fixedClock('2026-09-09T00:00:00Z'),
    logger: createLogger({ level: 'info', destination: { write: (line: string) => void logLines.push(line) } }),
  });
  // Short timeouts and caps, so that a stall or a long Retry-After shows within the test.
  ({ sender } = await platforms.startAdapters(
    app.context,
    { apiTimeoutMs: 300, apiRetryMinMs: 50, apiRetryMaxMs: 100, maxRetryAfterMs: 1_000 },
    { rest: { timeoutMs: 300, retries: 2, maxRetryAfterMs: 1_000, maxCallbackWaitMs: 500 } },
  ));
});

afterAll(async () => {
  await platforms?.close();
  app?.store.close();
});

const mention = (channel: string, ts: string, question = 'Who chaired AMM 53?') => ({ type: 'app_mention', user: 'UASKER', text: `<@${BOT_USER}> ${question}`, ts, channel, event_ts: ts });
const postedIn = (method: string, channel: string) => slackFake.posted(method, channel);
const attemptsIn = (channel: string) => slackFake.attempts.filter((a) => a.method === 'chat.postMessage' && a.body.channel === channel);

describe('Slack: a stalled Web API call', () => {
  it('ends in the timeout: the asker gets the apology instead of nothing', async () => {
    slackFake.hold({ method: 'chat.postMessage', channel: 'CHUNG' });
    const started = Date.now();
    await sender.event(mention('CHUNG', '1700001000.000100'));
    const [apology] = await waitFor(() => postedIn('chat.postEphemeral', 'CHUNG').length > 0 && postedIn('chat.postEphemeral', 'CHUNG'), 'the apology', 8_000);
    console.info(`[figures] Slack chat.postMessage held open: apology after ${Date.now() - started} ms (timeout 300 ms, 3 retries)`);
    expect(String(apology!.body.text)).toContain('Sorry, something went wrong');
    // The first try and three retries, each abandoned at its timeout.
    expect(slackFake.held.filter((c) => c.body.channel === 'CHUNG')).toHaveLength(4);
    expect(logLines.some((l) => l.includes('handler failed') && l.includes('event app_mention'))).toBe(true);
  });
});

describe('Slack: rate limits per channel', () => {
  it('a 429 with Retry-After: 15 in one channel does not delay another; the limited asker gets the apology, not a 15 s wait', async () => {
    slackFake.failNext('chat.postMessage', { status: 429, headers: { 'Retry-After': '15' }, channel: 'CSLOW' });
    await sender.event(mention('CSLOW', '1700001100.000100'));
    await waitFor(() => attemptsIn('CSLOW').length > 0, 'the 429');
    const asked = Date.now();
    await sender.event(mention('CFAST', '1700001101.000100'));
    const [answer] = await waitFor(() => postedIn('chat.postMessage', 'CFAST').length > 0 && postedIn('chat.postMessage', 'CFAST'), 'the other channel\'s answer', 5_000);
    console.info(`[figures] Slack 429 Retry-After 15 in CSLOW: CFAST answered ${Date.now() - asked} ms after asking`);
    expect(String(answer!.body.text)).toContain('Pham Binh Minh');
    const [apology] = await waitFor(() => postedIn('chat.postEphemeral', 'CSLOW').length > 0 && postedIn('chat.postEphemeral', 'CSLOW'), 'the capped wait\'s apology', 5_000);
    expect(String(apology!.body.text)).toContain('Sorry');
    // The limited channel was not tried again inside its 15 seconds.
    expect(attemptsIn('CSLOW').map((a) => a.status)).toEqual([429]);
  });

  it('a short Retry-After is waited out in that channel alone: the reply goes out once, another channel is answered meanwhile', async () => {
    slackFake.failNext('chat.postMessage', { status: 429, headers: { 'Retry-After': '1' }, channel: 'CWAIT' });
    await sender.event(mention('CWAIT', '1700001200.000100'));
    await waitFor(() => attemptsIn('CWAIT').length > 0, 'the 429');
    await sender.event(mention('CMEANWHILE', '1700001201.000100'));
    await waitFor(() => postedIn('chat.postMessage', 'CWAIT').length > 0, 'the waited reply', 5_000);
    const order = slackFake.attempts.filter((a) => a.method === 'chat.postMessage' && ['CWAIT', 'CMEANWHILE'].includes(String(a.body.channel)));
    expect(order.map((a) => `${String(a.body.channel)} ${a.status}`)).toEqual(['CWAIT 429', 'CMEANWHILE 200', 'CWAIT 200']);
    expect(order[2]!.at - order[0]!.at).toBeGreaterThanOrEqual(1000);
    await sleep(200);
    expect(postedIn('chat.postMessage', 'CWAIT')).toHaveLength(1);
  });
});

describe('Slack: response_url', () => {
  it('retries a transient 500 once, so the answer still arrives', async () => {
    slackFake.responseFailures = 1;
    const path = await sender.command('/ask', 'Who chaired AMM 53?', { channel: 'CRESP' });
    const [reply] = await waitFor(() => slackFake.responsesAt(path).length > 0 && slackFake.responsesAt(path), 'the answer', 5_000);
    expect(JSON.stringify(reply)).toContain('Pham Binh Minh');
    expect(slackFake.responsesStarted.filter((p) => p === path)).toHaveLength(2);
  });
});

describe('Discord: stalls, rate limits and the 3-second window', () => {
  const ask = (question = 'Who chaired AMM 53?') => discordFake.interaction(2, { id: '300', name: 'ask', type: 1, options: [{ name: 'question', type: 3, value: question }] });
  const channelAnswers = () => discordFake.messagesIn(CHANNEL_ID);

  it('a callback rate-limited past the window: the answer is posted in the channel instead of being lost', async () => {
    const i = ask();
    discordFake.failNext((m, p) => FakeDiscord.isCallbackOf(i)({ method: m, path: p }), 429, { 'retry-after': '5', 'x-ratelimit-scope': 'user' }, { message: 'You are being rate limited.', retry_after: 5, global: false });
    const before = channelAnswers().length;
    discordFake.dispatch('INTERACTION_CREATE', i);
    const posted = await waitFor(() => channelAnswers().length > before && channelAnswers().at(-1), 'the answer in the channel', 6_000);
    expect(JSON.stringify(posted)).toContain('Pham Binh Minh');
    // One callback, refused; the answer was not retried into the closed window.
    expect(discordFake.requests.filter(FakeDiscord.isCallbackOf(i))).toHaveLength(1);
  });

  it('a stalled callback ends at the REST timeout and is retried inside the window', async () => {
    const i = ask();
    discordFake.hold((m, p) => FakeDiscord.isCallbackOf(i)({ method: m, path: p }));
    const started = Date.now();
    discordFake.dispatch('INTERACTION_CREATE', i);
    const answered = await discordFake.waitFor((r) => FakeDiscord.isCallbackOf(i)(r) && discordFake.requests.filter(FakeDiscord.isCallbackOf(i)).length === 2, 0, 5_000);
    console.info(`[figures] Discord callback held open: answered by the retry after ${Date.now() - started} ms (REST timeout 300 ms)`);
    expect(answered.body.data.embeds[0].description).toContain('Pham Binh Minh');
  });

  it('a stalled reply to an @mention is retried after the timeout and arrives once', async () => {
    discordFake.hold((m, p) => m === 'POST' && p === `/api/v10/channels/${CHANNEL_ID}/messages`);
    const before = channelAnswers().length;
    discordFake.dispatch('MESSAGE_CREATE', discordFake.mention(`<@${BOT_ID}> Who chaired AMM 53?`));
    await waitFor(() => channelAnswers().length > before, 'the reply', 5_000);
    await sleep(400);
    expect(channelAnswers().slice(before)).toHaveLength(1);
    expect(JSON.stringify(channelAnswers().at(-1))).toContain('Pham Binh Minh');
  });

  it('echoes the cleaned question as the embed title: no bidi isolates or Arabic letter mark', async () => {
    const req = await discordFake.interact(ask('\u2066Who chaired\u2069 AMM 53?\u061c\u2067\u2068'));
    const title = String(req.body.data.embeds[0].title);
    expect(title).toBe('Who chaired AMM 53?');
    expect(title).not.toMatch(/[\u2066-\u2069\u061c]/);
  });
});
