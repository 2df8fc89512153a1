// The curator's review of a period, as one object (printed as text, JSON or an HTML page, and summarised in chat):
// unanswered questions grouped and numbered, answers marked 👎 with their question, the figures, and each day's count.
import { DateTime } from 'luxon';
import type { FactTable } from '../../facts/fact-table.js';
import type { Language } from '../../model/language.js';
import type { AskedRecord, ClickRecord, FeedbackRecord, Timed } from '../store-port.js';
import { countBy, groupQuestions, type QuestionGroup } from './group-questions.js';

/** A fact as the review names it: its id and one of its questions in the review's language (null once it is gone). */
export interface FactRef {
  id: string;
  question: string | null;
}

export interface UnansweredRow extends Omit<QuestionGroup, 'closest'> {
  /** The row's number: `briefing review accept N` adds this row's wording. */
  n: number;
  /** The engine's closest fact: it exists (a wording is missing) or it is far off (a fact is missing). */
  closest: (FactRef & { confidence: number }) | null;
}

export interface DownvotedRow {
  fact: FactRef;
  /** The question the answer was given to, when the surface passed it on. */
  question: string | null;
  count: number;
  lastAt: string;
}

export interface Share {
  /** A platform or a language. */
  key: string;
  questions: number;
  answered: number;
  /** answered / questions (0 without questions). */
  share: number;
}

export interface ReviewFigures {
  questions: number;
  answered: number;
  share: number;
  byPlatform: Share[];
  byLanguage: Share[];
  /** The facts that answered most questions, with how many. */
  topFacts: (FactRef & { count: number })[];
  votes: { up: number; down: number };
  clicks: number;
  /** Groups of unanswered questions that the table answers now (added since): not listed. */
  resolved: number;
}

export interface ReviewDay {
  /** Local date (the review's time zone), YYYY-MM-DD. */
  date: string;
  questions: number;
  answered: number;
}

export interface Review {
  /** The period, ISO times. */
  since: string;
  until: string;
  timezone: string;
  language: Language;
  unanswered: UnansweredRow[];
  downvoted: DownvotedRow[];
  figures: ReviewFigures;
  days: ReviewDay[];
}

export interface ReviewInput {
  asked: readonly Timed<AskedRecord>[];
  feedback: readonly Timed<FeedbackRecord>[];
  clicks: readonly Timed<ClickRecord>[];
  table: FactTable;
  /** Whether the table being served still abstains on a wording (a group it answers now is counted as resolved). */
  stillUnanswered: (wording: string, language: Language) => boolean;
  language: Language;
  since: Date;
  until: Date;
  timezone: string;
}

const TOP_FACTS = 10;

export function buildReview(input: ReviewInput): Review {
  const { asked, table, language } = input;
  const ref = (id: string, lang: Language = language): FactRef => {
    const fact = table.byId.get(id);
    const other: Language = lang === 'vi' ? 'en' : 'vi';
    return { id, question: fact ? (fact.questions[lang][0] ?? fact.questions[other][0] ?? null) : null };
  };

  const abstained = asked.filter((a): a is Timed<AskedRecord> & { question: string } => !a.answered && !!a.question);
  const groups = groupQuestions(abstained.map((a) => ({ question: a.question, language: a.language, factId: a.factId, confidence: a.confidence, userHash: a.userHash, at: a.at })));
  const open = groups.filter((g) => input.stillUnanswered(g.wording, g.language));
  const unanswered = open.map((g, i): UnansweredRow => ({
    ...g,
    n: i + 1,
    closest: g.closest && { ...ref(g.closest.id, g.language), confidence: round(g.closest.confidence) },
  }));

  const answered = asked.filter((a) => a.answered);
  const topFacts = [...countBy(answered.map((a) => a.factId).filter((id): id is string => !!id))]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, TOP_FACTS)
    .map(([id, count]) => ({ ...ref(id), count }));

  return {
    since: input.since.toISOString(),
    until: input.until.toISOString(),
    timezone: input.timezone,
    language,
    unanswered,
    downvoted: downvoted(input.feedback, ref),
    figures: {
      questions: asked.length,
      answered: answered.length,
      share: share(answered.length, asked.length),
      byPlatform: shares(asked, (a) => a.platform),
      byLanguage: shares(asked, (a) => a.language),
      topFacts,
      votes: { up: input.feedback.filter((f) => f.vote === 'up').length, down: input.feedback.filter((f) => f.vote === 'down').length },
      clicks: input.clicks.length,
      resolved: groups.length - open.length,
    },
    days: perDay(asked, input),
  };
}

/** 👎 votes, one row per fact and question (compared without case or spacing), most votes first. */
function downvoted(feedback: readonly Timed<FeedbackRecord>[], ref: (id: string) => FactRef): DownvotedRow[] {
  const rows = new Map<string, DownvotedRow>();
  for (const f of feedback) {
    if (f.vote !== 'down') continue;
    const key = `${f.factId}\n${(f.question ?? '').toLowerCase().replace(/\s+/g, ' ').trim()}`;
    const row = rows.get(key);
    if (row) {
      row.count++;
      row.lastAt = f.at;
      row.question = f.question ?? row.question;
    } else rows.set(key, { fact: ref(f.factId), question: f.question, count: 1, lastAt: f.at });
  }
  return [...rows.values()].sort((a, b) => b.count - a.count || b.lastAt.localeCompare(a.lastAt));
}

function shares(asked: readonly AskedRecord[], keyOf: (a: AskedRecord) => string): Share[] {
  const rows = new Map<string, Share>();
  for (const a of asked) {
    const key = keyOf(a);
    const row = rows.get(key) ?? { key, questions: 0, answered: 0, share: 0 };
    row.questions++;
    if (a.answered) row.answered++;
    rows.set(key, row);
  }
  return [...rows.values()].map((r) => ({ ...r, share: share(r.answered, r.questions) })).sort((a, b) => b.questions - a.questions || a.key.localeCompare(b.key));
}

/** Every local day of the period, with its questions and how many were answered. */
function perDay(asked: readonly Timed<AskedRecord>[], { since, until, timezone }: ReviewInput): ReviewDay[] {
  const localDate = (d: Date | string) => (typeof d === 'string' ? DateTime.fromISO(d) : DateTime.fromJSDate(d)).setZone(timezone).toISODate()!;
  const days = new Map<string, ReviewDay>();
  const last = localDate(until);
  for (let day = DateTime.fromISO(localDate(since), { zone: timezone }); day.toISODate()! <= last; day = day.plus({ days: 1 })) {
    days.set(day.toISODate()!, { date: day.toISODate()!, questions: 0, answered: 0 });
  }
  for (const a of asked) {
    const day = days.get(localDate(a.at));
    if (!day) continue;
    day.questions++;
    if (a.answered) day.answered++;
  }
  return [...days.values()];
}

const share = (part: number, whole: number): number => (whole ? round(part / whole) : 0);
const round = (x: number): number => Math.round(x * 1000) / 1000;
