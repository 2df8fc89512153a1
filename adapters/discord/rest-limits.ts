// How long a Discord REST call may take and which rate limits it waits out: a timeout on every call, and a Retry-After
// past the cap (or past what an interaction's 3 seconds allow) fails the call instead of stalling it.
import type { RateLimitData, RESTOptions } from 'discord.js';

export interface RestLimits {
  /** One REST call is abandoned after this long (discord.js then retries it, up to `retries` times). */
  timeoutMs: number;
  retries: number;
  /** The longest Retry-After waited out; a longer one fails the call (the asker gets the apology, a digest is retried later). */
  maxRetryAfterMs: number;
  /**
   * The longest Retry-After waited out on an interaction callback: Discord refuses the answer 3 seconds after the
   * interaction, so a longer wait would only lose it (the reply then goes to the channel; see slash-command.ts).
   */
  maxCallbackWaitMs: number;
}

export const DEFAULT_REST_LIMITS: Readonly<RestLimits> = Object.freeze({ timeoutMs: 5_000, retries: 2, maxRetryAfterMs: 10_000, maxCallbackWaitMs: 1_500 });

export const INTERACTION_CALLBACK_ROUTE = '/interactions/:id/:token/callback';

export function restLimitOptions(limits: RestLimits = DEFAULT_REST_LIMITS): Pick<RESTOptions, 'timeout' | 'retries' | 'rejectOnRateLimit'> {
  return {
    timeout: limits.timeoutMs,
    retries: limits.retries,
    rejectOnRateLimit: (data: RateLimitData) =>
      data.retryAfter > (data.route === INTERACTION_CALLBACK_ROUTE ? limits.maxCallbackWaitMs : limits.maxRetryAfterMs),
  };
}
