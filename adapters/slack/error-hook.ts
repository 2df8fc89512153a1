// The adapter's one error path: log the details (never tokens or request headers), reply briefly to the user.
import { describeError, UserError, userMessage } from '../../src/model/errors.js';
import type { Language } from '../../src/model/language.js';
import type { Logger } from '../../src/model/logger.js';
import { noPlatformMetrics, type PlatformMetrics } from '../platform-context.js';

/** Sends a short reply to whoever triggered the failing request. */
export type ErrorReply = (text: string) => Promise<unknown>;

export interface ErrorHook {
  /** Logs and replies (a refusal in the language the application decided, else `language`); never throws. */
  report(error: unknown, where: string, language: Language, reply?: ErrorReply): Promise<void>;
  /** Runs a handler body; any error goes to `report` with the reply the handler set up. */
  guard(where: string, language: Language, reply: ErrorReply | undefined, body: () => Promise<void>): Promise<void>;
}

export function createErrorHook(logger: Logger, metrics: PlatformMetrics = noPlatformMetrics): ErrorHook {
  const report: ErrorHook['report'] = async (error, where, language, reply) => {
    if (error instanceof UserError) logger.info({ where, error: describeError(error) }, 'slack: user error');
    else {
      logger.error({ where, error: describeError(error) }, 'slack: handler failed');
      metrics.platformError('slack', 'handler');
    }
    if (!reply) return;
    try {
      await reply(userMessage(error, language));
    } catch (replyError) {
      logger.warn({ where, error: describeError(replyError) }, 'slack: could not send the error reply');
    }
  };
  return {
    report,
    async guard(where, language, reply, body) {
      try {
        await body();
      } catch (error) {
        await report(error, where, language, reply);
      }
    },
  };
}
