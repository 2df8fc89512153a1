// Groups unanswered questions that are one question asked several ways, by a rule a curator can check by eye: the
// words are compared folded (case, diacritics and punctuation ignored), and two wordings are one question when they
// name the same numbers and share at least half of their words (Jaccard similarity of the word sets ≥ 0.5).
import type { Language } from '../../model/language.js';
import { tokenize } from '../../text/normalize.js';

/** Two wordings with the same numbers are one question at this share of common words (|A ∩ B| / |A ∪ B|). */
export const SIMILAR_WORDS = 0.5;

export interface AskedQuestion {
  question: string;
  language: Language;
  /** The engine's closest fact when it abstained, if any. */
  factId: string | null;
  confidence: number;
  userHash: string | null;
  /** ISO time. */
  at: string;
}

export interface QuestionGroup {
  /** The most asked wording (as typed, the first of its spellings seen). */
  wording: string;
  language: Language;
  /** Asks in the group, and distinct askers among those with a user. */
  count: number;
  askers: number;
  /** Every wording of the group with its asks, the leading one first, then the most asked. */
  variants: { text: string; count: number }[];
  /** The fact the engine most often found closest for the group, with the highest confidence it had for it. */
  closest: { id: string; confidence: number } | null;
  /** ISO time of the latest ask. */
  lastAsked: string;
}

/** One folded wording: its asks and the spellings it was typed in. */
interface Wording {
  words: ReadonlySet<string>;
  numbers: string;
  asks: AskedQuestion[];
  /** Spelling → asks, in the order first seen. */
  spellings: Map<string, number>;
}

/**
 * Groups the asks, most asked first (then most recently asked). Wordings are taken most asked first; each joins the
 * first group whose leading wording is similar to it (SIMILAR_WORDS, same numbers), or leads a new one. Comparing with
 * the leader only (not with any member) keeps a chain of small changes from drifting into another question.
 */
export function groupQuestions(asked: readonly AskedQuestion[]): QuestionGroup[] {
  const wordings = new Map<string, Wording>();
  for (const ask of asked) {
    const folded = tokenize(ask.question).map((t) => t.folded);
    if (!folded.length) continue;
    const key = folded.join(' ');
    let w = wordings.get(key);
    if (!w) {
      w = { words: new Set(folded), numbers: folded.filter((t) => /^\d+$/.test(t)).sort().join(' '), asks: [], spellings: new Map() };
      wordings.set(key, w);
    }
    w.asks.push(ask);
    w.spellings.set(ask.question, (w.spellings.get(ask.question) ?? 0) + 1);
  }
  const groups: { leader: Wording; members: Wording[] }[] = [];
  for (const w of [...wordings.values()].sort(byAsks)) {
    const group = groups.find((g) => g.leader.numbers === w.numbers && jaccard(g.leader.words, w.words) >= SIMILAR_WORDS);
    if (group) group.members.push(w);
    else groups.push({ leader: w, members: [w] });
  }
  return groups.map(({ members }) => summary(members)).sort((a, b) => b.count - a.count || b.lastAsked.localeCompare(a.lastAsked));
}

export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let common = 0;
  for (const word of a) if (b.has(word)) common++;
  const union = a.size + b.size - common;
  return union ? common / union : 0;
}

const latest = (asks: readonly AskedQuestion[]): string => asks.reduce((max, a) => (a.at > max ? a.at : max), '');

function byAsks(a: Wording, b: Wording): number {
  return b.asks.length - a.asks.length || latest(b.asks).localeCompare(latest(a.asks));
}

function summary(members: Wording[]): QuestionGroup {
  const asks = members.flatMap((m) => m.asks);
  const spelling = (w: Wording): string => [...w.spellings].reduce((best, s) => (s[1] > best[1] ? s : best))[0];
  const languages = countBy(members[0]!.asks.map((a) => a.language));
  return {
    wording: spelling(members[0]!),
    language: [...languages].reduce((best, l) => (l[1] > best[1] ? l : best))[0],
    count: asks.length,
    askers: new Set(asks.map((a) => a.userHash).filter(Boolean)).size,
    variants: members.map((m) => ({ text: spelling(m), count: m.asks.length })),
    closest: closestOf(asks),
    lastAsked: latest(asks),
  };
}

function closestOf(asks: readonly AskedQuestion[]): QuestionGroup['closest'] {
  const withFact = asks.filter((a): a is AskedQuestion & { factId: string } => a.factId !== null);
  if (!withFact.length) return null;
  const counts = countBy(withFact.map((a) => a.factId));
  const best = Math.max(...counts.values());
  const confidence = (id: string) => Math.max(...withFact.filter((a) => a.factId === id).map((a) => a.confidence));
  const [id] = [...counts].filter(([, n]) => n === best).sort((a, b) => confidence(b[0]) - confidence(a[0]))[0]!;
  return { id, confidence: confidence(id) };
}

export function countBy<T>(values: readonly T[]): Map<T, number> {
  const counts = new Map<T, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return counts;
}
