// The one guarded entry for questions from any chat surface: clean, cut, refuse empty text, rate-limit, then ask.
import type { Engine } from '../engine/types.js';
import type { Language } from '../facts/schema.js';
import { clean } from '../text/normalize.js';
import type { Answer, Suggestion } from './answer.js';
import type { Clock } from './clock.js';
import { UserError } from './errors.js';
import type { HelpOptions } from './help.js';
import { RateLimiter } from './RateLimiter.js';

export interface QuestionGateOptions {
  /** Questions are cut to this many characters before matching (config.maxQuestionLength). */
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

/** Who is asking and where; without ids (the console, the CLI) no rate limit applies. */
export interface QuestionRequest {
  text: string;
  /** 'slack', 'discord', 'console': keys are per platform, since ids of different platforms may collide. */
  platform: string;
  userId?: string | null;
  channelId?: string | null;
  /** How this surface spells its commands, for the hint on an empty question. */
  commands?: HelpOptions;
}

const DEFAULT_COMMANDS: HelpOptions = { askCommand: '/ask', briefingCommand: '/briefing' };

export class QuestionGate {
  readonly engine: Engine;
  private readonly options: QuestionGateOptions;
  private readonly users: RateLimiter;
  private readonly channels: RateLimiter;
  private readonly clicks: RateLimiter;

  constructor(engine: Engine, options: Pick<QuestionGateOptions, 'maxQuestionLength' | 'rateLimit' | 'clock'> & Partial<QuestionGateOptions>) {
    this.engine = engine;
    this.options = { explainPerMinute: Math.max(60, options.rateLimit.userPerMinute * 4), ...options };
    const { clock, rateLimit } = this.options;
    this.users = new RateLimiter({ perMinute: rateLimit.userPerMinute, clock });
    this.channels = new RateLimiter({ perMinute: rateLimit.channelPerMinute, clock });
    this.clicks = new RateLimiter({ perMinute: this.options.explainPerMinute, clock });
  }

  /** The question as the engine will see it: control and zero-width characters removed, spaces collapsed, cut. */
  prepare(text: string): string {
    return cutAt(clean(String(text ?? '')), this.options.maxQuestionLength);
  }

  /** Answers, or throws a UserError: 'EmptyQuestion' (nothing to ask) or 'RateLimited' (with when to retry). */
  ask(request: QuestionRequest): Answer {
    const question = this.prepare(request.text);
    if (!/[\p{L}\p{N}]/u.test(question)) throw emptyQuestion(request.commands ?? DEFAULT_COMMANDS, { platform: request.platform, length: String(request.text ?? '').length });
    const user = request.userId ? `${request.platform}:${request.userId}` : undefined;
    const channel = request.channelId ? `${request.platform}:${request.channelId}` : undefined;
    // Both budgets are checked before either is spent, so a refused question costs nothing.
    if (user && this.users.available(user) < 1) throw rateLimited('user', this.users.waitMs(user), { key: user });
    if (channel && this.channels.available(channel) < 1) throw rateLimited('channel', this.channels.waitMs(channel), { key: channel });
    if (user) this.users.tryTake(user);
    if (channel) this.channels.tryTake(channel);
    return this.engine.ask(question);
  }

  /** A click on a related fact or a suggestion: its own budget per user; undefined for an unknown fact. */
  explain(factId: string, language: Language, who: { platform: string; userId?: string | null }): Answer | undefined {
    const key = who.userId ? `${who.platform}:${who.userId}` : undefined;
    if (key && !this.clicks.tryTake(key)) throw rateLimited('user', this.clicks.waitMs(key), { key, explain: factId });
    return this.engine.explain(factId, language);
  }

  /** Autocomplete: no budget (nothing is posted, and the platform already throttles typing), only the cut. */
  complete(partial: string, limit?: number): Suggestion[] {
    return this.engine.complete(this.prepare(partial), limit);
  }
}

/** Cuts to `max` UTF-16 units without splitting a surrogate pair. */
function cutAt(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = text.slice(0, max);
  if (/[\ud800-\udbff]$/.test(cut)) cut = cut.slice(0, -1);
  return cut.trim();
}

function emptyQuestion(c: HelpOptions, context: Record<string, unknown>): UserError {
  const example = (q: string) => [c.askCommand, q].filter(Boolean).join(' ');
  // The console spells help ":help"; chat platforms "/briefing help".
  const help = c.briefingCommand.endsWith(':') ? `${c.briefingCommand}help` : `${c.briefingCommand} help`;
  return new UserError(
    'EmptyQuestion',
    {
      vi: `Bạn muốn hỏi gì? Ví dụ: \`${example('AMM 53 diễn ra khi nào?')}\`. Gõ \`${help}\` để xem hướng dẫn.`,
      en: `What would you like to know? For example \`${example('Who chaired AMM 53?')}\`. Type \`${help}\` for more.`,
    },
    context,
  );
}

function rateLimited(scope: 'user' | 'channel', waitMs: number, context: Record<string, unknown>): UserError {
  const s = Math.max(1, Math.ceil(waitMs / 1000));
  const messages =
    scope === 'user'
      ? {
          vi: `Bạn đang hỏi hơi nhanh. Vui lòng thử lại sau ${s} giây.`,
          en: `You are asking a little fast. Please try again in ${s} second${s === 1 ? '' : 's'}.`,
        }
      : {
          vi: `Kênh này vừa hỏi nhiều câu trong một phút. Vui lòng thử lại sau ${s} giây.`,
          en: `This channel has asked many questions in the last minute. Please try again in ${s} second${s === 1 ? '' : 's'}.`,
        };
  return new UserError('RateLimited', messages, { ...context, scope, retryAfterSeconds: s });
}
