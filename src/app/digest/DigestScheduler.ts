// Sends each subscribed channel's digest once per local day, at or after its local time, through injected transports.
import { createHash } from 'node:crypto';
import type { FactTable } from '../../facts/fact-table.js';
import type { Clock } from '../../model/clock.js';
import { describeError, errorSummary } from '../../model/errors.js';
import type { Logger } from '../../model/logger.js';
import type { BriefingStore, Subscription } from '../store-port.js';
import { briefingPointOf, digestFactIds, type DigestLimits } from './build-digest.js';
import { buildChannelDigest } from './channel-digest.js';
import { dueLocalDate } from './digest-schedule.js';
import { DEFAULT_RETRY, realSleep, sendWithRetry, type RetryOptions } from './retry-send.js';
import type { Digest, DigestTransport } from './types.js';

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
}

export const DEFAULT_SCHEDULER_OPTIONS: Readonly<Omit<SchedulerOptions, 'transports'>> = Object.freeze({
  ...DEFAULT_RETRY,
  sleep: realSleep,
  intervalMs: 60_000,
  concurrency: 4,
});

export interface SendReport {
  platform: Subscription['platform'];
  channelId: string;
  localDate: string;
  status: 'sent' | 'failed';
  attempts: number;
  briefingPoint: string | null;
}

export interface TickReport {
  /** Digests this tick claimed and tried to deliver. */
  sends: SendReport[];
  /** Subscriptions with no digest due now (before their time, or today's already claimed). */
  notDue: number;
  /** Subscriptions due on a platform with no transport here. */
  noTransport: number;
}

/**
 * Exactly once per (platform, channel, local date): the row in digest_sends is claimed in an IMMEDIATE transaction
 * before sending, so two processes, or a restart, never post the same day twice. The trade-off: a crash between the
 * claim and the platform's reply leaves the row 'claimed' and that day's digest is lost rather than risk a double
 * post (transports that can de-duplicate get a stable delivery id; see DigestDelivery). A transport failure is retried
 * with backoff within the tick; once the attempts are spent the row is 'failed' and the day is not retried.
 */
export class DigestScheduler {
  private readonly options: SchedulerOptions;
  private readonly transports: ReadonlyMap<string, DigestTransport>;
  private running: Promise<TickReport> | undefined;
  private timer: NodeJS.Timeout | undefined;
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

  /** One pass: every due subscription gets its digest. Concurrent calls share the pass already running. */
  tick(): Promise<TickReport> {
    this.running ??= this.pass().finally(() => {
      this.running = undefined;
    });
    return this.running;
  }

  /** Ticks now and then every intervalMs on an unref'd timer (it never keeps the process alive). */
  start(): void {
    if (this.timer) return;
    const run = () => {
      if (this.running) return;
      this.tick().catch((error: unknown) => this.deps.logger.error({ err: describeError(error) }, 'digest tick failed'));
    };
    this.timer = setInterval(run, this.options.intervalMs);
    this.timer.unref();
    run();
  }

  /** Stops ticking and waits for a pass in progress (its sends finish; none starts). */
  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    await this.running?.catch(() => undefined);
  }

  private async pass(): Promise<TickReport> {
    this.recordFactsSeen();
    const report: TickReport = { sends: [], notDue: 0, noTransport: 0 };
    if (!this.deps.table.facts.length) {
      // Nothing to brief on: claim nothing, so the digests go out once a table is loaded the same day.
      if (!this.warnedEmpty) this.deps.logger.warn('digest: the fact table is empty; no digest sent');
      this.warnedEmpty = true;
      return report;
    }
    const queue: Subscription[] = [];
    for (const sub of this.deps.store.listSubscriptions()) {
      const localDate = dueLocalDate(sub, this.deps.clock());
      if (!localDate || this.deps.store.getDigestSend(sub.platform, sub.channelId, localDate)) report.notDue++;
      else if (!this.transports.has(sub.platform)) report.noTransport++;
      else queue.push(sub);
    }
    const worker = async () => {
      for (let sub = queue.shift(); sub; sub = queue.shift()) {
        const sent = await this.deliver(sub);
        if (sent) report.sends.push(sent);
        else report.notDue++;
      }
    };
    await Promise.all(Array.from({ length: Math.max(1, this.options.concurrency) }, worker));
    return report;
  }

  /** Claims, sends and records one channel's digest; undefined when it was not (or no longer) due. */
  private async deliver(sub: Subscription): Promise<SendReport | undefined> {
    const { store, clock, logger } = this.deps;
    const transport = this.transports.get(sub.platform)!;
    let claim: { localDate: string; digest: Digest } | undefined;
    try {
      claim = store.immediate(() => {
        const now = clock();
        const localDate = dueLocalDate(sub, now);
        if (!localDate || store.getDigestSend(sub.platform, sub.channelId, localDate)) return undefined;
        const digest = buildChannelDigest(this.deps, {
          platform: sub.platform,
          channelId: sub.channelId,
          localDate,
          timezone: sub.timezone,
          language: sub.language,
          limits: this.options.limits,
        });
        const claimed = store.claimDigestSend(
          { platform: sub.platform, channelId: sub.channelId, localDate, briefingPoint: briefingPointOf(digest), factIds: digestFactIds(digest) },
          now,
        );
        return claimed ? { localDate, digest } : undefined;
      });
    } catch (error) {
      logger.error({ platform: sub.platform, channelId: sub.channelId, err: describeError(error) }, 'digest not built');
      return undefined;
    }
    if (!claim) return undefined;

    const { localDate, digest } = claim;
    const key = { platform: sub.platform, channelId: sub.channelId, localDate };
    const deliveryId = createHash('sha256').update(`${sub.platform}\n${sub.channelId}\n${localDate}`).digest('hex').slice(0, 24);
    const started = clock().getTime();
    const outcome = await sendWithRetry((attempt) => transport.send(sub, digest, { id: deliveryId, attempt }), this.options);
    const error = outcome.ok ? undefined : errorSummary(outcome.error);
    store.finishDigestSend(key, { status: outcome.ok ? 'sent' : 'failed', attempts: outcome.attempts, error }, clock());
    const briefingPoint = briefingPointOf(digest);
    const line = { ...key, timezone: sub.timezone, attempts: outcome.attempts, briefingPoint, items: digestFactIds(digest).length, ms: clock().getTime() - started };
    if (outcome.ok) logger.info(line, 'digest sent');
    else logger.error({ ...line, err: error }, 'digest failed');
    const report: SendReport = { ...key, status: outcome.ok ? 'sent' : 'failed', attempts: outcome.attempts, briefingPoint };
    this.options.onSend?.(report);
    return report;
  }
}
