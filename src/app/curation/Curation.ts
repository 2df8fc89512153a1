// The curators' loop in the application: the review (its rows numbered for `review accept`), a wording added to a
// fact's curated questions, and a new fact table served without a restart (validated and indexed before it is swapped
// in, so a request is answered wholly by the old table or wholly by the new one).
import type { Engine, NamesToAdd } from '../../engine/types.js';
import type { FactTable } from '../../facts/fact-table.js';
import { FactTableError, formatProblem } from '../../facts/load-facts.js';
import type { Answer } from '../../model/answer.js';
import type { Clock } from '../../model/clock.js';
import { UserError } from '../../model/errors.js';
import type { Language } from '../../model/language.js';
import type { Logger } from '../../model/logger.js';
import { later, message } from '../../model/messages.js';
import { clean, foldedText } from '../../text/normalize.js';
import type { ReviewSummary } from '../commands.js';
import { hasWords } from '../QuestionGate.js';
import type { BriefingStore } from '../store-port.js';
import { DAY_MS, type History } from './History.js';
import { periodStart } from './period.js';
import { buildReview, type Review } from './review.js';
import { closestLine, rowLine } from './review-text.js';

export interface QuestionEdit {
  factId: string;
  language: Language;
  wording: string;
  /** Names added with it to the fact's `event`, `roles` and `counts`: the wording names them in words they lack. */
  names?: NamesToAdd;
}

/** The fact folder the table is read from and written to, and how a table is indexed (given by the composition root). */
export interface FactSource {
  /** Reads and validates the fact folder anew; throws FactTableError listing every problem. */
  load(): FactTable;
  /** The engine for a table (builds its index). */
  index(table: FactTable): Engine;
  /**
   * Adds a question to a fact in its file, changing nothing else there; the whole table is validated with the change
   * before the file is written. Returns where it went and the new table; throws FactTableError (nothing written).
   */
  addQuestion(edit: QuestionEdit): { file: string; line: number; table: FactTable };
}

export interface AddedQuestion extends QuestionEdit {
  /** Where the wording went: the file (as the loader names it) and the line of the new item. */
  file: string;
  line: number;
  /** What the engine answers to the wording now. */
  answer: Answer;
}

export type ReloadOutcome = { reloaded: true; facts: number; sources: number } | { reloaded: false; problems: string[] };

export interface CurationDeps {
  table: () => FactTable;
  engine: () => Engine;
  /** Serves a new table and its engine from the next request on. */
  serve: (table: FactTable, engine: Engine) => void;
  /** Answers a text as `briefing ask` does. */
  answer: (text: string) => Answer;
  history: History;
  store: () => BriefingStore;
  facts?: FactSource;
  clock: Clock;
  logger: Logger;
  /** The zone the review's days are counted in (BRIEFING_TIMEZONE). */
  timezone: string;
}

/** What a curator sees in chat: the top rows of the last week. */
const CHAT_DAYS = 7;
const CHAT_ROWS = 5;

export class Curation {
  constructor(private readonly deps: CurationDeps) {}

  /**
   * The review of what was asked since `since` (a time, or a period as periodStart reads it: "7d", "2026-11-01"), within
   * the history kept; its numbered rows are saved for `accept`.
   */
  review(query: { since: Date | string; language: Language }): Review {
    const { history, clock, timezone } = this.deps;
    const { language } = query;
    const now = clock();
    const since = typeof query.since === 'string' ? periodStart(query.since, now, timezone) : query.since;
    history.prune();
    const store = this.deps.store();
    const engine = this.deps.engine();
    const review = buildReview({
      asked: store.askedSince(since),
      feedback: store.feedbackSince(since),
      clicks: store.clicksSince(since),
      table: this.deps.table(),
      stillUnanswered: (wording, lang) => !engine.ask(wording, lang).answered,
      language,
      since,
      until: now,
      timezone,
    });
    store.saveReviewRows(review.unanswered.map((r) => ({ n: r.n, wording: r.wording, language: r.language, factId: r.closest?.id ?? null })), now);
    return review;
  }

  /** The week's top unanswered questions, one line each (for a curator in chat). */
  chatSummary(language: Language): ReviewSummary {
    const review = this.review({ since: new Date(this.deps.clock().getTime() - CHAT_DAYS * DAY_MS), language });
    return {
      language,
      title: message('review.chatTitle', language, { days: CHAT_DAYS }),
      lines: review.unanswered.slice(0, CHAT_ROWS).map((row) => `${rowLine(row, language)}; ${closestLine(row, language)}`),
      emptyText: message('review.noneUnanswered', language),
    };
  }

  /**
   * Adds a wording to a fact's curated questions, in its file, and serves the table with it; refuses an unknown fact and
   * a wording the fact already has (compared folded: case, diacritics and punctuation ignored).
   */
  addQuestion(command: { factId: string; wording: string; language?: Language }): AddedQuestion {
    const facts = this.factSource();
    const { factId } = command;
    const fact = this.deps.table().byId.get(factId);
    if (!fact) throw new UserError('UnknownFact', later('curation.unknownFact', { factId }), { factId });
    const wording = clean(command.wording);
    if (!hasWords(wording)) throw new UserError('EmptyQuestion', later('answer.pleaseAsk'), { factId });
    const folded = foldedText(wording);
    const existing = [...fact.questions.vi, ...fact.questions.en].find((q) => foldedText(q) === folded);
    if (existing !== undefined) throw new UserError('DuplicateQuestion', later('curation.duplicate', { factId, existing }), { factId });
    const engine = this.deps.engine();
    const language = command.language ?? engine.languageOf(wording);
    // The curator says this wording asks this fact: where it names the fact's event or its people's part in words the
    // fact's names lack, they are added too, or the engine would go on refusing it.
    const names = engine.namesToAdd(factId, wording);
    const { file, line, table } = facts.addQuestion({ factId, language, wording, names });
    this.swapIn(table);
    this.deps.logger.info({ factId, language, file, line, names }, 'curated question added');
    return { factId, language, wording, names, file, line, answer: this.deps.answer(wording) };
  }

  /** Adds the wording of row `n` of the latest review to `factId`, by default the row's closest fact. */
  accept({ n, factId }: { n: number; factId?: string }): AddedQuestion {
    const row = this.deps.store().reviewRow(n);
    if (!row) throw new UserError('BadCommand', later('curation.noSuchRow', { n }), { n });
    const id = factId ?? row.factId;
    if (!id) throw new UserError('BadCommand', later('curation.needFactId', { n }), { n });
    return this.addQuestion({ factId: id, wording: row.wording, language: row.language });
  }

  /**
   * Reads the fact folder again and serves it once it is validated and indexed. A table with problems is not served:
   * the one serving now goes on, and the log names every problem by file and line.
   */
  reload(): ReloadOutcome {
    const facts = this.factSource();
    let table: FactTable;
    try {
      table = facts.load();
    } catch (error) {
      if (!(error instanceof FactTableError)) throw error;
      const problems = error.problems.map(formatProblem);
      this.deps.logger.error({ problems }, 'fact table not reloaded: it has problems, the previous table goes on serving');
      return { reloaded: false, problems };
    }
    this.swapIn(table);
    this.deps.logger.info({ facts: table.facts.length, sources: table.sources.length }, 'fact table reloaded');
    return { reloaded: true, facts: table.facts.length, sources: table.sources.length };
  }

  private swapIn(table: FactTable): void {
    this.deps.serve(table, this.factSource().index(table));
  }

  private factSource(): FactSource {
    if (!this.deps.facts) throw new Error('no fact folder was given to the application (BriefingDeps.facts)');
    return this.deps.facts;
  }
}
