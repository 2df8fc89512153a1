// Interns the words of texts straight from their characters, so that tokenizing a large table allocates no strings.
import { isAstralWordCode, isWordUnit, needsWordReady } from './normalize.js';
import { FNV_START, fnvStep, RangeSet } from './RangeSet.js';

/**
 * Word ids for runs of letters and digits (as splitWords finds them), read from packed UTF-16 characters in one
 * pass: the hash of a word is computed while its characters are classified, and a word already seen costs a probe
 * and a comparison, not a substring.
 */
export class WordTable {
  private readonly words = new RangeSet();
  private readonly strings: string[] = [];

  get size(): number {
    return this.words.size;
  }

  word(id: number): string {
    return (this.strings[id] ??= this.words.text(id));
  }

  /**
   * Replaces `out` with the ids of the words of units[from … to), in order (new words are added). Returns false,
   * leaving `out` incomplete, when the text holds combining marks or invisible characters, unless `prepared` says
   * it went through wordReady already: such text must be normalised first (see wordReady).
   */
  scan(units: Uint16Array, from: number, to: number, out: number[], prepared = false): boolean {
    out.length = 0;
    let start = -1;
    let h = 0;
    for (let i = from; i < to; i++) {
      const c = units[i]!;
      let word: boolean;
      let width = 1;
      if (c < 128) word = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
      else {
        if (!prepared && needsWordReady(c)) return false;
        if (c >= 0xd800 && c <= 0xdbff && i + 1 < to) {
          const low = units[i + 1]!;
          const pair = low >= 0xdc00 && low <= 0xdfff;
          word = isAstralWordCode(pair ? ((c - 0xd800) << 10) + (low - 0xdc00) + 0x10000 : c);
          if (word && pair) width = 2;
        } else word = isWordUnit(c);
      }
      if (word) {
        if (start < 0) {
          start = i;
          h = FNV_START;
        }
        for (let k = 0; k < width; k++) h = fnvStep(h, units[i + k]!);
        i += width - 1;
      } else if (start >= 0) {
        out.push(this.words.id(units, start, i, h >>> 0));
        start = -1;
      }
    }
    if (start >= 0) out.push(this.words.id(units, start, to, h >>> 0));
    return true;
  }
}
