// The answer objects: what the engine finds for a question, and what the application hands every surface.
import type { Language } from './language.js';

export interface CitedSource {
  id: string;
  title: string;
  /** Null when the page does not name its outlet (the citation then says so). */
  outlet: string | null;
  author: string | null;
  /** ISO date at the precision the article gives (YYYY, YYYY-MM or YYYY-MM-DD). */
  published: string;
  /** File name under the articles folder. */
  article: string;
  /** The article's web page, when the source records it (renderers link the title to it). */
  url?: string;
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

/** What the engine finds: the facts and suggestions, in the reply language, without any text of the bot's own. */
export interface EngineAnswer {
  /** The question as asked (cleaned and cut by the application). */
  question: string;
  answered: boolean;
  language: Language;
  /**
   * 0..1, the answerer's score for the closest fact that could answer: answered only at or above the model's threshold
   * (0.5 since the answerer is fitted with wrong answers weighted by their cost; stored rows from before 2026-11-30
   * are on the earlier model's scale, which answered from 0.8).
   */
  confidence: number;
  /** facts[0] is the answer; the rest are related facts. Empty when not answered. */
  facts: AnsweredFact[];
  /** Close topics to offer, at most 3, mostly when not answered. */
  suggestions: Suggestion[];
  /**
   * Not answered, though a fact may hold the answer: the engine is not sure enough of it. Said so, rather than that
   * the table does not hold it.
   */
  unsure?: boolean;
}

/** The application's answer: the engine's, with its plain-text rendering (fallback text, the console, the CLI). */
export interface Answer extends EngineAnswer {
  /** The answer with its citation (or background label), or the abstention with suggestions. */
  text: string;
  /** Set when the question was longer than this many characters and was cut to them before asking (chat surfaces). */
  cut?: number;
}
