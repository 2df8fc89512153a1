// Corrects a misspelt word to close words of the table (fuse.js over its vocabulary), for questions typed in a hurry.
import Fuse from 'fuse.js';
import { EN_STOPWORDS, VI_STOPWORDS } from './lexicon.js';

export interface Correction {
  word: string;
  /** 0..1, 1 for identical. */
  similarity: number;
}

export class SpellingCorrector {
  private readonly byBucket = new Map<string, Fuse<string>>();
  private readonly byLength = new Map<number, string[]>();
  private readonly memo = new Map<string, Correction[] & { functionWord?: boolean }>();

  constructor(
    vocabulary: readonly string[],
    private readonly threshold: number,
    /** Words too common to be what a rare misspelt word meant ("nato" is not "nào"). */
    private readonly tooCommon: (word: string) => boolean,
  ) {
    for (const v of vocabulary) {
      if (/\d/.test(v)) continue;
      const list = this.byLength.get(v.length) ?? [];
      list.push(v);
      this.byLength.set(v.length, list);
    }
  }

  /** Close words, best first (at most two); `functionWord` when the closest is a function word ("whoo" → "who"). */
  correct(word: string): Correction[] & { functionWord?: boolean } {
    const known = this.memo.get(word);
    if (known) return known;
    const found: Correction[] & { functionWord?: boolean } = [];
    let bestFunction = 0;
    let bestContent = 0;
    for (let len = word.length - 1; len <= word.length + 1; len++) {
      // Typos rarely hit the first letter: buckets by length and first letter keep each search small.
      const key = `${len}:${word[0]}`;
      let fuse = this.byBucket.get(key);
      if (!fuse) {
        const words = (this.byLength.get(len) ?? []).filter((v) => v[0] === word[0]);
        fuse = new Fuse(words, { includeScore: true, threshold: this.threshold, ignoreLocation: true });
        this.byBucket.set(key, fuse);
      }
      for (const r of fuse.search(word, { limit: 3 })) {
        const similarity = 1 - (r.score ?? 1);
        if (EN_STOPWORDS.has(r.item) || VI_STOPWORDS.has(r.item)) {
          bestFunction = Math.max(bestFunction, similarity);
          continue;
        }
        if (this.tooCommon(r.item)) continue;
        bestContent = Math.max(bestContent, similarity);
        found.push({ word: r.item, similarity });
      }
    }
    found.sort((a, b) => b.similarity - a.similarity || (a.word < b.word ? -1 : 1));
    const best: typeof found = found.slice(0, 2);
    best.functionWord = bestFunction > bestContent;
    if (this.memo.size > 10_000) this.memo.clear();
    this.memo.set(word, best);
    return best;
  }
}
