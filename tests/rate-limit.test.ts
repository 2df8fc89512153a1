// Rate limits: token buckets with an injected clock, per-user and per-channel budgets of the application's questions, and the
// polite refusal a Slack user actually sees.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Clock } from '../src/model/clock.js';
import { Briefing } from '../src/app/Briefing.js';
import type { Origin } from '../src/app/commands.js';
import { QuestionGate } from '../src/app/QuestionGate.js';
import type { Platform } from '../src/app/store-port.js';
import { silentLogger } from '../src/model/logger.js';
import { RateLimiter } from '../src/app/RateLimiter.js';
import { createEngine } from '../src/engine/create-engine.js';
import { loadFacts } from '../src/facts/load-facts.js';
import { FakeSlack, SlackSender, waitFor } from './helpers/fake-slack.js';
import { refusal } from './helpers/refusal.js';
import { startSlackApp, type SlackTestApp } from './helpers/slack-app.js';

/** A clock the test moves by hand. */
function manualClock(start = '2026-09-09T00:00:00Z'): Clock & { advance(ms: number): void } {
  let now = new Date(start).getTime();
  const clock = (() => new Date(now)) as Clock & { advance(ms: number): void };
  clock.advance = (ms) => void (now += ms);
  return clock;
}

const table = loadFacts({ dir: 'tests/fixtures/facts' });
const engine = createEngine(table);

describe('RateLimiter', () => {
  it('allows a burst of perMinute, then refuses until the bucket refills at perMinute per 60 s', () => {
    const clock = manualClock();
    const limiter = new RateLimiter({ perMinute: 6, clock });
    for (let i = 0; i < 6; i++) expect(limiter.tryTake('u')).toBe(true);
    expect(limiter.tryTake('u')).toBe(false);
    expect(limiter.waitMs('u')).toBe(10_000);
    clock.advance(9_999);
    expect(limiter.tryTake('u')).toBe(false);
    clock.advance(1);
    expect(limiter.tryTake('u')).toBe(true);
    expect(limiter.tryTake('u')).toBe(false);
  });

  it('never holds more than perMinute tokens however long it idles, and keys are independent', () => {
    const clock = manualClock();
    const limiter = new RateLimiter({ perMinute: 2, clock });
    expect(limiter.tryTake('a')).toBe(true);
    clock.advance(60 * 60_000);
    expect(limiter.available('a')).toBe(2);
    expect(limiter.tryTake('a') && limiter.tryTake('a')).toBe(true);
    expect(limiter.tryTake('a')).toBe(false);
    expect(limiter.tryTake('b')).toBe(true);
  });

  it('does not refill or break when the clock steps backwards', () => {
    const clock = manualClock();
    const limiter = new RateLimiter({ perMinute: 1, clock });
    expect(limiter.tryTake('u')).toBe(true);
    clock.advance(-30_000);
    expect(limiter.tryTake('u')).toBe(false);
    expect(limiter.waitMs('u')).toBe(60_000);
  });

  it('forgets full buckets when there are too many, keeping the ones still limited', () => {
    const clock = manualClock();
    const limiter = new RateLimiter({ perMinute: 1, clock, maxBuckets: 3 });
    for (const k of ['a', 'b', 'c']) limiter.tryTake(k);
    clock.advance(60_000);
    limiter.tryTake('c');
    limiter.tryTake('d'); // sweeps a and b (full again), keeps c (just emptied)
    expect(limiter.tryTake('c')).toBe(false);
    expect(limiter.tryTake('a')).toBe(true);
  });
});

/** A command's origin on a platform, spelled like Slack. */
const from = (platform: Platform, userId?: string, channelId?: string): Origin => ({
  platform,
  commands: { ask: '/ask', help: '/briefing help', sources: '/briefing sources' },
  userId,
  channelId,
});

