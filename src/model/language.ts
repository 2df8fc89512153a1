// The two languages the bot answers in; every text it shows exists in both.
export type Language = 'vi' | 'en';

export const LANGUAGES: readonly Language[] = Object.freeze(['vi', 'en']);

export function isLanguage(value: unknown): value is Language {
  return value === 'vi' || value === 'en';
}
