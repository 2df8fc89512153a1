// Decides whether a question is Vietnamese (with or without diacritics) or English, to answer in the same language.
import type { Language } from '../facts/schema.js';
import { fold, hasDiacritics, wordMatches } from '../text/normalize.js';
import { EN_CUES, EN_FRAME, VI_CUES, VI_FRAME } from './lexicon.js';

/** What the fact table's own texts say of a word's language. */
export interface LanguageEvidence {
  /** Folded word → log-odds that it is Vietnamese rather than English. */
  readonly lean: ReadonlyMap<string, number>;
  /**
   * Folded words of Vietnamese names as English writes them ("Viet Nam", "Ha Noi", "Nguyen Quoc Dung"): always
   * capitalised in the English prose and used in the Vietnamese texts too. Typed so, they are a name in either language.
   */
  readonly names: ReadonlySet<string>;
  /**
   * Folded words of the Vietnamese names of people, places and countries the table's entities hold that English
   * writes as well ("pham", "minh", "ha", "noi", "viet", "nam"): typed in lowercase without accents, two or more of
   * them in a row are a name ("amm 53 chair pham binh minh"), which says nothing of the question's language.
   */
  readonly vietnameseNameWords: ReadonlySet<string>;
}

/**
 * Per-word uses: in Vietnamese texts, in English texts, in English prose (answers, names) and capitalised there.
 * Curated questions are typed as people type ("vietnam chair motto asean"): they say which language a word is, not
 * whether English writes it as a name.
 */
export type WordUses = readonly [vi: number, en: number, enProse: number, enProseCapitalised: number];

/** Turns per-word counts of uses in Vietnamese and in English texts into evidence (words used in both cancel out). */
export function languageEvidenceFrom(counts: ReadonlyMap<string, WordUses>, vietnameseNames: readonly string[] = []): LanguageEvidence {
  const lean = new Map<string, number>();
  const names = new Set<string>();
  for (const [word, [v, e, prose, capitalised]] of counts) {
    if (v > 0 && prose > 0 && capitalised === prose) names.add(word);
    if (v + e < 3) continue;
    const l = Math.log((v + 1) / (e + 1));
    if (Math.abs(l) >= 1) lean.set(word, l);
  }
  // Only words English writes too ("Pham Binh Minh", "Ha Noi"): "Trung Quốc" and "Bắc Kinh" are Vietnamese words.
  const vietnameseNameWords = new Set(vietnameseNames.filter(hasDiacritics).flatMap((n) => fold(n).split(/[^a-z0-9]+/).filter((w) => w && names.has(w))));
  return { lean, names, vietnameseNameWords };
}

/**
 * The words that frame a question (VI_FRAME, EN_FRAME) weigh most: people borrow the other language's terms, not its
 * question words. Diacritics are strong evidence of Vietnamese, but an English question may name a Vietnamese person
 * or meeting with accents, so English framing can outvote them. Without either signal the reply is in English.
 */
export function detectLanguage(text: string, evidence?: LanguageEvidence): Language {
  let vi = 0;
  let en = 0;
  const words = wordMatches(String(text));
  const isName = (raw: string | undefined): boolean => {
    if (!raw) return false;
    const word = fold(raw);
    return raw[0] !== raw[0]!.toLowerCase() && raw === word.replace(/^./, (c) => c.toUpperCase()) && !!evidence?.names.has(word);
  };
  const typedName = words.map((m) => m[0] === m[0].toLowerCase() && !hasDiacritics(m[0]) && !!evidence?.vietnameseNameWords.has(m[0]));
  words.forEach((m, at) => {
    const raw = m[0];
    const word = fold(raw);
    if (typedName[at] && (typedName[at - 1] || typedName[at + 1])) return;
    // The first part of a hyphenated word ("co-sponsors", "co-chair") is no Vietnamese syllable: Vietnamese writes
    // its syllables apart, and "co" is "có" only standing alone.
    if (text[m.index! + raw.length] === '-' && /\p{L}/u.test(text[m.index! + raw.length + 1] ?? '')) return;
    // "Viet Nam", "Ha Noi" in a telegraphic English question are names, not Vietnamese typed without accents; after
    // the first word, or followed by another word of the name, even one that is also a Vietnamese function word
    // ("Ha" is "hả", "Da" is "đã").
    if (isName(raw) && (at > 0 || !VI_FRAME.has(word) || isName(words[1]?.[0]))) return;
    if (VI_FRAME.has(word) || EN_FRAME.has(word)) {
      if (VI_FRAME.has(word)) vi += 2;
      if (EN_FRAME.has(word)) en += 2;
    } else if (hasDiacritics(raw)) {
      // A Vietnamese word, but not the question's frame: a name or a term borrowed into an English question, as often
      // as a word of a Vietnamese one. Capitalised, it is mostly a name.
      vi += raw[0] === raw[0]!.toLowerCase() ? 0.75 : 0.4;
    } else if (VI_CUES.has(word) || EN_CUES.has(word)) {
      if (VI_CUES.has(word)) vi += 1;
      if (EN_CUES.has(word)) en += 1;
    } else {
      // Words the fact table uses in only one language ("thong qua", "adopted") vote for it, weakly.
      const lean = evidence?.lean.get(word);
      if (lean !== undefined) {
        if (lean > 0) vi += Math.min(lean, 0.8);
        else en += Math.min(-lean, 0.8);
      }
    }
  });
  return vi > en ? 'vi' : 'en';
}
