// `briefing serve`: starts every configured platform adapter and the digest scheduler, and shuts down gracefully.
import type { DigestScheduler } from '../src/app/digest/DigestScheduler.js';
import type { DigestTransport } from '../src/app/digest/types.js';
import { ConfigError } from '../src/config/config.js';
import type { Root } from './root.js';

interface RunningAdapter {
  name: string;
  transport: DigestTransport;
  stop(): Promise<void>;
}

export interface Server {
  adapters: RunningAdapter[];
  scheduler: DigestScheduler;
  /** Stops taking new work, lets in-flight replies finish, stops the adapters, closes the database. Idempotent. */
  stop(): Promise<void>;
}

/** Platform modules are imported only when configured, so a Slack-only bot never loads discord.js. */
export async function startServer(root: Root): Promise<Server> {
  const config = root.config();
  if (!config.slack && !config.discord) {
    throw new ConfigError(['no chat platform configured: set SLACK_BOT_TOKEN and/or DISCORD_TOKEN (or use `briefing chat`)']);
  }
  const context = await root.platformContext();
  const { briefing, logger } = context;
  const adapters: RunningAdapter[] = [];
  try {
    if (config.slack) {
      const { startSlack } = await import('./slack/index.js');
      adapters.push({ name: 'slack', ...(await startSlack(context)) });
    }
    if (config.discord) {
      const { startDiscord } = await import('./discord/index.js');
      adapters.push({ name: 'discord', ...(await startDiscord(context)) });
    }
  } catch (error) {
    await Promise.allSettled(adapters.map((a) => a.stop()));
    root.close();
    throw error;
  }
  const scheduler = briefing.scheduler({ transports: adapters.map((a) => a.transport) });
  scheduler.recordFactsSeen();
  scheduler.start();
  logger.info({ adapters: adapters.map((a) => a.name), facts: briefing.health().facts }, 'briefing is serving');
  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      logger.info('shutting down');
      await scheduler.stop();
      // Each adapter stops receiving, then waits for its in-flight replies; only then may the database close.
      const results = await Promise.allSettled(adapters.map((a) => a.stop()));
      results.forEach((r, i) => r.status === 'rejected' && logger.warn({ adapter: adapters[i]!.name, err: String(r.reason) }, 'adapter did not stop cleanly'));
      // Closing checkpoints the WAL into the database file, so nothing is left to recover on the next start.
      root.close();
      logger.info('database closed');
    })());
  return { adapters, scheduler, stop };
}

/** How long the process may linger after a clean stop before it exits anyway (a library holding a handle open). */
const EXIT_GRACE_MS = 3_000;

/**
 * Runs until SIGTERM or SIGINT, then stops cleanly: in-flight replies finish, the scheduler and adapters stop, the
 * database closes, and the process exits 0. A second signal during shutdown exits at once with status 1.
 */
export async function serveUntilSignal(root: Root): Promise<void> {
  const server = await startServer(root);
  const logger = await root.logger();
  await new Promise<void>((resolve) => {
    let received: NodeJS.Signals | undefined;
    const onSignal = (signal: NodeJS.Signals) => {
      if (received) {
        logger.warn({ signal }, 'second signal during shutdown: exiting now');
        process.exit(1);
      }
      received = signal;
      logger.info({ signal }, 'signal received');
      server.stop().then(resolve, (error: unknown) => {
        logger.error({ err: error }, 'error while shutting down');
        process.exitCode = 1;
        resolve();
      });
    };
    process.on('SIGTERM', onSignal);
    process.on('SIGINT', onSignal);
  });
  logger.info('stopped');
  // Everything of ours is closed; do not let a stray timer or socket in a dependency keep the process alive.
  setTimeout(() => process.exit(), EXIT_GRACE_MS).unref();
}
