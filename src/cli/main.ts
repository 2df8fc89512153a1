// The `briefing` command line: one commander program, each command group in its own module.
import { Command } from 'commander';
import { ConfigError } from '../config/config.js';
import { UserError } from '../core/errors.js';
import { FactTableError } from '../facts/load-facts.js';
import { registerAsk } from './commands/ask.js';
import { registerFacts } from './commands/facts.js';

const program = new Command('briefing')
  .description('Diplomatic briefing answers (Vietnam, ASEAN, UN) from a curated, cited fact table.')
  .showHelpAfterError();

registerAsk(program);
registerFacts(program);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  // Known failures get one clear message and no stack trace.
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
