// Typed user-facing errors: an identifier for logs and tests, and a short message in each language for the reply.
import type { Language } from '../facts/schema.js';

export type UserErrorId =
  | 'EmptyQuestion'
  | 'QuestionTooLong'
  | 'RateLimited'
  | 'UnknownFact'
  | 'BadCommand'
  | 'BadDigestTime'
  | 'BadTimezone'
  | 'Forbidden'
  | 'Internal';

export class UserError extends Error {
  readonly identifier: UserErrorId;
  readonly messages: { vi: string; en: string };
  /** Details for the log only, never shown to the user. */
  readonly context: Record<string, unknown>;

  constructor(identifier: UserErrorId, messages: { vi: string; en: string }, context: Record<string, unknown> = {}) {
    super(messages.en);
    this.name = 'UserError';
    this.identifier = identifier;
    this.messages = messages;
    this.context = context;
  }

  reply(language: Language): string {
    return this.messages[language];
  }
}

/** What to tell a user about any error: its own message when typed, a generic apology otherwise. */
export function userMessage(error: unknown, language: Language): string {
  if (error instanceof UserError) return error.reply(language);
  return language === 'vi'
    ? 'Xin lỗi, đã có lỗi khi xử lý yêu cầu. Vui lòng thử lại sau.'
    : 'Sorry, something went wrong while handling that. Please try again later.';
}
