// A hash set of UTF-16 code-unit ranges: interns words and whole texts straight from packed characters.
import { growArray } from './grow-array.js';

/** FNV-1a over code units: the hash RangeSet expects (scanners compute it as they go). */
export const FNV_START = 0x811c9dc5;
export const fnvStep = (h: number, unit: number): number => Math.imul(h ^ unit, 0x01000193);

export function hashUnits(units: Uint16Array, start: number, end: number): number {
  let h = FNV_START;
  for (let i = start; i < end; i++) h = fnvStep(h, units[i]!);
  return h >>> 0;
}

/**
 * Ids for distinct ranges of characters, by content. A range already seen costs a probe and a comparison, not a
 * string: a large table has a few thousand distinct words written millions of times, and its questions recur too.
 * The set keeps its own copy of each distinct range, so the source may be reused afterwards.
 */
export class RangeSet {
  private slots = new Int32Array(1 << 12).fill(-1);
  private hashes = new Int32Array(1 << 10);
  private starts = new Int32Array(1 << 10);
  private pool = new Uint16Array(1 << 14);
  private used = 0;
  private count = 0;

  get size(): number {
    return this.count;
  }

  /** The id of units[start … end) whose hash (see hashUnits) is `hash`, interning it on first sight. */
  id(units: Uint16Array, start: number, end: number, hash: number): number {
    const mask = this.slots.length - 1;
    const len = end - start;
    const h = hash | 0;
    for (let s = hash & mask; ; s = (s + 1) & mask) {
      const id = this.slots[s]!;
      if (id < 0) {
        this.slots[s] = this.add(units, start, end, h);
        if (this.count * 2 > this.slots.length) this.rehash();
        return this.count - 1;
      }
      if (this.hashes[id] !== h) continue;
      const from = this.starts[id]!;
      if (this.starts[id + 1]! - from !== len) continue;
      let k = 0;
      while (k < len && this.pool[from + k] === units[start + k]) k++;
      if (k === len) return id;
    }
  }

  /** The characters of a range, as a string. */
  text(id: number): string {
    return decodeUnits(this.pool, this.starts[id]!, this.starts[id + 1]!);
  }

  private add(units: Uint16Array, start: number, end: number, hash: number): number {
    const id = this.count++;
    this.starts = growArray(this.starts, this.count + 1);
    this.hashes = growArray(this.hashes, this.count + 1);
    this.pool = growArray(this.pool, this.used + (end - start));
    this.pool.set(units.subarray(start, end), this.used);
    this.used += end - start;
    this.hashes[id] = hash;
    this.starts[id + 1] = this.used;
    return id;
  }

  private rehash(): void {
    const slots = new Int32Array(this.slots.length * 2).fill(-1);
    const mask = slots.length - 1;
    for (let id = 0; id < this.count; id++) {
      let s = (this.hashes[id]! >>> 0) & mask;
      while (slots[s]! >= 0) s = (s + 1) & mask;
      slots[s] = id;
    }
    this.slots = slots;
  }
}

/** units[start … end) as a string. */
export function decodeUnits(units: Uint16Array, start: number, end: number): string {
  if (end - start < 64) return String.fromCharCode(...units.subarray(start, end));
  return Buffer.from(units.buffer, units.byteOffset + start * 2, (end - start) * 2).toString('utf16le');
}

/** A string's code units, into `into` when it is large enough. */
export function encodeUnits(text: string, into?: Uint16Array): Uint16Array {
  const out = into && into.length >= text.length ? into : new Uint16Array(Math.max(64, text.length * 2));
  for (let i = 0; i < text.length; i++) out[i] = text.charCodeAt(i);
  return out;
}