describe('the guarded questions of the application', () => {
  const app = (clock: Clock, userPerMinute = 2, channelPerMinute = 3, maxQuestionLength = 500) =>
    new Briefing({
      settings: { maxQuestionLength, rateLimit: { userPerMinute, channelPerMinute }, digestTime: '07:30', timezone: 'Asia/Ho_Chi_Minh' },
      table,
      engine,
      store: () => {
        throw new Error('questions need no store');
      },
      clock,
      logger: silentLogger,
    });
  const ask = (b: Briefing, platform: Platform, userId?: string, channelId?: string, text = 'Who chaired AMM 53?') =>
    b.ask({ origin: from(platform, userId, channelId), text, language: 'en' });
  const explain = (b: Briefing, userId: string) => b.explain({ origin: from('slack', userId), factId: 'amm53-chair', language: 'en' });

  it('limits each user, with a polite message saying when to retry, in both languages', () => {
    const clock = manualClock();
    const g = app(clock);
    const askAs = (userId: string) => ask(g, 'slack', userId, `C-${userId}`);
    expect(askAs('U1').answered).toBe(true);
    askAs('U1');
    const err = refusal(() => askAs('U1'));
    expect(err.identifier).toBe('RateLimited');
    expect(err.language).toBe('en');
    expect(err.reply('en')).toBe('You are asking a little fast. Please try again in 30 seconds.');
    expect(err.reply('vi')).toBe('Bạn đang hỏi hơi nhanh. Vui lòng thử lại sau 30 giây.');
    expect(err.context).toMatchObject({ scope: 'user', retryAfterSeconds: 30 });
    expect(askAs('U2').answered).toBe(true);
    clock.advance(30_000);
    expect(askAs('U1').answered).toBe(true);
  });

  it('limits a channel across users, and a refused question spends neither budget', () => {
    const clock = manualClock();
    const g = app(clock, 2, 3);
    const askAs = (userId: string) => ask(g, 'discord', userId, 'C1');
    askAs('A');
    askAs('B');
    askAs('C');
    const err = refusal(() => askAs('D'));
    expect(err.identifier).toBe('RateLimited');
    expect(err.reply('en')).toMatch(/This channel has asked many questions.*try again in 20 seconds/);
    // D was refused by the channel: D's own budget is untouched, so D may ask twice elsewhere.
    expect(ask(g, 'discord', 'D', 'C2').answered).toBe(true);
    expect(ask(g, 'discord', 'D', 'C2').answered).toBe(true);
  });

  it('keys budgets per platform, and the console (no ids) is never limited', () => {
    const clock = manualClock();
    const g = app(clock, 1, 1);
    ask(g, 'slack', '1', '9', 'AMM 53');
    expect(ask(g, 'discord', '1', '9', 'AMM 53')).toBeDefined();
    for (let i = 0; i < 20; i++) ask(g, 'console', undefined, undefined, 'AMM 53');
  });

  it('does not spend the question budget on empty questions, clicks or autocomplete', () => {
    const clock = manualClock();
    const g = app(clock, 1, 5);
    expect(refusal(() => ask(g, 'slack', 'U', 'C', ' \u200b ')).identifier).toBe('EmptyQuestion');
    for (let i = 0; i < 10; i++) {
      expect(explain(g, 'U').answered).toBe(true);
      g.complete({ origin: from('slack', 'U', 'C'), text: 'AMM', language: 'en', limit: 25 });
    }
    expect(ask(g, 'slack', 'U', 'C').answered).toBe(true);
  });

  it('gives clicks their own generous budget (60 a minute at least)', () => {
    const clock = manualClock();
    const g = app(clock, 1, 1);
    for (let i = 0; i < 60; i++) explain(g, 'U');
    expect(refusal(() => explain(g, 'U')).identifier).toBe('RateLimited');
  });

  it('cuts questions at maxQuestionLength without splitting an emoji', () => {
    const gate = new QuestionGate({ maxQuestionLength: 10, rateLimit: { userPerMinute: 5, channelPerMinute: 5 }, clock: manualClock() });
    expect(gate.prepare('AMM 53 chai🙂r')).toEqual({ question: 'AMM 53 cha', cut: true });
    expect(gate.prepare('AMM 53 ch🙂')).toEqual({ question: 'AMM 53 ch', cut: true });
    expect(ask(app(manualClock(), 5, 5, 10), 'console', undefined, undefined, `Who chaired AMM 53? ${'x'.repeat(10_000)}`).question.length).toBeLessThanOrEqual(10);
  });
});

describe('through Slack', () => {
  let running: SlackTestApp;
  let fake: FakeSlack;
  let sender: SlackSender;
  const clock = manualClock();

  beforeAll(async () => {
    running = await startSlackApp({
      name: 'rate',
      botToken: 'xoxb-rate-limit-token',
      signingSecret: 'rate-limit-signing-secret',
      config: { rateLimit: { userPerMinute: 2, channelPerMinute: 30 } },
      app: { table, clock },
    });
    ({ fake, sender } = running);
  });

  afterAll(() => running?.close());

  const reply = async (path: string) => (await waitFor(() => fake.responsesAt(path)[0], `reply on ${path}`))!;

  it('answers the third /ask within the minute with a short private note on when to retry, then answers again', async () => {
    expect((await reply(await sender.command('/ask', 'Who chaired AMM 53?'))).response_type).toBe('in_channel');
    expect((await reply(await sender.command('/ask', 'Who chaired AMM 53?'))).response_type).toBe('in_channel');
    const refused = await reply(await sender.command('/ask', 'Who chaired AMM 53?'));
    expect(refused.response_type).toBe('ephemeral');
    expect(refused.text).toBe('You are asking a little fast. Please try again in 30 seconds.');
    const vi = await reply(await sender.command('/ask', 'Ai chủ trì AMM 53?'));
    expect(vi.text).toBe('Bạn đang hỏi hơi nhanh. Vui lòng thử lại sau 30 giây.');
    clock.advance(30_000);
    const again = await reply(await sender.command('/ask', 'Who chaired AMM 53?'));
    expect(again.response_type).toBe('in_channel');
    expect(JSON.stringify(again)).toContain('Pham Binh Minh');
  });
});
