// The curators' history: questions from chat surfaces (abstentions with their text), votes and clicks, kept for
// BRIEFING_HISTORY_DAYS with user ids only as salted hashes. Recording a question or a click never stands in the way of
// the answer.
import { createHmac } from 'node:crypto';
import type { Answer } from '../../model/answer.js';
import type { Clock } from '../../model/clock.js';
import { describeError } from '../../model/errors.js';
import type { Language } from '../../model/language.js';
import type { Logger } from '../../model/logger.js';
import type { Origin } from '../commands.js';
import type { BriefingStore } from '../store-port.js';

export const DAY_MS = 86_400_000;

/** Later than anything recorded: pruning before it empties the history (BRIEFING_HISTORY_DAYS=0). */
const END_OF_TIME = new Date('9999-12-31T23:59:59.999Z');

export interface HistoryDeps {
  store: () => BriefingStore;
  clock: Clock;
  logger: Logger;
  /** How many days are kept; 0 records nothing (and keeps nothing). */
  days: number;
}

export class History {
  private salt: string | undefined;

  constructor(private readonly deps: HistoryDeps) {}

  get recording(): boolean {
    return this.deps.days > 0;
  }

  /** The oldest time still kept at `now`. */
  keptSince(now = this.deps.clock()): Date {
    return this.recording ? new Date(now.getTime() - this.deps.days * DAY_MS) : END_OF_TIME;
  }

  /** A question a chat surface asked and what the engine made of it: an abstention keeps its text and closest fact. */
  asked(origin: Origin, answer: Answer): void {
    this.bestEffort('question', (store, now) =>
      store.recordAsked(
        {
          platform: origin.platform,
          channelId: origin.channelId ?? null,
          userHash: this.userHash(store, origin),
          language: answer.language,
          answered: answer.answered,
          factId: (answer.answered ? answer.facts[0]?.id : answer.suggestions[0]?.id) ?? null,
          confidence: answer.confidence,
          question: answer.answered ? null : answer.question,
        },
        now,
      ),
    );
  }

  /** A click on a "See also" fact or a suggestion. */
  clicked(origin: Origin, factId: string, language: Language): void {
    this.bestEffort('click', (store, now) =>
      store.recordClick({ platform: origin.platform, channelId: origin.channelId ?? null, userHash: this.userHash(store, origin), factId, language }, now),
    );
  }

  /** A 👍/👎 with the question it answered. A vote that cannot be stored fails for the voter, as any write they asked for. */
  voted(origin: Origin, vote: { factId: string; vote: 'up' | 'down'; question: string | null }): void {
    if (!this.recording) return;
    const store = this.deps.store();
    const now = this.deps.clock();
    store.recordFeedback({ platform: origin.platform, userId: this.userHash(store, origin) ?? '', channelId: origin.channelId ?? null, ...vote }, now);
    store.pruneHistory(this.keptSince(now));
  }

  /** Deletes what is older than BRIEFING_HISTORY_DAYS (everything when it is 0); returns how many rows went. */
  prune(): number {
    return this.deps.store().pruneHistory(this.keptSince());
  }

  private bestEffort(what: string, write: (store: BriefingStore, now: Date) => void): void {
    if (!this.recording) return;
    try {
      const store = this.deps.store();
      const now = this.deps.clock();
      write(store, now);
      store.pruneHistory(this.keptSince(now));
    } catch (error) {
      this.deps.logger.warn({ err: describeError(error), what }, 'curation history: not recorded');
    }
  }

  /** HMAC-SHA-256 of platform and user id under the install's salt, 128 bits in hex; null without a user. */
  private userHash(store: BriefingStore, origin: Origin): string | null {
    if (!origin.userId) return null;
    this.salt ??= store.userSalt();
    return createHmac('sha256', this.salt).update(`${origin.platform}:${origin.userId}`).digest('hex').slice(0, 32);
  }
}
