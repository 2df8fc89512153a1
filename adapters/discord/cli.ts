// `briefing discord deploy-commands [--guild ID]`: registers the slash commands with Discord.
import type { Root } from '../root.js';
import { deployCommands } from './deploy-commands.js';

/** The command's action (registered in adapters/main.ts, which loads this module on demand). */
export async function deployCommandsFromCli(root: Pick<Root, 'config' | 'logger'>, opts: { guild?: string }): Promise<void> {
  const result = await deployCommands({ config: root.config(), logger: await root.logger() }, { guildId: opts.guild });
  const where = result.scope === 'global' ? 'globally' : `in guild ${result.scope.guildId}`;
  process.stdout.write(`Registered ${result.commands.map((c) => `/${c.name}`).join(', ')} ${where} for application ${result.applicationId}.\n`);
}
