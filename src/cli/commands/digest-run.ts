// The work behind `briefing digest` and `briefing digest send`, loaded only when one of them runs.
import { DateTime } from 'luxon';
import { systemClock } from '../../core/clock.js';
import { UserError } from '../../core/errors.js';
import { createLogger } from '../../core/logger.js';
import { buildDigest, standaloneState } from '../../digest/build-digest.js';
import { localDateIn } from '../../digest/channel-digest.js';
import { parseTimezone } from '../../digest/digest-command.js';
import { DigestScheduler } from '../../digest/DigestScheduler.js';
import { loadFacts } from '../../facts/load-facts.js';
import type { Language } from '../../facts/schema.js';
import { Store } from '../../store/Store.js';
import { cliConfig } from '../env.js';
import type { DigestOptions, DigestTransportFactory } from './digest.js';

/** Without adapters: only 'console' subscriptions are delivered, to stdout. */
const consoleOnly: DigestTransportFactory = () => ({
  transports: [
    {
      platform: 'console',
      send: async (sub, digest) => {
        process.stdout.write(`# ${sub.channelId}\n${digest.text}\n\n`);
      },
    },
  ],
});

export function printDigest(opts: DigestOptions): void {
  const config = cliConfig();
  const timezone = opts.tz === undefined ? config.timezone : parseTimezone(opts.tz);
  const language = parseLanguage(opts.lang);
  const date = opts.date === undefined ? localDateIn(systemClock(), timezone) : parseDate(opts.date);
  const table = loadFacts({ dir: config.factsDir });
  const out = buildDigest({ table, date, timezone, language, state: standaloneState(table, date), firstSeen: new Map() });
  process.stdout.write(opts.json ? `${JSON.stringify(out, null, 2)}\n` : `${out.text}\n`);
}

/** One scheduler tick: every subscription due now gets its digest through the factory's transports. */
export async function sendDueDigests(factory: DigestTransportFactory = consoleOnly): Promise<void> {
  const config = cliConfig();
  const logger = createLogger({ level: config.logLevel });
  const table = loadFacts({ dir: config.factsDir });
  const store = new Store(config.dbPath);
  const set = await factory(config, logger);
  try {
    const scheduler = new DigestScheduler({ table, store, clock: systemClock, logger }, { transports: set.transports });
    const report = await scheduler.tick();
    const sent = report.sends.filter((s) => s.status === 'sent').length;
    const failed = report.sends.length - sent;
    const platforms = set.transports.map((t) => t.platform).join(', ') || 'none';
    console.log(`digest send: ${sent} sent, ${failed} failed, ${report.notDue} not due, ${report.noTransport} without a transport (transports: ${platforms})`);
    if (failed) process.exitCode = 1;
  } finally {
    await set.close?.();
    store.close();
  }
}

function parseLanguage(s: string): Language {
  if (s === 'vi' || s === 'en') return s;
  throw new UserError('BadCommand', { vi: `Ngôn ngữ không hợp lệ: “${s}” (vi hoặc en).`, en: `Unknown language “${s}” (vi or en).` });
}

function parseDate(s: string): string {
  const d = DateTime.fromISO(s, { zone: 'UTC' });
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s) || !d.isValid) {
    throw new UserError('BadCommand', { vi: `Ngày không hợp lệ: “${s}” (YYYY-MM-DD).`, en: `Invalid date “${s}” (YYYY-MM-DD).` });
  }
  return s;
}
