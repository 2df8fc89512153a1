// The Discord DigestTransport: posts a rendered digest to a channel through the REST API.
import { createHash } from 'node:crypto';
import { DiscordAPIError, RESTJSONErrorCodes, Routes, type REST } from 'discord.js';
import { DigestSendError } from '../../src/digest/retry-send.js';
import type { Digest, DigestDelivery, DigestTransport } from '../../src/digest/types.js';
import type { Subscription } from '../../src/store/Store.js';
import { NO_MENTIONS } from './mentions.js';
import { renderDigest } from './render-digest.js';

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
          throw classify(error, subscription.channelId);
        }
      }
    },
  };
}

/** Discord nonces are at most 25 characters. */
export function deliveryNonce(deliveryId: string, part: number): string {
  return createHash('sha256').update(`${deliveryId}#${part}`).digest('base64url').slice(0, 25);
}

/** Marks the refusals no retry can fix; anything else (5xx, rate limits) goes to the scheduler as discord.js threw it. */
function classify(error: unknown, channelId: string): unknown {
  if (error instanceof DiscordAPIError && typeof error.code === 'number' && PERMANENT_CODES.has(error.code)) {
    return new DigestSendError(`Discord refused the digest for channel ${channelId}: ${error.message} (${error.code})`, { permanent: true, cause: error });
  }
  return error;
}
