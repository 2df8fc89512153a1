// Replies through a request's response_url (slash commands, buttons): with a timeout, and one retry when Slack answers
// with a server error or the connection fails, where Bolt's respond() has neither and loses the reply.
import type { RespondArguments } from '@slack/bolt';

export type Respond = (message: RespondArguments) => Promise<void>;

export interface RespondOptions {
  /** How long one post may take; a post that times out is not repeated (it may have been shown). */
  timeoutMs: number;
  /** The wait before the one retry. */
  retryDelayMs: number;
}

export const DEFAULT_RESPOND_OPTIONS: Readonly<RespondOptions> = Object.freeze({ timeoutMs: 5_000, retryDelayMs: 500 });

export function responder(url: string, options: RespondOptions = DEFAULT_RESPOND_OPTIONS): Respond {
  return async (message) => {
    const body = JSON.stringify(message);
    for (let attempt = 1; ; attempt++) {
      try {
        const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body, signal: AbortSignal.timeout(options.timeoutMs) });
        await res.body?.cancel();
        if (res.ok) return;
        const transient = res.status >= 500 || res.status === 429;
        if (!transient || attempt > 1) throw new Error(`response_url answered ${res.status}`);
      } catch (error) {
        // fetch throws a TypeError when the connection failed; a timeout is an abort and is not retried.
        if (!(error instanceof TypeError) || attempt > 1) throw error;
      }
      await new Promise((resolve) => setTimeout(resolve, options.retryDelayMs));
    }
  };
}
