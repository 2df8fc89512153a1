// Block Kit for answers, plain messages and lists: pure functions from the application's results to a Slack payload.
import type { types } from '@slack/bolt';
import type { Answer, AnsweredFact } from '../../src/model/answer.js';
import { citationLine, type CitationFormat } from '../../src/model/citation.js';
import type { Language } from '../../src/model/language.js';
import { message } from '../../src/model/messages.js';
import { escapeMrkdwn, safeMrkdwn, truncate } from './mrkdwn.js';

export type Block = types.KnownBlock;

/** What chat.postMessage, chat.postEphemeral and response_url all accept: blocks plus the plain fallback text. */
export interface SlackMessage {
  text: string;
  blocks: Block[];
}

/** Slack's documented limits for the parts we fill. */
export const LIMITS = Object.freeze({
  sectionText: 3000,
  contextElements: 10,
  blocks: 50,
  buttonText: 75,
  actionValue: 2000,
  actionsElements: 25,
  headerText: 150,
  /** Top-level fallback text: Slack truncates at 40,000; a notification never needs more than this. */
  fallbackText: 3000,
});

/** Action ids: "<kind>:<language>:<n>". The language lets a click answer in the language of the original reply. */
export const ACTIONS = Object.freeze({
  seeAlso: 'briefing_see_also',
  suggestion: 'briefing_suggestion',
  feedbackUp: 'briefing_feedback_up',
  feedbackDown: 'briefing_feedback_down',
});

export type ActionKind = keyof typeof ACTIONS;

/** Matches every action id this module renders: kind name, language, index. */
export const ACTION_ID = /^(briefing_[a-z_]+):(vi|en):(\d+)$/;

export function actionId(kind: ActionKind, language: Language, index = 0): string {
  return `${ACTIONS[kind]}:${language}:${index}`;
}

/** Reads back what actionId wrote; undefined for ids that are not ours. */
export function parseActionId(id: string): { kind: ActionKind; language: Language } | undefined {
  const m = ACTION_ID.exec(id);
  if (!m) return undefined;
  const kind = (Object.keys(ACTIONS) as ActionKind[]).find((k) => ACTIONS[k] === m[1]);
  return kind ? { kind, language: m[2] as Language } : undefined;
}

/**
 * A 👍/👎 button's value: the fact id, a space, then the question the answer was given to, so that the vote is recorded
 * with its question (Slack hands the value back with the click). Fact ids are slugs: the first space ends the id. The
 * question's &, < and > are written as entities, so that no part of a payload ever holds Slack markup.
 */
export function feedbackValue(factId: string, question: string): string {
  const escaped = question.replace(/[&<>]/g, (c) => ENTITIES[c as keyof typeof ENTITIES]);
  // Cut at a whole character and a whole entity.
  return `${factId} ${escaped}`.slice(0, LIMITS.actionValue).replace(/&[a-z]*$|[\ud800-\udbff]$/, '');
}

/** Reads back what feedbackValue wrote; a value without a question (an older button) gives the fact id alone. */
export function parseFeedbackValue(value: string): { factId: string; question: string | null } {
  const space = value.indexOf(' ');
  if (space < 0) return { factId: value, question: null };
  const question = value.slice(space + 1).replace(/&(amp|lt|gt);/g, (_, name: string) => ({ amp: '&', lt: '<', gt: '>' })[name]!);
  return { factId: value.slice(0, space), question: question.trim() || null };
}

const ENTITIES = { '&': '&amp;', '<': '&lt;', '>': '&gt;' } as const;

export interface RenderAnswerOptions {
  /** How many related facts to offer as "See also" buttons. */
  maxRelated: number;
  /** Whether to add the 👍/👎 buttons (off for previews and tests of layout). */
  feedback: boolean;
}

const ANSWER_DEFAULTS: Readonly<RenderAnswerOptions> = Object.freeze({ maxRelated: 4, feedback: true });

export function section(mrkdwn: string): types.SectionBlock {
  return { type: 'section', text: { type: 'mrkdwn', text: truncate(mrkdwn, LIMITS.sectionText) } };
}

export function context(mrkdwnLines: string[]): types.ContextBlock {
  return {
    type: 'context',
    elements: mrkdwnLines.slice(0, LIMITS.contextElements).map((line) => ({ type: 'mrkdwn' as const, text: truncate(line, LIMITS.sectionText) })),
  };
}

/**
 * Text for plain_text fields. Slack does not format plain_text, but whether it decodes entities there is not
 * documented; angle brackets become look-alike quotes so a label can never turn into a mention either way.
 */
export function plainText(text: string, max: number): string {
  return truncate(String(text).replace(/</g, '‹').replace(/>/g, '›'), max);
}

export function button(text: string, actionIdValue: string, value: string, style?: 'primary' | 'danger'): types.Button {
  return {
    type: 'button',
    text: { type: 'plain_text', text: plainText(text, LIMITS.buttonText), emoji: true },
    action_id: actionIdValue,
    value: value.slice(0, LIMITS.actionValue),
    ...(style ? { style } : {}),
  };
}

