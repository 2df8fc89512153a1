// `briefing review [--since 7d] [--json] [--html FILE]`: the curators' inbox (unanswered questions grouped and numbered,
// answers marked 👎, figures); `briefing review accept N [FACT-ID]` adds row N's wording to a fact in one step.
import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { reviewText } from '../../app/curation/review-text.js';
import { UserError } from '../../model/errors.js';
import { later } from '../../model/messages.js';
import { fsReason, StartupError } from '../../model/startup-error.js';
import { parseLanguage } from '../parse-language.js';
import { printAdded } from '../print-added.js';
import { reviewPage } from '../review-page.js';
import type { CliServices } from '../services.js';

/** How the CLI spells accepting a row, for the hint under the numbered rows. */
export const ACCEPT_COMMAND = 'briefing review accept N [FACT-ID]';

interface ReviewOptions {
  since: string;
  lang: string;
  json?: boolean;
  html?: string;
}

export function registerReview(program: Command, services: Pick<CliServices, 'briefing' | 'close'>): void {
  const review = program
    .command('review')
    .description("the curators' inbox: unanswered questions grouped and numbered, answers marked 👎, figures; `review accept N` adds a row's wording")
    .option('--since <period>', 'how far back: 7d, 24h, 2w, or a date YYYY-MM-DD', '7d')
    .option('--lang <vi|en>', 'language of the review', 'vi')
    .option('--json', 'print the review object as JSON')
    .option('--html <file>', 'also write the review as one self-contained HTML page, with a chart per day')
    .action((opts: ReviewOptions) => {
      const language = parseLanguage(opts.lang);
      try {
        const result = services.briefing().review({ since: opts.since, language });
        if (opts.html !== undefined) writePage(opts.html, reviewPage(result, ACCEPT_COMMAND));
        process.stdout.write(opts.json ? `${JSON.stringify(result, null, 2)}\n` : `${reviewText(result, ACCEPT_COMMAND)}\n`);
      } finally {
        services.close();
      }
    });

  review
    .command('accept')
    .description("add row N's wording (of the latest review) to FACT-ID, by default the row's closest fact; prints the answer it now gets")
    .argument('<n>', 'the row number')
    .argument('[factId]', 'the fact to add it to (default: the closest fact of the row)')
    .action((n: string, factId: string | undefined) => {
      if (!/^\d{1,6}$/.test(n)) throw new UserError('BadCommand', later('error.badRowNumber', { value: n.slice(0, 20) }));
      try {
        printAdded(services.briefing().acceptReviewRow({ n: Number(n), ...(factId ? { factId } : {}) }));
      } finally {
        services.close();
      }
    });
}

function writePage(file: string, html: string): void {
  try {
    writeFileSync(file, html);
  } catch (error) {
    throw new StartupError('Input', [`cannot write the --html file ${file} (${fsReason(error)})`]);
  }
}
