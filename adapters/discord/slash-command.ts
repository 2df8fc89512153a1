// What a Discord slash command module provides (its definition and its handlers, as the discord.js guide lays them
// out), how Discord spells the commands, and the reply every handler sends.
import {
  DiscordAPIError,
  MessageFlags,
  RateLimitError,
  RESTJSONErrorCodes,
  Routes,
  type AutocompleteInteraction,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import type { Briefing } from '../../src/app/Briefing.js';
import type { CommandSpelling, Origin } from '../../src/app/commands.js';
import { NO_MENTIONS } from './mentions.js';
import type { DiscordMessage } from './render-answer.js';

export interface SlashCommand {
  readonly name: string;
  /** The definition registered with Discord (deploy-commands). */
  definition(settings: { maxQuestionLength: number }): RESTPostAPIChatInputApplicationCommandsJSONBody;
  execute(interaction: ChatInputCommandInteraction, briefing: Briefing): Promise<void>;
  autocomplete?(interaction: AutocompleteInteraction, briefing: Briefing): Promise<void>;
}

/** How Discord spells the commands, for the hints in the application's texts (help, the empty-question hint). */
export const DISCORD_COMMANDS: CommandSpelling = Object.freeze({
  ask: '/ask',
  help: '/briefing help',
  sources: '/briefing sources',
  digest: '/briefing digest',
});

/** Where an interaction or message comes from, as the application's commands name it. */
export function discordOrigin(who: { userId: string; channelId: string | null; guildId?: string | null }): Origin {
  return { platform: 'discord', commands: DISCORD_COMMANDS, userId: who.userId, channelId: who.channelId, workspaceId: who.guildId ?? null };
}

/**
 * Every application call is synchronous and in memory (a lookup in the loaded table, one SQLite write), well under
 * Discord's 3-second window, so interactions are answered directly rather than deferred. When the interaction can no
 * longer be answered (its callback rate-limited past the window, stalled, or expired), a public reply is posted in the
 * channel instead of being lost; a private one cannot be, and the error goes to the error hook.
 */
export async function reply(
  interaction: ChatInputCommandInteraction | ButtonInteraction,
  message: DiscordMessage,
  options: { ephemeral?: boolean } = {},
): Promise<void> {
  try {
    await interaction.reply({ ...message, allowedMentions: NO_MENTIONS, ...(options.ephemeral ? { flags: MessageFlags.Ephemeral } : {}) });
  } catch (error) {
    if (options.ephemeral || !interaction.channelId || !interactionLost(error)) throw error;
    await interaction.client.rest.post(Routes.channelMessages(interaction.channelId), { body: { ...message, allowed_mentions: NO_MENTIONS } });
  }
}

/** The callback failed in a way that leaves the interaction unanswered: rate-limited, timed out, or expired. */
function interactionLost(error: unknown): boolean {
  if (error instanceof RateLimitError) return true;
  if (error instanceof DiscordAPIError) return error.code === RESTJSONErrorCodes.UnknownInteraction;
  return error instanceof Error && error.name === 'AbortError';
}
