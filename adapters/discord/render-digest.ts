// Renders a Digest as Discord messages: a header embed and one embed per section, split to fit Discord's limits.
import type { APIEmbed } from 'discord.js';
import type { Digest, DigestItem, DigestSection } from '../../src/app/digest/types.js';
import { citationLine } from '../../src/model/citation.js';
import { formatIsoDate } from '../../src/model/format-date.js';
import type { Language } from '../../src/model/language.js';
import { message } from '../../src/model/messages.js';
import { LIMITS, embedLength, joinWithin, truncate } from './limits.js';
import { DISCORD_CITATION } from './render-answer.js';

export const DIGEST_COLOR = 0xd29922;
export const BRIEFING_POINT_COLOR = 0x1f6feb;

/** One item may not crowd out the rest of its section. */
const MAX_ITEM_LENGTH = 1000;

/** The digest as one or more messages of embeds, in reading order, each within 10 embeds and 6,000 characters. */
export function renderDigest(digest: Digest): { embeds: APIEmbed[] }[] {
  const embeds: APIEmbed[] = [{ color: DIGEST_COLOR, title: truncate(digest.header, LIMITS.embedTitle) }];
  for (const section of digest.sections) embeds.push(sectionEmbed(section, digest.language));
  return packEmbeds(embeds);
}

function sectionEmbed(section: DigestSection, language: Language): APIEmbed {
  const more = (count: number) => message('list.more', language, { count });
  return {
    color: section.kind === 'briefing-point' ? BRIEFING_POINT_COLOR : DIGEST_COLOR,
    title: truncate(section.title, LIMITS.embedTitle),
    description: joinWithin(section.items.map((item) => itemLine(item, language)), LIMITS.embedDescription, more),
  };
}

function itemLine(item: DigestItem, language: Language): string {
  const when = [item.date ? formatIsoDate(item.date, language) : null, item.note].filter(Boolean).join(' · ');
  const head = `• ${item.text}${when ? ` (${when})` : ''}`;
  const cite = item.sources.map((s) => citationLine(s, language, DISCORD_CITATION)).join('; ');
  return truncate(cite ? `${head}\n  ↳ *${cite}*` : head, MAX_ITEM_LENGTH);
}

/** Groups embeds into messages without crossing the per-message embed count or total length. */
export function packEmbeds(embeds: APIEmbed[]): { embeds: APIEmbed[] }[] {
  const messages: { embeds: APIEmbed[] }[] = [];
  let current: APIEmbed[] = [];
  let length = 0;
  for (const embed of embeds) {
    const n = embedLength(embed);
    if (current.length && (current.length === LIMITS.embedsPerMessage || length + n > LIMITS.embedsTotal)) {
      messages.push({ embeds: current });
      current = [];
      length = 0;
    }
    current.push(embed);
    length += n;
  }
  if (current.length) messages.push({ embeds: current });
  return messages;
}
