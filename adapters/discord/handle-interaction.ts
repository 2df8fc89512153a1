// Routes Discord interactions (slash commands, autocomplete, buttons) to the core and replies with rendered objects.
import {
  MessageFlags,
  PermissionFlagsBits,
  type AutocompleteInteraction,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type Interaction,
} from 'discord.js';
import type { Briefing } from '../../src/core/briefing.js';
import { UserError } from '../../src/core/errors.js';
import { helpText, sourcesList } from '../../src/core/help.js';
import { runDigestCommand } from '../../src/digest/digest-command.js';
import type { Language } from '../../src/facts/schema.js';
import { ASK_COMMAND, BRIEFING_COMMAND, DISCORD_COMMANDS } from './commands.js';
import { decodeButton } from './custom-ids.js';
import { NO_MENTIONS, localeLanguage, questionFromDiscord } from './mentions.js';
import { renderAnswer, renderList, renderNotice, type DiscordMessage } from './render-answer.js';
import { renderChoices } from './render-choices.js';
import { renderDigest } from './render-digest.js';

/**
 * Every core call here is synchronous and in memory (a lookup in the loaded table, one SQLite write), well under
 * Discord's 3-second window, so interactions are answered directly rather than deferred.
 */
export async function handleInteraction(interaction: Interaction, briefing: Briefing): Promise<void> {
  if (interaction.isAutocomplete()) return autocomplete(interaction, briefing);
  if (interaction.isChatInputCommand()) {
    if (interaction.commandName === ASK_COMMAND) return ask(interaction, briefing);
    if (interaction.commandName === BRIEFING_COMMAND) return briefingCommand(interaction, briefing);
    return;
  }
  if (interaction.isButton()) return button(interaction, briefing);
}

async function autocomplete(interaction: AutocompleteInteraction, briefing: Briefing): Promise<void> {
  if (interaction.commandName !== ASK_COMMAND) return interaction.respond([]);
  const partial = String(interaction.options.getFocused());
  await interaction.respond(renderChoices(briefing.questions.complete(partial, 25)));
}

async function ask(interaction: ChatInputCommandInteraction, briefing: Briefing): Promise<void> {
  // Empty text and rate limits come back as UserErrors, answered ephemerally by the error hook.
  const answer = briefing.questions.ask({
    text: questionFromDiscord(interaction.options.getString('question', true)),
    platform: 'discord',
    userId: interaction.user.id,
    channelId: interaction.channelId,
    commands: DISCORD_COMMANDS,
  });
  await reply(interaction, renderAnswer(answer));
}

async function briefingCommand(interaction: ChatInputCommandInteraction, briefing: Briefing): Promise<void> {
  const language = localeLanguage(interaction.locale);
  const sub = interaction.options.getSubcommand(true);
  if (interaction.options.getSubcommandGroup(false) === 'digest') return digest(interaction, briefing, sub, language);
  if (sub === 'help') {
    return reply(interaction, renderNotice(helpText(language, DISCORD_COMMANDS)), { ephemeral: true });
  }
  if (sub === 'sources') {
    const title = language === 'vi' ? 'Nguồn' : 'Sources';
    return reply(interaction, renderList(title, sourcesList(briefing.table, language), language), { ephemeral: true });
  }
}

async function digest(interaction: ChatInputCommandInteraction, briefing: Briefing, sub: string, language: Language): Promise<void> {
  if ((sub === 'on' || sub === 'off') && !interaction.memberPermissions?.has(PermissionFlagsBits.ManageChannels)) {
    throw new UserError(
      'Forbidden',
      {
        vi: 'Cần quyền Quản lý kênh (Manage Channels) để bật hoặc tắt bản tin cho kênh này.',
        en: 'You need the Manage Channels permission to turn the digest on or off for this channel.',
      },
      { userId: interaction.user.id, channelId: interaction.channelId, subcommand: sub },
    );
  }
  // The core parses the same text a Slack user types: "on 07:30 vi Asia/Ho_Chi_Minh".
  const option = (name: string) => interaction.options.getString(name)?.replace(/\s+/g, '') || null;
  const args = [sub, option('time'), option('language'), option('timezone')].filter(Boolean).join(' ');
  const result = runDigestCommand(args, {
    briefing,
    platform: 'discord',
    channelId: interaction.channelId,
    workspaceId: interaction.guildId,
    language,
  });
  if (result.kind === 'preview') {
    const [first, ...rest] = renderDigest(result.digest);
    await reply(interaction, { embeds: first?.embeds ?? [], components: [] }, { ephemeral: true });
    for (const message of rest) await interaction.followUp({ ...message, flags: MessageFlags.Ephemeral, allowedMentions: NO_MENTIONS });
    return;
  }
  // Turning the digest on or off is shown to the channel; a status check only to the asker.
  await reply(interaction, renderNotice(result.text), { ephemeral: result.kind === 'status' });
}

async function button(interaction: ButtonInteraction, briefing: Briefing): Promise<void> {
  const action = decodeButton(interaction.customId);
  if (!action) return;
  if (action.kind === 'explain') {
    const answer = briefing.questions.explain(action.factId, action.language, { platform: 'discord', userId: interaction.user.id });
    if (!answer) throw unknownFact(action.factId);
    return reply(interaction, renderAnswer(answer));
  }
  if (!briefing.table.byId.has(action.factId)) throw unknownFact(action.factId);
  briefing.store.recordFeedback(
    {
      platform: 'discord',
      userId: interaction.user.id,
      channelId: interaction.channelId,
      factId: action.factId,
      // The answer embed's title is the question that was asked.
      question: interaction.message.embeds[0]?.title ?? null,
      vote: action.vote,
    },
    briefing.clock(),
  );
  const language = localeLanguage(interaction.locale);
  await reply(interaction, renderNotice(language === 'vi' ? 'Cảm ơn bạn đã góp ý!' : 'Thanks for the feedback!'), { ephemeral: true });
}

function unknownFact(factId: string): UserError {
  return new UserError(
    'UnknownFact',
    { vi: 'Thông tin này không còn trong bảng dữ kiện.', en: 'That item is no longer in the fact table.' },
    { factId },
  );
}

async function reply(
  interaction: ChatInputCommandInteraction | ButtonInteraction,
  message: DiscordMessage,
  options: { ephemeral?: boolean } = {},
): Promise<void> {
  await interaction.reply({ ...message, allowedMentions: NO_MENTIONS, ...(options.ephemeral ? { flags: MessageFlags.Ephemeral } : {}) });
}
