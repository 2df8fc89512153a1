// The scheduler: once per local day at or after the channel's time, across restarts, zones and DST, with retries.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLogger } from '../adapters/create-logger.js';
import { DigestScheduler, type SchedulerOptions } from '../src/app/digest/DigestScheduler.js';
import type { Platform } from '../src/app/store-port.js';
import type { DigestTransport } from '../src/app/digest/types.js';
import { DigestSendError } from '../src/model/errors.js';
import { silentLogger } from '../src/model/logger.js';
import type { FactTable } from '../src/facts/fact-table.js';
import { SqliteStore } from '../src/store/SqliteStore.js';
import { ChannelTransport, fact, fixtureFacts, fixtureTable, recordingSleep, RecordingTransport, settableClock, tempDir } from './digest-fixtures.js';

let tmp: ReturnType<typeof tempDir>;
const stores: SqliteStore[] = [];
const openStore = () => {
  const s = new SqliteStore(tmp.db);
  stores.push(s);
  return s;
};

beforeEach(() => {
  tmp = tempDir();
});
afterEach(() => {
  for (const s of stores.splice(0)) s.close();
  tmp.cleanup();
});

function subscribe(store: SqliteStore, channelId: string, time: string, timezone: string, createdAt = '2026-01-01T00:00:00Z', platform: Platform = 'slack') {
  return store.upsertSubscription({ platform, channelId, workspaceId: 'T1', time, timezone, language: 'vi' }, new Date(createdAt));
}

function scheduler(store: SqliteStore, clock: ReturnType<typeof settableClock>, transports: DigestTransport[], extra: Partial<SchedulerOptions> = {}, table: FactTable = fixtureTable()) {
  const sleep = recordingSleep();
  const s = new DigestScheduler({ table, store, clock, logger: silentLogger }, { transports, sleep, ...extra });
  return Object.assign(s, { sleep });
}

describe('once per local day at or after the local time', () => {
  it('sends at 07:30 in Ha Noi time, not before, and only once that day', async () => {
    const store = openStore();
    subscribe(store, 'C1', '07:30', 'Asia/Ho_Chi_Minh');
    const clock = settableClock('2026-11-23T00:29:00Z');
    const slack = new RecordingTransport('slack');
    const s = scheduler(store, clock, [slack]);
    expect((await s.tick()).sends).toEqual([]);
    clock.set('2026-11-23T00:30:00Z');
    const report = await s.tick();
    expect(report.sends).toMatchObject([{ channelId: 'C1', localDate: '2026-11-23', status: 'sent', attempts: 1 }]);
    clock.set('2026-11-23T09:00:00Z');
    await s.tick();
    expect(slack.delivered).toHaveLength(1);
    expect(slack.delivered[0]!.digest).toMatchObject({ date: '2026-11-23', header: 'Thứ Hai, 23/11/2026', timezone: 'Asia/Ho_Chi_Minh' });
    expect(store.getDigestSend('slack', 'C1', '2026-11-23')).toMatchObject({ status: 'sent', attempts: 1, sentAt: '2026-11-23T00:30:00.000Z' });
  });

  it('waits for tomorrow when the channel subscribed after today\'s time', async () => {
    const store = openStore();
    subscribe(store, 'C1', '07:30', 'Asia/Ho_Chi_Minh', '2026-11-23T03:00:00Z'); // 10:00 local
    const clock = settableClock('2026-11-23T05:00:00Z');
    const slack = new RecordingTransport('slack');
    await scheduler(store, clock, [slack]).tick();
    expect(slack.delivered).toHaveLength(0);
    clock.set('2026-11-24T00:30:00Z');
    await scheduler(store, clock, [slack]).tick();
    expect(slack.delivered.map((d) => d.digest.date)).toEqual(['2026-11-24']);
  });
});

