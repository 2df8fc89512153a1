// Reading a question out of a message that @mentions the bot, and the language to use when the text gives none.
import type { Language } from '../../src/model/language.js';

/** Every allowed-mentions option the adapter sends: user text (echoed questions, answers) can never ping anyone. */
export const NO_MENTIONS = Object.freeze({ parse: [] as [] });

/**
 * The question in a message that explicitly mentions the bot (`<@id>` or the legacy `<@!id>`), with those mentions
 * removed; undefined when the bot is not mentioned in the text (a reply to the bot alone does not count).
 */
export function mentionQuestion(content: string, botId: string): string | undefined {
  const mention = new RegExp(`<@!?${botId}>`, 'g');
  if (!mention.test(content)) return undefined;
  return questionFromDiscord(content.replace(mention, ' '));
}

/**
 * The question a user meant from Discord text: user, role and channel mentions, custom emoji and timestamps removed,
 * so the engine never matches on snowflakes and the echoed question shows no mention markup.
 */
export function questionFromDiscord(text: string): string {
  return String(text ?? '')
    .replace(/<(?:@[!&]?|#)\d+>/g, ' ')
    .replace(/<a?:(\w+):\d+>/g, ' ')
    .replace(/<t:-?\d+(?::[a-zA-Z])?>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Discord locales are "vi", "en-US", "en-GB", …: Vietnamese for "vi", English otherwise. */
export function localeLanguage(locale: string | null | undefined): Language {
  return locale?.toLowerCase().startsWith('vi') ? 'vi' : 'en';
}
