// Help and the list of known sources, the same on every surface but for how it spells its commands.
import type { FactTable } from '../facts/fact-table.js';
import { citeSource } from '../facts/cite-source.js';
import { citationLine } from '../model/citation.js';
import type { Language } from '../model/language.js';
import { message } from '../model/messages.js';
import type { CommandSpelling } from './commands.js';

export function helpText(language: Language, commands: CommandSpelling): string {
  return [
    message('help.intro', language),
    message('help.ask', language, { ask: commands.ask ? `${commands.ask} ` : '' }),
    message('help.sources', language, { sources: commands.sources }),
    ...(commands.digest ? [message('help.digest', language, { digest: commands.digest })] : []),
    ...(commands.pickByNumber ? [message('help.pickNumber', language)] : []),
    ...(commands.quit ? [message('help.quit', language, { quit: commands.quit })] : []),
    message('help.noAnswer', language),
  ].join('\n');
}

/** One citation line per source, newest first. */
export function sourcesList(table: FactTable, language: Language): string[] {
  return [...table.sources]
    .sort((a, b) => b.published.value.localeCompare(a.published.value))
    .map((s) => citationLine(citeSource(s), language));
}
