// /ask: a question (with autocomplete of known questions), answered in the channel with its citation.
import { ApplicationCommandOptionType, ApplicationCommandType, InteractionContextType } from 'discord.js';
import { localeLanguage, questionFromDiscord } from '../mentions.js';
import { renderAnswer } from '../render-answer.js';
import { renderChoices } from '../render-choices.js';
import { discordOrigin, reply, type SlashCommand } from '../slash-command.js';

export const askCommand: SlashCommand = {
  name: 'ask',

  definition: ({ maxQuestionLength }) => ({
    type: ApplicationCommandType.ChatInput,
    name: 'ask',
    description: 'Ask a question on Vietnam’s ASEAN and UN diplomacy (English or Vietnamese)',
    description_localizations: { vi: 'Hỏi về ngoại giao ASEAN và Liên Hợp Quốc của Việt Nam' },
    contexts: [InteractionContextType.Guild],
    options: [
      {
        type: ApplicationCommandOptionType.String,
        name: 'question',
        name_localizations: { vi: 'cau-hoi' },
        description: 'Your question, e.g. Who chaired AMM 53?',
        description_localizations: { vi: 'Câu hỏi, ví dụ: Ai chủ trì AMM 53?' },
        required: true,
        autocomplete: true,
        // Discord caps string options at 6,000 characters.
        max_length: Math.min(maxQuestionLength, 6000),
      },
    ],
  }),

  async execute(interaction, briefing) {
    // Empty text and rate limits come back as UserErrors, answered ephemerally by the error hook.
    const answer = briefing.ask({
      origin: discordOrigin({ userId: interaction.user.id, channelId: interaction.channelId, guildId: interaction.guildId }),
      text: questionFromDiscord(interaction.options.getString('question', true)),
      language: localeLanguage(interaction.locale),
    });
    await reply(interaction, renderAnswer(answer));
  },

  async autocomplete(interaction, briefing) {
    const suggestions = briefing.complete({
      origin: discordOrigin({ userId: interaction.user.id, channelId: interaction.channelId, guildId: interaction.guildId }),
      text: String(interaction.options.getFocused()),
      language: localeLanguage(interaction.locale),
      limit: 25,
    });
    await interaction.respond(renderChoices(suggestions));
  },
};
