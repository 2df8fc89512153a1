// Button custom ids: what a click on a rendered answer asks for, encoded within Discord's 100-character limit.
import type { Language } from '../../src/model/language.js';
import { LIMITS } from './limits.js';

export type ButtonAction =
  /** Answer this fact (related facts and suggestions), in the language of the message it was on. */
  | { kind: 'explain'; factId: string; language: Language }
  /** 👍/👎 on the answer built from this fact. */
  | { kind: 'feedback'; factId: string; vote: 'up' | 'down' };

/** The custom id for an action, or undefined when it would not fit (fact ids are slugs without a length cap). */
export function encodeButton(action: ButtonAction): string | undefined {
  const id = action.kind === 'explain' ? `x:${action.language}:${action.factId}` : `fb:${action.vote}:${action.factId}`;
  return id.length <= LIMITS.customId ? id : undefined;
}

/** Reads a custom id back; undefined for ids this adapter did not create. */
export function decodeButton(customId: string): ButtonAction | undefined {
  const explain = /^x:(vi|en):([a-z0-9-]+)$/.exec(customId);
  if (explain) return { kind: 'explain', language: explain[1] as Language, factId: explain[2]! };
  const feedback = /^fb:(up|down):([a-z0-9-]+)$/.exec(customId);
  if (feedback) return { kind: 'feedback', vote: feedback[1] as 'up' | 'down', factId: feedback[2]! };
  return undefined;
}