describe('exactly once across processes and restarts', () => {
  it('two schedulers on the same SQLite file, same day: one send', async () => {
    const a = openStore();
    subscribe(a, 'C1', '07:30', 'Asia/Ho_Chi_Minh');
    const b = openStore();
    const clock = settableClock('2026-11-23T01:00:00Z');
    const slackA = new RecordingTransport('slack');
    const slackB = new RecordingTransport('slack');
    await Promise.all([scheduler(a, clock, [slackA]).tick(), scheduler(b, clock, [slackB]).tick()]);
    expect(slackA.delivered.length + slackB.delivered.length).toBe(1);

    // A restart later the same day: a fresh store and scheduler on the same file.
    a.close();
    b.close();
    const c = openStore();
    clock.set('2026-11-23T08:00:00Z');
    const slackC = new RecordingTransport('slack');
    expect((await scheduler(c, clock, [slackC]).tick()).sends).toEqual([]);
    expect(slackC.delivered).toHaveLength(0);
  });

  it('a crash after the claim never double-posts while the claim\'s lease runs', async () => {
    const a = openStore();
    subscribe(a, 'C1', '07:30', 'Asia/Ho_Chi_Minh');
    const clock = settableClock('2026-11-23T01:00:00Z');
    const hanging = { platform: 'slack' as const, calls: 0, send: () => new Promise<void>(() => { hanging.calls++; }) };
    void new DigestScheduler({ table: fixtureTable(), store: a, clock, logger: silentLogger }, { transports: [hanging] }).tick();
    await Promise.resolve();
    expect(hanging.calls).toBe(1);
    expect(a.getDigestSend('slack', 'C1', '2026-11-23')?.status).toBe('claimed');

    const b = openStore(); // the restarted process
    const slack = new RecordingTransport('slack');
    await scheduler(b, clock, [slack]).tick();
    expect(slack.delivered).toHaveLength(0);
  });
});

