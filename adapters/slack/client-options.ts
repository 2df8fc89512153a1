// The Slack Web API client's options, in one place for the app, the digest transport and the token check: retries,
// a timeout on every call, and 429s handed back to the caller (the per-channel back-off waits them out).
import type { webApi } from '@slack/bolt';
import type { Config } from '../../src/config/config.js';
import type { PlatformMetrics } from '../platform-context.js';

export type SlackConfig = NonNullable<Config['slack']>;

export interface SlackRetry {
  /**
   * Web API retries per call, after a 5xx or a network error (backoff from minMs, doubling, with jitter, capped at
   * maxMs) or a 429 (after its Retry-After, then the backoff). Few and short: a chat reply is worthless after a minute,
   * and the digest scheduler retries on its own.
   */
  retries: number;
  minMs: number;
  maxMs: number;
  /** No retry starts once this long has passed since the first try (so a stalled server costs two timeouts, not four). */
  totalMs?: number;
}

export const DEFAULT_SLACK_RETRY: Readonly<SlackRetry> = Object.freeze({ retries: 3, minMs: 500, maxMs: 5_000, totalMs: 10_000 });

/** For calls whose caller retries (the digest scheduler) or reports at once (the token check). */
export const NO_SLACK_RETRY: Readonly<SlackRetry> = Object.freeze({ retries: 0, minMs: 0, maxMs: 0 });

/** How long one Web API call may take before it is abandoned (and retried, as a network error is). */
export const DEFAULT_SLACK_TIMEOUT_MS = 5_000;

/** SLACK_API_URL as the client wants it: the base of the method URLs, ending in "/". */
function slackApiUrl(slack: SlackConfig): string | undefined {
  if (!slack.apiUrl) return undefined;
  return slack.apiUrl.endsWith('/') ? slack.apiUrl : `${slack.apiUrl}/`;
}

/** `metrics`: each failed call is counted as an API error, and as a retry when another try follows. */
export function slackClientOptions(
  slack: SlackConfig,
  retry: SlackRetry = DEFAULT_SLACK_RETRY,
  metrics?: PlatformMetrics,
  timeoutMs = DEFAULT_SLACK_TIMEOUT_MS,
): webApi.WebClientOptions {
  const apiUrl = slackApiUrl(slack);
  const onFailedAttempt = (error: { retriesLeft: number; message?: string }) => {
    metrics?.platformError('slack', 'api');
    if (error.retriesLeft > 0) metrics?.platformRetry('slack', /rate limit/i.test(error.message ?? '') ? 'rate_limited' : 'failed_call');
  };
  return {
    ...(apiUrl ? { slackApiUrl: apiUrl } : {}),
    // Without a timeout a call the server holds open never ends (the reply, the digest pass and shutdown wait on it).
    timeout: timeoutMs,
    // The client would wait out a 429 by pausing every call of the process; ChannelBackoff pauses only that channel.
    rejectRateLimitedCalls: true,
    retryConfig:
      retry.retries > 0
        ? {
            retries: retry.retries,
            factor: 2,
            minTimeout: retry.minMs,
            maxTimeout: retry.maxMs,
            randomize: true,
            ...(retry.totalMs ? { maxRetryTime: retry.totalMs } : {}),
            ...(metrics ? { onFailedAttempt } : {}),
          }
        : { retries: 0 },
  };
}
