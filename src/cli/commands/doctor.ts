// `briefing doctor [--auth]`: checks the configuration, the fact table and the database (and, with --auth, the
// platform tokens), printing one ✓/✗ line per check; exit status 1 when any check fails. Never prints a secret.
// The checks themselves (SQLite, the fact loader) load from doctor-checks.ts only when the command runs.
import type { Command } from 'commander';
import { readEnv, type Config } from '../../config/config.js';

export interface CheckLine {
  /** true ✓, false ✗, 'skipped' – (not counted as a failure). */
  ok: boolean | 'skipped';
  name: string;
  /** One line of detail; must never contain a token (lines are also scrubbed before printing). */
  detail: string;
}

/** Platform token checks, supplied by the composition root (the core knows no platform). */
export type AuthChecker = (config: Config) => Promise<CheckLine[]>;

export function registerDoctor(program: Command): void {
  program
    .command('doctor')
    .description('check the configuration, the fact table and the database; with --auth, also the Slack and Discord tokens')
    .option('--auth', 'call Slack auth.test and Discord GET /users/@me with the configured tokens')
    .action(doctorAction(undefined));
}

/** The composition root supplies the platform token checks (they need the platform SDKs, loaded on demand). */
export function useDoctorAuthChecks(program: Command, checker: AuthChecker): void {
  const doctor = program.commands.find((c) => c.name() === 'doctor');
  if (!doctor) throw new Error('registerDoctor(program) must run before useDoctorAuthChecks');
  doctor.action(doctorAction(checker));
}

function doctorAction(checker: AuthChecker | undefined): (opts: { auth?: boolean }) => Promise<void> {
  return async (opts) => {
    const { formatCheck, runDoctor, secretsOf } = await import('./doctor-checks.js');
    const env = readEnv();
    const fallback: AuthChecker = async () => [{ ok: false, name: 'auth', detail: 'no platform checks in this build' }];
    const lines = await runDoctor({ env, auth: opts.auth ? (checker ?? fallback) : undefined });
    const secrets = secretsOf(env);
    for (const l of lines) console.log(formatCheck(l, secrets));
    if (lines.some((l) => l.ok === false)) process.exitCode = 1;
  };
}
