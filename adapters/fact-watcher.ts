// `briefing serve` reloads the fact table without a restart: when a file in the fact folder changes (a burst of changes
// is one reload) and on SIGHUP. The application validates and indexes the new table before serving it.
import { watch, type FSWatcher } from 'node:fs';
import { factFolder, isFactFileName } from '../src/facts/load-facts.js';
import { describeError } from '../src/model/errors.js';
import type { Logger } from '../src/model/logger.js';

export interface FactWatcher {
  close(): void;
}

/** Editors and `facts add-question` write a file as several events (temp file, rename): wait for them to settle. */
const SETTLE_MS = 300;


export function watchFactFolder(dir: string, reload: () => void, logger: Logger, settleMs = SETTLE_MS): FactWatcher {
  let timer: NodeJS.Timeout | undefined;
  const run = (why: string) => {
    logger.info({ why }, 'fact table: reloading');
    try {
      reload();
    } catch (error) {
      logger.error({ err: describeError(error) }, 'fact table: reload failed, the previous table goes on serving');
    }
  };
  const changed = (name: string | null) => {
    // A fact file, not a temporary or hidden file an editor writes beside it.
    if (name !== null && (name.startsWith('.') || !isFactFileName(name))) return;
    clearTimeout(timer);
    timer = setTimeout(() => run('a fact file changed'), settleMs);
    timer.unref();
  };
  const watchers: FSWatcher[] = [];
  for (const folder of [dir, factFolder(dir).articles]) {
    try {
      const watcher = watch(folder, (_event, name) => changed(name === null ? null : String(name)));
      watcher.on('error', (error) => logger.warn({ err: describeError(error), folder }, 'fact table: the folder can no longer be watched (SIGHUP still reloads)'));
      watchers.push(watcher);
    } catch (error) {
      logger.warn({ err: describeError(error), folder }, 'fact table: cannot watch the folder (SIGHUP still reloads)');
    }
  }
  const onHangup = () => run('SIGHUP');
  process.on('SIGHUP', onHangup);
  return {
    close() {
      clearTimeout(timer);
      process.off('SIGHUP', onHangup);
      for (const w of watchers) w.close();
    },
  };
}
