// `briefing digest` prints one day's digest; `briefing digest send` delivers the digests due now through the transports.
// Only the command definitions live here: their work (luxon, pino, SQLite) loads from digest-run.ts when one runs,
// so that other commands such as `ask` do not pay for it at start-up.
import type { Command } from 'commander';
import type { Config } from '../../config/config.js';
import type { Logger } from '../../core/logger.js';
import type { DigestTransport } from '../../digest/types.js';

/** The platform transports `digest send` delivers through, and how to release them (log out a client). */
export interface DigestTransportSet {
  transports: DigestTransport[];
  close?: () => Promise<void> | void;
}

/** Built by the composition root (adapters/main.ts), which alone knows Slack and Discord. */
export type DigestTransportFactory = (config: Config, logger: Logger) => Promise<DigestTransportSet> | DigestTransportSet;

export interface DigestOptions {
  date?: string;
  lang: string;
  tz?: string;
  json?: boolean;
}

export function registerDigest(program: Command): void {
  const digest = program
    .command('digest')
    .description("print a day's digest (on this day, coming up, briefing point), or `digest send` the digests due now")
    .option('--date <YYYY-MM-DD>', 'local date (default: today in the time zone)')
    .option('--lang <vi|en>', 'language', 'vi')
    .option('--tz <Area/Zone>', 'IANA time zone (default: BRIEFING_TIMEZONE)')
    .option('--json', 'print the digest object as JSON')
    .action(async (opts: DigestOptions) => {
      const { printDigest } = await import('./digest-run.js');
      printDigest(opts);
    });

  digest
    .command('send')
    .description('send every subscribed channel its digest if due now (once per local day); for cron or a manual catch-up')
    .action(sendAction(undefined));
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

/** Without a factory, only 'console' subscriptions are delivered, to stdout. */
function sendAction(factory: DigestTransportFactory | undefined): () => Promise<void> {
  return async () => {
    const { sendDueDigests } = await import('./digest-run.js');
    await sendDueDigests(factory);
  };
}
