// The composition root: builds the application once per process from the configuration, and hands it to the command
// line, the console chat and the chat platforms. Platform modules load only when a command needs them.
import { Briefing } from '../src/app/Briefing.js';
import type { Metrics } from '../src/app/metrics.js';
import type { BriefingStore } from '../src/app/store-port.js';
import type { CheckLine } from '../src/cli/check-line.js';
import type { CliServices, DigestTransportSet } from '../src/cli/services.js';
import { loadConfig, readEnv, type Config } from '../src/config/config.js';
import { createEngine } from '../src/engine/create-engine.js';
import type { Engine } from '../src/engine/types.js';
import type { FactTable } from '../src/facts/fact-table.js';
import { addQuestionToFile } from '../src/facts/add-question.js';
import { loadFacts } from '../src/facts/load-facts.js';
import { systemClock, type Clock } from '../src/model/clock.js';
import { silentLogger, type Logger } from '../src/model/logger.js';
import { openStore } from '../src/store/open-database.js';
import type { SqliteStore } from '../src/store/SqliteStore.js';
import type { PromMetrics } from './metrics.js';
import type { PlatformContext } from './platform-context.js';

export interface RootOptions {
  /** The configuration (tests); otherwise read from the environment and .env on first use. */
  config?: Config;
  /** A table already loaded (tests); otherwise read from config.factsDir, refusing to start on any problem. */
  table?: FactTable;
  /** An open store (tests); otherwise opened at config.dbPath on first use. */
  store?: BriefingStore;
  clock?: Clock;
  /** The logger (tests); otherwise pino at config.logLevel for the long-running commands, silence for one-shot ones. */
  logger?: Logger;
  /** The transports of `digest send` (tests); otherwise those of the configured platforms and the console. */
  digestTransports?: () => Promise<DigestTransportSet> | DigestTransportSet;
}

export interface Root extends CliServices {
  /** The configuration, validated once per process. */
  config(): Config;
  /** pino at the configured level (loaded on first use). */
  logger(): Promise<Logger>;
  /** The application with the configuration, the logger and the metrics, for the platform adapters. */
  platformContext(): Promise<PlatformContext>;
  /** The process's Prometheus metrics (prom-client loads on first use: one-shot commands never pay for it). */
  metrics(): Promise<PromMetrics>;
}

export function createRoot(options: RootOptions = {}): Root {
  let config = options.config;
  let briefing: Briefing | undefined;
  let engine: Engine | undefined;
  let store = options.store;
  let ownStore: SqliteStore | undefined;
  let logger = options.logger;
  let metrics: PromMetrics | undefined;
  // The application counts through this from its first question, whether or not /metrics is ever served.
  const countInto: Metrics = { question: (...a) => metrics?.question(...a), digest: (...a) => metrics?.digest(...a) };

  const root: Root = {
    config: () => (config ??= loadConfig(readEnv())),

    briefing({ cachedTable = false } = {}) {
      if (briefing) return briefing;
      const c = root.config();
      const table = options.table ?? loadFacts({ dir: c.factsDir, ...(cachedTable ? { cacheDir: c.cacheDir } : {}) });
      briefing = new Briefing({
        settings: {
          maxQuestionLength: c.maxQuestionLength,
          rateLimit: c.rateLimit,
          digestTime: c.digestTime,
          timezone: c.timezone,
          admins: c.admins,
          historyDays: c.historyDays,
        },
        table,
        // Built on first use: printing or sending digests needs no index, answering needs no database.
        engine: () => (engine ??= createEngine(table)),
        // Opened as `doctor` probes it: a path that cannot hold the database stops the command with one line.
        store: () => (store ??= ownStore = openStore(c.dbPath)),
        clock: options.clock ?? systemClock,
        logger: logger ?? silentLogger,
        metrics: countInto,
        // The fact folder as the curators' commands and serve's reload read and write it (never the cache).
        facts: {
          load: () => loadFacts({ dir: c.factsDir }),
          index: (t) => createEngine(t),
          addQuestion: (edit) => addQuestionToFile({ dir: c.factsDir, ...edit }),
        },
      });
      return briefing;
    },

    async logger() {
      if (!logger) {
        const { createLogger } = await import('./create-logger.js');
        logger = createLogger({ level: root.config().logLevel });
      }
      return logger;
    },

    async platformContext() {
      const log = await root.logger();
      return { briefing: root.briefing(), config: root.config(), logger: log, metrics: await root.metrics() };
    },

    async metrics() {
      if (!metrics) {
        const { PromMetrics } = await import('./metrics.js');
        metrics ??= new PromMetrics();
      }
      return metrics;
    },

    async digestTransports(): Promise<DigestTransportSet> {
      if (options.digestTransports) return options.digestTransports();
      const c = root.config();
      const log = await root.logger();
      const transports = [];
      if (c.slack) {
        const { createSlackDigestTransport } = await import('./slack/index.js');
        transports.push(await createSlackDigestTransport(c.slack, log));
      }
      if (c.discord) {
        const { createDiscordDigestTransport } = await import('./discord/index.js');
        transports.push(await createDiscordDigestTransport(c.discord));
      }
      // 'console' subscriptions are delivered to stdout.
      const { consoleDigestTransport } = await import('./console/console-transport.js');
      transports.push(consoleDigestTransport(process.stdout));
      log.debug({ platforms: transports.map((t) => t.platform) }, 'digest transports ready');
      return { transports };
    },

    async authChecks(c: Config): Promise<CheckLine[]> {
      const lines: CheckLine[] = [];
      if (c.slack) {
        const { checkSlackAuth } = await import('./slack/auth-check.js');
        lines.push(await checkSlackAuth(c.slack));
      } else lines.push({ ok: 'skipped', name: 'slack auth', detail: 'SLACK_BOT_TOKEN not set' });
      if (c.discord) {
        const { checkDiscordAuth } = await import('./discord/auth-check.js');
        lines.push(await checkDiscordAuth(c.discord));
      } else lines.push({ ok: 'skipped', name: 'discord auth', detail: 'DISCORD_TOKEN not set' });
      return lines;
    },

    close() {
      // Only the database this root opened (a store handed in belongs to its caller); a later command opens it again.
      ownStore?.close();
      if (ownStore) store = ownStore = undefined;
    },
  };
  return root;
}
