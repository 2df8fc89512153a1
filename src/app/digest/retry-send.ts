// Bounded retries with exponential backoff for one delivery, honouring the wait a transport reports, with an injected sleep.
import { DigestSendError } from '../../model/errors.js';

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

export type RetryOutcome<T = void> = { ok: true; attempts: number; value: T } | { ok: false; attempts: number; error: unknown };

/** Calls send(attempt) until it resolves, a permanent error, or maxAttempts; never throws. */
export async function sendWithRetry<T>(send: (attempt: number) => Promise<T>, options: RetryOptions): Promise<RetryOutcome<T>> {
  let error: unknown;
  for (let attempt = 1; attempt <= options.maxAttempts; attempt++) {
    try {
      const value = await send(attempt);
      return { ok: true, attempts: attempt, value };
    } catch (e) {
      error = e;
      if (isPermanent(e) || attempt === options.maxAttempts) return { ok: false, attempts: attempt, error };
      await options.sleep(backoffDelay(attempt, e, options));
    }
  }
  return { ok: false, attempts: options.maxAttempts, error };
}

/** The wait after a failed attempt: base·2^(attempt−1), or the transport's retry-after if longer, capped. */
export function backoffDelay(attempt: number, error: unknown, options: Pick<RetryOptions, 'baseDelayMs' | 'maxDelayMs'>): number {
  const backoff = options.baseDelayMs * 2 ** (attempt - 1);
  const asked = error instanceof DigestSendError && (error.retryAfterMs ?? -1) >= 0 ? error.retryAfterMs! : 0;
  return Math.min(Math.max(backoff, asked), options.maxDelayMs);
}

/** Only a transport can tell that no retry will help (it knows its platform's errors): it says so with a DigestSendError. */
function isPermanent(error: unknown): boolean {
  return error instanceof DigestSendError && error.permanent;
}