describe('a claim is a lease: reconciled after a crash, the same local day, whichever process runs it', () => {
  /** Process A claims C1 and dies between the claim and the platform's answer (its send never settles). */
  async function crashAfterClaim(behaviour: 'stall' | 'post-then-stall', clock: ReturnType<typeof settableClock>) {
    const a = openStore();
    subscribe(a, 'C1', '07:30', 'Asia/Ho_Chi_Minh');
    const channel = new ChannelTransport('slack', () => behaviour);
    void scheduler(a, clock, [channel], { attemptTimeoutMs: 3_600_000 }).tick();
    await waitUntil(() => channel.calls.length === 1);
    expect(a.getDigestSend('slack', 'C1', '2026-11-23')).toMatchObject({ status: 'claimed', leaseUntil: '2026-11-23T01:01:00.000Z' });
    return channel;
  }

  it('not in the channel: the next pass after the lease sends it once, and records it', async () => {
    const clock = settableClock('2026-11-23T01:00:00Z');
    const channel = await crashAfterClaim('stall', clock);
    const b = openStore(); // the restarted process, with the same channel behind its transport
    const restarted = new ChannelTransport('slack');
    restarted.posted.push(...channel.posted);
    clock.set('2026-11-23T01:00:59Z');
    expect((await scheduler(b, clock, [restarted]).tick()).sends).toEqual([]);
    clock.set('2026-11-23T01:01:00Z');
    const report = await scheduler(b, clock, [restarted]).tick();
    expect(report.sends).toMatchObject([{ channelId: 'C1', status: 'sent', recovered: true, attempts: 1 }]);
    expect(restarted.lookups).toEqual(['C1']);
    expect(restarted.postedIn('C1')).toBe(1);
    expect(b.getDigestSend('slack', 'C1', '2026-11-23')).toMatchObject({ status: 'sent', leaseUntil: null, claimedAt: '2026-11-23T01:00:00.000Z' });
    clock.set('2026-11-23T09:00:00Z');
    await scheduler(b, clock, [restarted]).tick();
    expect(restarted.postedIn('C1')).toBe(1);
  });

  it('already in the channel (posted, but the answer was lost): found, not posted again', async () => {
    const clock = settableClock('2026-11-23T01:00:00Z');
    const channel = await crashAfterClaim('post-then-stall', clock);
    expect(channel.postedIn('C1')).toBe(1);
    const restarted = new ChannelTransport('slack');
    restarted.posted.push(...channel.posted);
    clock.set('2026-11-23T03:00:00Z');
    const report = await scheduler(openStore(), clock, [restarted]).tick();
    expect(report.sends).toMatchObject([{ channelId: 'C1', status: 'found', recovered: true }]);
    expect(restarted.postedIn('C1')).toBe(1);
    expect(openStore().getDigestSend('slack', 'C1', '2026-11-23')).toMatchObject({ status: 'sent' });
  });

  it('a claim whose day ended unreconciled is never sent late, and is logged once as an error', async () => {
    const clock = settableClock('2026-11-23T01:00:00Z');
    await crashAfterClaim('stall', clock);
    const lines: string[] = [];
    const logger = createLogger({ level: 'info', destination: { write: (s: string) => void lines.push(s) } });
    const restarted = new ChannelTransport('slack');
    clock.set('2026-11-23T17:30:00Z'); // 00:30 on the 24th in Ha Noi: before the 24th's time
    const s = new DigestScheduler({ table: fixtureTable(), store: openStore(), clock, logger }, { transports: [restarted], sleep: recordingSleep() });
    await s.tick();
    await s.tick();
    expect(restarted.posted).toEqual([]);
    const errors = lines.map((l) => JSON.parse(l) as Record<string, unknown>).filter((l) => l.level === 50);
    expect(errors).toMatchObject([{ msg: 'digest claimed but never confirmed, and its day is over: it may not have been delivered', channelId: 'C1', localDate: '2026-11-23' }]);
  });

  it('renews the lease while a slow send goes on, so no other process takes it over', async () => {
    const a = openStore();
    subscribe(a, 'C1', '07:30', 'Asia/Ho_Chi_Minh');
    // Real time here: the lease is 90 ms, the send takes 400 ms, another process ticks in between.
    const clock = () => new Date(Date.parse('2026-11-23T01:00:00Z') + (Date.now() - t0));
    const t0 = Date.now();
    let release: () => void = () => undefined;
    const slow = { platform: 'slack' as const, sends: 0, send: () => { slow.sends++; return new Promise<void>((r) => (release = r)); } };
    const first = new DigestScheduler({ table: fixtureTable(), store: a, clock, logger: silentLogger }, { transports: [slow], leaseMs: 90 }).tick();
    await waitUntil(() => slow.sends === 1);
    await new Promise((r) => setTimeout(r, 200));
    const other = new ChannelTransport('slack');
    expect((await new DigestScheduler({ table: fixtureTable(), store: openStore(), clock, logger: silentLogger }, { transports: [other], leaseMs: 90 }).tick()).sends).toEqual([]);
    release();
    expect((await first).sends).toMatchObject([{ status: 'sent', recovered: false }]);
    expect(other.posted).toEqual([]);
  });
});

