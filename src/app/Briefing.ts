// The application: every command a chat surface or the CLI gives, as typed commands in and result objects out.
// It cleans a question once, decides the reply language once, and keeps the rules every surface shares.
import type { Engine } from '../engine/types.js';
import type { FactTable } from '../facts/fact-table.js';
import type { Answer, Suggestion } from '../model/answer.js';
import type { Clock } from '../model/clock.js';
import { describeError, errorSummary, StoreError, UserError } from '../model/errors.js';
import type { Language } from '../model/language.js';
import type { Logger } from '../model/logger.js';
import { later, message } from '../model/messages.js';
import { Admins } from './admins.js';
import { withText } from './answer-text.js';
import { Curation, type AddedQuestion, type FactSource, type ReloadOutcome } from './curation/Curation.js';
import { History } from './curation/History.js';
import type { Review } from './curation/review.js';
import type {
  AskCommand,
  BriefingCommand,
  BriefingResult,
  CompleteCommand,
  DigestResult,
  ExplainCommand,
  FeedbackCommand,
  Notice,
  Origin,
  SourceList,
} from './commands.js';
import { buildDigest, standaloneState } from './digest/build-digest.js';
import { localDateIn } from './digest/channel-digest.js';
import { runDigestCommand } from './digest/digest-command.js';
import { DigestScheduler, type SchedulerOptions, type SendReport } from './digest/DigestScheduler.js';
import type { Digest } from './digest/types.js';
import { helpText, sourcesList } from './help.js';
import { noMetrics, type Metrics, type QuestionOutcome } from './metrics.js';
import { hasWords, QuestionGate } from './QuestionGate.js';
import type { BriefingStore, StoreHealth } from './store-port.js';

export interface BriefingSettings {
  /** Questions are cut to this many characters. */
  maxQuestionLength: number;
  /** Questions per minute per user and per channel. */
  rateLimit: { userPerMinute: number; channelPerMinute: number };
  /** Delivery time (HH:MM) and IANA zone of a digest that names none. */
  digestTime: string;
  timezone: string;
  /** BRIEFING_ADMINS: user ids that may run the admin-only commands on any platform. */
  admins?: readonly string[];
  /** BRIEFING_HISTORY_DAYS: how long the curators' history is kept (default 90); 0 records nothing. */
  historyDays?: number;
}

/**
 * A dependency given, or got on each use from its owner (who makes it once): the CLI's `ask` never opens the database,
 * `digest` never builds the index.
 */
export type Lazy<T> = T | (() => T);

export interface BriefingDeps {
  settings: BriefingSettings;
  table: FactTable;
  engine: Lazy<Engine>;
  store: Lazy<BriefingStore>;
  clock: Clock;
  logger: Logger;
  /** Where questions and digests are counted (default: nowhere). */
  metrics?: Metrics;
  /** The fact folder, for reloading the table and adding curated questions (the curators' commands need it). */
  facts?: FactSource;
}

export class Briefing {
  private readonly settings: BriefingSettings;
  // Replaced together when a new table is served (Curation): each request reads them once, so it sees one table.
  private table: FactTable;
  private readonly clock: Clock;
  private readonly logger: Logger;
  private readonly gate: QuestionGate;
  private engineOf: () => Engine;
  private readonly storeOf: () => BriefingStore;
  private readonly metrics: Metrics;
  private readonly admins: Admins;
  private readonly history: History;
  private readonly curation: Curation;

  constructor(deps: BriefingDeps) {
    this.settings = deps.settings;
    this.table = deps.table;
    this.clock = deps.clock;
    this.logger = deps.logger;
    this.engineOf = getter(deps.engine);
    this.storeOf = getter(deps.store);
    this.metrics = deps.metrics ?? noMetrics;
    this.admins = new Admins(deps.settings.admins);
    this.gate = new QuestionGate({ maxQuestionLength: deps.settings.maxQuestionLength, rateLimit: deps.settings.rateLimit, clock: deps.clock });
    this.history = new History({ store: this.storeOf, clock: deps.clock, logger: deps.logger, days: deps.settings.historyDays ?? 90 });
    this.curation = new Curation({
      table: () => this.table,
      engine: () => this.engineOf(),
      serve: (table, engine) => {
        this.table = table;
        this.engineOf = () => engine;
      },
      answer: (text) => this.answer(text),
      history: this.history,
      store: this.storeOf,
      facts: deps.facts,
      clock: deps.clock,
      logger: deps.logger,
      timezone: deps.settings.timezone,
    });
  }

