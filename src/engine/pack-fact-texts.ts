// Packs the texts of a run of facts end to end in shared memory: what indexing reads, in a worker or not.
import type { FactTexts } from './index-fact-texts.js';

/**
 * Every text of the facts as UTF-16 code units, end to end, with where each starts and how each fact's texts are
 * laid out. Indexing reads characters straight from here: no string per text, and a worker gets the texts without
 * the structured clone of the fact objects, which costs the main thread several times longer.
 */
export interface PackedFacts {
  units: Uint16Array;
  /** Text k is units[bounds[k] … bounds[k+1]). */
  bounds: Int32Array;
  /**
   * Per fact: how many Vietnamese and English questions, entities, then per entity its aliases and whether it has
   * a title, then how many sources. Its texts are, in order: the questions, the Vietnamese and English answers, per
   * entity its name, aliases and title ("vi en"), the tags (one text), the sources' titles and the years.
   */
  layout: Int32Array;
  facts: number;
}

/** Calls `text` on each text of a fact in packing order, and `shape` on each layout number. */
function walk(f: FactTexts, text: (s: string) => void, shape: (x: number) => void): void {
  shape(f.questions.vi.length);
  shape(f.questions.en.length);
  shape(f.entities.length);
  for (const e of f.entities) {
    shape(e.aliases.length);
    shape(e.title ? 1 : 0);
  }
  shape(f.sources.length);
  for (const q of f.questions.vi) text(q);
  for (const q of f.questions.en) text(q);
  text(f.answer.vi);
  text(f.answer.en);
  for (const e of f.entities) {
    text(e.name);
    for (const a of e.aliases) text(a);
    if (e.title) text(`${e.title.vi} ${e.title.en}`);
  }
  text(f.tags.length === 1 ? f.tags[0]!.replace(/-/g, ' ') : f.tags.join(' ').replace(/-/g, ' '));
  for (const s of f.sources) text(s.title);
  text(f.years);
}

/** Texts longer than this are copied by Buffer.write, which copies natively but costs more per call than a loop. */
const LONG = 160;

export function packFacts(facts: readonly FactTexts[]): PackedFacts {
  let texts = 0;
  let units = 0;
  let shapes = 0;
  const countText = (s: string) => {
    texts++;
    units += s.length;
  };
  const countShape = () => shapes++;
  for (const f of facts) walk(f, countText, countShape);
  const codes = new Uint16Array(new SharedArrayBuffer(units * 2));
  const bytes = Buffer.from(codes.buffer);
  const bounds = new Int32Array(new SharedArrayBuffer((texts + 1) * 4));
  const layout = new Int32Array(new SharedArrayBuffer(shapes * 4));
  let k = 0;
  let at = 0;
  let l = 0;
  const copy = (s: string) => {
    if (s.length > LONG) bytes.write(s, at * 2, 'utf16le');
    else for (let i = 0; i < s.length; i++) codes[at + i] = s.charCodeAt(i);
    at += s.length;
    bounds[++k] = at;
  };
  const copyShape = (x: number) => (layout[l++] = x);
  for (const f of facts) walk(f, copy, copyShape);
  return { units: codes, bounds, layout, facts: facts.length };
}
