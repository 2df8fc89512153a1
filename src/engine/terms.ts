// The terms a text is matched on besides glossary concepts: stemmed folded words and joined adjacent pairs.
import type { RawToken } from './ConceptMatcher.js';
import { stem } from './stem.js';

/**
 * Two adjacent words joined ("ha"+"noi" → "hanoi", "co"+"sponsor" → "cosponsor"): the pair separates multi-word
 * names from their parts ("Hội đồng Bảo an" from "bảo", "an"), and it is also how the same name is often typed as one
 * word ("Hanoi", "Vietnam", "cosponsors"), so a pair and a single word meet without a list of spellings.
 */
export const pairTerm = (a: string, b: string): string => a + b;

/** The index terms of a word as typed: its stem. */
export const wordTerm = (token: RawToken): string => stem(token.folded);
