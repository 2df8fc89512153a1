// Sends each subscribed channel's digest once per local day, at or after its local time, through injected transports;
// a claim is a lease, so a digest whose sender died is reconciled the same day by whichever process runs next.
import { createHash } from 'node:crypto';
import type { FactTable } from '../../facts/fact-table.js';
import type { Clock } from '../../model/clock.js';
import { DigestSendError, describeError, errorSummary, StoreError } from '../../model/errors.js';
import type { Logger } from '../../model/logger.js';
import type { BriefingStore, DigestSendKey, DigestSendRecord, Subscription } from '../store-port.js';
import { briefingPointOf, digestFactIds, type DigestLimits } from './build-digest.js';
import { buildChannelDigest } from './channel-digest.js';
import { dueLocalDate } from './digest-schedule.js';
import { DEFAULT_RETRY, realSleep, sendWithRetry, type RetryOptions } from './retry-send.js';
import type { DeliveryResult, Digest, DigestTransport } from './types.js';

/** What the scheduler needs from the process: no engine, so `digest send` works without building one. */
export interface SchedulerDeps {
  table: FactTable;
  store: BriefingStore;
  clock: Clock;
  logger: Logger;
}

export interface SchedulerOptions extends RetryOptions {
  /** One per platform; subscriptions on a platform without a transport are left alone (not claimed). */
  transports: readonly DigestTransport[];
  /** Time between ticks once started. */
  intervalMs: number;
  /** Channels sent to at the same time within one tick (a slow or rate-limited one does not hold up the rest). */
  concurrency: number;
  /** Section sizes of the digests. */
  limits?: Partial<DigestLimits>;
  /** Told of each delivery once it has ended (the metrics count digests sent and failed). */
  onSend?: (report: SendReport) => void;
  /**
   * How long a claim holds without renewal. It is renewed while the digest is being sent; once a claim's lease has
   * run out (its process crashed, was killed, or stalled), the next pass that day takes it over and reconciles it.
   */
  leaseMs: number;
  /** One delivery attempt is abandoned after this long (a transport that stalls); the next attempt looks first. */
  attemptTimeoutMs: number;
  /** stop() lets deliveries in progress finish for this long, then cuts them short and releases their claims. */
  drainTimeoutMs: number;
}

export const DEFAULT_SCHEDULER_OPTIONS: Readonly<Omit<SchedulerOptions, 'transports'>> = Object.freeze({
  ...DEFAULT_RETRY,
  sleep: realSleep,
  intervalMs: 60_000,
  concurrency: 4,
  leaseMs: 60_000,
  attemptTimeoutMs: 30_000,
  drainTimeoutMs: 10_000,
});

export interface SendReport {
  platform: Subscription['platform'];
  channelId: string;
  localDate: string;
  /** 'found': a send interrupted earlier had gone out (the transport found it in the channel), so nothing was posted. */
  status: 'sent' | 'found' | 'failed';
  /** This delivery took over a claim whose sender had died (crash, kill, stall) rather than making a fresh one. */
  recovered: boolean;
  attempts: number;
  briefingPoint: string | null;
}

export interface TickReport {
  /** Digests this tick claimed (or took over) and tried to deliver. */
  sends: SendReport[];
  /** Subscriptions with no digest due now (before their time, today's already claimed, or being sent). */
  notDue: number;
  /** Subscriptions due on a platform with no transport here. */
  noTransport: number;
}

interface InFlightDelivery {
  key: DigestSendKey;
  /** Set by stop() when the drain time ran out: the claim was released and nothing more is recorded. */
  cutShort: boolean;
}

/**
 * Exactly once per (platform, channel, local date). The row in digest_sends is claimed in an IMMEDIATE transaction
 * before sending, so two processes, or a restart, never post the same day twice. The claim is a lease (renewed while
 * sending): if its sender dies between the claim and the platform's answer, the row stays 'claimed' until the lease
 * runs out, and then the next pass the same local day takes it over and asks the transport to look in the channel
 * before posting (Slack: the message's metadata; Discord: the bot's messages since the claim), so it is delivered once
 * and never twice. Every retry after a failure or a timeout looks first in the same way. A transport that cannot look
 * (the console) sends again. A claim whose day ended before it could be reconciled is logged as an error.
 */
export class DigestScheduler {
  private readonly options: SchedulerOptions;
  private readonly transports: ReadonlyMap<string, DigestTransport>;
  private readonly passes = new Set<Promise<TickReport>>();
  private readonly inFlight = new Map<string, InFlightDelivery>();
  /** Expired claims of earlier days already reported (each is logged once per process). */
  private readonly reported = new Set<string>();
  private timer: NodeJS.Timeout | undefined;
  private stopped = false;
  private warnedEmpty = false;

  constructor(
    private readonly deps: SchedulerDeps,
    options: Partial<SchedulerOptions> & Pick<SchedulerOptions, 'transports'>,
  ) {
    this.options = { ...DEFAULT_SCHEDULER_OPTIONS, ...options };
    this.transports = new Map(this.options.transports.map((t) => [t.platform, t]));
  }

