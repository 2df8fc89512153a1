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

/** What packing does with each text of a fact, in order (counting, then copying). */
interface Visitor {
  text(s: string): void;
  /** One text made of parts joined by spaces, with "-" read as a space when `dashes` (tag ids). */
  joined(parts: readonly string[], dashes: boolean): void;
  shape(x: number): void;
}

function walk(f: FactTexts, v: Visitor): void {
  v.shape(f.questions.vi.length);
  v.shape(f.questions.en.length);
  v.shape(f.entities.length);
  for (const e of f.entities) {
    v.shape(e.aliases.length);
    v.shape(e.title ? 1 : 0);
  }
  v.shape(f.sources.length);
  for (const q of f.questions.vi) v.text(q);
  for (const q of f.questions.en) v.text(q);
  v.text(f.answer.vi);
  v.text(f.answer.en);
  for (const e of f.entities) {
    v.text(e.name);
    for (const a of e.aliases) v.text(a);
    if (e.title) v.joined([e.title.vi, e.title.en], false);
  }
  v.joined(f.tags, true);
  for (const s of f.sources) v.text(s.title);
  v.text(f.years);
}

/** Texts longer than this are copied by Buffer.write, which copies natively but costs more per call than a loop. */
const LONG = 160;
const SPACE = 32;
const DASH = 45;

export function packFacts(facts: readonly FactTexts[]): PackedFacts {
  let texts = 0;
  let units = 0;
  let shapes = 0;
  const counter: Visitor = {
    text(s) {
      texts++;
      units += s.length;
    },
    joined(parts) {
      texts++;
      for (const p of parts) units += p.length + 1;
      if (parts.length) units--;
    },
    shape: () => shapes++,
  };
  for (const f of facts) walk(f, counter);
  const codes = new Uint16Array(new SharedArrayBuffer(units * 2));
  const bytes = Buffer.from(codes.buffer);
  const bounds = new Int32Array(new SharedArrayBuffer((texts + 1) * 4));
  const layout = new Int32Array(new SharedArrayBuffer(shapes * 4));
  let k = 0;
  let at = 0;
  let l = 0;
  const put = (s: string) => {
    if (s.length > LONG) bytes.write(s, at * 2, 'utf16le');
    else for (let i = 0; i < s.length; i++) codes[at + i] = s.charCodeAt(i);
    at += s.length;
  };
  const copier: Visitor = {
    text(s) {
      put(s);
      bounds[++k] = at;
    },
    // Written part by part: building the joined string first would cost a string per fact.
    joined(parts, dashes) {
      parts.forEach((p, i) => {
        if (i > 0) codes[at++] = SPACE;
        if (!dashes) return put(p);
        for (let c = 0; c < p.length; c++) {
          const unit = p.charCodeAt(c);
          codes[at++] = unit === DASH ? SPACE : unit;
        }
      });
      bounds[++k] = at;
    },
    shape: (x) => (layout[l++] = x),
  };
  for (const f of facts) walk(f, copier);
  return { units: codes, bounds, layout, facts: facts.length };
}