describe('a stalled transport', () => {
  it('holds up neither the other channels of its pass nor the next tick', async () => {
    const store = openStore();
    subscribe(store, 'STUCK', '07:30', 'Asia/Ho_Chi_Minh');
    subscribe(store, 'LATER', '08:00', 'Asia/Ho_Chi_Minh');
    const clock = settableClock('2026-11-23T00:45:00Z'); // 07:45: STUCK is due, LATER is not yet
    const channel = new ChannelTransport('slack', (id) => (id === 'STUCK' ? 'stall' : 'ok'));
    const s = scheduler(store, clock, [channel], { attemptTimeoutMs: 3_600_000, concurrency: 1 });
    void s.tick();
    await waitUntil(() => channel.calls.length === 1);
    clock.set('2026-11-23T01:05:00Z'); // 08:05: LATER is due while STUCK's send still hangs
    const next = await s.tick();
    expect(next.sends).toMatchObject([{ channelId: 'LATER', status: 'sent' }]);
    expect(channel.postedIn('LATER')).toBe(1);
  });

  it('is abandoned at the attempt timeout; the retry looks in the channel first and finds the post that went out', async () => {
    const store = openStore();
    subscribe(store, 'C1', '07:30', 'Asia/Ho_Chi_Minh');
    const channel = new ChannelTransport('slack', (_id, attempt) => (attempt === 1 ? 'post-then-stall' : 'ok'));
    const report = await scheduler(store, settableClock('2026-11-23T01:00:00Z'), [channel], { attemptTimeoutMs: 50 }).tick();
    expect(channel.calls.map((c) => [c.attempt, c.lookFirst])).toEqual([[1, false], [2, true]]);
    expect(report.sends).toMatchObject([{ status: 'found', attempts: 2, recovered: false }]);
    expect(channel.postedIn('C1')).toBe(1);
    expect(store.getDigestSend('slack', 'C1', '2026-11-23')).toMatchObject({ status: 'sent', attempts: 2 });
  });

  it('cannot hold up stop(): the send is cut short after the drain time and its claim released for the next start', async () => {
    const store = openStore();
    subscribe(store, 'C1', '07:30', 'Asia/Ho_Chi_Minh');
    const clock = settableClock('2026-11-23T01:00:00Z');
    const lines: string[] = [];
    const logger = createLogger({ level: 'info', destination: { write: (s: string) => void lines.push(s) } });
    const channel = new ChannelTransport('slack', () => 'stall');
    const s = new DigestScheduler({ table: fixtureTable(), store, clock, logger }, { transports: [channel], attemptTimeoutMs: 3_600_000, drainTimeoutMs: 50 });
    s.start();
    await waitUntil(() => channel.calls.length === 1);
    await s.stop();
    expect(lines.map((l) => (JSON.parse(l) as { msg: string }).msg)).toContain('digest cut short by shutdown: its claim is released, and the next start looks in the channel before sending');
    expect(store.getDigestSend('slack', 'C1', '2026-11-23')).toMatchObject({ status: 'claimed', leaseUntil: '2026-11-23T01:00:00.000Z' });
    // The next start reconciles it at once, without waiting out a lease.
    const restarted = new ChannelTransport('slack');
    expect((await scheduler(openStore(), clock, [restarted]).tick()).sends).toMatchObject([{ status: 'sent', recovered: true }]);
    expect(restarted.postedIn('C1')).toBe(1);
  });
});

describe('catching up', () => {
  it('sends a missed time later the same local day, never a previous day late', async () => {
    const store = openStore();
    subscribe(store, 'C1', '07:30', 'Asia/Ho_Chi_Minh');
    const slack = new RecordingTransport('slack');
    // Down all morning on the 23rd; back at 22:00 local.
    const clock = settableClock('2026-11-23T15:00:00Z');
    await scheduler(store, clock, [slack]).tick();
    expect(slack.delivered.map((d) => d.digest.date)).toEqual(['2026-11-23']);
    // Down all of the 24th; back at 06:00 local on the 25th: nothing for the 24th, the 25th at its time.
    clock.set('2026-11-24T23:00:00Z');
    await scheduler(store, clock, [slack]).tick();
    expect(slack.delivered).toHaveLength(1);
    clock.set('2026-11-25T00:30:00Z');
    await scheduler(store, clock, [slack]).tick();
    expect(slack.delivered.map((d) => d.digest.date)).toEqual(['2026-11-23', '2026-11-25']);
    expect(store.getDigestSend('slack', 'C1', '2026-11-24')).toBeUndefined();
  });

  it('leaves a platform without a transport unclaimed, to be sent once one is there', async () => {
    const store = openStore();
    subscribe(store, 'D1', '07:30', 'Asia/Ho_Chi_Minh', undefined, 'discord');
    const clock = settableClock('2026-11-23T01:00:00Z');
    const report = await scheduler(store, clock, [new RecordingTransport('slack')]).tick();
    expect(report).toMatchObject({ sends: [], noTransport: 1 });
    const discord = new RecordingTransport('discord');
    await scheduler(store, clock, [discord]).tick();
    expect(discord.delivered).toHaveLength(1);
  });
});

