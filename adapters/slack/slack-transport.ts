// The digest transport for Slack: posts a rendered digest with chat.postMessage, marked with its delivery id in the
// message metadata, finds it again in the channel's history when asked to look first, and says which failures a retry
// can fix.
import { webApi } from '@slack/bolt';
import type { DigestDelivery, DigestTransport } from '../../src/app/digest/types.js';
import { DigestSendError } from '../../src/model/errors.js';
import type { Logger } from '../../src/model/logger.js';
import type { PlatformMetrics } from '../platform-context.js';
import { boltLogger } from './bolt-logger.js';
import { ChannelRateLimitedError } from './channel-backoff.js';
import { NO_SLACK_RETRY, slackClientOptions, type SlackConfig } from './client-options.js';
import { renderDigest } from './render-digest.js';
import { SlackChat, slackBackoff } from './slack-chat.js';

/** The metadata event type of a digest message; its payload holds the delivery id. */
export const DIGEST_EVENT_TYPE = 'briefing_digest';

/** History pages read when looking for a digest (200 messages each, since its claim); more is not worth reading. */
const MAX_HISTORY_PAGES = 10;

export function createSlackTransport(chat: SlackChat): DigestTransport {
  return {
    platform: 'slack',
    async send(subscription, digest, delivery) {
      const channel = subscription.channelId;
      const message = renderDigest(digest);
      try {
        if (delivery?.lookFirst && (await alreadyPosted(chat, channel, delivery))) return 'found';
        await chat.postMessage({
          channel,
          text: message.text,
          blocks: message.blocks,
          unfurl_links: false,
          unfurl_media: false,
          ...(delivery ? { metadata: { event_type: DIGEST_EVENT_TYPE, event_payload: { delivery: delivery.id } } } : {}),
        });
        return 'sent';
      } catch (error) {
        throw classifySlackError(error, channel);
      }
    },
  };
}

/**
 * Whether the channel already has this delivery: a message since its claim whose metadata carries the delivery id
 * (conversations.history, which needs the channels:history / groups:history scopes).
 */
async function alreadyPosted(chat: SlackChat, channel: string, delivery: DigestDelivery): Promise<boolean> {
  // Slack's ts is the posting time in seconds; a minute of margin for a clock that differs from Slack's.
  const oldest = String(Math.floor(delivery.claimedAt.getTime() / 1000) - 60);
  let cursor: string | undefined;
  for (let page = 0; page < MAX_HISTORY_PAGES; page++) {
    const r = await chat.history({ channel, oldest, limit: 200, include_all_metadata: true, ...(cursor ? { cursor } : {}) });
    const mine = (r.messages ?? []).some(
      (m) => m.metadata?.event_type === DIGEST_EVENT_TYPE && (m.metadata.event_payload as { delivery?: unknown } | undefined)?.delivery === delivery.id,
    );
    if (mine) return true;
    cursor = r.response_metadata?.next_cursor || undefined;
    if (!r.has_more || !cursor) return false;
  }
  // Unsure whether it went out: not posting risks nothing twice, and the failure is recorded and logged.
  throw new DigestSendError(`more than ${MAX_HISTORY_PAGES * 200} messages in channel ${channel} since the digest was claimed; not sending it again`, { permanent: true });
}

/**
 * The digests' Web API client, logging through the process logger. It makes no retries of its own: after a failure
 * the scheduler retries, looking in the channel first, so a post that went out but timed out is not posted twice.
 */
export function digestClient(slack: SlackConfig, logger: Logger, metrics?: PlatformMetrics, timeoutMs?: number): webApi.WebClient {
  return new webApi.WebClient(slack.botToken, { ...slackClientOptions(slack, NO_SLACK_RETRY, metrics, timeoutMs), logger: boltLogger(logger) });
}

/** The transport of `briefing digest send`. */
export function createSlackDigestTransport(slack: SlackConfig, logger: Logger): DigestTransport {
  return createSlackTransport(new SlackChat(digestClient(slack, logger), slackBackoff()));
}

// Slack errors that no retry will fix (the channel is gone, the bot was removed or lacks a scope).
const PERMANENT = new Set(['channel_not_found', 'not_in_channel', 'is_archived', 'invalid_auth', 'account_inactive', 'token_revoked', 'missing_scope', 'restricted_action']);

/** The Web API client's errors as the scheduler reads them: a rate limit with its wait (seconds), a refusal no retry fixes. */
export function classifySlackError(error: unknown, channelId: string): DigestSendError {
  if (error instanceof DigestSendError) return error;
  const e = (error ?? {}) as { code?: unknown; retryAfter?: unknown; data?: { error?: unknown }; message?: unknown };
  const message = `Slack refused the digest for channel ${channelId}: ${String(e.message ?? error)}`;
  if (error instanceof ChannelRateLimitedError) return new DigestSendError(message, { retryAfterMs: error.retryAfterMs, cause: error });
  if (e.code === webApi.ErrorCode.RateLimitedError && typeof e.retryAfter === 'number') {
    return new DigestSendError(message, { retryAfterMs: e.retryAfter * 1000, cause: error });
  }
  const permanent = e.code === webApi.ErrorCode.PlatformError && typeof e.data?.error === 'string' && PERMANENT.has(e.data.error);
  return new DigestSendError(message, { permanent, cause: error });
}
