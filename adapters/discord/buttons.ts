// Button clicks on an answer: a related fact or suggestion is explained, 👍/👎 is feedback.
import type { ButtonInteraction } from 'discord.js';
import type { Briefing } from '../../src/app/Briefing.js';
import { decodeButton } from './custom-ids.js';
import { localeLanguage } from './mentions.js';
import { renderAnswer, renderNotice } from './render-answer.js';
import { discordOrigin, reply } from './slash-command.js';

export async function handleButton(interaction: ButtonInteraction, briefing: Briefing): Promise<void> {
  const action = decodeButton(interaction.customId);
  if (!action) return;
  const origin = discordOrigin({ userId: interaction.user.id, channelId: interaction.channelId, guildId: interaction.guildId });
  if (action.kind === 'explain') {
    return reply(interaction, renderAnswer(briefing.explain({ origin, factId: action.factId, language: action.language })));
  }
  const thanks = briefing.feedback({
    origin,
    factId: action.factId,
    vote: action.vote,
    // The answer embed's title is the question that was asked.
    question: interaction.message.embeds[0]?.title ?? null,
    language: localeLanguage(interaction.locale),
  });
  await reply(interaction, renderNotice(thanks.text), { ephemeral: true });
}