describe('time zones and DST', () => {
  it('New York and Ha Noi channels at 07:00 around midnight UTC each get their own local day', async () => {
    const store = openStore();
    // 13:00Z on the 22nd: 08:00 in New York (after its time: starts tomorrow), 20:00 in Ha Noi.
    subscribe(store, 'HN', '07:00', 'Asia/Ho_Chi_Minh', '2026-11-22T13:00:00Z');
    subscribe(store, 'NY', '07:00', 'America/New_York', '2026-11-22T13:00:00Z');
    const slack = new RecordingTransport('slack');
    const clock = settableClock('2026-11-22T23:59:00Z');
    await scheduler(store, clock, [slack]).tick();
    expect(slack.delivered).toHaveLength(0);
    clock.set('2026-11-23T00:00:00Z'); // 07:00 on the 23rd in Ha Noi, 19:00 on the 22nd in New York
    await scheduler(store, clock, [slack]).tick();
    expect(slack.delivered.map((d) => [d.subscription.channelId, d.digest.date])).toEqual([['HN', '2026-11-23']]);
    clock.set('2026-11-23T11:59:00Z');
    await scheduler(store, clock, [slack]).tick();
    expect(slack.delivered).toHaveLength(1);
    clock.set('2026-11-23T12:00:00Z'); // 07:00 EST
    await scheduler(store, clock, [slack]).tick();
    expect(slack.delivered.map((d) => [d.subscription.channelId, d.digest.date, d.digest.timezone])).toEqual([
      ['HN', '2026-11-23', 'Asia/Ho_Chi_Minh'],
      ['NY', '2026-11-23', 'America/New_York'],
    ]);
  });

  it('follows the spring-forward change: 07:30 EST then 07:30 EDT, and a skipped 02:30 goes out at 03:30', async () => {
    const store = openStore();
    subscribe(store, 'NY', '07:30', 'America/New_York');
    subscribe(store, 'GAP', '02:30', 'America/New_York');
    const slack = new RecordingTransport('slack');
    const clock = settableClock('2026-03-07T12:29:00Z');
    const at = async (iso: string) => {
      clock.set(iso);
      await scheduler(store, clock, [slack]).tick();
      return slack.delivered.map((d) => `${d.subscription.channelId} ${d.digest.date}`);
    };
    expect(await at('2026-03-07T12:29:00Z')).toEqual(['GAP 2026-03-07']);
    expect(await at('2026-03-07T12:30:00Z')).toEqual(['GAP 2026-03-07', 'NY 2026-03-07']);
    expect(await at('2026-03-08T07:29:00Z')).toHaveLength(2); // 03:29 EDT: the 02:30 that never was is not yet due
    expect(await at('2026-03-08T07:30:00Z')).toContain('GAP 2026-03-08');
    expect(await at('2026-03-08T11:29:00Z')).not.toContain('NY 2026-03-08');
    expect(await at('2026-03-08T11:30:00Z')).toContain('NY 2026-03-08'); // 07:30 EDT = 11:30Z
  });

  it('sends once on the fall-back day, when 01:30 happens twice', async () => {
    const store = openStore();
    subscribe(store, 'NY', '01:30', 'America/New_York');
    const slack = new RecordingTransport('slack');
    const clock = settableClock('2026-11-01T05:30:00Z'); // 01:30 EDT
    await scheduler(store, clock, [slack]).tick();
    clock.set('2026-11-01T06:30:00Z'); // 01:30 EST
    await scheduler(store, clock, [slack]).tick();
    expect(slack.delivered.map((d) => d.digest.date)).toEqual(['2026-11-01']);
  });
});

