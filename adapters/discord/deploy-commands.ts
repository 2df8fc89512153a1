// Registers the slash commands with Discord over REST, globally or for one guild (instant, for testing servers).
import { Routes, type APIApplicationCommand, type RESTGetAPIOAuth2CurrentApplicationResult } from 'discord.js';
import { ConfigError, type Config } from '../../src/config/config.js';
import type { Logger } from '../../src/model/logger.js';
import { commandDefinitions } from './commands/index.js';
import { discordRest } from './rest-limits.js';

export interface DeployOptions {
  /** Register in this guild only (updates at once); otherwise globally. */
  guildId?: string;
}

export interface DeployResult {
  applicationId: string;
  scope: 'global' | { guildId: string };
  commands: APIApplicationCommand[];
}

export async function deployCommands(context: { config: Config; logger: Logger }, options: DeployOptions = {}): Promise<DeployResult> {
  const discord = context.config.discord;
  if (!discord) throw new ConfigError(['DISCORD_TOKEN is required to deploy the Discord commands']);
  const rest = discordRest(discord);
  try {
    const applicationId =
      discord.applicationId ?? ((await rest.get(Routes.oauth2CurrentApplication())) as RESTGetAPIOAuth2CurrentApplicationResult).id;
    const route = options.guildId ? Routes.applicationGuildCommands(applicationId, options.guildId) : Routes.applicationCommands(applicationId);
    // PUT replaces the whole set, so commands removed from the code disappear from Discord too.
    const commands = (await rest.put(route, { body: commandDefinitions(context.config.maxQuestionLength) })) as APIApplicationCommand[];
    context.logger.info({ applicationId, guildId: options.guildId ?? null, count: commands.length }, 'discord: commands deployed');
    return { applicationId, scope: options.guildId ? { guildId: options.guildId } : 'global', commands };
  } finally {
    rest.clearHashSweeper();
    rest.clearHandlerSweeper();
  }
}
