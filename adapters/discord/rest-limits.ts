// The Discord REST client's options: DISCORD_API_URL as discord.js wants it, a timeout on every call, and a Retry-After
// past the cap (or past what an interaction's 3 seconds allow) failing the call instead of stalling it.
import { REST, type RateLimitData, type RESTOptions } from 'discord.js';
import type { Config } from '../../src/config/config.js';

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

/** discord.js `rest.api` is the base before the version, e.g. "https://discord.com/api" (DISCORD_API_URL). */
export function restOptions(apiUrl: string | undefined): { api?: string } {
  return apiUrl ? { api: apiUrl.replace(/\/+$/, '') } : {};
}

/** A REST client of its own with the bot token (`digest send`, `discord deploy-commands`), outside the gateway client. */
export function discordRest(discord: NonNullable<Config['discord']>, limits: RestLimits = DEFAULT_REST_LIMITS): REST {
  return new REST({ ...restOptions(discord.apiUrl), ...restLimitOptions(limits) }).setToken(discord.token);
}
