// Block Kit for the daily digest: header, one titled part per section, each item with its citation.
import type { Digest, DigestItem } from '../../src/app/digest/types.js';
import { formatIsoDate } from '../../src/model/format-date.js';
import type { Language } from '../../src/model/language.js';
import { message } from '../../src/model/messages.js';
import { escapeMrkdwn, safeMrkdwn } from './mrkdwn.js';
import { LIMITS, citationLines, context, plainText, section, type Block, type SlackMessage } from './render-answer.js';

function itemText(item: DigestItem, language: Language): string {
  const meta = [item.date ? formatIsoDate(item.date, language) : null, item.note].filter((x): x is string => !!x);
  const suffix = meta.length > 0 ? ` _(${escapeMrkdwn(meta.join(' · '))})_` : '';
  return `• ${escapeMrkdwn(item.text)}${suffix}`;
}

export function renderDigest(digest: Digest): SlackMessage {
  const lang = digest.language;
  const blocks: Block[] = [{ type: 'header', text: { type: 'plain_text', text: plainText(digest.header, LIMITS.headerText), emoji: true } }];
  // Keep room for the closing note if the digest ever outgrows one message.
  const room = LIMITS.blocks - 1;
  let cut = false;
  outer: for (const part of digest.sections) {
    if (blocks.length + 2 > room) { cut = true; break; }
    blocks.push({ type: 'divider' });
    blocks.push(section(`*${escapeMrkdwn(part.title)}*`));
    for (const item of part.items) {
      const cites = citationLines(item, lang);
      if (blocks.length + 1 + (cites.length > 0 ? 1 : 0) > room) { cut = true; break outer; }
      blocks.push(section(itemText(item, lang)));
      if (cites.length > 0) blocks.push(context(cites));
    }
  }
  if (cut) blocks.push(context([escapeMrkdwn(message('digest.shortened', lang, { platform: 'Slack' }))]));
  return { text: safeMrkdwn(digest.text, LIMITS.fallbackText), blocks };
}