describe('retries', () => {
  it('a transport that fails twice then succeeds delivers once, after 2 s and 4 s of backoff', async () => {
    const store = openStore();
    subscribe(store, 'C1', '07:30', 'Asia/Ho_Chi_Minh');
    const slack = new RecordingTransport('slack', [new Error('socket hang up'), new Error('503')]);
    const s = scheduler(store, settableClock('2026-11-23T01:00:00Z'), [slack]);
    const report = await s.tick();
    expect(slack.delivered).toHaveLength(1);
    expect(s.sleep.waits).toEqual([2000, 4000]);
    expect(slack.calls.map((c) => c.attempt)).toEqual([1, 2, 3]);
    expect(new Set(slack.calls.map((c) => c.id)).size).toBe(1);
    expect(slack.calls[0]!.id.length).toBeLessThanOrEqual(25);
    expect(report.sends).toMatchObject([{ status: 'sent', attempts: 3 }]);
    expect(store.getDigestSend('slack', 'C1', '2026-11-23')).toMatchObject({ status: 'sent', attempts: 3 });
  });

  it('honours the retry-after a transport reports, capped', async () => {
    const store = openStore();
    subscribe(store, 'C1', '07:30', 'Asia/Ho_Chi_Minh');
    const slackRateLimit = new DigestSendError('rate limited', { retryAfterMs: 7_000 });
    const slack = new RecordingTransport('slack', [new DigestSendError('busy', { retryAfterMs: 30_000 }), slackRateLimit, new DigestSendError('slow down', { retryAfterMs: 3_600_000 })]);
    const s = scheduler(store, settableClock('2026-11-23T01:00:00Z'), [slack], { maxDelayMs: 600_000 });
    await s.tick();
    expect(s.sleep.waits).toEqual([30_000, 7_000, 600_000]);
    expect(slack.delivered).toHaveLength(1);
  });

  it('gives up after the bounded attempts, records the failure, and does not retry that day', async () => {
    const store = openStore();
    subscribe(store, 'C1', '07:30', 'Asia/Ho_Chi_Minh');
    const failures = Array.from({ length: 10 }, () => new Error('down with token xoxb-123-456-secret'));
    const slack = new RecordingTransport('slack', failures);
    const clock = settableClock('2026-11-23T01:00:00Z');
    const s = scheduler(store, clock, [slack]);
    expect((await s.tick()).sends).toMatchObject([{ status: 'failed', attempts: 4 }]);
    expect(s.sleep.waits).toEqual([2000, 4000, 8000]);
    const row = store.getDigestSend('slack', 'C1', '2026-11-23')!;
    expect(row).toMatchObject({ status: 'failed', attempts: 4 });
    expect(row.error).not.toContain('xoxb');
    clock.set('2026-11-23T05:00:00Z');
    await s.tick();
    expect(slack.calls).toHaveLength(4);
  });

  it('does not retry a permanent error (channel gone)', async () => {
    const store = openStore();
    subscribe(store, 'C1', '07:30', 'Asia/Ho_Chi_Minh');
    const gone = new DigestSendError('Unknown Channel', { permanent: true });
    const slack = new RecordingTransport('slack', [gone]);
    const s = scheduler(store, settableClock('2026-11-23T01:00:00Z'), [slack]);
    expect((await s.tick()).sends).toMatchObject([{ status: 'failed', attempts: 1 }]);
    expect(s.sleep.waits).toEqual([]);
  });
});

