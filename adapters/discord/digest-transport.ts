// The Discord DigestTransport: posts a rendered digest to a channel through the REST API, finds the parts already
// posted among the bot's messages since the claim when asked to look first, and says which failures a retry can fix.
import { createHash } from 'node:crypto';
import { DiscordAPIError, RateLimitError, RESTJSONErrorCodes, Routes, SnowflakeUtil, type APIMessage, type REST, type APIUser } from 'discord.js';
import type { DeliveryResult, Digest, DigestDelivery, DigestTransport } from '../../src/app/digest/types.js';
import type { Subscription } from '../../src/app/store-port.js';
import type { Config } from '../../src/config/config.js';
import { DigestSendError } from '../../src/model/errors.js';
import { NO_MENTIONS } from './mentions.js';
import { renderDigest } from './render-digest.js';
import { discordRest } from './rest-limits.js';

/** Errors a retry cannot fix: the channel is gone, or the bot may no longer see or post in it. */
const PERMANENT_CODES: ReadonlySet<number> = new Set([
  RESTJSONErrorCodes.UnknownChannel,
  RESTJSONErrorCodes.UnknownGuild,
  RESTJSONErrorCodes.MissingAccess,
  RESTJSONErrorCodes.MissingPermissions,
  RESTJSONErrorCodes.CannotSendMessagesInNonTextChannel,
]);

/** Pages of the channel's messages read when looking for a digest (100 each, since its claim). */
const MAX_HISTORY_PAGES = 10;

export function createDiscordTransport(rest: REST): DigestTransport {
  let botId: Promise<string> | undefined;
  const me = () => (botId ??= (rest.get(Routes.user('@me')) as Promise<APIUser>).then((u) => u.id)).catch((error: unknown) => {
    botId = undefined;
    throw error;
  });
  return {
    platform: 'discord',
    async send(subscription: Subscription, digest: Digest, delivery?: DigestDelivery): Promise<DeliveryResult> {
      if (subscription.platform !== 'discord') throw new Error(`not a Discord subscription: ${subscription.platform}`);
      const channel = subscription.channelId;
      const messages = renderDigest(digest);
      let posted: Set<string> | undefined;
      try {
        if (delivery?.lookFirst) posted = await postedTitles(rest, channel, await me(), delivery.claimedAt);
      } catch (error) {
        throw classifyDiscordError(error, channel);
      }
      let sent = 0;
      for (const [index, message] of messages.entries()) {
        // A part is known by its first embed's title (the dated header, then section titles): skip those already there.
        const title = message.embeds[0]?.title;
        if (posted && title && posted.has(title)) continue;
        // A retried delivery reuses its nonces, so Discord drops a part that already went out within minutes (enforce_nonce).
        const nonce = delivery ? deliveryNonce(delivery.id, index) : undefined;
        try {
          await rest.post(Routes.channelMessages(channel), {
            body: { ...message, allowed_mentions: NO_MENTIONS, ...(nonce ? { nonce, enforce_nonce: true } : {}) },
          });
          sent++;
        } catch (error) {
          throw classifyDiscordError(error, channel);
        }
      }
      return posted && sent === 0 ? 'found' : 'sent';
    },
  };
}

/**
 * The first-embed titles of the bot's messages in the channel since `since` (less a minute for clock differences).
 * Discord keeps no nonce to search by, so a digest's parts are recognised by their titles: the header names the day.
 */
async function postedTitles(rest: REST, channelId: string, botId: string, since: Date): Promise<Set<string>> {
  const titles = new Set<string>();
  let after = SnowflakeUtil.generate({ timestamp: since.getTime() - 60_000 }).toString();
  for (let page = 0; page < MAX_HISTORY_PAGES; page++) {
    const batch = (await rest.get(Routes.channelMessages(channelId), { query: new URLSearchParams({ after, limit: '100' }) })) as APIMessage[];
    for (const m of batch) if (m.author.id === botId && m.embeds[0]?.title) titles.add(m.embeds[0].title);
    if (batch.length < 100) return titles;
    // Discord returns the messages right after `after`, newest first: go on from the newest of them.
    after = batch.reduce((max, m) => (BigInt(m.id) > BigInt(max) ? m.id : max), after);
  }
  throw new DigestSendError(`more than ${MAX_HISTORY_PAGES * 100} messages in channel ${channelId} since the digest was claimed; not sending it again`, { permanent: true });
}

/** Discord nonces are at most 25 characters. */
export function deliveryNonce(deliveryId: string, part: number): string {
  return createHash('sha256').update(`${deliveryId}#${part}`).digest('base64url').slice(0, 25);
}

/** The transport of `briefing digest send`: its own REST client. */
export function createDiscordDigestTransport(discord: NonNullable<Config['discord']>): DigestTransport {
  return createDiscordTransport(discordRest(discord));
}

/**
 * discord.js errors as the scheduler reads them: a rate limit with its wait (ms), a refusal no retry can fix (an unknown
 * or forbidden channel, any 400/401/403/404); anything else (5xx, network) is worth retrying.
 */
export function classifyDiscordError(error: unknown, channelId: string): DigestSendError {
  if (error instanceof DigestSendError) return error;
  const what = `Discord refused the digest for channel ${channelId}`;
  if (error instanceof RateLimitError) return new DigestSendError(`${what}: rate limited`, { retryAfterMs: error.retryAfter, cause: error });
  if (error instanceof DiscordAPIError) {
    const permanent = (typeof error.code === 'number' && PERMANENT_CODES.has(error.code)) || [400, 401, 403, 404].includes(error.status);
    return new DigestSendError(`${what}: ${error.message} (${error.code})`, { permanent, cause: error });
  }
  return new DigestSendError(`${what}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
}
