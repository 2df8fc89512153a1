// `briefing ask`: one question (human-readable or --json), or --batch FILE: one JSON answer per line, in order.
import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { fsReason, StartupError } from '../../model/startup-error.js';
import type { CliServices } from '../services.js';

export function registerAsk(program: Command, services: Pick<CliServices, 'briefing'>): void {
  program
    .command('ask')
    .description('answer a question from the fact table')
    .argument('[question...]', 'the question (quote it)')
    .option('--json', 'print the answer object as JSON')
    .option('--batch <file>', 'read one question per line from FILE ("-" for stdin); print one JSON answer per line')
    .action((words: string[], opts: { json?: boolean; batch?: string }) => {
      // The one command run once per question (scripts, the benchmark): it reuses a compiled table when facts are unchanged.
      const briefing = services.briefing({ cachedTable: true });
      if (opts.batch !== undefined) {
        const input = readBatch(opts.batch);
        const lines = input.split(/\r?\n/);
        if (lines.at(-1) === '') lines.pop();
        const out = lines.map((line) => JSON.stringify(briefing.answer(line)));
        process.stdout.write(out.length ? `${out.join('\n')}\n` : '');
        return;
      }
      const answer = briefing.answer(words.join(' '));
      process.stdout.write(opts.json ? `${JSON.stringify(answer, null, 2)}\n` : `${answer.text}\n`);
    });
}

/** The --batch file ("-": stdin); one line naming the file when it cannot be read. */
function readBatch(file: string): string {
  try {
    return readFileSync(file === '-' ? 0 : file, 'utf8');
  } catch (error) {
    throw new StartupError('Input', [`cannot read the --batch file ${file} (${fsReason(error)})`]);
  }
}
