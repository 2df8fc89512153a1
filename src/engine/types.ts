// The engine's port: what every adapter and the CLI call to turn a question into an answer object.
import type { Answer, Suggestion } from '../core/answer.js';
import type { FactTable } from '../facts/fact-table.js';
import type { Language } from '../facts/schema.js';

export interface Engine {
  readonly table: FactTable;
  /** Answers a question, or abstains with suggestions. Never throws on any string input. */
  ask(question: string): Answer;
  /** The answer object for one fact by id (used by "See also" buttons); undefined for an unknown id. */
  explain(factId: string, language: Language): Answer | undefined;
  /** Known questions that match what the user has typed so far (autocomplete), best first. */
  complete(partial: string, limit?: number): Suggestion[];
}
