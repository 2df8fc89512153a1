// The `briefing` command line's own commands (no chat platform needed), and the one error exit of every command.
import { Command } from 'commander';
import { ConfigError } from '../config/config.js';
import { FactTableError } from '../facts/load-facts.js';
import { UserError } from '../model/errors.js';
import { registerAsk } from './commands/ask.js';
import { registerDigest } from './commands/digest.js';
import { registerDoctor } from './commands/doctor.js';
import { registerFacts } from './commands/facts.js';
import type { CliServices } from './services.js';

export function createProgram(services: CliServices): Command {
  const program = new Command('briefing')
    .description('Diplomatic briefing answers (Vietnam, ASEAN, UN) from a curated, cited fact table.')
    .showHelpAfterError();
  registerAsk(program, services);
  registerFacts(program);
  registerDigest(program, services);
  registerDoctor(program, services);
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
