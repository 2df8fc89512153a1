// `briefing doctor [--auth]`: checks the configuration, the fact table and the database (and, with --auth, the
// platform tokens), printing one ✓/✗ line per check; exit status 1 when any check fails. Never prints a secret.
// The checks themselves (SQLite, the fact loader) load from doctor-checks.ts only when the command runs.
import type { Command } from 'commander';
import { readEnv } from '../../config/config.js';
import type { CliServices } from '../services.js';

export function registerDoctor(program: Command, services: Pick<CliServices, 'authChecks'>): void {
  program
    .command('doctor')
    .description('check the configuration, the fact table and the database; with --auth, also the Slack and Discord tokens')
    .option('--auth', 'call Slack auth.test and Discord GET /users/@me with the configured tokens')
    .action(async (opts: { auth?: boolean }) => {
      const { formatCheck, runDoctor, secretsOf } = await import('../doctor-checks.js');
      const env = readEnv();
      const lines = await runDoctor({ env, auth: opts.auth ? (config) => services.authChecks(config) : undefined });
      const secrets = secretsOf(env);
      for (const l of lines) console.log(formatCheck(l, secrets));
      if (lines.some((l) => l.ok === false)) process.exitCode = 1;
    });
}
