// Renders autocomplete suggestions as Discord choices: at most 25, names and values within 100 characters.
import type { APIApplicationCommandOptionChoice } from 'discord.js';
import type { Suggestion } from '../../src/model/answer.js';
import { LIMITS, truncate } from './limits.js';

/** The value is the question itself (cut to fit), so a picked choice is asked like typed text. */
export function renderChoices(suggestions: Suggestion[]): APIApplicationCommandOptionChoice<string>[] {
  const seen = new Set<string>();
  const choices: APIApplicationCommandOptionChoice<string>[] = [];
  for (const s of suggestions) {
    const name = truncate(s.question.trim(), LIMITS.choiceName);
    if (!name || seen.has(name)) continue;
    seen.add(name);
    choices.push({ name, value: truncate(s.question.trim(), LIMITS.choiceValue) });
    if (choices.length === LIMITS.choices) break;
  }
  return choices;
}
