// The terms a text is matched on: stemmed folded words, joined adjacent pairs and glossary concepts.
import { rawTokens, type ConceptMatcher, type RawToken } from './ConceptMatcher.js';
import { stem } from './stem.js';

/**
 * Two adjacent words joined ("ha"+"noi" → "hanoi", "co"+"sponsor" → "cosponsor"): the pair separates multi-word
 * names from their parts ("Hội đồng Bảo an" from "bảo", "an"), and it is also how the same name is often typed as one
 * word ("Hanoi", "Vietnam", "cosponsors"), so a pair and a single word meet without a list of spellings.
 */
export const pairTerm = (a: string, b: string): string => a + b;

/** The index terms of a word as typed: its stem. */
export const wordTerm = (token: RawToken): string => stem(token.folded);

export interface TextTerms {
  tokens: readonly RawToken[];
  /** One stemmed word per token. */
  words: string[];
  /** Concept hits ("@term-un") with their token spans. */
  concepts: { term: string; start: number; end: number }[];
}

/** Tokens, stems and concepts of a text; `curated` texts count a one-word acronym only in capitals. */
export function readText(text: string, matcher: ConceptMatcher, curated: boolean): TextTerms {
  const tokens = rawTokens(text);
  return { tokens, words: tokens.map(wordTerm), concepts: matcher.find(tokens, curated) };
}

/** Every term of a read text, with repeats (words, adjacent pairs, concepts). */
export function* termsOf(t: TextTerms): Generator<string> {
  const { words } = t;
  for (let i = 0; i < words.length; i++) {
    yield words[i]!;
    if (i + 1 < words.length) yield pairTerm(words[i]!, words[i + 1]!);
  }
  for (const c of t.concepts) yield c.term;
}