  /** Answers a question from a chat surface; throws a UserError 'EmptyQuestion' or 'RateLimited' in the reply language. */
  ask(command: AskCommand): Answer {
    const started = performance.now();
    let outcome: QuestionOutcome = 'error';
    try {
      const { question, cut } = this.gate.prepare(command.text);
      const language = this.replyLanguage(question, command.language);
      const answer = inLanguage(language, () => {
        this.gate.admitQuestion(question, command.origin, String(command.text ?? '').length);
        return withText(this.engineOf().ask(question, language));
      });
      outcome = answer.answered ? 'answered' : 'abstained';
      this.history.asked(command.origin, answer);
      return cut ? { ...answer, cut: this.settings.maxQuestionLength } : answer;
    } catch (error) {
      if (error instanceof UserError && error.identifier === 'EmptyQuestion') outcome = 'empty';
      if (error instanceof UserError && error.identifier === 'RateLimited') outcome = 'rate_limited';
      throw error;
    } finally {
      this.metrics.question(command.origin.platform, outcome, (performance.now() - started) / 1000);
    }
  }

  /**
   * Answers a question from a script (`briefing ask`): cleaned and cut like any other, never rate-limited and never
   * refused, so a batch gets one answer per line; nothing to ask gets the "please ask" answer.
   */
  answer(text: string): Answer {
    const { question } = this.gate.prepare(text);
    // English for a text that shows no language, as the engine reads one.
    const language = this.replyLanguage(question, 'en');
    return withText(this.engineOf().ask(question, language), { emptyQuestion: question === '' });
  }

  /** Answers one fact (a "See also" or suggestion click); throws 'UnknownFact' for a fact no longer in the table. */
  explain(command: ExplainCommand): Answer {
    return inLanguage(command.language, () => {
      this.gate.admitClick(command.origin, command.factId);
      const answer = this.engineOf().explain(command.factId, command.language);
      if (!answer) throw new UserError('UnknownFact', later('error.unknownFact'), { factId: command.factId });
      this.history.clicked(command.origin, command.factId, command.language);
      return withText(answer);
    });
  }

  /** Autocomplete: no budget (nothing is posted, and the platform already throttles typing), only the cut. */
  complete(command: CompleteCommand): Suggestion[] {
    const { question: partial } = this.gate.prepare(command.text);
    return this.engineOf().complete(partial, command.limit, this.replyLanguage(partial, command.language));
  }

  /**
   * Records 👍/👎 (with the question it answered, the voter hashed) on a fact still in the table (so the feedback stays
   * joinable with it), and thanks either way.
   */
  feedback(command: FeedbackCommand): Notice {
    const { origin, factId } = command;
    if (this.table.byId.has(factId)) {
      this.history.voted(origin, { factId, vote: command.vote, question: command.question });
    } else {
      this.logger.warn({ platform: origin.platform, factId }, 'feedback for an unknown fact ignored');
    }
    return { language: command.language, text: message('feedback.thanks', command.language) };
  }

  help(origin: Origin, language: Language): Notice {
    return { language, text: helpText(language, origin.commands) };
  }

  sources(language: Language): SourceList {
    return { language, title: message('sources.title', language), lines: sourcesList(this.table, language), emptyText: message('sources.none', language) };
  }

  /** The briefing commands: help and the sources only to the asker; digest changes as the digest rules say. */
  command(command: BriefingCommand): BriefingResult {
    switch (command.kind) {
      case 'help':
        return { kind: 'help', audience: 'asker', ...this.help(command.origin, command.language) };
      case 'sources':
        return { kind: 'sources', audience: 'asker', ...this.sources(command.language) };
      case 'digest':
        return { kind: 'digest', result: this.digest(command) };
      case 'review':
        // Only the users listed in BRIEFING_ADMINS: what people asked is not for every admin of a workspace.
        if (!this.admins.allow(command.origin, undefined)) {
          throw new UserError('Forbidden', later('error.reviewNotAllowed'), { platform: command.origin.platform, command: 'review' }, command.language);
        }
        return { kind: 'review', audience: 'asker', ...this.curation.chatSummary(command.language) };
    }
  }

  /**
   * The curator's review of what chat users asked since a time or over a period ("7d", "2026-11-01"); its numbered rows
   * are kept for `acceptReviewRow`.
   */
  review(query: { since: Date | string; language: Language }): Review {
    return this.curation.review(query);
  }

  /** Adds a wording to a fact's curated questions (in its file) and serves the table with it; returns the answer now. */
  addQuestion(command: { factId: string; wording: string; language?: Language }): AddedQuestion {
    return this.curation.addQuestion(command);
  }

