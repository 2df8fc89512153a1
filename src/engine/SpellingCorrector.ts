// Corrects a misspelt word to the table's words within one or two edits, for questions typed in a hurry on a phone.
import { isStopword } from './lexicon.js';

export interface Correction {
  word: string;
  /** 1 − edits / length: how sure the correction is. */
  similarity: number;
  /** Edits from the word as typed (1 or 2). */
  edits: number;
}

/**
 * Edit distance counts an adjacent swap as one edit ("foriegn", "ASAEN"): the commonest typo on a phone keyboard.
 * Words are looked up among those of the same first letter and a close length (people rarely mistype the first
 * letter), so a correction compares a few hundred words, not the whole vocabulary.
 */
export class SpellingCorrector {
  private readonly buckets = new Map<string, string[]>();
  private readonly memo = new Map<string, Correction[]>();

  constructor(
    vocabulary: readonly string[],
    /** Equally close corrections kept: the one meant is among them, and the fact that holds it decides. */
    private readonly maxCorrections: number,
  ) {
    for (const v of vocabulary) {
      if (v.length < 3 || /\d/.test(v)) continue;
      const key = v[0]!;
      const list = this.buckets.get(key) ?? [];
      list.push(v);
      this.buckets.set(key, list);
    }
  }

  /** The closest words (fewest edits), at most maxCorrections of them; none past two edits (one for short words). */
  correct(word: string): Correction[] {
    const known = this.memo.get(word);
    if (known) return known;
    const max = word.length >= 7 ? 2 : 1;
    let best = max + 1;
    let found: string[] = [];
    for (const v of this.buckets.get(word[0]!) ?? []) {
      if (Math.abs(v.length - word.length) > max || isStopword(v)) continue;
      const d = editDistance(word, v, best);
      if (d > best || d > max) continue;
      if (d < best) {
        best = d;
        found = [];
      }
      found.push(v);
    }
    const out = found
      .sort()
      .slice(0, this.maxCorrections)
      .map((w) => ({ word: w, similarity: 1 - best / Math.max(word.length, w.length), edits: best }));
    if (this.memo.size > 10_000) this.memo.clear();
    this.memo.set(word, out);
    return out;
  }
}

/** Optimal string alignment distance (insert, delete, replace, swap adjacent), giving up past `limit`. */
export function editDistance(a: string, b: string, limit = Infinity): number {
  const n = a.length;
  const m = b.length;
  if (Math.abs(n - m) > limit) return limit + 1;
  let prev2 = new Array<number>(m + 1).fill(0);
  let prev = Array.from({ length: m + 1 }, (_, j) => j);
  for (let i = 1; i <= n; i++) {
    const cur = new Array<number>(m + 1);
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j <= m; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2]! + 1);
      cur[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > limit) return limit + 1;
    prev2 = prev;
    prev = cur;
  }
  return prev[m]!;
}
