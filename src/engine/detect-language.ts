// Decides whether a question is Vietnamese (with or without diacritics) or English, to answer in the same language.
import type { Language } from '../facts/schema.js';
import { fold, hasDiacritics } from '../text/normalize.js';
import { EN_CUES, VI_CUES } from './lexicon.js';

const WORD = /[\p{L}\p{N}]+/gu;

/**
 * Diacritics are strong evidence of Vietnamese, but an English question may name a Vietnamese person with accents,
 * so English function words can outvote them. Without either signal the reply is in English.
 */
export function detectLanguage(text: string): Language {
  let vi = 0;
  let en = 0;
  for (const raw of String(text).match(WORD) ?? []) {
    const word = fold(raw);
    // Capitalised accented words are mostly names, which English questions carry too.
    if (hasDiacritics(raw)) vi += raw[0] === raw[0]!.toLowerCase() ? 1.5 : 0.4;
    if (VI_CUES.has(word)) vi += 1;
    if (EN_CUES.has(word)) en += 1;
  }
  return vi > en ? 'vi' : 'en';
}
