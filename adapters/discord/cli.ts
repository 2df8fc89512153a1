// `briefing discord deploy-commands [--guild ID]`: registers the slash commands with Discord.
import type { Command } from 'commander';
import { cliConfig } from '../../src/cli/env.js';
import { openBriefing } from '../../src/core/briefing.js';
import { createLogger } from '../../src/core/logger.js';
import { deployCommands } from './deploy-commands.js';

export function registerDiscordCommands(program: Command): void {
  const discord = program.command('discord').description('Discord bot administration');
  discord
    .command('deploy-commands')
    .description('register /ask and /briefing with Discord (globally, or in one guild for instant updates)')
    .option('--guild <id>', 'register in this guild only')
    .action(async (opts: { guild?: string }) => {
      const config = cliConfig();
      const briefing = openBriefing({ config, logger: createLogger({ level: config.logLevel }) });
      try {
        const result = await deployCommands(briefing, { guildId: opts.guild });
        const where = result.scope === 'global' ? 'globally' : `in guild ${result.scope.guildId}`;
        process.stdout.write(`Registered ${result.commands.map((c) => `/${c.name}`).join(', ')} ${where} for application ${result.applicationId}.\n`);
      } finally {
        briefing.store.close();
      }
    });
}
