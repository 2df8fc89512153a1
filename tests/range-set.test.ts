// RangeSet: ids for ranges of characters by content, across growth of its table and of its copy of the characters.
import { describe, expect, it } from 'vitest';
import { decodeUnits, encodeUnits, hashUnits, RangeSet } from '../src/text/RangeSet.js';

describe('RangeSet', () => {
  it('gives every distinct text its own id and the same id again, across many rehashes', () => {
    const set = new RangeSet();
    const texts = Array.from({ length: 30_000 }, (_, i) => `câu hỏi số ${i} về ASEAN`);
    const ids = texts.map((t) => {
      const u = encodeUnits(t);
      return set.id(u, 0, t.length, hashUnits(u, 0, t.length));
    });
    expect(new Set(ids).size).toBe(texts.length);
    expect(set.size).toBe(texts.length);
    texts.forEach((t, i) => {
      // Another copy of the same characters, at another offset: the id is by content.
      const u = encodeUnits(`>>${t}`);
      expect(set.id(u, 2, t.length + 2, hashUnits(u, 2, t.length + 2))).toBe(ids[i]);
      expect(set.text(ids[i]!)).toBe(t);
    });
  });

  it('tells apart texts whose hashes collide', () => {
    const set = new RangeSet();
    const a = encodeUnits('alpha');
    const b = encodeUnits('beta');
    // Same (forced) hash, different content: two ids.
    expect(set.id(a, 0, 5, 7)).toBe(0);
    expect(set.id(b, 0, 4, 7)).toBe(1);
    expect(set.id(a, 0, 5, 7)).toBe(0);
  });

  it('decodes long and short ranges, astral characters included', () => {
    const long = 'Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 53 '.repeat(5) + '𝒜';
    const u = encodeUnits(long);
    expect(decodeUnits(u, 0, long.length)).toBe(long);
    expect(decodeUnits(u, 4, 8)).toBe(long.slice(4, 8));
  });
});
