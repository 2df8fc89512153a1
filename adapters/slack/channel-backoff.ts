// Per-channel rate-limit back-off: a 429 pauses sends to that channel only (its Retry-After honoured, up to a cap),
// where the Web API client would pause every call of the process.

/** A call refused because its channel is rate-limited for longer than the caller is willing to wait. */
export class ChannelRateLimitedError extends Error {
  constructor(
    readonly key: string,
    /** How long the platform asked to wait, in ms. */
    readonly retryAfterMs: number,
    cause?: unknown,
  ) {
    super(`rate limited on ${key} for ${Math.ceil(retryAfterMs / 1000)} s`, { cause });
    this.name = 'ChannelRateLimitedError';
  }
}

export interface ChannelBackoffOptions {
  /** The longest wait accepted for one call; a longer Retry-After fails the call at once (the caller apologises or retries later). */
  maxWaitMs: number;
  /** How many rate-limit refusals of one call are waited out before it fails. */
  retries: number;
  /** The Retry-After (ms) an error carries when it is a rate-limit refusal; undefined for any other error. */
  retryAfterOf: (error: unknown) => number | undefined;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

export class ChannelBackoff {
  private readonly until = new Map<string, number>();
  private readonly now: () => number;
  private readonly sleep: (ms: number) => Promise<void>;

  constructor(private readonly options: ChannelBackoffOptions) {
    this.now = options.now ?? Date.now;
    this.sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
  }

  /** How long the channel is still paused, in ms (0 when it is not). */
  remaining(key: string): number {
    const until = this.until.get(key);
    if (until === undefined) return 0;
    const left = until - this.now();
    if (left <= 0) this.until.delete(key);
    return Math.max(0, left);
  }

  /** Runs `call` for the channel once its pause is over; a rate-limit refusal pauses the channel and is waited out. */
  async run<T>(key: string, call: () => Promise<T>): Promise<T> {
    for (let refusals = 0; ; ) {
      const wait = this.remaining(key);
      if (wait > this.options.maxWaitMs) throw new ChannelRateLimitedError(key, wait);
      if (wait > 0) await this.sleep(wait);
      try {
        return await call();
      } catch (error) {
        const retryAfterMs = this.options.retryAfterOf(error);
        if (retryAfterMs === undefined) throw error;
        this.until.set(key, Math.max(this.until.get(key) ?? 0, this.now() + retryAfterMs));
        if (++refusals > this.options.retries || retryAfterMs > this.options.maxWaitMs) throw new ChannelRateLimitedError(key, retryAfterMs, error);
      }
    }
  }
}
