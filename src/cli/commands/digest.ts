// `briefing digest` prints one day's digest; `briefing digest send` delivers the digests due now through the transports.
import type { Command } from 'commander';
import { DateTime } from 'luxon';
import type { Config } from '../../config/config.js';
import { systemClock } from '../../core/clock.js';
import { UserError } from '../../core/errors.js';
import { createLogger, type Logger } from '../../core/logger.js';
import { buildDigest, standaloneState } from '../../digest/build-digest.js';
import { localDateIn } from '../../digest/channel-digest.js';
import { parseTimezone } from '../../digest/digest-command.js';
import { DigestScheduler } from '../../digest/DigestScheduler.js';
import type { DigestTransport } from '../../digest/types.js';
import { loadFacts } from '../../facts/load-facts.js';
import type { Language } from '../../facts/schema.js';
import { Store } from '../../store/Store.js';
import { cliConfig } from '../env.js';

/** The platform transports `digest send` delivers through, and how to release them (log out a client). */
export interface DigestTransportSet {
  transports: DigestTransport[];
  close?: () => Promise<void> | void;
}

/** Built by the composition root (adapters/main.ts), which alone knows Slack and Discord. */
export type DigestTransportFactory = (config: Config, logger: Logger) => Promise<DigestTransportSet> | DigestTransportSet;

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

export function registerDigest(program: Command): void {
  const digest = program
    .command('digest')
    .description("print a day's digest (on this day, coming up, briefing point), or `digest send` the digests due now")
    .option('--date <YYYY-MM-DD>', 'local date (default: today in the time zone)')
    .option('--lang <vi|en>', 'language', 'vi')
    .option('--tz <Area/Zone>', 'IANA time zone (default: BRIEFING_TIMEZONE)')
    .option('--json', 'print the digest object as JSON')
    .action((opts: { date?: string; lang: string; tz?: string; json?: boolean }) => {
      const config = cliConfig();
      const timezone = opts.tz === undefined ? config.timezone : parseTimezone(opts.tz);
      const language = parseLanguage(opts.lang);
      const date = opts.date === undefined ? localDateIn(systemClock(), timezone) : parseDate(opts.date);
      const table = loadFacts({ dir: config.factsDir });
      const out = buildDigest({ table, date, timezone, language, state: standaloneState(table, date), firstSeen: new Map() });
      process.stdout.write(opts.json ? `${JSON.stringify(out, null, 2)}\n` : `${out.text}\n`);
    });

  digest
    .command('send')
    .description('send every subscribed channel its digest if due now (once per local day); for cron or a manual catch-up')
    .action(sendAction(consoleOnly));
}

/**
 * Gives `briefing digest send` the real platform transports. Call it from adapters/main.ts after createProgram(),
 * e.g. `useDigestTransports(program, async (config, logger) => ({ transports: [slackTransport], close }))`.
 */
export function useDigestTransports(program: Command, factory: DigestTransportFactory): void {
  const send = program.commands.find((c) => c.name() === 'digest')?.commands.find((c) => c.name() === 'send');
  if (!send) throw new Error('registerDigest(program) must run before useDigestTransports');
  send.action(sendAction(factory));
}

function sendAction(factory: DigestTransportFactory): () => Promise<void> {
  return async () => {
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
  };
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