/** The citation lines of a fact, one per source, escaped: outlet, date, title, author; the background label instead for a glossary definition no article states. */
export function citationLines(fact: Pick<AnsweredFact, 'sources'> & { background?: boolean }, language: Language): string[] {
  if (fact.background) return [`📖 ${escapeMrkdwn(message('answer.background', language))}`];
  return fact.sources.map((s) => `📰 ${citationLine(s, language, SLACK_CITATION)}`);
}

/** mrkdwn: text escaped, a title with a page as <url|title> (the URL's own "|" and ">" percent-encoded). */
const SLACK_CITATION: CitationFormat = {
  text: escapeMrkdwn,
  link: (title, url) => `<${url.replace(/[|<>]/g, (c) => encodeURIComponent(c))}|${escapeMrkdwn(title)}>`,
};

export function renderAnswer(answer: Answer, options: Partial<RenderAnswerOptions> = {}): SlackMessage {
  const o = { ...ANSWER_DEFAULTS, ...options };
  const lang = answer.language;
  const blocks: Block[] = [];
  const main = answer.answered ? answer.facts[0] : undefined;

  if (main) {
    blocks.push(section(escapeMrkdwn(main.answer)));
    const cites = citationLines(main, lang);
    if (cites.length > 0) blocks.push(context(cites));
    const related = answer.facts.slice(1, 1 + Math.min(o.maxRelated, LIMITS.actionsElements));
    if (related.length > 0) {
      blocks.push(context([`*${escapeMrkdwn(message('answer.seeAlso', lang))}*`]));
      blocks.push({
        type: 'actions',
        block_id: 'briefing_see_also',
        elements: related.map((f, i) => button(f.question, actionId('seeAlso', lang, i), f.id)),
      });
    }
    if (o.feedback) {
      blocks.push({
        type: 'actions',
        block_id: 'briefing_feedback',
        elements: [
          button(message('answer.helpful', lang), actionId('feedbackUp', lang), feedbackValue(main.id, answer.question)),
          button(message('answer.notHelpful', lang), actionId('feedbackDown', lang), feedbackValue(main.id, answer.question)),
        ],
      });
    }
  } else {
    const suggestions = answer.suggestions.slice(0, Math.min(3, LIMITS.actionsElements));
    const abstention = withoutListed(answer.text, suggestions.map((s) => s.question));
    blocks.push(section(escapeMrkdwn(abstention)));
    if (suggestions.length > 0) {
      // The answer's text may already introduce the list; only label the buttons when it did not.
      if (abstention === answer.text.trim()) blocks.push(context([`*${escapeMrkdwn(message('answer.closeTopics', lang))}*`]));
      blocks.push({
        type: 'actions',
        block_id: 'briefing_suggestions',
        elements: suggestions.map((s, i) => button(s.question, actionId('suggestion', lang, i), s.id)),
      });
    }
  }
  return { text: safeMrkdwn(answer.text, LIMITS.fallbackText), blocks: blocks.slice(0, LIMITS.blocks) };
}

/** The text without the lines that list these questions ("• Who chaired AMM 53?"): they are shown as buttons. */
function withoutListed(text: string, questions: string[]): string {
  const listed = new Set(questions.map((q) => q.trim()));
  const kept = text.split('\n').filter((line) => !listed.has(line.replace(/^\s*(?:[•*-]|\d+[.)])\s*/, '').trim()));
  return kept.join('\n').trim() || text.trim();
}

/** A short reply: one escaped section (help, confirmations, error messages). */
export function renderText(text: string): SlackMessage {
  return { text: safeMrkdwn(text, LIMITS.fallbackText), blocks: [section(escapeMrkdwn(text))] };
}

/**
 * A titled bullet list (the sources list), packed into as few sections as fit Slack's limits; lines past the block
 * limit are dropped with a count, so the message is never rejected.
 */
export function renderList(title: string, lines: string[]): SlackMessage {
  const blocks: Block[] = [section(`*${escapeMrkdwn(title)}*`)];
  let current = '';
  let shown = 0;
  const flush = (): void => {
    if (current) blocks.push(section(current));
    current = '';
  };
  for (const line of lines) {
    const item = truncate(`• ${escapeMrkdwn(line)}`, LIMITS.sectionText);
    if (current && current.length + 1 + item.length > LIMITS.sectionText) {
      if (blocks.length >= LIMITS.blocks - 2) break;
      flush();
    }
    current = current ? `${current}\n${item}` : item;
    shown++;
  }
  flush();
  if (shown < lines.length) blocks.push(context([`… +${lines.length - shown}`]));
  const text = safeMrkdwn([title, ...lines.map((l) => `• ${l}`)].join('\n'), LIMITS.fallbackText);
  return { text, blocks };
}
