// The curator's review in words, from the messages module: the whole review as plain text (the CLI), and one line per
// unanswered question for a chat or a page.
import { DateTime } from 'luxon';
import { formatIsoDate } from '../../model/format-date.js';
import type { Language } from '../../model/language.js';
import { message } from '../../model/messages.js';
import type { DownvotedRow, FactRef, Review, Share, UnansweredRow } from './review.js';

export const percent = (share: number): string => `${Math.round(share * 100)}%`;

/** The first and last local day of the review's period, as its language writes dates. */
export function reviewPeriod(review: Review): { from: string; to: string } {
  const day = (iso: string) => formatIsoDate(DateTime.fromISO(iso).setZone(review.timezone).toISODate()!, review.language);
  return { from: day(review.since), to: day(review.until) };
}

/** "1. “wording” ×4 (2 askers, vi)". */
export function rowLine(row: UnansweredRow, language: Language): string {
  return message('review.row', language, { n: row.n, wording: row.wording, count: row.count, askers: row.askers, language: row.language });
}

/** "closest: fact-id “its question”, confidence 0.56", or that there is none. */
export function closestLine(row: UnansweredRow, language: Language): string {
  const c = row.closest;
  if (!c) return message('review.noClosest', language);
  if (c.question === null) return message('review.closestGone', language, { factId: c.id, confidence: c.confidence.toFixed(2) });
  return message('review.closest', language, { factId: c.id, question: c.question, confidence: c.confidence.toFixed(2) });
}

/** "also asked as: “…” ×2, “…” ×1", or undefined for a row asked one way. */
export function variantsLine(row: UnansweredRow, language: Language): string | undefined {
  const others = row.variants.slice(1);
  return others.length ? message('review.variants', language, { variants: others.map((v) => `“${v.text}” ×${v.count}`).join(', ') }) : undefined;
}

export function downvotedLine(row: DownvotedRow, language: Language): string {
  return message('review.downvoted', language, {
    factId: row.fact.id,
    count: row.count,
    question: row.question ?? message('review.questionUnknown', language),
    factQuestion: row.fact.question ?? message('review.factGone', language),
  });
}

function sharesList(shares: readonly Share[], language: Language): string {
  if (!shares.length) return message('review.none', language);
  return shares.map((s) => message('review.shareItem', language, { name: s.key, questions: s.questions, share: percent(s.share) })).join(', ');
}

function factsList(facts: readonly (FactRef & { count: number })[], language: Language): string {
  if (!facts.length) return message('review.none', language);
  return facts.map((f) => `${f.id}${f.question ? ` “${f.question}”` : ''} ×${f.count}`).join(', ');
}

/** The figures, one line each. */
export function figureLines(review: Review): string[] {
  const { figures: f, language } = review;
  return [
    message('review.questions', language, { questions: f.questions, share: percent(f.share), answered: f.answered }),
    message('review.byPlatform', language, { list: sharesList(f.byPlatform, language) }),
    message('review.byLanguage', language, { list: sharesList(f.byLanguage, language) }),
    message('review.topFacts', language, { list: factsList(f.topFacts, language) }),
    message('review.votes', language, { up: f.votes.up, down: f.votes.down, clicks: f.clicks }),
  ];
}

/** The whole review as text; `acceptCommand` is how the surface spells accepting a row (the CLI's command). */
export function reviewText(review: Review, acceptCommand: string): string {
  const { language } = review;
  const lines = [message('review.header', language, { ...reviewPeriod(review), timezone: review.timezone }), ''];
  const asks = review.unanswered.reduce((n, r) => n + r.count, 0);
  lines.push(message('review.unansweredTitle', language, { groups: review.unanswered.length, count: asks }));
  if (!review.unanswered.length) lines.push(message('review.noneUnanswered', language));
  for (const row of review.unanswered) {
    lines.push(rowLine(row, language), `   ${closestLine(row, language)}`);
    const variants = variantsLine(row, language);
    if (variants) lines.push(`   ${variants}`);
  }
  if (review.figures.resolved) lines.push(message('review.resolved', language, { count: review.figures.resolved }));
  if (review.unanswered.length) lines.push(message('review.acceptHint', language, { command: acceptCommand }));
  lines.push('', message('review.downvotedTitle', language, { count: review.downvoted.reduce((n, r) => n + r.count, 0) }));
  if (!review.downvoted.length) lines.push(message('review.noneDownvoted', language));
  for (const row of review.downvoted) lines.push(`• ${downvotedLine(row, language)}`);
  lines.push('', message('review.figuresTitle', language), ...figureLines(review));
  return lines.join('\n');
}
