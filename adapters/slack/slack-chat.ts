// Every message the Slack adapter sends (answers, private replies, digests) and the history it reads, through one
// per-channel back-off: a rate-limited channel waits, the others go on.
import { webApi } from '@slack/bolt';
import { ChannelBackoff } from './channel-backoff.js';

export interface SlackBackoffOptions {
  /** The longest Retry-After a send waits out; a longer one fails the send (an apology, or the scheduler's retry). */
  maxWaitMs: number;
  /** How many 429s of one call are waited out. */
  retries: number;
}

export const DEFAULT_SLACK_BACKOFF: Readonly<SlackBackoffOptions> = Object.freeze({ maxWaitMs: 10_000, retries: 2 });

/** The per-channel back-off for Slack: the Web API client's RateLimitedError carries Retry-After in seconds. */
export function slackBackoff(options: SlackBackoffOptions = DEFAULT_SLACK_BACKOFF): ChannelBackoff {
  return new ChannelBackoff({
    ...options,
    retryAfterOf: (error) => {
      const e = error as { code?: unknown; retryAfter?: unknown };
      return e?.code === webApi.ErrorCode.RateLimitedError && typeof e.retryAfter === 'number' ? e.retryAfter * 1000 : undefined;
    },
  });
}

export class SlackChat {
  constructor(
    readonly client: webApi.WebClient,
    private readonly backoff: ChannelBackoff,
  ) {}

  // Slack limits each method on its own (chat.postMessage about once a second per channel), so the key is both.
  postMessage(args: webApi.ChatPostMessageArguments): Promise<webApi.ChatPostMessageResponse> {
    return this.backoff.run(`chat.postMessage ${args.channel}`, () => this.client.chat.postMessage(args));
  }

  postEphemeral(args: webApi.ChatPostEphemeralArguments): Promise<webApi.ChatPostEphemeralResponse> {
    return this.backoff.run(`chat.postEphemeral ${args.channel}`, () => this.client.chat.postEphemeral(args));
  }

  history(args: webApi.ConversationsHistoryArguments): Promise<webApi.ConversationsHistoryResponse> {
    return this.backoff.run(`conversations.history ${args.channel}`, () => this.client.conversations.history(args));
  }

  /** The same channels' pauses over another client (the digest transport's, which leaves retries to the scheduler). */
  over(client: webApi.WebClient): SlackChat {
    return new SlackChat(client, this.backoff);
  }
}
