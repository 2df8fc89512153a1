// The adapter's one error hook: a short ephemeral reply in the user's language, and the details in the log.
import { BaseInteraction, MessageFlags, type Interaction, type Message } from 'discord.js';
import { UserError, userMessage } from '../../src/core/errors.js';
import type { Logger } from '../../src/core/logger.js';
import type { Language } from '../../src/facts/schema.js';
import { NO_MENTIONS, localeLanguage } from './mentions.js';

/** Fields safe to log: REST errors carry request URLs with interaction tokens, so the error object is never logged whole. */
export function describeError(error: unknown): Record<string, unknown> {
  if (error instanceof UserError) return { identifier: error.identifier, ...error.context };
  if (error instanceof Error) {
    const e = error as Error & { code?: unknown; status?: unknown; method?: unknown };
    return { name: e.name, message: e.message, code: e.code, status: e.status, method: e.method, stack: e.stack };
  }
  return { message: String(error) };
}

export async function reportError(target: Interaction | Message, error: unknown, logger: Logger): Promise<void> {
  const where = !(target instanceof BaseInteraction)
    ? 'mention'
    : target.isButton()
      ? `button ${target.customId}`
      : target.isCommand() || target.isAutocomplete()
        ? `/${target.commandName}`
        : `interaction ${target.type}`;
  if (error instanceof UserError) logger.info({ err: describeError(error), where }, 'discord: request refused');
  else logger.error({ err: describeError(error), where }, 'discord: handler failed');

  const language: Language = localeLanguage(target instanceof BaseInteraction ? target.locale : target.guild?.preferredLocale);
  const content = userMessage(error, language);
  try {
    if (!(target instanceof BaseInteraction)) {
      await target.reply({ content, allowedMentions: NO_MENTIONS });
    } else if (target.isAutocomplete()) {
      if (!target.responded) await target.respond([]);
    } else if (target.isRepliable()) {
      const payload = { content, flags: MessageFlags.Ephemeral as const, allowedMentions: NO_MENTIONS };
      if (target.replied || target.deferred) await target.followUp(payload);
      else await target.reply(payload);
    }
  } catch (replyError) {
    logger.warn({ err: describeError(replyError), where }, 'discord: could not report the error to the user');
  }
}
