// `briefing discord deploy-commands [--guild ID]`: registers the slash commands with Discord.
import { cliConfig } from '../../src/cli/env.js';
import { openBriefing } from '../../src/core/briefing.js';
import { createLogger } from '../../src/core/logger.js';
import { deployCommands } from './deploy-commands.js';

/** The command's action (registered in adapters/platform-commands.ts, which loads this module on demand). */
export async function deployCommandsFromCli(opts: { guild?: string }): Promise<void> {
  const config = cliConfig();
  const briefing = openBriefing({ config, logger: createLogger({ level: config.logLevel }) });
  try {
    const result = await deployCommands(briefing, { guildId: opts.guild });
    const where = result.scope === 'global' ? 'globally' : `in guild ${result.scope.guildId}`;
    process.stdout.write(`Registered ${result.commands.map((c) => `/${c.name}`).join(', ')} ${where} for application ${result.applicationId}.\n`);
  } finally {
    briefing.store.close();
  }
}
