// `briefing serve`: starts every configured platform adapter, the digest scheduler and the fact folder's watcher, and
// shuts down gracefully.
import type { DigestScheduler } from '../src/app/digest/DigestScheduler.js';
import type { DigestTransport } from '../src/app/digest/types.js';
import { ConfigError } from '../src/config/config.js';
import { describeError } from '../src/model/errors.js';
import { watchFactFolder } from './fact-watcher.js';
import { healthReport, startHealthServer, type HealthServer } from './health-server.js';
import type { PlatformHealth } from './platform-context.js';
import type { Root } from './root.js';

interface RunningAdapter {
  name: string;
  transport: DigestTransport;
  health(): PlatformHealth;
  /** Settles when the platform has dropped the bot for good (Discord's gateway closing with 4004, …). */
  failed?: Promise<Error>;
  stop(): Promise<void>;
}

export interface Server {
  adapters: RunningAdapter[];
  scheduler: DigestScheduler;
  /** /healthz and /metrics, when HEALTH_PORT is set. */
  health?: HealthServer;
  /** Stops taking new work, lets in-flight replies finish, stops the adapters, closes the database. Idempotent. */
  stop(): Promise<void>;
  /** Settles when an adapter has stopped for good on its own: the process should stop too. */
  failed: Promise<{ adapter: string; error: Error }>;
}

export interface ServeOptions {
  /** Interface the health server and Slack's HTTP receiver bind (all when unset: a container is checked from outside). */
  host?: string;
}

/** Platform modules are imported only when configured, so a Slack-only bot never loads discord.js. */
export async function startServer(root: Root, options: ServeOptions = {}): Promise<Server> {
  const config = root.config();
  if (!config.slack && !config.discord) {
    throw new ConfigError(['no chat platform configured: set SLACK_BOT_TOKEN and/or DISCORD_TOKEN (or use `briefing chat`)']);
  }
  const context = await root.platformContext();
  const { briefing, logger } = context;
  // The database first: a path that cannot hold it stops the start before any platform is contacted.
  briefing.ready();
  const metrics = await root.metrics();
  // What /healthz and the connection gauge read: each platform as it starts ("connecting"), then its own state.
  const platforms = new Map<string, () => PlatformHealth>();
  metrics.watchConnections(() => Object.fromEntries([...platforms].map(([name, health]) => [name, health().state === 'connected'])));
  const adapters: RunningAdapter[] = [];
  let health: HealthServer | undefined;
  try {
    if (config.healthPort !== undefined) {
      health = await startHealthServer({ port: config.healthPort, host: options.host, metrics, report: () => healthReport(briefing, platforms) });
      logger.info({ port: health.port }, 'health: serving /healthz and /metrics');
    }
    if (config.slack) {
      const mode = config.slack.appToken ? 'socket' : 'http';
      platforms.set('slack', () => ({ state: 'connecting', mode }));
      const { startSlack } = await import('./slack/index.js');
      const slack = await startSlack(context, options.host ? { host: options.host } : {});
      adapters.push({ name: 'slack', ...slack });
      platforms.set('slack', slack.health);
    }
    if (config.discord) {
      platforms.set('discord', () => ({ state: 'connecting', mode: 'gateway' }));
      const { startDiscord } = await import('./discord/index.js');
      const discord = await startDiscord(context);
      adapters.push({ name: 'discord', ...discord });
      platforms.set('discord', discord.health);
    }
  } catch (error) {
    await Promise.allSettled(adapters.map((a) => a.stop()));
    await health?.close();
    root.close();
    throw error;
  }
  const scheduler = briefing.scheduler({ transports: adapters.map((a) => a.transport) });
  scheduler.start();
  // A changed fact file (or SIGHUP) is served once valid, without a restart; an invalid one is logged with file:line.
  const facts = watchFactFolder(config.factsDir, () => briefing.reloadFacts(), logger);
  logger.info({ adapters: adapters.map((a) => a.name), facts: briefing.health().facts }, 'briefing is serving');
  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      logger.info('shutting down');
      facts.close();
      // The scheduler and each adapter stop taking work and drain what is in flight at the same time, each within its
      // drain time (work still going then is cut short and logged; a cut digest is released for the next start); only
      // then may the database close.
      const [, ...results] = await Promise.allSettled([scheduler.stop(), ...adapters.map((a) => a.stop())]);
      results.forEach((r, i) => r.status === 'rejected' && logger.warn({ adapter: adapters[i]!.name, err: String(r.reason) }, 'adapter did not stop cleanly'));
      await health?.close();
      // Closing checkpoints the WAL into the database file, so nothing is left to recover on the next start.
      root.close();
      logger.info('database closed');
    })());
  const failed = Promise.race(adapters.filter((a) => a.failed).map((a) => a.failed!.then((error) => ({ adapter: a.name, error }))));
  return { adapters, scheduler, health, stop, failed };
}

/** How long the process may linger after a clean stop before it exits anyway (a library holding a handle open). */
const EXIT_GRACE_MS = 3_000;

/** The most a stop may take (the drains are 10 s): past this the database is closed and the process exits with 1. */
const STOP_LIMIT_MS = 20_000;

/**
 * Runs until SIGTERM or SIGINT, then stops cleanly: in-flight replies finish, the scheduler and adapters stop, the
 * database closes, and the process exits 0. A second signal during shutdown exits at once with status 1.
 */
export async function serveUntilSignal(root: Root): Promise<void> {
  const server = await startServer(root);
  const logger = await root.logger();
  // A platform client failing in the background (Slack refusing a Socket Mode reconnect) must not end the process
  // with a stack: it is logged, and /healthz shows the platform down.
  process.on('unhandledRejection', (reason) => logger.error({ err: describeError(reason) }, 'unhandled rejection in a platform client'));
  await new Promise<void>((resolve) => {
    let stopping = false;
    const stop = () => {
      stopping = true;
      // Bounded whatever an adapter or a library does: past the limit, close the database and go.
      setTimeout(() => {
        logger.error({ limitMs: STOP_LIMIT_MS }, 'shutdown did not finish in time: closing the database and exiting');
        root.close();
        process.exit(1);
      }, STOP_LIMIT_MS).unref();
      server.stop().then(resolve, (error: unknown) => {
        logger.error({ err: error }, 'error while shutting down');
        process.exitCode = 1;
        resolve();
      });
    };
    const onSignal = (signal: NodeJS.Signals) => {
      if (stopping) {
        logger.warn({ signal }, 'second signal during shutdown: exiting now');
        process.exit(1);
      }
      logger.info({ signal }, 'signal received');
      stop();
    };
    process.on('SIGTERM', onSignal);
    process.on('SIGINT', onSignal);
    // A platform that dropped the bot for good (a revoked Discord token: close code 4004) stops the whole process
    // cleanly, database closed, with status 1 so a supervisor notices, rather than running on without it.
    void server.failed.then(({ adapter, error }) => {
      if (stopping) return;
      logger.error({ adapter, err: error.message }, 'a platform stopped for good: shutting down');
      process.exitCode = 1;
      stop();
    });
  });
  logger.info('stopped');
  // Everything of ours is closed; do not let a stray timer or socket in a dependency keep the process alive.
  setTimeout(() => process.exit(), EXIT_GRACE_MS).unref();
}
