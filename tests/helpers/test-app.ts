// The application as the composition root builds it, over a test's configuration, table, store, clock and logger.
import type { PlatformContext } from '../../adapters/platform-context.js';
import { createRoot, type Root } from '../../adapters/root.js';
import type { Briefing } from '../../src/app/Briefing.js';
import type { Config } from '../../src/config/config.js';
import type { FactTable } from '../../src/facts/fact-table.js';
import type { Clock } from '../../src/model/clock.js';
import { silentLogger, type Logger } from '../../src/model/logger.js';
import { SqliteStore } from '../../src/store/SqliteStore.js';

export interface TestApp {
  root: Root;
  briefing: Briefing;
  /** The test's own store: read it to check what the application recorded. */
  store: SqliteStore;
  /** What the platform adapters are started with. */
  context: PlatformContext;
}

export async function openTestApp(options: { config: Config; table?: FactTable; store?: SqliteStore; clock?: Clock; logger?: Logger }): Promise<TestApp> {
  const store = options.store ?? new SqliteStore(options.config.dbPath);
  const root = createRoot({ ...options, store, logger: options.logger ?? silentLogger });
  const context = await root.platformContext();
  return { root, briefing: context.briefing, store, context };
}
