// Recognises glossary terms (acronyms, Vietnamese and English names) in token sequences as shared concept ids.
import type { GlossaryEntry } from '../facts/schema.js';
import { tokenize, words, type Token } from '../text/normalize.js';
import { isStopword } from './lexicon.js';
import { spelledAlike } from './stem.js';

export interface ConceptHit {
  /** The concept's index term, e.g. "@term-un". */
  term: string;
  /** Token span [start, end) in the sequence it was found in. */
  start: number;
  end: number;
}

interface TrieNode {
  next: Map<string, TrieNode>;
  concepts: string[];
}

export interface RawToken extends Token {
  /** The token as written, to tell "TAC" (an acronym) from "tác" or "hợp tac" (a word). */
  raw: string;
}

/** The index term a glossary entry's names and acronyms all stand for. */
export const conceptTerm = (glossaryId: string): string => `@${glossaryId}`;

const ALL = (concepts: readonly string[]) => concepts;
const node = (): TrieNode => ({ next: new Map(), concepts: [] });
const isUpper = (s: string) => s.length >= 2 && s === s.toUpperCase() && s !== s.toLowerCase();

export class ConceptMatcher {
  private readonly root = node();
  /** Single-token acronyms ("tac", "doc", "un") that are also ordinary words: matched only when typed in capitals. */
  private readonly acronyms = new Set<string>();

  constructor(
    glossary: readonly Pick<GlossaryEntry, 'id' | 'acronyms' | 'names'>[],
    /** Folded words seen in lowercase in the fact table's own text (read by question matching only). */
    private readonly lowercaseWords: ReadonlySet<string>,
  ) {
    for (const entry of glossary) {
      const term = conceptTerm(entry.id);
      for (const form of entry.acronyms) {
        const toks = tokenize(form).map((t) => t.folded);
        if (toks.length === 1) this.acronyms.add(toks[0]!);
        this.add(toks, term);
      }
      for (const form of [...entry.names.vi, ...entry.names.en]) this.add(tokenize(form).map((t) => t.folded), term);
    }
  }

  private add(tokens: string[], term: string): void {
    if (!tokens.length) return;
    let n = this.root;
    for (const t of tokens.map(spelledAlike)) {
      let child = n.next.get(t);
      if (!child) n.next.set(t, (child = node()));
      n = child;
    }
    if (!n.concepts.includes(term)) n.concepts.push(term);
  }

  /**
   * The longest matches of other terms inside one term's name, left to right, non-overlapping: "Liên Hợp Quốc" (the
   * UN) inside "Hội thảo ASEAN – Liên Hợp Quốc" (AURED).
   */
  inside(tokens: readonly RawToken[], own: string): ConceptHit[] {
    const hits: ConceptHit[] = [];
    const others = (concepts: readonly string[]) => concepts.filter((c) => c !== own);
    for (let i = 0; i < tokens.length; ) {
      const best = this.longestAt(tokens, i, true, others);
      if (best && best.end - i < tokens.length) {
        hits.push({ term: best.concepts[0]!, start: i, end: best.end });
        i = best.end;
      } else i++;
    }
    return hits;
  }

  /**
   * The longest name starting at token i with a concept `keep` leaves (a one-token match only where it may stand for
   * its concept), matched as spelt either way ("ASEAN Center" for "ASEAN Centre").
   */
  private longestAt(
    tokens: readonly RawToken[],
    i: number,
    curated: boolean,
    keep: (concepts: readonly string[]) => readonly string[],
  ): { end: number; concepts: readonly string[] } | undefined {
    let n: TrieNode | undefined = this.root;
    let best: { end: number; concepts: readonly string[] } | undefined;
    for (let j = i; j < tokens.length && n; j++) {
      n = n.next.get(spelledAlike(tokens[j]!.folded));
      const kept = n?.concepts.length ? keep(n.concepts) : [];
      if (kept.length && (j > i || this.singleTokenOk(tokens[i]!, curated))) best = { end: j + 1, concepts: kept };
    }
    return best;
  }