  /** Notes the first time each fact id is seen, for "new in the fact table". Returns how many ids were new. */
  recordFactsSeen(): number {
    return this.deps.store.recordFactsSeen(this.deps.table.facts.map((f) => f.id), this.deps.clock());
  }

  /**
   * One pass: every due subscription gets its digest. Passes may overlap (a stuck send never holds up the next tick);
   * the claims keep them apart, and a channel being sent by this process is skipped.
   */
  tick(): Promise<TickReport> {
    const pass = this.pass();
    this.passes.add(pass);
    void pass.finally(() => this.passes.delete(pass)).catch(() => undefined);
    return pass;
  }

  /** Ticks now and then every intervalMs on an unref'd timer (it never keeps the process alive). */
  start(): void {
    if (this.timer || this.stopped) return;
    const run = () => {
      this.tick().catch((error: unknown) => this.deps.logger.error({ err: describeError(error) }, 'digest tick failed'));
    };
    this.timer = setInterval(run, this.options.intervalMs);
    this.timer.unref();
    run();
  }

  /**
   * Stops ticking and lets the passes in progress finish for up to drainTimeoutMs; a delivery still going then is cut
   * short: its claim is released at once (so the next start reconciles it without waiting out the lease) and logged.
   */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    if (!(await settlesWithin(Promise.allSettled([...this.passes]), this.options.drainTimeoutMs))) {
      const { store, clock, logger } = this.deps;
      for (const delivery of this.inFlight.values()) {
        delivery.cutShort = true;
        try {
          store.setDigestLease(delivery.key, clock());
        } catch (error) {
          logger.error({ ...delivery.key, err: describeError(error) }, 'digest cut short: its claim could not be released (taken over when the lease runs out)');
          continue;
        }
        logger.warn(delivery.key, 'digest cut short by shutdown: its claim is released, and the next start looks in the channel before sending');
      }
    }
  }

  private async pass(): Promise<TickReport> {
    const { store, clock, logger } = this.deps;
    const report: TickReport = { sends: [], notDue: 0, noTransport: 0 };
    if (this.stopped) return report;
    try {
      this.recordFactsSeen();
    } catch (error) {
      if (!(error instanceof StoreError)) throw error;
      // Nothing could be claimed, so nothing is sent: say so every pass until the database takes writes again.
      logger.error({ err: describeError(error) }, 'digest: the database cannot record sends; no digest is sent until it can');
      return report;
    }
    if (!this.deps.table.facts.length) {
      // Nothing to brief on: claim nothing, so the digests go out once a table is loaded the same day.
      if (!this.warnedEmpty) logger.warn('digest: the fact table is empty; no digest sent');
      this.warnedEmpty = true;
      return report;
    }
    const now = clock();
    const queue: Subscription[] = [];
    const considered = new Set<string>();
    for (const sub of store.listSubscriptions()) {
      const localDate = dueLocalDate(sub, now);
      const key = localDate && keyOf({ platform: sub.platform, channelId: sub.channelId, localDate });
      if (key) considered.add(key);
      const row = localDate ? store.getDigestSend(sub.platform, sub.channelId, localDate) : undefined;
      if (!key || (row && !leaseExpired(row, now)) || this.inFlight.has(key)) report.notDue++;
      else if (!this.transports.has(sub.platform)) report.noTransport++;
      else queue.push(sub);
    }
    this.reportUnreconciled(now, considered);
    const worker = async () => {
      for (let sub = queue.shift(); sub && !this.stopped; sub = queue.shift()) {
        const sent = await this.deliver(sub);
        if (sent) report.sends.push(sent);
        else report.notDue++;
      }
    };
    await Promise.all(Array.from({ length: Math.max(1, this.options.concurrency) }, worker));
    return report;
  }

  /** Claims (or takes over an expired claim), sends and records one channel's digest; undefined when not due. */
  private async deliver(sub: Subscription): Promise<SendReport | undefined> {
    const { store, clock, logger } = this.deps;
    const transport = this.transports.get(sub.platform)!;
    let claim: { localDate: string; digest: Digest; claimedAt: Date; recovered: boolean } | undefined;
    try {
      claim = store.immediate(() => {
        const now = clock();
        const localDate = dueLocalDate(sub, now);
        if (!localDate) return undefined;
        const key = { platform: sub.platform, channelId: sub.channelId, localDate };
        const row = store.getDigestSend(sub.platform, sub.channelId, localDate);
        if (row && !leaseExpired(row, now)) return undefined;
        const leaseUntil = new Date(now.getTime() + this.options.leaseMs);
        const digest = buildChannelDigest(this.deps, { ...key, timezone: sub.timezone, language: sub.language, limits: this.options.limits });
        if (row) return store.reclaimDigestSend(key, now, leaseUntil) ? { localDate, digest, claimedAt: new Date(row.claimedAt), recovered: true } : undefined;
        const claimed = store.claimDigestSend({ ...key, briefingPoint: briefingPointOf(digest), factIds: digestFactIds(digest) }, now, leaseUntil);
        return claimed ? { localDate, digest, claimedAt: now, recovered: false } : undefined;
      });
    } catch (error) {
      logger.error({ platform: sub.platform, channelId: sub.channelId, err: describeError(error) }, 'digest not built');
      return undefined;
    }
    if (!claim) return undefined;

    const { localDate, digest, claimedAt, recovered } = claim;
    const key: DigestSendKey = { platform: sub.platform, channelId: sub.channelId, localDate };
    const delivery: InFlightDelivery = { key, cutShort: false };
    this.inFlight.set(keyOf(key), delivery);
    if (recovered) logger.warn({ ...key, claimedAt: claimedAt.toISOString() }, 'digest claim taken over: its sender stopped before confirming; looking in the channel before sending');
    const renew = setInterval(() => this.renewLease(delivery), Math.max(1, Math.floor(this.options.leaseMs / 3)));
    renew.unref();
    const deliveryId = createHash('sha256').update(`${sub.platform}\n${sub.channelId}\n${localDate}`).digest('hex').slice(0, 24);
    const started = clock().getTime();
    let outcome;
    try {
      outcome = await sendWithRetry(
        (attempt) => withTimeout(transport.send(sub, digest, { id: deliveryId, attempt, claimedAt, lookFirst: recovered || attempt > 1 }), this.options.attemptTimeoutMs),
        this.options,
      );
    } finally {
      clearInterval(renew);
      this.inFlight.delete(keyOf(key));
    }
    // Cut short by stop(): the claim was released for the next process, which reconciles it; the database may be closed.
    if (delivery.cutShort) return undefined;
    const status: SendReport['status'] = !outcome.ok ? 'failed' : outcome.value === 'found' ? 'found' : 'sent';
    const error = outcome.ok ? undefined : errorSummary(outcome.error);
    const briefingPoint = briefingPointOf(digest);
    const line = { ...key, timezone: sub.timezone, attempts: outcome.attempts, briefingPoint, items: digestFactIds(digest).length, recovered, ms: clock().getTime() - started };
    try {
      store.finishDigestSend(key, { status: status === 'failed' ? 'failed' : 'sent', attempts: outcome.attempts, error }, clock());
    } catch (e) {
      // The channel has (or has not) its digest, but the row stays 'claimed': it is reconciled once its lease runs out.
      logger.error({ ...line, status, err: describeError(e) }, 'digest outcome could not be recorded; it is reconciled after the lease');
      return { ...key, status, recovered, attempts: outcome.attempts, briefingPoint };
    }
    if (status === 'found') logger.info(line, 'digest found in the channel: an interrupted send had gone out; not sent again');
    else if (status === 'sent') logger.info(line, recovered ? 'digest sent after an interrupted send (it was not in the channel)' : 'digest sent');
    else logger.error({ ...line, err: error }, 'digest failed');
    const report: SendReport = { ...key, status, recovered, attempts: outcome.attempts, briefingPoint };
    this.options.onSend?.(report);
    return report;
  }

  private renewLease(delivery: InFlightDelivery): void {
    const { store, clock, logger } = this.deps;
    try {
      store.setDigestLease(delivery.key, new Date(clock().getTime() + this.options.leaseMs));
    } catch (error) {
      logger.error({ ...delivery.key, err: describeError(error) }, 'digest lease could not be renewed');
    }
  }

  /** Claims whose lease ran out and that no pass today will reconcile (their day is over, or the channel unsubscribed). */
  private reportUnreconciled(now: Date, considered: ReadonlySet<string>): void {
    for (const row of this.deps.store.expiredDigestClaims(now)) {
      const key = keyOf(row);
      if (considered.has(key) || this.reported.has(key)) continue;
      this.reported.add(key);
      this.deps.logger.error(
        { platform: row.platform, channelId: row.channelId, localDate: row.localDate, claimedAt: row.claimedAt },
        'digest claimed but never confirmed, and its day is over: it may not have been delivered',
      );
    }
  }
}

const keyOf = (k: DigestSendKey): string => `${k.platform}\n${k.channelId}\n${k.localDate}`;

/** A 'claimed' row whose lease ran out (claims from before leases: at their claim time). */
function leaseExpired(row: DigestSendRecord, now: Date): boolean {
  return row.status === 'claimed' && Date.parse(row.leaseUntil ?? row.claimedAt) <= now.getTime();
}

/** The send, or a DigestSendError once `ms` pass (the stalled call is abandoned; the retry looks before sending). */
function withTimeout(work: Promise<DeliveryResult | void>, ms: number): Promise<DeliveryResult | void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new DigestSendError(`the transport did not answer within ${ms} ms`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

async function settlesWithin(work: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), ms)));
  const done = await Promise.race([work.then(() => true), timeout]);
  clearTimeout(timer);
  return done;
}
