// `briefing facts check|export|add-question`: validate the fact table (schema, references, provenance), dump it as JSON,
// or add a curated question to a fact.
import type { Command } from 'commander';
import { citeSource } from '../../facts/cite-source.js';
import { checkProvenance } from '../../facts/check-provenance.js';
import { createEngine } from '../../engine/create-engine.js';
import { unanswerableCuratedQuestions } from '../../engine/unnamed-values.js';
import { FactTableError, formatProblem, loadFacts } from '../../facts/load-facts.js';
import { factsDirFromEnv } from '../env.js';
import { parseLanguage } from '../parse-language.js';
import { printAdded } from '../print-added.js';
import type { CliServices } from '../services.js';

export function registerFacts(program: Command, services: Pick<CliServices, 'briefing' | 'close'>): void {
  const facts = program.command('facts').description('check or export the fact table');

  facts
    .command('check')
    .description(
      'validate every fact file and that each curated question can be answered by its fact (a kind of value it gives, its event, a title or role, or what it counts named); with --articles, check that figures, dates and names occur in the cited article',
    )
    .option('--dir <dir>', 'fact folder (default: BRIEFING_FACTS_DIR or ./facts)')
    .option('--articles <dir>', 'folder of the source articles, for the provenance check')
    .action((opts: { dir?: string; articles?: string }) => {
      let table;
      try {
        table = loadFacts({ dir: opts.dir ?? factsDirFromEnv() });
      } catch (error) {
        if (!(error instanceof FactTableError)) throw error;
        for (const p of error.problems) console.error(formatProblem(p));
        console.error(`facts check: ${error.problems.length} problem(s)`);
        process.exitCode = 1;
        return;
      }
      const problems = [...unanswerableCuratedQuestions(createEngine(table)), ...(opts.articles ? checkProvenance(table, opts.articles) : [])];
      for (const p of problems) console.error(formatProblem(p));
      const terms = table.facts.filter((f) => f.kind === 'term').length;
      const summary = `${table.sources.length} sources, ${table.facts.length - terms} facts, ${table.glossary.length} glossary terms (${terms} with definitions)`;
      if (problems.length) {
        console.error(`facts check: ${problems.length} problem(s) in ${summary}`);
        process.exitCode = 1;
      } else {
        console.log(`facts check: ok: ${summary}${opts.articles ? ', provenance checked' : ''}`);
      }
    });

  facts
    .command('export')
    .description('print every fact with its sources resolved, as one JSON array')
    .option('--json', 'JSON output (the only format)', true)
    .option('--dir <dir>', 'fact folder (default: BRIEFING_FACTS_DIR or ./facts)')
    .action((opts: { dir?: string }) => {
      const table = loadFacts({ dir: opts.dir ?? factsDirFromEnv() });
      const out = table.facts.map((f) => ({ ...f, sources: f.sources.map(citeSource) }));
      process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
    });

  facts
    .command('add-question')
    .description("add a wording to a fact's curated questions in its file (BRIEFING_FACTS_DIR), layout and comments kept; prints the answer it now gets")
    .argument('<factId>', 'the fact (or glossary definition) id')
    .argument('<wording>', 'the question as people ask it (quote it)')
    .option('--lang <vi|en>', "the wording's language (default: as the engine reads it)")
    .action((factId: string, wording: string, opts: { lang?: string }) => {
      const language = opts.lang === undefined ? undefined : parseLanguage(opts.lang);
      try {
        printAdded(services.briefing().addQuestion({ factId, wording, ...(language ? { language } : {}) }));
      } finally {
        services.close();
      }
    });
}