  /** Whether the fact table's own text ever writes this folded word in lowercase (then it is an ordinary word there). */
  writtenLowercase(folded: string): boolean {
    return this.lowercaseWords.has(folded);
  }

  /** Whether a concept name can start with this folded word (most words start none, and need no matching). */
  startsConcept(folded: string): boolean {
    return this.root.next.has(spelledAlike(folded));
  }

  /** Whether a one-token match may stand for its concept here (guards ordinary words that fold to an acronym). */
  private singleTokenOk(tok: RawToken, curated: boolean): boolean {
    const f = tok.folded;
    // "US" the country, "us" the pronoun: an acronym that is also a common word must be typed in capitals. The
    // table's own text writes acronyms in capitals; a question may not, unless the word is never a word there.
    if (this.acronyms.has(f)) return isUpper(tok.raw) || (!curated && !this.lowercaseWords.has(f) && !isStopword(f));
    // One-syllable names that are also function words ("Mỹ" vs "my") need their diacritics.
    if (isStopword(f)) return tok.exact !== tok.folded;
    return true;
  }

  /**
   * Longest matches, left to right, non-overlapping. `curated`: the text is the table's own, where a one-word
   * acronym counts only in capitals (indexing cannot wait for the table's lowercase words, which questions use).
   * `starts`, when given, tells per token whether a concept may start there (see startsConcept): indexing knows it
   * per distinct word already, which spares a trie lookup for nearly every word of the table.
   */
  find(tokens: readonly RawToken[], curated = false, starts?: readonly { concept: boolean }[]): ConceptHit[] {
    const hits: ConceptHit[] = [];
    for (let i = 0; i < tokens.length; ) {
      if (starts && !starts[i]!.concept) {
        i++;
        continue;
      }
      const best = this.longestAt(tokens, i, curated, ALL);
      if (best) {
        for (const term of best.concepts) hits.push({ term, start: i, end: best.end });
        i = best.end;
      } else i++;
    }
    return hits;
  }
}

/**
 * Tokens with their raw spelling kept, for the acronym guard. Ordinals lose their suffix ("53rd" → 53) and
 * letters glued to a number are split ("AMM53" → AMM, 53), so figures match however they are written.
 * The tokens are shared and frozen: a table repeats the same few thousand words millions of times.
 */
export function rawTokens(text: string): RawToken[] {
  const out: RawToken[] = [];
  for (const raw of words(text)) for (const t of tokensOfWord(raw)) out.push(t);
  return out;
}

/** The tokens of one word as rawTokens gives them (one, or two for "AMM53"; none for a word of no letters we use). */
function tokensOfWord(raw: string): readonly RawToken[] {
  let tokens = wordMemo.get(raw);
  if (!tokens) {
    if (wordMemo.size >= WORD_MEMO_MAX) wordMemo.clear();
    wordMemo.set(raw, (tokens = wordTokens(raw)));
  }
  return tokens;
}

const WORD_MEMO_MAX = 200_000;
const wordMemo = new Map<string, readonly RawToken[]>();

function wordTokens(raw: string): readonly RawToken[] {
  const [t] = tokenize(raw);
  if (!t) return Object.freeze([]);
  const ordinal = /^(\d+)(?:st|nd|rd|th)$/.exec(t.folded);
  const glued = /^([a-z]{2,})(\d+)$/.exec(t.folded);
  let tokens: RawToken[];
  if (ordinal) tokens = [{ folded: ordinal[1]!, exact: ordinal[1]!, raw: ordinal[1]! }];
  else if (glued && t.exact === t.folded) {
    tokens = [
      { folded: glued[1]!, exact: glued[1]!, raw: raw.slice(0, glued[1]!.length) },
      { folded: glued[2]!, exact: glued[2]!, raw: glued[2]! },
    ];
  } else tokens = [{ ...t, raw }];
  return Object.freeze(tokens.map((x) => Object.freeze(x)));
}