describe('content over days', () => {
  it('N daily digests cover all N facts as briefing points before any repeats; a failed day does not use one up', async () => {
    const store = openStore();
    subscribe(store, 'C1', '07:30', 'Asia/Ho_Chi_Minh');
    const table = fixtureTable();
    const n = table.facts.filter((f) => f.kind === 'fact').length;
    const slack = new RecordingTransport('slack', [new DigestSendError('gone', { permanent: true })]);
    const clock = settableClock('2026-12-01T01:00:00Z');
    const points: (string | null)[] = [];
    for (let day = 0; day <= n; day++) {
      clock.set(new Date(Date.UTC(2026, 11, 1 + day, 1)).toISOString());
      const report = await scheduler(store, clock, [slack], {}, table).tick();
      points.push(report.sends[0]!.briefingPoint);
    }
    // Day 0 failed: its point comes back on day 1; days 1..n cover every fact once.
    expect(points[1]).toBe(points[0]);
    const delivered = slack.delivered.map((d) => d.digest.sections.at(-1)!.items[0]!.factId);
    expect(delivered).toHaveLength(n);
    expect(new Set(delivered).size).toBe(n);
  });

  it('shows facts added since the previous digest under "new in the fact table"', async () => {
    const store = openStore();
    subscribe(store, 'C1', '07:30', 'Asia/Ho_Chi_Minh');
    const slack = new RecordingTransport('slack');
    const clock = settableClock('2026-11-23T01:00:00Z');
    const first = scheduler(store, clock, [slack]);
    first.recordFactsSeen();
    await first.tick();
    expect(slack.delivered[0]!.digest.sections.map((s) => s.kind)).not.toContain('new-facts');
    // Redeployed at noon with one more fact.
    clock.set('2026-11-23T05:00:00Z');
    const grown = fixtureTable([...fixtureFacts(), fact('new-resolution', { value: '2026-10-01' }, ['asean-un'])]);
    const second = scheduler(store, clock, [slack], {}, grown);
    second.recordFactsSeen();
    clock.set('2026-11-24T01:00:00Z');
    await second.tick();
    const news = slack.delivered[1]!.digest.sections.find((s) => s.kind === 'new-facts');
    expect(news?.items.map((i) => i.factId)).toEqual(['new-resolution']);
    clock.set('2026-11-25T01:00:00Z');
    await second.tick();
    expect(slack.delivered[2]!.digest.sections.map((s) => s.kind)).not.toContain('new-facts');
  });
});

describe('logging and lifecycle', () => {
  it('logs one line per send, without the digest text or secrets', async () => {
    const store = openStore();
    subscribe(store, 'C1', '07:30', 'Asia/Ho_Chi_Minh');
    subscribe(store, 'C2', '07:30', 'Asia/Ho_Chi_Minh');
    const lines: string[] = [];
    const logger = createLogger({ level: 'info', destination: { write: (s: string) => void lines.push(s) } });
    const slack = new RecordingTransport('slack', [new Error('blip')]);
    await new DigestScheduler({ table: fixtureTable(), store, clock: settableClock('2026-11-23T01:00:00Z'), logger }, { transports: [slack], sleep: recordingSleep() }).tick();
    expect(lines).toHaveLength(2);
    const parsed = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    // Sends run concurrently: C1's retry makes it finish second.
    expect(parsed.map((p) => [p.msg, p.channelId, p.localDate]).sort()).toEqual([
      ['digest sent', 'C1', '2026-11-23'],
      ['digest sent', 'C2', '2026-11-23'],
    ]);
    expect(parsed.map((p) => [p.channelId, p.attempts])).toEqual([['C2', 1], ['C1', 2]]);
    expect(lines.join('')).not.toContain('Dữ kiện');
  });

  it('start() ticks at once and stop() waits for it', async () => {
    const store = openStore();
    subscribe(store, 'C1', '07:30', 'Asia/Ho_Chi_Minh');
    const slack = new RecordingTransport('slack');
    const s = scheduler(store, settableClock('2026-11-23T01:00:00Z'), [slack], { intervalMs: 3_600_000 });
    s.start();
    await s.stop();
    expect(slack.delivered).toHaveLength(1);
    expect(store.factFirstSeen().size).toBe(fixtureTable().facts.length);
  });
});

/** Waits (bounded) until a condition holds. */
async function waitUntil(condition: () => boolean, timeoutMs = 2_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 5));
  }
}