  /** Adds the wording of row `n` of the latest review to a fact (by default the row's closest fact). */
  acceptReviewRow(command: { n: number; factId?: string }): AddedQuestion {
    return this.curation.accept(command);
  }

  /** Reads the fact folder again and serves it if valid; otherwise the current table goes on serving (and it is logged). */
  reloadFacts(): ReloadOutcome {
    return this.curation.reload();
  }

  /** `digest on|off|preview|status` for the channel the command came from. */
  digest(command: Extract<BriefingCommand, { kind: 'digest' }>): DigestResult {
    const { origin, language } = command;
    return inLanguage(language, () => {
      if (!origin.channelId) throw new UserError('BadCommand', later('error.badDigestCommand'), { reason: 'no channel' });
      const store = this.storeOf();
      return runDigestCommand(
        // The platform's answer, or a listed admin; a surface that cannot tell (undefined) leaves the rule to its platform.
        {
          origin: { ...origin, channelId: origin.channelId },
          language,
          digest: command.digest,
          mayManageChannel: command.mayManageChannel === undefined ? undefined : this.admins.allow(origin, command.mayManageChannel),
        },
        { table: this.table, store, clock: this.clock, defaults: { time: this.settings.digestTime, timezone: this.settings.timezone } },
      );
    });
  }

  /** One day's digest for no channel (`briefing digest`): each date its own briefing point, no "new" section. */
  printableDigest(options: { date?: string; timezone?: string; language: Language }): Digest {
    const timezone = options.timezone ?? this.settings.timezone;
    const date = options.date ?? localDateIn(this.clock(), timezone);
    return buildDigest({ table: this.table, date, timezone, language: options.language, state: standaloneState(this.table, date), firstSeen: new Map() });
  }

  /** The scheduler that posts each subscribed channel's digest through the transports given. */
  scheduler(options: Partial<SchedulerOptions> & Pick<SchedulerOptions, 'transports'>): DigestScheduler {
    const onSend = (report: SendReport) => {
      // A digest found in the channel after an interrupted send was delivered (by the process that was interrupted).
      this.metrics.digest(report.platform, report.status === 'failed' ? 'failed' : 'sent');
      options.onSend?.(report);
    };
    const current = () => this.table;
    // The table read on each pass: a reloaded table is the next digest's.
    const deps = { get table() { return current(); }, store: this.storeOf(), clock: this.clock, logger: this.logger };
    return new DigestScheduler(deps, { ...options, onSend });
  }

  /**
   * True the first time a platform event id is seen; false for the platform's retry of an event already handled. When
   * the database cannot record it, the event is handled anyway (an answer twice beats none) and the failure logged.
   */
  firstDelivery(eventId: string): boolean {
    try {
      return this.storeOf().markEventSeen(eventId, this.clock());
    } catch (error) {
      if (!(error instanceof StoreError)) throw error;
      this.logger.error({ eventId, err: describeError(error) }, 'event de-duplication could not be recorded: handling the event anyway');
      return true;
    }
  }

  /**
   * What a health check reports: not ok while the database does not answer or cannot store what it is given, or the
   * fact table is empty (every question would be refused).
   */
  health(): { ok: boolean; facts: number; sources: number; database: StoreHealth } {
    let database: StoreHealth;
    try {
      this.storeOf().ping();
      database = this.storeOf().health();
    } catch (error) {
      database = { ok: false, problem: errorSummary(error) };
    }
    const facts = this.table.facts.length;
    return { ok: database.ok && facts > 0, facts, sources: this.table.sources.length, database };
  }

  /** Opens what serving needs (the database) now, so a start that cannot serve stops before any platform is contacted. */
  ready(): void {
    this.storeOf();
    this.history.prune();
  }

  /**
   * The reply language, decided once per request: the language the question is written in, as the engine reads it with
   * the table's own evidence; the surface's language for a text that shows none.
   */
  private replyLanguage(question: string, fallback: Language): Language {
    return hasWords(question) ? this.engineOf().languageOf(question) : fallback;
  }
}

/** Runs work for a request whose reply language is decided: a refusal it throws is told in that language. */
function inLanguage<T>(language: Language, work: () => T): T {
  try {
    return work();
  } catch (error) {
    if (error instanceof UserError) error.language ??= language;
    throw error;
  }
}

function getter<T>(value: Lazy<T>): () => T {
  return typeof value === 'function' ? (value as () => T) : () => value;
}
