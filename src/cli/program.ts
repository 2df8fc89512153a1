// The core part of the `briefing` command line: commands that need no chat platform, and the shared error exit.
import { Command } from 'commander';
import { ConfigError } from '../config/config.js';
import { UserError } from '../core/errors.js';
import { FactTableError } from '../facts/load-facts.js';
import { registerAsk } from './commands/ask.js';
import { registerDigest } from './commands/digest.js';
import { registerDoctor } from './commands/doctor.js';
import { registerFacts } from './commands/facts.js';

export function createProgram(): Command {
  const program = new Command('briefing')
    .description('Diplomatic briefing answers (Vietnam, ASEAN, UN) from a curated, cited fact table.')
    .showHelpAfterError();
  registerAsk(program);
  registerFacts(program);
  registerDigest(program);
  registerDoctor(program);
  return program;
}

/** Parses argv and turns known failures into one clear line and an exit status, with no stack trace. */
export async function runProgram(program: Command, argv: string[] = process.argv): Promise<void> {
  try {
    await program.parseAsync(argv);
  } catch (error) {
    if (error instanceof ConfigError || error instanceof FactTableError) {
      console.error(`briefing: ${error.message}`);
      process.exit(2);
    }
    if (error instanceof UserError) {
      console.error(`briefing: ${error.reply('en')}`);
      process.exit(1);
    }
    throw error;
  }
}
