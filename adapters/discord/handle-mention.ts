// Answers a message that @mentions the bot, as a reply to that message.
import type { Message } from 'discord.js';
import type { Briefing } from '../../src/app/Briefing.js';
import { NO_MENTIONS, localeLanguage, mentionQuestion } from './mentions.js';
import { renderAnswer, renderNotice } from './render-answer.js';
import { discordOrigin } from './slash-command.js';

/** Ignores bots (itself included), messages that do not mention the bot, and gateway replays of a handled message. */
export async function handleMention(message: Message, botId: string, briefing: Briefing): Promise<void> {
  if (message.author.bot || message.webhookId) return;
  const question = mentionQuestion(message.content, botId);
  if (question === undefined) return;
  if (!briefing.firstDelivery(`discord:message:${message.id}`)) return;
  const language = localeLanguage(message.guild?.preferredLocale);
  const origin = discordOrigin({ userId: message.author.id, channelId: message.channelId, guildId: message.guildId });
  // A bare mention gets the help; anything else is a question (empty text and rate limits are refused as for /ask).
  const rendered = question ? renderAnswer(briefing.ask({ origin, text: question, language })) : renderNotice(briefing.help(origin, language).text);
  await message.reply({ ...rendered, allowedMentions: NO_MENTIONS });
}
