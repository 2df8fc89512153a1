// The adapter's one error hook: a short ephemeral reply in the user's language, and the details in the log.
import { BaseInteraction, MessageFlags, type Interaction, type Message } from 'discord.js';
import { describeError, UserError, userMessage } from '../../src/model/errors.js';
import type { Language } from '../../src/model/language.js';
import type { Logger } from '../../src/model/logger.js';
import { noPlatformMetrics, type PlatformMetrics } from '../platform-context.js';
import { NO_MENTIONS, localeLanguage } from './mentions.js';

export async function reportError(target: Interaction | Message, error: unknown, logger: Logger, metrics: PlatformMetrics = noPlatformMetrics): Promise<void> {
  const where = !(target instanceof BaseInteraction)
    ? 'mention'
    : target.isButton()
      ? `button ${target.customId}`
      : target.isCommand() || target.isAutocomplete()
        ? `/${target.commandName}`
        : `interaction ${target.type}`;
  if (error instanceof UserError) logger.info({ err: describeError(error), where }, 'discord: request refused');
  else {
    logger.error({ err: describeError(error), where }, 'discord: handler failed');
    metrics.platformError('discord', 'handler');
  }

  // A refusal comes in the language the application decided; anything else in the member's (or server's) locale.
  const fallback: Language = localeLanguage(target instanceof BaseInteraction ? target.locale : target.guild?.preferredLocale);
  const content = userMessage(error, fallback);
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
