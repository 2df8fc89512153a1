// Routes Discord interactions to their command module (slash commands, autocomplete) or to the button handler.
import type { Interaction } from 'discord.js';
import type { Briefing } from '../../src/app/Briefing.js';
import { handleButton } from './buttons.js';
import { SLASH_COMMANDS } from './commands/index.js';

const byName = new Map(SLASH_COMMANDS.map((c) => [c.name, c]));

export async function handleInteraction(interaction: Interaction, briefing: Briefing): Promise<void> {
  if (interaction.isAutocomplete()) {
    const command = byName.get(interaction.commandName);
    return command?.autocomplete ? command.autocomplete(interaction, briefing) : interaction.respond([]);
  }
  if (interaction.isChatInputCommand()) return byName.get(interaction.commandName)?.execute(interaction, briefing);
  if (interaction.isButton()) return handleButton(interaction, briefing);
}
