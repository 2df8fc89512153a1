// Reads texts of the fact table into counted index terms (words, accented forms, word pairs, glossary concepts).
import { wordReady } from '../text/normalize.js';
import { growArray } from '../text/grow-array.js';
import { decodeUnits, encodeUnits } from '../text/RangeSet.js';
import { WordTable } from '../text/WordTable.js';
import { tokensOfWord, type ConceptMatcher, type RawToken } from './ConceptMatcher.js';
import { isEvidenceWord } from './detect-language.js';
import { exactTerm, isPairSkip, pairTerm } from './index-terms.js';

/** Where term ids come from: the index builder itself, or a reader's own table when it runs in a worker. */
export interface Interner {
  intern(term: string): number;
  /** Terms interned so far (ids are below this). */
  readonly size: number;
}

/** Ids and traits of one token's terms, worked out once per distinct word of the table. */
export interface TokenTerms {
  folded: number;
  /** The accented form's term, or -1 when the token has no accents. */
  exact: number;
  pairSkip: boolean;
  /** Adjacent-word pair terms that start with this word, by the next word's folded id. */
  pairs?: Map<number, number>;
  /** Written in lowercase ("tác", not "TAC"). */
  lower: boolean;
  /** Votes on the language of the text it is in (see isEvidenceWord). */
  evidence: boolean;
  /** A glossary name may start with it. */
  concept: boolean;
}

/** The language a text is written in, for the table's language evidence (Other: not counted). */
export const Use = { Other: 0, Vi: 1, En: 2 } as const;
export type Use = (typeof Use)[keyof typeof Use];

interface WordInfo {
  tokens: readonly RawToken[];
  terms: readonly TokenTerms[];
}

/**
 * One reader per thread of indexing. `read` tokenizes a text into `tokens`/`tokenTerms`; `count` fills `terms`
 * (distinct ids) and `counts` (by id) for it; whoever consumes the counts sets them back to 0. The table's words
 * recur millions of times, so each distinct word is classified once and every buffer is reused.
 */
export class TextReader {
  /** Tokens of the text just read, with their term ids. */
  readonly tokens: RawToken[] = [];
  readonly tokenTerms: TokenTerms[] = [];
  /** Distinct term ids of the text just counted, in first-seen order. */
  readonly terms: number[] = [];
  /** Counts by term id of the text just counted (consumers reset what they read to 0). */
  counts = new Float64Array(1024);
  /** Uses of each folded word in Vietnamese and in English texts, and whether it was seen in lowercase. */
  viUses = new Int32Array(1024);
  enUses = new Int32Array(1024);
  lowerSeen = new Uint8Array(1024);

  private readonly wordTable = new WordTable();
  private readonly wordInfos: (WordInfo | undefined)[] = [];
  private readonly wordIds: number[] = [];
  private hasConcept = false;
  /** Characters of the last text that had to be normalised first (rare: decomposed accents, invisible marks). */
  private prepared: Uint16Array = new Uint16Array(256);

  constructor(
    private readonly matcher: ConceptMatcher,
    private readonly interner: Interner,
  ) {}

  /** Tokenizes the text in units[from … to) into `tokens` and `tokenTerms`. */
  read(units: Uint16Array, from: number, to: number): void {
    if (!this.wordTable.scan(units, from, to, this.wordIds)) {
      const text = wordReady(decodeUnits(units, from, to));
      this.prepared = encodeUnits(text, this.prepared);
      this.wordTable.scan(this.prepared, 0, text.length, this.wordIds, true);
    }
    const tokens = this.tokens;
    const tokenTerms = this.tokenTerms;
    tokens.length = 0;
    tokenTerms.length = 0;
    let concept = false;
    for (const w of this.wordIds) {
      const info = this.wordInfos[w] ?? (this.wordInfos[w] = this.wordInfo(this.wordTable.word(w)));
      for (let k = 0; k < info.tokens.length; k++) {
        const tt = info.terms[k]!;
        tokens.push(info.tokens[k]!);
        tokenTerms.push(tt);
        if (tt.concept) concept = true;
      }
    }
    this.hasConcept = concept;
  }

  /** Counts every term of the text just read: words, accented forms, pairs and concepts. */
  count(): void {
    this.terms.length = 0;
    const tokenTerms = this.tokenTerms;
    let prev: TokenTerms | undefined;
    for (let i = 0; i < tokenTerms.length; i++) {
      const tt = tokenTerms[i]!;
      this.bump(tt.folded);
      if (tt.exact >= 0) this.bump(tt.exact);
      if (prev && !prev.pairSkip && !tt.pairSkip) {
        const pairs = (prev.pairs ??= new Map());
        let pid = pairs.get(tt.folded);
        if (pid === undefined) pairs.set(tt.folded, (pid = this.interner.intern(pairTerm(this.tokens[i - 1]!.folded, this.tokens[i]!.folded))));
        this.bump(pid);
      }
      prev = tt;
    }
    if (this.hasConcept) for (const hit of this.concepts(this.tokens, tokenTerms)) this.bump(this.interner.intern(hit.term));
  }

  /** Glossary concepts in a token sequence of the table's own text (acronyms count in capitals only). */
  concepts(tokens: readonly RawToken[], tokenTerms: readonly TokenTerms[]) {
    return this.matcher.find(tokens, true, tokenTerms);
  }

  /** Counts a text's words as used in one language (`firstUse`: also note which are written in lowercase). */
  noteUse(terms: readonly TokenTerms[], use: Use, firstUse: boolean): void {
    if (use === Use.Other) return;
    this.makeRoom();
    const uses = use === Use.Vi ? this.viUses : this.enUses;
    for (const tt of terms) {
      if (tt.evidence) uses[tt.folded]!++;
      if (firstUse && tt.lower) this.lowerSeen[tt.folded] = 1;
    }
  }

  private bump(id: number): void {
    if (id >= this.counts.length) this.counts = growArray(this.counts, id + 1);
    if (this.counts[id] === 0) this.terms.push(id);
    this.counts[id]!++;
  }

  /** Grows the per-word arrays to every term interned so far. */
  makeRoom(): void {
    const size = this.interner.size;
    this.viUses = growArray(this.viUses, size);
    this.enUses = growArray(this.enUses, size);
    this.lowerSeen = growArray(this.lowerSeen, size);
  }

  private wordInfo(raw: string): WordInfo {
    const tokens = tokensOfWord(raw);
    return {
      tokens,
      terms: tokens.map((t) => ({
        folded: this.interner.intern(t.folded),
        exact: t.exact !== t.folded ? this.interner.intern(exactTerm(t.exact)) : -1,
        pairSkip: isPairSkip(t.folded),
        lower: t.raw === t.raw.toLowerCase(),
        evidence: isEvidenceWord(t.raw),
        concept: this.matcher.startsConcept(t.folded),
      })),
    };
  }
}
