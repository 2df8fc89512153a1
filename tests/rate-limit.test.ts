// Rate limits: token buckets with an injected clock, per-user and per-channel budgets in the guarded entry, and the
// polite refusal a Slack user actually sees.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSlack, type SlackHandle } from '../adapters/slack/index.js';
import { openBriefing, type Briefing } from '../src/core/briefing.js';
import type { Clock } from '../src/core/clock.js';
import { UserError } from '../src/core/errors.js';
import { QuestionGate } from '../src/core/QuestionGate.js';
import { RateLimiter } from '../src/core/RateLimiter.js';
import { createEngine } from '../src/engine/create-engine.js';
import { loadFacts } from '../src/facts/load-facts.js';
import { Store } from '../src/store/Store.js';
import { FakeSlack, SlackSender, waitFor } from './helpers/fake-slack.js';
import { testConfig } from './helpers/fixtures.js';

/** A clock the test moves by hand. */
function manualClock(start = '2026-09-09T00:00:00Z'): Clock & { advance(ms: number): void } {
  let now = new Date(start).getTime();
  const clock = (() => new Date(now)) as Clock & { advance(ms: number): void };
  clock.advance = (ms) => void (now += ms);
  return clock;
}

const table = loadFacts({ dir: 'tests/fixtures/facts' });
const engine = createEngine(table, { maxQuestionLength: 500 });

function refusal(fn: () => unknown): UserError {
  try {
    fn();
  } catch (error) {
    if (error instanceof UserError) return error;
    throw error;
  }
  throw new Error('expected a UserError');
}

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

describe('QuestionGate', () => {
  const gate = (clock: Clock, userPerMinute = 2, channelPerMinute = 3) => new QuestionGate(engine, { maxQuestionLength: 500, rateLimit: { userPerMinute, channelPerMinute }, clock });

  it('limits each user, with a polite message saying when to retry, in both languages', () => {
    const clock = manualClock();
    const g = gate(clock);
    const ask = (userId: string) => g.ask({ text: 'Who chaired AMM 53?', platform: 'slack', userId, channelId: `C-${userId}` });
    expect(ask('U1').answered).toBe(true);
    ask('U1');
    const err = refusal(() => ask('U1'));
    expect(err.identifier).toBe('RateLimited');
    expect(err.reply('en')).toBe('You are asking a little fast. Please try again in 30 seconds.');
    expect(err.reply('vi')).toBe('Bạn đang hỏi hơi nhanh. Vui lòng thử lại sau 30 giây.');
    expect(err.context).toMatchObject({ scope: 'user', retryAfterSeconds: 30 });
    expect(ask('U2').answered).toBe(true);
    clock.advance(30_000);
    expect(ask('U1').answered).toBe(true);
  });

  it('limits a channel across users, and a refused question spends neither budget', () => {
    const clock = manualClock();
    const g = gate(clock, 2, 3);
    const ask = (userId: string) => g.ask({ text: 'Who chaired AMM 53?', platform: 'discord', userId, channelId: 'C1' });
    ask('A');
    ask('B');
    ask('C');
    const err = refusal(() => ask('D'));
    expect(err.identifier).toBe('RateLimited');
    expect(err.reply('en')).toMatch(/This channel has asked many questions.*try again in 20 seconds/);
    // D was refused by the channel: D's own budget is untouched, so D may ask twice elsewhere.
    expect(g.ask({ text: 'Who chaired AMM 53?', platform: 'discord', userId: 'D', channelId: 'C2' }).answered).toBe(true);
    expect(g.ask({ text: 'Who chaired AMM 53?', platform: 'discord', userId: 'D', channelId: 'C2' }).answered).toBe(true);
  });

  it('keys budgets per platform, and the console (no ids) is never limited', () => {
    const clock = manualClock();
    const g = gate(clock, 1, 1);
    g.ask({ text: 'AMM 53', platform: 'slack', userId: '1', channelId: '9' });
    expect(g.ask({ text: 'AMM 53', platform: 'discord', userId: '1', channelId: '9' })).toBeDefined();
    for (let i = 0; i < 20; i++) g.ask({ text: 'AMM 53', platform: 'console' });
  });

  it('does not spend the question budget on empty questions, clicks or autocomplete', () => {
    const clock = manualClock();
    const g = gate(clock, 1, 5);
    expect(refusal(() => g.ask({ text: ' \u200b ', platform: 'slack', userId: 'U', channelId: 'C' })).identifier).toBe('EmptyQuestion');
    for (let i = 0; i < 10; i++) {
      expect(g.explain('amm53-chair', 'en', { platform: 'slack', userId: 'U' })?.answered).toBe(true);
      g.complete('AMM', 25);
    }
    expect(g.ask({ text: 'Who chaired AMM 53?', platform: 'slack', userId: 'U', channelId: 'C' }).answered).toBe(true);
  });

  it('gives clicks their own generous budget (60 a minute at least)', () => {
    const clock = manualClock();
    const g = gate(clock, 1, 1);
    for (let i = 0; i < 60; i++) g.explain('amm53-chair', 'en', { platform: 'slack', userId: 'U' });
    expect(refusal(() => g.explain('amm53-chair', 'en', { platform: 'slack', userId: 'U' })).identifier).toBe('RateLimited');
  });

  it('cuts questions at maxQuestionLength without splitting an emoji', () => {
    const g = new QuestionGate(engine, { maxQuestionLength: 10, rateLimit: { userPerMinute: 5, channelPerMinute: 5 }, clock: manualClock() });
    expect(g.prepare('AMM 53 chai🙂r')).toBe('AMM 53 cha');
    expect(g.prepare('AMM 53 ch🙂')).toBe('AMM 53 ch');
    expect(g.ask({ text: `Who chaired AMM 53? ${'x'.repeat(10_000)}`, platform: 'console' }).question.length).toBeLessThanOrEqual(10);
  });
});

describe('through Slack', () => {
  const SECRET = 'rate-limit-signing-secret';
  let fake: FakeSlack;
  let dir: string;
  let briefing: Briefing;
  let slack: SlackHandle;
  let sender: SlackSender;
  const clock = manualClock();

  beforeAll(async () => {
    fake = new FakeSlack();
    await fake.start();
    dir = mkdtempSync(join(tmpdir(), 'briefing-rate-'));
    const config = testConfig({
      slack: { botToken: 'xoxb-rate-limit-token', signingSecret: SECRET, port: 0, apiUrl: fake.apiUrl },
      dbPath: join(dir, 'briefing.db'),
      rateLimit: { userPerMinute: 2, channelPerMinute: 30 },
    });
    briefing = openBriefing({ config, table, store: new Store(config.dbPath), clock });
    slack = await startSlack(briefing, { host: '127.0.0.1', port: 0, language: 'en' });
    sender = new SlackSender(`http://127.0.0.1:${slack.port}`, SECRET, fake);
  });

  afterAll(async () => {
    await slack?.stop();
    await fake?.close();
    briefing?.store.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

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
