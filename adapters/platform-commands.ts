// Commands that start chat platforms: serve, start (what `npm start` runs), chat; their modules load on demand.
// Up front only command definitions: the engine, pino and the SDKs load with the command that needs them, so `ask` starts fast.
import type { Command } from 'commander';
import { cliConfig } from '../src/cli/env.js';
import { useDigestTransports } from '../src/cli/commands/digest.js';
import { useDoctorAuthChecks, type CheckLine } from '../src/cli/commands/doctor.js';

const CONNECT_HINT = [
  'No Slack or Discord tokens are configured, so this is the local console chat.',
  'To connect the bot: copy .env.example to .env and set SLACK_BOT_TOKEN + SLACK_SIGNING_SECRET (or SLACK_APP_TOKEN),',
  'and/or DISCORD_TOKEN, then run `npm start` again (see README: "Connecting Slack" and "Connecting Discord").',
].join('\n');

async function chat(banner?: string): Promise<void> {
  const config = cliConfig();
  const [{ createEngine }, { loadFacts }, { QuestionGate }, { systemClock }] = await Promise.all([
    import('../src/engine/create-engine.js'),
    import('../src/facts/load-facts.js'),
    import('../src/core/QuestionGate.js'),
    import('../src/core/clock.js'),
  ]);
  const engine = createEngine(loadFacts({ dir: config.factsDir }), { maxQuestionLength: config.maxQuestionLength });
  const questions = new QuestionGate(engine, { maxQuestionLength: config.maxQuestionLength, rateLimit: config.rateLimit, clock: systemClock });
  const { runConsoleChat } = await import('./console/console-chat.js');
  await runConsoleChat(questions, { input: process.stdin, output: process.stdout, banner });
}

async function serve(): Promise<void> {
  const config = cliConfig();
  const [{ serveUntilSignal }, { createLogger }] = await Promise.all([import('./serve.js'), import('../src/core/logger.js')]);
  await serveUntilSignal(config, createLogger({ level: config.logLevel }));
}

export function registerPlatformCommands(program: Command): void {
  program
    .command('serve')
    .description('run the bot on every platform whose tokens are set (Slack, Discord) with the daily digest scheduler')
    .action(serve);
  program
    .command('start')
    .description('serve when tokens are configured, otherwise open the local console chat (what `npm start` runs)')
    .action(async () => {
      const config = cliConfig();
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
      await deployCommandsFromCli(opts);
    });

  useDoctorAuthChecks(program, async (config) => {
    const lines: CheckLine[] = [];
    if (config.slack) {
      const { checkSlackAuth } = await import('./slack/auth-check.js');
      lines.push(await checkSlackAuth(config.slack));
    } else lines.push({ ok: 'skipped', name: 'slack auth', detail: 'SLACK_BOT_TOKEN not set' });
    if (config.discord) {
      const { checkDiscordAuth } = await import('./discord/auth-check.js');
      lines.push(await checkDiscordAuth(config.discord));
    } else lines.push({ ok: 'skipped', name: 'discord auth', detail: 'DISCORD_TOKEN not set' });
    return lines;
  });

  useDigestTransports(program, async (config, logger) => {
    const transports = [];
    if (config.slack) {
      const { createSlackTransport } = await import('./slack/index.js');
      const { webApi } = await import('@slack/bolt');
      const { boltLogger } = await import('./slack/bolt-logger.js');
      // Its log lines go through pino (redaction); a few short retries, since the scheduler retries on its own.
      const client = new webApi.WebClient(config.slack.botToken, {
        ...(config.slack.apiUrl ? { slackApiUrl: config.slack.apiUrl } : {}),
        retryConfig: { retries: 3, factor: 2, minTimeout: 500, maxTimeout: 5_000, randomize: true },
        logger: boltLogger(logger),
      });
      transports.push(createSlackTransport(client));
    }
    if (config.discord) {
      const { createDiscordTransport } = await import('./discord/index.js');
      const { REST } = await import('discord.js');
      const rest = new REST(config.discord.apiUrl ? { api: config.discord.apiUrl } : {}).setToken(config.discord.token);
      transports.push(createDiscordTransport(rest));
    }
    logger.debug({ platforms: transports.map((t) => t.platform) }, 'digest transports ready');
    return { transports };
  });
}
