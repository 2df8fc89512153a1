// Typed errors: a user-facing refusal with an identifier and a message key, a delivery failure the retry logic reads,
// a database that could not store something, and the one description of any error that is safe to log.
import type { Language } from './language.js';
import { message, render, type Message } from './messages.js';

export type UserErrorId =
  | 'EmptyQuestion'
  | 'RateLimited'
  | 'UnknownFact'
  | 'BadCommand'
  | 'BadDigestTime'
  | 'BadTimezone'
  | 'Forbidden'
  | 'Internal'
  | 'DuplicateQuestion';

/** A request the application refuses, with what to tell the user (in any language) and details for the log. */
export class UserError extends Error {
  readonly identifier: UserErrorId;
  readonly text: Message;
  /** Details for the log only, never shown to the user. */
  readonly context: Record<string, unknown>;
  /** The reply language the application decided for the request, when it got that far. */
  language: Language | undefined;

  constructor(identifier: UserErrorId, text: Message, context: Record<string, unknown> = {}, language?: Language) {
    super(render(text, 'en'));
    this.name = 'UserError';
    this.identifier = identifier;
    this.text = text;
    this.context = context;
    this.language = language;
  }

  reply(language: Language): string {
    return render(this.text, language);
  }
}

/**
 * What to tell a user about any error: a refusal in the language decided for it (else `fallback`), a generic apology
 * for anything else.
 */
export function userMessage(error: unknown, fallback: Language): string {
  if (error instanceof UserError) return error.reply(error.language ?? fallback);
  if (error instanceof StoreError) return message('error.storeUnavailable', fallback);
  return message('error.internal', fallback);
}

/**
 * The database did not store a write: it refused it (read-only, disk full, I/O error) or the file is no longer the one
 * that was opened (deleted or replaced while running, so whatever is written would be lost at the next start).
 */
export class StoreError extends Error {
  constructor(
    message: string,
    readonly reason: 'unwritable' | 'vanished',
    options: { cause?: unknown } = {},
  ) {
    super(message, options);
    this.name = 'StoreError';
  }
}

/**
 * A digest delivery that failed, as a transport classifies it: the retry logic reads only these two fields, so it knows
 * no platform. `retryAfterMs`: the platform asked to wait at least this long; `permanent`: no retry can fix it.
 */
export class DigestSendError extends Error {
  constructor(
    message: string,
    readonly options: { retryAfterMs?: number; permanent?: boolean; cause?: unknown } = {},
  ) {
    super(message, { cause: options.cause });
    this.name = 'DigestSendError';
  }
  get retryAfterMs(): number | undefined {
    return this.options.retryAfterMs;
  }
  get permanent(): boolean {
    return this.options.permanent ?? false;
  }
}

export interface ErrorDescription {
  name: string;
  message: string;
  identifier?: string;
  context?: Record<string, unknown>;
  code?: string | number;
  status?: number;
  stack?: string;
}

/**
 * The fields of an error that are safe to log or store. Web API and HTTP errors carry the request they failed on, with
 * its Authorization header or an interaction token in the URL, so an error object is never logged whole; anything
 * shaped like a Slack or Discord token is blanked from the message and the stack.
 */
export function describeError(error: unknown): ErrorDescription {
  if (error instanceof UserError) return { name: error.name, identifier: error.identifier, message: error.message, context: error.context };
  if (error instanceof Error) {
    const e = error as Error & { code?: unknown; status?: unknown };
    return {
      name: e.name,
      message: redactTokens(e.message),
      ...(typeof e.code === 'string' || typeof e.code === 'number' ? { code: e.code } : {}),
      ...(typeof e.status === 'number' ? { status: e.status } : {}),
      ...(e.stack ? { stack: redactTokens(e.stack) } : {}),
    };
  }
  return { name: 'non-error', message: redactTokens(String(error)) };
}

/** One line for an operator (the store's error column): name and message, tokens blanked, at most 300 characters. */
export function errorSummary(error: unknown): string {
  const d = describeError(error);
  return `${d.name}: ${d.message}`.slice(0, 300);
}

function redactTokens(text: string): string {
  return text
    .replace(/xox[a-z]-[\w-]+/gi, '[redacted]')
    .replace(/xapp-[\w-]+/gi, '[redacted]')
    .replace(/[\w-]{23,28}\.[\w-]{6,7}\.[\w-]{27,}/g, '[redacted]');
}
