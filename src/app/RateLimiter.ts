// Token buckets keyed by name (a user, a channel): a burst up to the per-minute allowance, refilled continuously.
import type { Clock } from '../model/clock.js';

export interface RateLimiterOptions {
  /** Tokens added per minute; also the bucket's capacity, so a quiet user may ask this many at once. */
  perMinute: number;
  /** The time source (injected so tests step it). */
  clock: Clock;
  /** Above this many buckets, full ones are forgotten (a full bucket is the same as no bucket). */
  maxBuckets: number;
}

const DEFAULTS: Readonly<Omit<RateLimiterOptions, 'perMinute' | 'clock'>> = Object.freeze({ maxBuckets: 10_000 });

interface Bucket {
  tokens: number;
  /** Epoch ms of the last refill. */
  at: number;
}

export class RateLimiter {
  private readonly options: RateLimiterOptions;
  private readonly buckets = new Map<string, Bucket>();

  constructor(options: Pick<RateLimiterOptions, 'perMinute' | 'clock'> & Partial<RateLimiterOptions>) {
    if (!(options.perMinute > 0)) throw new RangeError('perMinute must be positive');
    this.options = { ...DEFAULTS, ...options };
  }

  /** Tokens available now for a key (fractional while refilling). */
  available(key: string): number {
    return this.refill(key).tokens;
  }

  /** Milliseconds until the key has a whole token again; 0 when it has one now. */
  waitMs(key: string): number {
    const missing = 1 - this.refill(key).tokens;
    return missing <= 0 ? 0 : Math.ceil((missing * 60_000) / this.options.perMinute);
  }

  /** Takes one token if there is one; false (and nothing taken) otherwise. */
  tryTake(key: string): boolean {
    const bucket = this.refill(key);
    if (bucket.tokens < 1) return false;
    bucket.tokens -= 1;
    return true;
  }

  private refill(key: string): Bucket {
    const now = this.options.clock().getTime();
    const { perMinute } = this.options;
    let bucket = this.buckets.get(key);
    if (!bucket) {
      if (this.buckets.size >= this.options.maxBuckets) this.sweep(now);
      bucket = { tokens: perMinute, at: now };
      this.buckets.set(key, bucket);
      return bucket;
    }
    // A clock stepped backwards (NTP) must not drain or overfill the bucket.
    const elapsed = Math.max(0, now - bucket.at);
    bucket.tokens = Math.min(perMinute, bucket.tokens + (elapsed * perMinute) / 60_000);
    bucket.at = now;
    return bucket;
  }

  private sweep(now: number): void {
    const { perMinute } = this.options;
    for (const [key, b] of this.buckets) {
      if (b.tokens + ((now - b.at) * perMinute) / 60_000 >= perMinute) this.buckets.delete(key);
    }
  }
}
