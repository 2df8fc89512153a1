// Shared by the digest tests: a small fact table built in code, a settable clock, temp SQLite files, a recording transport.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Clock } from '../src/model/clock.js';
import type { Digest, DigestDelivery, DigestTransport } from '../src/app/digest/types.js';
import { buildFactTable, type FactTable } from '../src/facts/fact-table.js';
import type { Fact, PartialDate, Source } from '../src/facts/schema.js';
import type { Platform, Subscription } from '../src/app/store-port.js';

export const SOURCE: Source = {
  id: 'src-unga',
  title: 'Đại hội đồng LHQ thông qua nghị quyết hợp tác ASEAN-LHQ',
  outlet: 'Báo Mẫu',
  author: 'Nguyễn Văn A',
  published: { value: '2020-11-24', precision: 'day', inferred: false },
  article: 'sample_article.txt',
};

export function fact(id: string, date?: Partial<PartialDate> & { value: string }, tags: string[] = []): Fact {
  return {
    id,
    sources: [SOURCE.id],
    answer: { vi: `Dữ kiện ${id}.`, en: `Fact ${id}.` },
    questions: { vi: [`Hỏi ${id}?`, `Hoi ${id}?`], en: [`Ask ${id}?`] },
    date: date && { precision: 'day', inferred: false, ...date },
    entities: [],
    tags,
  };
}

/** On 23/11/2026: the resolution (and a second fact of the same event), a range, a coming-up event, odd dates. */
export function fixtureFacts(): Fact[] {
  return [
    fact('asean-un-resolution-adopted', { value: '2020-11-23' }, ['asean-un']),
    fact('asean-un-resolution-cosponsors', { value: '2020-11-23' }, ['asean-un']),
    fact('aured-dialogue', { value: '2019-11-21', end: '2019-11-23' }, ['aured']),
    fact('som-online', { value: '2020-11-26' }, ['som']),
    fact('amm53-opening', { value: '2020-09-09', end: '2020-09-12' }, ['amm-53']),
    fact('leap-day-meeting', { value: '2016-02-29' }, ['leap']),
    fact('chair-year-month', { value: '2020-11', precision: 'month' }, ['chair']),
    fact('undated-principle'),
    fact('future-plan', { value: '2030-11-23' }, ['future']),
  ];
}

export function fixtureTable(facts: Fact[] = fixtureFacts()): FactTable {
  return buildFactTable([SOURCE], facts, [
    { id: 'coc', acronyms: ['COC'], names: { vi: ['Bộ quy tắc ứng xử'], en: ['Code of Conduct'] }, answer: { vi: 'COC là…', en: 'The COC is…' }, sources: [SOURCE.id], tags: [] },
  ]);
}

/** A clock the test moves by hand. */
export function settableClock(iso: string): Clock & { set(iso: string): void; advance(ms: number): void } {
  let now = new Date(iso);
  const clock = (() => new Date(now)) as Clock & { set(iso: string): void; advance(ms: number): void };
  clock.set = (next) => {
    now = new Date(next);
  };
  clock.advance = (ms) => {
    now = new Date(now.getTime() + ms);
  };
  return clock;
}

export function tempDir(): { dir: string; db: string; cleanup(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'briefing-digest-'));
  return { dir, db: join(dir, 'briefing.db'), cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A transport that records deliveries and fails with the queued errors first. */
export class RecordingTransport implements DigestTransport {
  readonly delivered: { subscription: Subscription; digest: Digest; delivery?: DigestDelivery }[] = [];
  readonly calls: DigestDelivery[] = [];
  constructor(
    readonly platform: Platform,
    readonly failures: unknown[] = [],
  ) {}
  async send(subscription: Subscription, digest: Digest, delivery?: DigestDelivery): Promise<void> {
    if (delivery) this.calls.push(delivery);
    const failure = this.failures.shift();
    if (failure !== undefined) throw failure;
    this.delivered.push({ subscription, digest, delivery });
  }
}

/** A sleep that only records what it was asked to wait. */
export function recordingSleep(): ((ms: number) => Promise<void>) & { waits: number[] } {
  const waits: number[] = [];
  const sleep = (async (ms: number) => {
    waits.push(ms);
  }) as ((ms: number) => Promise<void>) & { waits: number[] };
  sleep.waits = waits;
  return sleep;
}

/** How a ChannelTransport handles one send: answer, stall before posting, or post and then stall (the answer lost). */
export type SendBehaviour = 'ok' | 'stall' | 'post-then-stall';

/**
 * A transport over a pretend channel that remembers what was posted and, asked to look first, finds a delivery already
 * there (as Slack's metadata and Discord's history look-ups do). `behave` decides each send by channel and attempt.
 */
export class ChannelTransport implements DigestTransport {
  readonly posted: { channelId: string; deliveryId: string | undefined; date: string }[] = [];
  readonly lookups: string[] = [];
  readonly calls: { channelId: string; attempt: number | undefined; lookFirst: boolean | undefined }[] = [];
  constructor(
    readonly platform: Platform,
    private readonly behave: (channelId: string, attempt: number) => SendBehaviour = () => 'ok',
  ) {}
  async send(subscription: Subscription, digest: Digest, delivery?: DigestDelivery): Promise<'sent' | 'found'> {
    const channelId = subscription.channelId;
    this.calls.push({ channelId, attempt: delivery?.attempt, lookFirst: delivery?.lookFirst });
    if (delivery?.lookFirst) {
      this.lookups.push(channelId);
      if (this.posted.some((p) => p.channelId === channelId && p.deliveryId === delivery.id)) return 'found';
    }
    const behaviour = this.behave(channelId, delivery?.attempt ?? 1);
    if (behaviour === 'stall') return new Promise<never>(() => undefined);
    this.posted.push({ channelId, deliveryId: delivery?.id, date: digest.date });
    if (behaviour === 'post-then-stall') return new Promise<never>(() => undefined);
    return 'sent';
  }
  postedIn(channelId: string): number {
    return this.posted.filter((p) => p.channelId === channelId).length;
  }
}
