// `briefing ask`: one question (human-readable or --json), or --batch FILE: one JSON answer per line, in order.
import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { createEngine } from '../../engine/create-engine.js';
import { loadFacts } from '../../facts/load-facts.js';
import { cliConfig } from '../env.js';

export function registerAsk(program: Command): void {
  program
    .command('ask')
    .description('answer a question from the fact table')
    .argument('[question...]', 'the question (quote it)')
    .option('--json', 'print the answer object as JSON')
    .option('--batch <file>', 'read one question per line from FILE ("-" for stdin); print one JSON answer per line')
    .action((words: string[], opts: { json?: boolean; batch?: string }) => {
      const config = cliConfig();
      // The one command run once per question (scripts, the benchmark): it reuses a compiled table when facts are unchanged.
      const table = loadFacts({ dir: config.factsDir, cacheDir: config.cacheDir });
      const engine = createEngine(table, { maxQuestionLength: config.maxQuestionLength });
      if (opts.batch !== undefined) {
        const input = readFileSync(opts.batch === '-' ? 0 : opts.batch, 'utf8');
        const lines = input.split(/\r?\n/);
        if (lines.at(-1) === '') lines.pop();
        const out = lines.map((line) => JSON.stringify(engine.ask(line)));
        process.stdout.write(out.length ? `${out.join('\n')}\n` : '');
        return;
      }
      const answer = engine.ask(words.join(' '));
      process.stdout.write(opts.json ? `${JSON.stringify(answer, null, 2)}\n` : `${answer.text}\n`);
    });
}
