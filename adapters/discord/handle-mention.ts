// Answers a message that @mentions the bot, as a reply to that message.
import type { Message } from 'discord.js';
import type { Briefing } from '../../src/core/briefing.js';
import { helpText } from '../../src/core/help.js';
import { DISCORD_COMMANDS } from './commands.js';
import { NO_MENTIONS, localeLanguage, mentionQuestion } from './mentions.js';
import { renderAnswer, renderNotice } from './render-answer.js';

/** Ignores bots (itself included), messages that do not mention the bot, and gateway replays of a handled message. */
export async function handleMention(message: Message, botId: string, briefing: Briefing): Promise<void> {
  if (message.author.bot || message.webhookId) return;
  const question = mentionQuestion(message.content, botId);
  if (question === undefined) return;
  if (!briefing.store.markEventSeen(`discord:message:${message.id}`, briefing.clock())) return;
  const language = localeLanguage(message.guild?.preferredLocale);
  // A bare mention gets the help; anything else goes through the guarded entry (empty text, rate limits).
  const rendered = question
    ? renderAnswer(briefing.questions.ask({ text: question, platform: 'discord', userId: message.author.id, channelId: message.channelId, commands: DISCORD_COMMANDS }))
    : renderNotice(helpText(language, DISCORD_COMMANDS));
  await message.reply({ ...rendered, allowedMentions: NO_MENTIONS });
}
