// The adapter's one error path: log the details (never tokens or request headers), reply briefly to the user.
import { UserError, userMessage } from '../../src/core/errors.js';
import type { Logger } from '../../src/core/logger.js';
import type { Language } from '../../src/facts/schema.js';

/** Sends a short reply to whoever triggered the failing request. */
export type ErrorReply = (text: string) => Promise<unknown>;

/**
 * The fields of an error that are safe to log. Web API and HTTP errors carry the request they failed on, with its
 * Authorization header, so they are never logged whole.
 */
export function describeError(error: unknown): Record<string, unknown> {
  if (error instanceof UserError) return { name: error.name, identifier: error.identifier, message: error.message, context: error.context };
  if (error instanceof Error) {
    const e = error as Error & { code?: unknown; data?: { error?: unknown } };
    return {
      name: e.name,
      message: e.message,
      ...(typeof e.code === 'string' ? { code: e.code } : {}),
      ...(typeof e.data?.error === 'string' ? { slackError: e.data.error } : {}),
      stack: e.stack,
    };
  }
  return { message: String(error) };
}

export interface ErrorHook {
  /** Logs and replies; never throws (a failing reply is logged too). */
  report(error: unknown, where: string, language: Language, reply?: ErrorReply): Promise<void>;
  /** Runs a handler body; any error goes to `report` with the reply the handler set up. */
  guard(where: string, language: () => Language, reply: ErrorReply | undefined, body: () => Promise<void>): Promise<void>;
}

export function createErrorHook(logger: Logger): ErrorHook {
  const report: ErrorHook['report'] = async (error, where, language, reply) => {
    if (error instanceof UserError) logger.info({ where, error: describeError(error) }, 'slack: user error');
    else logger.error({ where, error: describeError(error) }, 'slack: handler failed');
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
        await report(error, where, language(), reply);
      }
    },
  };
}
