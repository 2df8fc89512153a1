// Decides whether a question is Vietnamese (with or without diacritics) or English, to answer in the same language.
import type { Language } from '../facts/schema.js';
import { fold, hasDiacritics, splitWords } from '../text/normalize.js';
import { EN_CUES, VI_CUES } from './lexicon.js';

/** Folded word → log-odds that it is Vietnamese rather than English, learned from the fact table's own texts. */
export type LanguageEvidence = ReadonlyMap<string, number>;

/** Turns per-word counts of uses in Vietnamese and in English texts into evidence (words used in both cancel out). */
export function languageEvidenceFrom(counts: ReadonlyMap<string, readonly [vi: number, en: number]>): LanguageEvidence {
  const evidence = new Map<string, number>();
  for (const [word, [v, e]] of counts) {
    if (v + e < 3) continue;
    const lean = Math.log((v + 1) / (e + 1));
    if (Math.abs(lean) >= 1) evidence.set(word, lean);
  }
  return evidence;
}

/**
 * Diacritics are strong evidence of Vietnamese, but an English question may name a Vietnamese person with accents,
 * so English function words can outvote them. Without either signal the reply is in English.
 */
export function detectLanguage(text: string, evidence?: LanguageEvidence): Language {
  let vi = 0;
  let en = 0;
  for (const raw of splitWords(String(text))) {
    const word = fold(raw);
    // Words the fact table uses in only one language ("thong qua", "adopted") vote for it, weakly.
    const lean = evidence?.get(word);
    if (lean !== undefined && !VI_CUES.has(word) && !EN_CUES.has(word)) {
      if (lean > 0) vi += Math.min(lean, 0.8);
      else en += Math.min(-lean, 0.8);
    }
    // Capitalised accented words are mostly names, which English questions carry too.
    if (hasDiacritics(raw)) vi += raw[0] === raw[0]!.toLowerCase() ? 1.5 : 0.4;
    if (VI_CUES.has(word)) vi += 1;
    if (EN_CUES.has(word)) en += 1;
  }
  return vi > en ? 'vi' : 'en';
}
