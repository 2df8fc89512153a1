// Renders the application's Answer as a Discord message: one embed (question, answer, citation) and rows of buttons.
import { ButtonStyle, ComponentType, type APIActionRowComponent, type APIButtonComponent, type APIEmbed } from 'discord.js';
import type { Answer } from '../../src/model/answer.js';
import { citationLine, type CitationFormat } from '../../src/model/citation.js';
import { formatIsoDate } from '../../src/model/format-date.js';
import type { Language } from '../../src/model/language.js';
import { message } from '../../src/model/messages.js';
import { encodeButton, type ButtonAction } from './custom-ids.js';
import { LIMITS, joinWithin, truncate } from './limits.js';

/** The JSON both discord.js (replies) and the REST API (channel messages) accept. */
export interface DiscordMessage {
  embeds: APIEmbed[];
  components: APIActionRowComponent<APIButtonComponent>[];
}

/** Brand colour of answer embeds; a muted grey when the engine abstains so the difference is visible at a glance. */
export const ANSWER_COLOR = 0x1f6feb;
export const ABSTAIN_COLOR = 0x8b949e;

/** Embed markdown: a title with a page as a masked link [title](url), its brackets and the URL's ")" escaped. */
export const DISCORD_CITATION: CitationFormat = {
  text: (s) => s,
  link: (title, url) => `[${title.replace(/[[\]]/g, '\\$&')}](${url.replace(/[()\s]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`)})`,
};

export function renderAnswer(answer: Answer): DiscordMessage {
  const lang = answer.language;
  const main = answer.answered ? answer.facts[0] : undefined;
  const embed: APIEmbed = { color: main ? ANSWER_COLOR : ABSTAIN_COLOR };
  if (answer.question.trim()) embed.title = truncate(answer.question, LIMITS.embedTitle);
  embed.description = truncate(main ? main.answer : answer.text, LIMITS.embedDescription);
  if (main?.background) {
    // A glossary definition no article states: labelled as background, in place of a citation.
    embed.fields = [{ name: message('answer.sourceLabel', lang), value: truncate(message('answer.background', lang), LIMITS.embedFieldValue) }];
  } else if (main && main.sources.length) {
    embed.fields = [
      {
        name: message(main.sources.length > 1 ? 'answer.sourcesLabel' : 'answer.sourceLabel', lang),
        value: joinWithin(main.sources.map((s) => citationLine(s, lang, DISCORD_CITATION)), LIMITS.embedFieldValue, (count) => message('answer.moreSources', lang, { count })),
      },
    ];
  }
  if (main?.date) embed.footer = { text: message('answer.eventDate', lang, { date: formatIsoDate(main.date, lang) }) };

  const components: DiscordMessage['components'] = [];
  // Related facts when answered, close topics when not: both answer through `explain` when clicked.
  const topics = main
    ? answer.facts.slice(1).map((f) => ({ id: f.id, question: f.question }))
    : answer.suggestions.map((s) => ({ id: s.id, question: s.question }));
  const topicRow = buttonRow(
    topics.map((t) => ({
      action: { kind: 'explain', factId: t.id, language: lang },
      label: t.question || t.id,
      style: ButtonStyle.Secondary,
    })),
  );
  if (topicRow) components.push(topicRow);
  if (main) {
    const feedbackRow = buttonRow([
      { action: { kind: 'feedback', factId: main.id, vote: 'up' }, emoji: '👍', style: ButtonStyle.Secondary },
      { action: { kind: 'feedback', factId: main.id, vote: 'down' }, emoji: '👎', style: ButtonStyle.Secondary },
    ]);
    if (feedbackRow) components.push(feedbackRow);
  }
  return { embeds: [embed], components };
}

interface ButtonSpec {
  action: ButtonAction;
  label?: string;
  emoji?: string;
  style: ButtonStyle.Primary | ButtonStyle.Secondary;
}

/** One row of at most five buttons with unique custom ids; undefined when no button fits. */
function buttonRow(specs: ButtonSpec[]): APIActionRowComponent<APIButtonComponent> | undefined {
  const seen = new Set<string>();
  const buttons: APIButtonComponent[] = [];
  for (const spec of specs) {
    const customId = encodeButton(spec.action);
    if (!customId || seen.has(customId)) continue;
    seen.add(customId);
    const button: APIButtonComponent = { type: ComponentType.Button, style: spec.style, custom_id: customId };
    if (spec.label) button.label = truncate(spec.label, LIMITS.buttonLabel);
    if (spec.emoji) button.emoji = { name: spec.emoji };
    buttons.push(button);
    if (buttons.length === LIMITS.buttonsPerRow) break;
  }
  return buttons.length ? { type: ComponentType.ActionRow, components: buttons } : undefined;
}

/** A short text-only embed (help, sources, confirmations), cut to Discord's limits. */
export function renderNotice(text: string, title?: string): DiscordMessage {
  const embed: APIEmbed = { color: ANSWER_COLOR, description: truncate(text, LIMITS.embedDescription) };
  if (title) embed.title = truncate(title, LIMITS.embedTitle);
  return { embeds: [embed], components: [] };
}

/** A list (e.g. the sources) as one embed; lines that do not fit are counted in a closing line. */
export function renderList(title: string, lines: string[], language: Language): DiscordMessage {
  const more = (count: number) => message('list.more', language, { count });
  return {
    embeds: [{ color: ANSWER_COLOR, title: truncate(title, LIMITS.embedTitle), description: joinWithin(lines, LIMITS.embedDescription, more) }],
    components: [],
  };
}
