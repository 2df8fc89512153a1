// What every Slack listener needs: the core, the error hook and the adapter's settings; plus the reply-language guess.
import type { Briefing } from '../../src/core/briefing.js';
import type { Language } from '../../src/facts/schema.js';
import { hasDiacritics } from '../../src/text/normalize.js';
import type { ErrorHook } from './error-hook.js';

export interface HandlerDeps {
  briefing: Briefing;
  errors: ErrorHook;
  /** Language of replies that carry no text to detect one from (help, sources, empty questions). */
  language: Language;
  /** How many related facts to offer as "See also" buttons. */
  maxRelated: number;
}

/**
 * The language for replies made before (or instead of) asking the engine, e.g. error messages: Vietnamese when the
 * text has diacritics, English for other text, the configured default for no text. The engine decides for answers.
 */
export function replyLanguage(text: string, fallback: Language): Language {
  if (!text.trim()) return fallback;
  return hasDiacritics(text) ? 'vi' : 'en';
}

/** A "vi" or "en" word in command arguments chooses the reply language. */
export function explicitLanguage(args: string): Language | undefined {
  const m = /(?:^|\s)(vi|en)(?:\s|$)/i.exec(args);
  return m ? (m[1]!.toLowerCase() as Language) : undefined;
}
