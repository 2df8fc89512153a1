// `briefing serve`: starts every configured platform adapter and the digest scheduler, and shuts down gracefully.
import type { Config } from '../src/config/config.js';
import { ConfigError } from '../src/config/config.js';
import { openBriefing, type Briefing } from '../src/core/briefing.js';
import type { Logger } from '../src/core/logger.js';
import { DigestScheduler } from '../src/digest/DigestScheduler.js';
import type { DigestTransport } from '../src/digest/types.js';

interface RunningAdapter {
  name: string;
  transport: DigestTransport;
  stop(): Promise<void>;
}

export interface Server {
  briefing: Briefing;
  adapters: RunningAdapter[];
  scheduler: DigestScheduler;
  /** Stops taking new work, lets in-flight replies finish, stops the adapters, closes the database. Idempotent. */
  stop(): Promise<void>;
}

/** Platform modules are imported only when configured, so a Slack-only bot never loads discord.js. */
export async function startServer(config: Config, logger: Logger): Promise<Server> {
  if (!config.slack && !config.discord) {
    throw new ConfigError(['no chat platform configured: set SLACK_BOT_TOKEN and/or DISCORD_TOKEN (or use `briefing chat`)']);
  }
  const briefing = openBriefing({ config, logger });
  const adapters: RunningAdapter[] = [];
  try {
    if (config.slack) {
      const { startSlack } = await import('./slack/index.js');
      adapters.push({ name: 'slack', ...(await startSlack(briefing)) });
    }
    if (config.discord) {
      const { startDiscord } = await import('./discord/index.js');
      adapters.push({ name: 'discord', ...(await startDiscord(briefing)) });
    }
  } catch (error) {
    await Promise.allSettled(adapters.map((a) => a.stop()));
    briefing.store.close();
    throw error;
  }
  const scheduler = new DigestScheduler(briefing, { transports: adapters.map((a) => a.transport) });
  scheduler.recordFactsSeen();
  scheduler.start();
  logger.info({ adapters: adapters.map((a) => a.name), facts: briefing.table.facts.length }, 'briefing is serving');
  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      logger.info('shutting down');
      await scheduler.stop();
      await Promise.allSettled(adapters.map((a) => a.stop()));
      briefing.store.close();
    })());
  return { briefing, adapters, scheduler, stop };
}

/** Runs until SIGTERM or SIGINT, then stops cleanly and exits. */
export async function serveUntilSignal(config: Config, logger: Logger): Promise<void> {
  const server = await startServer(config, logger);
  await new Promise<void>((resolve) => {
    const onSignal = (signal: NodeJS.Signals) => {
      logger.info({ signal }, 'signal received');
      server.stop().then(resolve, (error: unknown) => {
        logger.error({ err: error }, 'error while shutting down');
        resolve();
      });
    };
    process.once('SIGTERM', onSignal);
    process.once('SIGINT', onSignal);
  });
}
