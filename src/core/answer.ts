// The answer object: the one thing adapters receive from the engine, plus the citation formatting they share.
import { DateTime } from 'luxon';
import type { Language, PartialDate, Source } from '../facts/schema.js';

export interface CitedSource {
  id: string;
  title: string;
  /** Null when the page does not name its outlet. */
  outlet: string | null;
  author: string | null;
  /** ISO date at the precision the article gives (YYYY, YYYY-MM or YYYY-MM-DD). */
  published: string;
  /** File name under the articles folder. */
  article: string;
}

export interface AnsweredFact {
  id: string;
  /** The fact in the reply language. */
  answer: string;
  /** A question this fact answers, in the reply language (used for "See also" labels). */
  question: string;
  /** Event date (ISO, at its precision), when the fact has one. */
  date: string | null;
  /** The articles the answer is drawn from; empty for background (a glossary definition no article states). */
  sources: CitedSource[];
  /** True for a glossary definition that no article states: renderers label it as background, not a citation. */
  background: boolean;
}

export interface Suggestion {
  /** Fact id: asking for it with `explain` answers it. */
  id: string;
  /** A question in the reply language that this fact answers. */
  question: string;
}

export interface Answer {
  /** The question as received (trimmed, cut to the maximum length). */
  question: string;
  answered: boolean;
  language: Language;
  /** 0..1; answered only above the engine's threshold. */
  confidence: number;
  /** facts[0] is the answer; the rest are related facts. Empty when not answered. */
  facts: AnsweredFact[];
  /** Close topics to offer, at most 3, mostly when not answered. */
  suggestions: Suggestion[];
  /** A plain-text rendering: the answer with its citation, or the abstention with suggestions. */
  text: string;
}

export function citeSource(s: Source): CitedSource {
  return { id: s.id, title: s.title, outlet: s.outlet ?? null, author: s.author ?? null, published: s.published.value, article: s.article };
}

/** Formats an ISO date at its precision: "23/11/2020" / "23 November 2020", "11/2020" / "November 2020", "2020". */
export function formatIsoDate(iso: string, language: Language): string {
  // Every answer prints a date or two and the table has few distinct ones: luxon's formatting is the costly part.
  const key = `${language}:${iso}`;
  let text = formattedDates.get(key);
  if (text === undefined) {
    if (formattedDates.size >= 10_000) formattedDates.clear();
    formattedDates.set(key, (text = formatDate(iso, language)));
  }
  return text;
}

const formattedDates = new Map<string, string>();

function formatDate(iso: string, language: Language): string {
  const [y, m, d] = iso.split('-');
  if (!m) return y ?? iso;
  const dt = DateTime.fromObject({ year: Number(y), month: Number(m), day: d ? Number(d) : 1 });
  if (!dt.isValid) return iso;
  if (language === 'vi') return d ? `${Number(d)}/${Number(m)}/${y}` : `tháng ${Number(m)}/${y}`;
  return dt.setLocale('en-GB').toFormat(d ? 'd LLLL yyyy' : 'LLLL yyyy');
}

export function formatPartialDate(date: PartialDate, language: Language): string {
  return formatIsoDate(date.value, language);
}

/** One line naming the source: outlet, date, title, author. */
export function citationLine(s: CitedSource, language: Language): string {
  const by = s.author ? (language === 'vi' ? `, tác giả ${s.author}` : `, by ${s.author}`) : '';
  const outlet = s.outlet ?? (language === 'vi' ? 'Không rõ tên báo' : 'Outlet not named');
  return `${outlet}, ${formatIsoDate(s.published, language)}: “${s.title}”${by}`;
}
