// Discord's message size limits and the helpers that keep rendered embeds and components inside them.
import type { APIEmbed } from 'discord.js';

/** Limits from Discord's API reference (embed limits, component limits, autocomplete choices). */
export const LIMITS = Object.freeze({
  embedTitle: 256,
  embedDescription: 4096,
  embedFieldName: 256,
  embedFieldValue: 1024,
  embedFooter: 2048,
  embedFields: 25,
  /** Title, description, field names and values, footer and author together, across all embeds of one message. */
  embedsTotal: 6000,
  embedsPerMessage: 10,
  buttonsPerRow: 5,
  rowsPerMessage: 5,
  buttonLabel: 80,
  customId: 100,
  choices: 25,
  choiceName: 100,
  choiceValue: 100,
});

/**
 * Cuts text to at most `max` UTF-16 units (never more than Discord's character count), ending with "…" when cut,
 * without splitting a surrogate pair.
 */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = text.slice(0, Math.max(0, max - 1));
  if (/[\ud800-\udbff]$/.test(cut)) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}…`;
}

/** Characters Discord counts towards the 6,000 total of one embed. */
export function embedLength(embed: APIEmbed): number {
  return (
    (embed.title?.length ?? 0) +
    (embed.description?.length ?? 0) +
    (embed.footer?.text.length ?? 0) +
    (embed.author?.name.length ?? 0) +
    (embed.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0)
  );
}

/** Joins lines under a limit; lines that do not fit are replaced by one closing line (e.g. "… and 4 more"). */
export function joinWithin(lines: string[], max: number, more: (hidden: number) => string): string {
  const kept: string[] = [];
  let used = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = truncate(lines[i]!, max);
    const next = used + (kept.length ? 1 : 0) + line.length;
    const rest = lines.length - i - 1;
    const tail = rest > 0 ? more(rest).length + 1 : 0;
    if (next + tail > max) {
      const hidden = lines.length - i;
      const closing = more(hidden);
      return truncate(kept.length ? `${kept.join('\n')}\n${closing}` : closing, max);
    }
    kept.push(line);
    used = next;
  }
  return kept.join('\n');
}
