// Interns the words of texts straight from their characters, so that tokenizing a large table allocates no strings.
import { isAstralWordAt, isWordUnit } from './normalize.js';

/**
 * A hash set of words (runs of letters and digits, as splitWords finds them) that reads each text in one pass:
 * the hash of a word is computed while its characters are classified, and a word already seen costs a probe and
 * a comparison, not a substring. A table of a hundred thousand facts has a few thousand distinct words written
 * millions of times.
 */
export class WordTable {
  private slots = new Int32Array(1 << 12).fill(-1);
  private hashes: number[] = [];
  private readonly words: string[] = [];

  get size(): number {
    return this.words.length;
  }

  word(id: number): string {
    return this.words[id]!;
  }

  /**
   * Replaces `out` with the ids of the text's words, in order (new words are added). The text must already be
   * word-ready (see wordReady): NFC, without invisible characters.
   */
  scan(text: string, out: number[]): void {
    out.length = 0;
    const n = text.length;
    let start = -1;
    let h = 0;
    for (let i = 0; i < n; i++) {
      const c = text.charCodeAt(i);
      let word: boolean;
      let units = 1;
      if (c < 128) word = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
      else if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
        word = isAstralWordAt(text, i);
        if (word) units = 2;
      } else word = isWordUnit(c);
      if (word) {
        if (start < 0) {
          start = i;
          h = 0x811c9dc5;
        }
        for (let k = 0; k < units; k++) h = Math.imul(h ^ text.charCodeAt(i + k), 0x01000193);
        i += units - 1;
      } else if (start >= 0) {
        out.push(this.idOf(text, start, i, h >>> 0));
        start = -1;
      }
    }
    if (start >= 0) out.push(this.idOf(text, start, n, h >>> 0));
  }

  private idOf(text: string, start: number, end: number, hash: number): number {
    const mask = this.slots.length - 1;
    const len = end - start;
    for (let s = hash & mask; ; s = (s + 1) & mask) {
      const id = this.slots[s]!;
      if (id < 0) {
        const fresh = this.words.length;
        this.words.push(text.slice(start, end));
        this.hashes.push(hash);
        this.slots[s] = fresh;
        if (this.words.length * 2 > this.slots.length) this.rehash();
        return fresh;
      }
      if (this.hashes[id] !== hash) continue;
      const w = this.words[id]!;
      if (w.length !== len) continue;
      let same = true;
      for (let k = 0; k < len; k++) {
        if (w.charCodeAt(k) !== text.charCodeAt(start + k)) {
          same = false;
          break;
        }
      }
      if (same) return id;
    }
  }

  private rehash(): void {
    const slots = new Int32Array(this.slots.length * 2).fill(-1);
    const mask = slots.length - 1;
    this.hashes.forEach((hash, id) => {
      let s = hash & mask;
      while (slots[s]! >= 0) s = (s + 1) & mask;
      slots[s] = id;
    });
    this.slots = slots;
  }
}
