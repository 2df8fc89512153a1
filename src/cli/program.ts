// The `briefing` command line's own commands (no chat platform needed), and the one error exit of every command.
import { Command } from 'commander';
import { FactTableError, formatProblem } from '../facts/load-facts.js';
import { describeError, UserError } from '../model/errors.js';
import { StartupError } from '../model/startup-error.js';
import { registerAsk } from './commands/ask.js';
import { registerDigest } from './commands/digest.js';
import { registerDoctor } from './commands/doctor.js';
import { registerFacts } from './commands/facts.js';
import { registerReview } from './commands/review.js';
import type { CliServices } from './services.js';
import { packageVersion } from './version.js';

export function createProgram(services: CliServices): Command {
  const program = new Command('briefing')
    .description('Diplomatic briefing answers (Vietnam, ASEAN, UN) from a curated, cited fact table.')
    .version(packageVersion(), '-V, --version', 'print the version')
    .showHelpAfterError();
  registerAsk(program, services);
  registerFacts(program, services);
  registerDigest(program, services);
  registerReview(program, services);
  registerDoctor(program, services);
  return program;
}

/**
 * Parses argv and turns every failure into short lines and an exit status, with no stack trace: 2 for what stops a
 * start (configuration, fact table, database, a platform refusing or unreachable, an unreadable input file), 1 for a
 * refused request or anything unexpected (its stack only with LOG_LEVEL=debug or trace).
 */
export async function runProgram(program: Command, argv: string[] = process.argv): Promise<void> {
  // `briefing facts export | head` closes the pipe early: that is the reader's choice, not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
  try {
    await program.parseAsync(argv);
  } catch (error) {
    const { lines, status } = failureReport(error);
    for (const line of lines) console.error(`briefing: ${line}`);
    process.exit(status);
  }
}

/** What to print for an error that ends a command, and the exit status. */
export function failureReport(error: unknown): { lines: string[]; status: number } {
  if (error instanceof StartupError) return { lines: error.lines, status: 2 };
  // Each problem on its own line, the file's own problems (root causes) first, as the loader orders them.
  if (error instanceof FactTableError) return { lines: error.problems.map((p) => `fact table: ${formatProblem(p)}`), status: 2 };
  if (error instanceof UserError) return { lines: [error.reply('en')], status: 1 };
  const d = describeError(error);
  const debug = /^(debug|trace)$/i.test(process.env.LOG_LEVEL?.trim() ?? '');
  return {
    lines: [
      `unexpected error: ${d.name}: ${d.message.split('\n')[0]}${debug ? '' : ' (LOG_LEVEL=debug shows where)'}`,
      ...(debug && d.stack ? d.stack.split('\n').slice(1) : []),
    ],
    status: 1,
  };
}
