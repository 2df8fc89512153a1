// Bounded retries with exponential backoff for one delivery, honouring a platform's retry-after, with an injected sleep.
export interface RetryOptions {
  /** Tries in all, the first included. */
  maxAttempts: number;
  /** Wait before the second try; doubled before each further one. */
  baseDelayMs: number;
  /** No single wait is longer, whatever the backoff or a retry-after asks for. */
  maxDelayMs: number;
  /** How to wait (setTimeout in production, a recorder in tests). */
  sleep: (ms: number) => Promise<void>;
}

export const DEFAULT_RETRY: Readonly<Omit<RetryOptions, 'sleep'>> = Object.freeze({ maxAttempts: 4, baseDelayMs: 2_000, maxDelayMs: 5 * 60_000 });

export const realSleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * A transport error the scheduler understands. Transports may throw this, or any error carrying `retryAfterMs` or
 * `permanent`; Slack and Discord client errors are also recognised as they are (see retryAfterMs / isPermanent).
 */
export class DigestSendError extends Error {
  constructor(
    message: string,
    readonly options: { retryAfterMs?: number; permanent?: boolean; cause?: unknown } = {},
  ) {
    super(message, { cause: options.cause });
    this.name = 'DigestSendError';
  }
  get retryAfterMs(): number | undefined {
    return this.options.retryAfterMs;
  }
  get permanent(): boolean {
    return this.options.permanent ?? false;
  }
}

export type RetryOutcome = { ok: true; attempts: number } | { ok: false; attempts: number; error: unknown };

/** Calls send(attempt) until it resolves, a permanent error, or maxAttempts; never throws. */
export async function sendWithRetry(send: (attempt: number) => Promise<void>, options: RetryOptions): Promise<RetryOutcome> {
  let error: unknown;
  for (let attempt = 1; attempt <= options.maxAttempts; attempt++) {
    try {
      await send(attempt);
      return { ok: true, attempts: attempt };
    } catch (e) {
      error = e;
      if (isPermanent(e) || attempt === options.maxAttempts) return { ok: false, attempts: attempt, error };
      await options.sleep(backoffDelay(attempt, e, options));
    }
  }
  return { ok: false, attempts: options.maxAttempts, error };
}

/** The wait after a failed attempt: base·2^(attempt−1), or the platform's retry-after if longer, capped. */
export function backoffDelay(attempt: number, error: unknown, options: Pick<RetryOptions, 'baseDelayMs' | 'maxDelayMs'>): number {
  const backoff = options.baseDelayMs * 2 ** (attempt - 1);
  return Math.min(Math.max(backoff, retryAfterMs(error) ?? 0), options.maxDelayMs);
}

type ErrorLike = {
  retryAfterMs?: unknown;
  retryAfter?: unknown;
  code?: unknown;
  name?: unknown;
  status?: unknown;
  permanent?: unknown;
  data?: { error?: unknown };
};

/** How long the platform asked us to wait, in ms: `retryAfterMs`, Slack's rate-limit error (seconds), discord.js's (ms). */
export function retryAfterMs(error: unknown): number | undefined {
  if (!error || typeof error !== 'object') return undefined;
  const e = error as ErrorLike;
  if (typeof e.retryAfterMs === 'number' && e.retryAfterMs >= 0) return e.retryAfterMs;
  if (e.code === 'slack_webapi_rate_limited_error' && typeof e.retryAfter === 'number') return e.retryAfter * 1000;
  if (e.name === 'RateLimitError' && typeof e.retryAfter === 'number') return e.retryAfter;
  return undefined;
}

// Slack errors that no retry will fix (the channel is gone, the bot was removed or lacks a scope).
const SLACK_PERMANENT = new Set(['channel_not_found', 'not_in_channel', 'is_archived', 'invalid_auth', 'account_inactive', 'token_revoked', 'missing_scope', 'restricted_action']);

/** Errors a retry cannot fix: flagged `permanent`, an HTTP 400/401/403/404 (discord.js), or the Slack codes above. */
export function isPermanent(error: unknown): boolean {
  if (!error || typeof error !== 'object') return false;
  const e = error as ErrorLike;
  if (e.permanent === true) return true;
  if (typeof e.status === 'number' && [400, 401, 403, 404].includes(e.status)) return true;
  return e.code === 'slack_webapi_platform_error' && typeof e.data?.error === 'string' && SLACK_PERMANENT.has(e.data.error);
}

/** A short description of an error for the log and the store, with anything shaped like a token blanked. */
export function describeError(error: unknown): string {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return text
    .replace(/xox[a-z]-[\w-]+/gi, '[redacted]')
    .replace(/xapp-[\w-]+/gi, '[redacted]')
    .replace(/[\w-]{23,28}\.[\w-]{6,7}\.[\w-]{27,}/g, '[redacted]')
    .slice(0, 300);
}
