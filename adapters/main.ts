// Entry point of the `briefing` command: the composition root builds the application once and hands it to the command
// line's own commands and to those that start chat surfaces (serve, start, chat, discord deploy-commands).
import type { Command } from 'commander';
import { createProgram, runProgram } from '../src/cli/program.js';
import { createRoot, type Root } from './root.js';

const CONNECT_HINT = [
  'No Slack or Discord tokens are configured, so this is the local console chat.',
  'To connect the bot: copy .env.example to .env and set SLACK_BOT_TOKEN + SLACK_SIGNING_SECRET (or SLACK_APP_TOKEN),',
  'and/or DISCORD_TOKEN, then run `npm start` again (see README: "Connecting Slack" and "Connecting Discord").',
].join('\n');

/** The commands that start a chat surface; their modules (and the platform SDKs) load only when one runs. */
function registerSurfaceCommands(program: Command, root: Root): void {
  const chat = async (banner?: string): Promise<void> => {
    const { runConsoleChat } = await import('./console/console-chat.js');
    await runConsoleChat(root.briefing(), { input: process.stdin, output: process.stdout, banner });
    root.close();
  };
  const serve = async (): Promise<void> => {
    const { serveUntilSignal } = await import('./serve.js');
    await serveUntilSignal(root);
  };

  program
    .command('serve')
    .description('run the bot on every platform whose tokens are set (Slack, Discord) with the daily digest scheduler')
    .action(serve);
  program
    .command('start')
    .description('serve when tokens are configured, otherwise open the local console chat (what `npm start` runs)')
    .action(async () => {
      const config = root.config();
      if (config.slack || config.discord) await serve();
      else await chat(CONNECT_HINT);
    });
  program
    .command('chat')
    .description('an interactive console chat with the engine (no platform needed)')
    .action(() => chat());

  const discord = program.command('discord').description('Discord bot administration');
  discord
    .command('deploy-commands')
    .description('register /ask and /briefing with Discord (globally, or in one guild for instant updates)')
    .option('--guild <id>', 'register in this guild only')
    .action(async (opts: { guild?: string }) => {
      const { deployCommandsFromCli } = await import('./discord/cli.js');
      await deployCommandsFromCli(root, opts);
    });
}

const root = createRoot();
const program = createProgram(root);
registerSurfaceCommands(program, root);
await runProgram(program);
