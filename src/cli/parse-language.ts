// The --lang option of the commands that take one (digest, review, facts add-question): vi or en, else a refusal.
import { UserError } from '../model/errors.js';
import { isLanguage, type Language } from '../model/language.js';
import { later } from '../model/messages.js';

export function parseLanguage(s: string): Language {
  if (isLanguage(s)) return s;
  throw new UserError('BadCommand', later('error.badLanguage', { value: s }));
}
