// The Discord DigestTransport: posts a rendered digest to a channel through the REST API, and says which failures a retry can fix.
import { createHash } from 'node:crypto';
import { DiscordAPIError, RateLimitError, REST, RESTJSONErrorCodes, Routes } from 'discord.js';
import type { Digest, DigestDelivery, DigestTransport } from '../../src/app/digest/types.js';
import type { Subscription } from '../../src/app/store-port.js';
import type { Config } from '../../src/config/config.js';
import { DigestSendError } from '../../src/model/errors.js';
import { NO_MENTIONS } from './mentions.js';
import { renderDigest } from './render-digest.js';
import { restLimitOptions } from './rest-limits.js';

/** Errors a retry cannot fix: the channel is gone, or the bot may no longer see or post in it. */
const PERMANENT_CODES: ReadonlySet<number> = new Set([
  RESTJSONErrorCodes.UnknownChannel,
  RESTJSONErrorCodes.UnknownGuild,
  RESTJSONErrorCodes.MissingAccess,
  RESTJSONErrorCodes.MissingPermissions,
  RESTJSONErrorCodes.CannotSendMessagesInNonTextChannel,
]);

export function createDiscordTransport(rest: REST): DigestTransport {
  return {
    platform: 'discord',
    async send(subscription: Subscription, digest: Digest, delivery?: DigestDelivery): Promise<void> {
      if (subscription.platform !== 'discord') throw new Error(`not a Discord subscription: ${subscription.platform}`);
      const messages = renderDigest(digest);
      for (const [index, message] of messages.entries()) {
        // A retried delivery reuses its nonces, so Discord drops a part that already went out (enforce_nonce).
        const nonce = delivery ? deliveryNonce(delivery.id, index) : undefined;
        try {
          await rest.post(Routes.channelMessages(subscription.channelId), {
            body: { ...message, allowed_mentions: NO_MENTIONS, ...(nonce ? { nonce, enforce_nonce: true } : {}) },
          });
        } catch (error) {
          throw classifyDiscordError(error, subscription.channelId);
        }
      }
    },
  };
}

/** Discord nonces are at most 25 characters. */
export function deliveryNonce(deliveryId: string, part: number): string {
  return createHash('sha256').update(`${deliveryId}#${part}`).digest('base64url').slice(0, 25);
}

/** The transport of `briefing digest send`: its own REST client. */
export function createDiscordDigestTransport(discord: NonNullable<Config['discord']>): DigestTransport {
  return createDiscordTransport(new REST({ ...restOptions(discord.apiUrl), ...restLimitOptions() }).setToken(discord.token));
}

/** discord.js `rest.api` is the base before the version, e.g. "https://discord.com/api" (DISCORD_API_URL). */
export function restOptions(apiUrl: string | undefined): { api?: string } {
  return apiUrl ? { api: apiUrl.replace(/\/+$/, '') } : {};
}

/**
 * discord.js errors as the scheduler reads them: a rate limit with its wait (ms), a refusal no retry can fix (an unknown
 * or forbidden channel, any 400/401/403/404); anything else (5xx, network) is worth retrying.
 */
export function classifyDiscordError(error: unknown, channelId: string): DigestSendError {
  const what = `Discord refused the digest for channel ${channelId}`;
  if (error instanceof RateLimitError) return new DigestSendError(`${what}: rate limited`, { retryAfterMs: error.retryAfter, cause: error });
  if (error instanceof DiscordAPIError) {
    const permanent = (typeof error.code === 'number' && PERMANENT_CODES.has(error.code)) || [400, 401, 403, 404].includes(error.status);
    return new DigestSendError(`${what}: ${error.message} (${error.code})`, { permanent, cause: error });
  }
  return new DigestSendError(`${what}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
}
