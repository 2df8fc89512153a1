// `briefing digest` prints one day's digest; `briefing digest send` delivers the digests due now through the transports.
import type { Command } from 'commander';
import { DateTime } from 'luxon';
import { parseTimezone } from '../../app/digest/digest-command.js';
import { UserError } from '../../model/errors.js';
import { later } from '../../model/messages.js';
import { parseLanguage } from '../parse-language.js';
import type { CliServices } from '../services.js';

interface DigestOptions {
  date?: string;
  lang: string;
  tz?: string;
  json?: boolean;
}

export function registerDigest(program: Command, services: CliServices): void {
  const digest = program
    .command('digest')
    .description("print a day's digest (on this day, coming up, briefing point), or `digest send` the digests due now")
    .option('--date <YYYY-MM-DD>', 'local date (default: today in the time zone)')
    .option('--lang <vi|en>', 'language', 'vi')
    .option('--tz <Area/Zone>', 'IANA time zone (default: BRIEFING_TIMEZONE)')
    .option('--json', 'print the digest object as JSON')
    .action((opts: DigestOptions) => {
      const timezone = opts.tz === undefined ? undefined : parseTimezone(opts.tz);
      const language = parseLanguage(opts.lang);
      const date = opts.date === undefined ? undefined : parseDate(opts.date);
      const out = services.briefing().printableDigest({ date, timezone, language });
      process.stdout.write(opts.json ? `${JSON.stringify(out, null, 2)}\n` : `${out.text}\n`);
    });

  digest
    .command('send')
    .description('send every subscribed channel its digest if due now (once per local day); for cron or a manual catch-up')
    .action(async () => {
      const set = await services.digestTransports();
      try {
        const report = await services.briefing().scheduler({ transports: set.transports }).tick();
        const count = (status: string) => report.sends.filter((s) => s.status === status).length;
        const [sent, found, failed] = [count('sent'), count('found'), count('failed')];
        const platforms = set.transports.map((t) => t.platform).join(', ') || 'none';
        // "already posted": an interrupted send of today's digest was found in its channel and not posted again.
        const recovered = found ? `, ${found} already posted` : '';
        console.log(`digest send: ${sent} sent${recovered}, ${failed} failed, ${report.notDue} not due, ${report.noTransport} without a transport (transports: ${platforms})`);
        if (failed) process.exitCode = 1;
      } finally {
        await set.close?.();
        services.close();
      }
    });
}

function parseDate(s: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s) || !DateTime.fromISO(s, { zone: 'UTC' }).isValid) throw new UserError('BadCommand', later('error.badDate', { value: s }));
  return s;
}
