// The engine's port: what the application calls to find the facts that answer a question; it writes no text of its own.
import type { FactTable } from '../facts/fact-table.js';
import type { EngineAnswer, Suggestion } from '../model/answer.js';
import type { Language } from '../model/language.js';

export interface Engine {
  readonly table: FactTable;
  /** The language a text is written in, read with the table's own evidence (the application decides replies by it). */
  languageOf(text: string): Language;
  /**
   * Answers a question (already cleaned and cut by the application) in `language` (default: languageOf(question)),
   * or abstains with suggestions. Never throws on any string input.
   */
  ask(question: string, language?: Language): EngineAnswer;
  /** The answer object for one fact by id (used by "See also" buttons); undefined for an unknown id. */
  explain(factId: string, language: Language): EngineAnswer | undefined;
  /** Known questions that match what the user has typed so far (autocomplete), best first, in `language` (default: the text's). */
  complete(partial: string, limit?: number, language?: Language): Suggestion[];
  /**
   * A wording a curator adds to a fact may name its event, its people's part or what it counts in words the fact's
   * names lack ("Ai điều hành AMM 53?" where its roles say "chủ trì"): the names to add so the engine answers it with
   * the fact.
   */
  namesToAdd(factId: string, wording: string): NamesToAdd;
}

/** Names to add to a fact's `event`, `roles` and `counts` (each empty when the wording names one already, or asks no such kind). */
export interface NamesToAdd {
  event: string[];
  roles: string[];
  counts: string[];
}
