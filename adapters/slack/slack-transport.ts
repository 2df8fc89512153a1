// The digest transport for Slack: posts a rendered digest with chat.postMessage, and says which failures a retry can fix.
import { webApi } from '@slack/bolt';
import type { DigestTransport } from '../../src/app/digest/types.js';
import { DigestSendError } from '../../src/model/errors.js';
import type { Logger } from '../../src/model/logger.js';
import { boltLogger } from './bolt-logger.js';
import { ChannelRateLimitedError } from './channel-backoff.js';
import { slackClientOptions, type SlackConfig } from './client-options.js';
import { renderDigest } from './render-digest.js';
import { SlackChat, slackBackoff } from './slack-chat.js';

export function createSlackTransport(chat: SlackChat): DigestTransport {
  return {
    platform: 'slack',
    async send(subscription, digest) {
      const message = renderDigest(digest);
      try {
        await chat.postMessage({ channel: subscription.channelId, text: message.text, blocks: message.blocks, unfurl_links: false, unfurl_media: false });
      } catch (error) {
        throw classifySlackError(error, subscription.channelId);
      }
    },
  };
}

/** The transport of `briefing digest send`: its own Web API client, logging through the process logger. */
export function createSlackDigestTransport(slack: SlackConfig, logger: Logger): DigestTransport {
  const client = new webApi.WebClient(slack.botToken, { ...slackClientOptions(slack, { retries: 0, minMs: 0, maxMs: 0 }), logger: boltLogger(logger) });
  return createSlackTransport(new SlackChat(client, slackBackoff()));
}

// Slack errors that no retry will fix (the channel is gone, the bot was removed or lacks a scope).
const PERMANENT = new Set(['channel_not_found', 'not_in_channel', 'is_archived', 'invalid_auth', 'account_inactive', 'token_revoked', 'missing_scope', 'restricted_action']);

/** The Web API client's errors as the scheduler reads them: a rate limit with its wait (seconds), a refusal no retry fixes. */
export function classifySlackError(error: unknown, channelId: string): DigestSendError {
  const e = (error ?? {}) as { code?: unknown; retryAfter?: unknown; data?: { error?: unknown }; message?: unknown };
  const message = `Slack refused the digest for channel ${channelId}: ${String(e.message ?? error)}`;
  if (error instanceof ChannelRateLimitedError) return new DigestSendError(message, { retryAfterMs: error.retryAfterMs, cause: error });
  if (e.code === webApi.ErrorCode.RateLimitedError && typeof e.retryAfter === 'number') {
    return new DigestSendError(message, { retryAfterMs: e.retryAfter * 1000, cause: error });
  }
  const permanent = e.code === webApi.ErrorCode.PlatformError && typeof e.data?.error === 'string' && PERMANENT.has(e.data.error);
  return new DigestSendError(message, { permanent, cause: error });
}
