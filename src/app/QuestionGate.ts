// The guard in front of every question: clean and cut it once, refuse one with nothing to ask, and keep rate limits.
import type { Clock } from '../model/clock.js';
import { UserError } from '../model/errors.js';
import { later } from '../model/messages.js';
import { clean } from '../text/normalize.js';
import type { Origin } from './commands.js';
import { RateLimiter } from './RateLimiter.js';

export interface QuestionGateOptions {
  /** Questions are cut to this many characters (config.maxQuestionLength). */
  maxQuestionLength: number;
  /** Questions per minute per user and per channel (config.rateLimit). */
  rateLimit: { userPerMinute: number; channelPerMinute: number };
  /**
   * "See also" and suggestion clicks per user per minute: a separate, generous budget, so exploring an answer never
   * uses up the question budget, while a script clicking in a loop is still stopped.
   */
  explainPerMinute: number;
  clock: Clock;
}

export class QuestionGate {
  private readonly options: QuestionGateOptions;
  private readonly users: RateLimiter;
  private readonly channels: RateLimiter;
  private readonly clicks: RateLimiter;

  constructor(options: Pick<QuestionGateOptions, 'maxQuestionLength' | 'rateLimit' | 'clock'> & Partial<QuestionGateOptions>) {
    this.options = { explainPerMinute: Math.max(60, options.rateLimit.userPerMinute * 4), ...options };
    const { clock, rateLimit } = this.options;
    this.users = new RateLimiter({ perMinute: rateLimit.userPerMinute, clock });
    this.channels = new RateLimiter({ perMinute: rateLimit.channelPerMinute, clock });
    this.clicks = new RateLimiter({ perMinute: this.options.explainPerMinute, clock });
  }

  /**
   * The question as the engine will see it: broadcast mentions (@everyone, @here, @channel) dropped, control and
   * zero-width characters removed, spaces collapsed, cut; `cut` tells whether it was longer than the limit.
   */
  prepare(text: string): { question: string; cut: boolean } {
    const full = cleaned(text);
    return { question: cutAt(full, this.options.maxQuestionLength), cut: full.length > this.options.maxQuestionLength };
  }

  /** Admits a prepared question, or throws a UserError: 'EmptyQuestion' (nothing to ask) or 'RateLimited'. */
  admitQuestion(question: string, origin: Origin, rawLength: number): void {
    if (!hasWords(question)) {
      const { ask, help } = origin.commands;
      throw new UserError('EmptyQuestion', later('error.emptyQuestion', { ask: ask ? `${ask} ` : '', help }), { platform: origin.platform, length: rawLength });
    }
    const user = keyOf(origin, origin.userId);
    const channel = keyOf(origin, origin.channelId);
    // Both budgets are checked before either is spent, so a refused question costs nothing.
    if (user && this.users.available(user) < 1) throw rateLimited('user', this.users.waitMs(user), { key: user });
    if (channel && this.channels.available(channel) < 1) throw rateLimited('channel', this.channels.waitMs(channel), { key: channel });
    if (user) this.users.tryTake(user);
    if (channel) this.channels.tryTake(channel);
  }

  /** A click on a related fact or a suggestion: its own budget per user. */
  admitClick(origin: Origin, factId: string): void {
    const key = keyOf(origin, origin.userId);
    if (key && !this.clicks.tryTake(key)) throw rateLimited('user', this.clicks.waitMs(key), { key, explain: factId });
  }
}

/**
 * Broadcast mentions typed as plain text are never part of a question ("@everyone AMM 53 là gì"); adapters have already
 * reduced their platform's markup (Slack's <!channel>, Discord's <@id>) to plain text.
 */
const BROADCAST = /(^|\s)@(everyone|here|channel)(?=$|[\s,.:;!?])/giu;

const cleaned = (text: string): string => clean(String(text ?? '').replace(BROADCAST, '$1'));

/** Whether a text has anything to ask: a letter or a digit. */
export const hasWords = (text: string): boolean => /[\p{L}\p{N}]/u.test(text);

// Keys are per platform, since ids of different platforms may collide; without an id (console, CLI) no limit applies.
const keyOf = (origin: Origin, id: string | null | undefined): string | undefined => (id ? `${origin.platform}:${id}` : undefined);

/** Cuts to `max` UTF-16 units without splitting a surrogate pair. */
function cutAt(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = text.slice(0, max);
  if (/[\ud800-\udbff]$/.test(cut)) cut = cut.slice(0, -1);
  return cut.trim();
}

function rateLimited(scope: 'user' | 'channel', waitMs: number, context: Record<string, unknown>): UserError {
  const seconds = Math.max(1, Math.ceil(waitMs / 1000));
  const key = scope === 'user' ? 'error.rateLimitedUser' : 'error.rateLimitedChannel';
  const secondsUnit = later(seconds === 1 ? 'unit.second' : 'unit.seconds');
  return new UserError('RateLimited', later(key, { seconds, secondsUnit }), { ...context, scope, retryAfterSeconds: seconds });
}
