// The bot's slash commands, each a module with its definition and handlers; deploy-commands registers these.
import type { RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import type { SlashCommand } from '../slash-command.js';
import { askCommand } from './ask.js';
import { briefingCommand } from './briefing.js';

export const SLASH_COMMANDS: readonly SlashCommand[] = Object.freeze([askCommand, briefingCommand]);

export function commandDefinitions(maxQuestionLength: number): RESTPostAPIChatInputApplicationCommandsJSONBody[] {
  return SLASH_COMMANDS.map((c) => c.definition({ maxQuestionLength }));
}
