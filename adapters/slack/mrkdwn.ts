// Slack mrkdwn safety: escaping text we did not write, cutting to Slack's limits, reading text Slack sends us.

/**
 * Escapes the three characters Slack gives meaning to in mrkdwn, so text from users or the fact table can never
 * become a link, a user mention or a broadcast such as <!channel>.
 */
export function escapeMrkdwn(text: string): string {
  return String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * Cuts text to at most `max` characters (UTF-16 units, which is what Slack counts), ending with "…" when cut.
 * Safe on escaped text: an entity such as "&amp;" is never left half-cut, nor is a surrogate pair.
 */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = text.slice(0, Math.max(0, max - 1));
  cut = cut.replace(/&[a-z]{0,4}$/, '');
  if (/[\ud800-\udbff]$/.test(cut)) cut = cut.slice(0, -1);
  return `${cut}…`;
}

/** Escapes, then cuts to Slack's limit for one text field. */
export function safeMrkdwn(text: string, max: number): string {
  return truncate(escapeMrkdwn(text), max);
}

/** Slack escapes &, < and > in the message text it sends; turn them back into what the user typed. */
export function decodeSlackText(text: string): string {
  return String(text).replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

/** Removes mentions of the bot ("<@U123>" or "<@U123|name>") wherever they appear, then tidies spaces. */
export function stripBotMention(text: string, botUserId: string | undefined): string {
  const withoutBot = botUserId ? text.replace(new RegExp(`<@${escapeRegExp(botUserId)}(?:\\|[^>]*)?>`, 'g'), ' ') : text;
  return withoutBot.replace(/\s+/g, ' ').trim();
}

/**
 * Turns the text of a Slack message or command into the question the user meant: the bot mention removed, other
 * mentions, broadcasts, channel references and links reduced to their visible label (or dropped), and the
 * entities Slack escaped decoded. The engine never sees Slack markup such as "<@U123>" or "<!channel>".
 */
export function questionFromSlack(text: string, botUserId: string | undefined): string {
  const plain = stripBotMention(String(text ?? ''), botUserId).replace(/<([^<>]*)>/g, (_m, inner: string) => {
    const [target = '', label] = inner.split('|', 2);
    if (target.startsWith('@')) return label ? `@${label.replace(/^@/, '')}` : ' ';
    if (target.startsWith('#')) return label ? `#${label}` : ' ';
    if (target.startsWith('!')) return label ?? ' ';
    return label ?? target;
  });
  return decodeSlackText(plain).replace(/\s+/g, ' ').trim();
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
