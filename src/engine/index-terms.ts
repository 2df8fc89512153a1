// Turns text into index terms: folded words, exact (accented) words, adjacent-word pairs and glossary concepts.
import { EN_STOPWORDS, VI_STOPWORDS } from './lexicon.js';
import type { ConceptMatcher, RawToken } from './ConceptMatcher.js';

/** Syllables that look like function words in one language but carry meaning in the other ("bảo an", "tổ chức"). */
const PAIR_KEEP = new Set(['an', 'to', 'the', 'do', 'may', 'on', 'my', 'ba', 'no', 'me', 'hon', 'ma', 'bay', 'sao', 'nam', 'ngay', 'hoi', 'lan']);

/** Words that never form a pair term: pairs are for telling "Hội đồng Bảo an" from "bảo" and "an" apart. */
export const isPairSkip = (w: string): boolean => !PAIR_KEEP.has(w) && (EN_STOPWORDS.has(w) || VI_STOPWORDS.has(w));

export const pairTerm = (a: string, b: string): string => `${a}_${b}`;
export const exactTerm = (exact: string): string => `=${exact}`;

/** Adds the terms of one text to a weighted-frequency map; returns how many words it had. */
export function addTextTerms(tokens: readonly RawToken[], weight: number, matcher: ConceptMatcher, into: Map<string, number>): number {
  const bump = (term: string) => into.set(term, (into.get(term) ?? 0) + weight);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    bump(t.folded);
    if (t.exact !== t.folded) bump(exactTerm(t.exact));
    const next = tokens[i + 1];
    if (next && !isPairSkip(t.folded) && !isPairSkip(next.folded)) bump(pairTerm(t.folded, next.folded));
  }
  for (const hit of matcher.find(tokens)) bump(hit.term);
  return tokens.length;
}
