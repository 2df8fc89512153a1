// Packs the texts of a run of facts into shared memory for a worker thread, and unpacks them there.
import type { FactTexts } from './index-fact-texts.js';

/**
 * Every string of the facts end to end as UTF-16 code units, with where each ends and how each fact's strings are
 * laid out. A structured clone of the fact objects costs the main thread several times longer.
 */
export interface PackedFacts {
  units: Uint16Array;
  /** String k is units[ends[k-1] … ends[k]) (from 0 for k = 0). */
  ends: Int32Array;
  /** Per fact: questions vi, questions en, entities, then per entity aliases and has-title, then tags, sources. */
  layout: Int32Array;
}

/** Calls `emit` on each string of a fact in packing order, and `shape` on each layout number. */
function walk(f: FactTexts, emit: (s: string) => void, shape: (x: number) => void): void {
  shape(f.questions.vi.length);
  shape(f.questions.en.length);
  shape(f.entities.length);
  for (const e of f.entities) {
    shape(e.aliases.length);
    shape(e.title ? 1 : 0);
  }
  shape(f.tags.length);
  shape(f.sources.length);
  for (const q of f.questions.vi) emit(q);
  for (const q of f.questions.en) emit(q);
  emit(f.answer.vi);
  emit(f.answer.en);
  for (const e of f.entities) {
    emit(e.name);
    for (const a of e.aliases) emit(a);
    if (e.title) {
      emit(e.title.vi);
      emit(e.title.en);
    }
  }
  for (const t of f.tags) emit(t);
  for (const s of f.sources) emit(s.title);
  emit(f.years);
}

const LONG = 160;

export function packFacts(facts: readonly FactTexts[]): PackedFacts {
  let strings = 0;
  let units = 0;
  let shapes = 0;
  for (const f of facts) {
    walk(
      f,
      (s) => {
        strings++;
        units += s.length;
      },
      () => shapes++,
    );
  }
  const codes = new Uint16Array(new SharedArrayBuffer(units * 2));
  const bytes = Buffer.from(codes.buffer);
  const ends = new Int32Array(new SharedArrayBuffer(strings * 4));
  const layout = new Int32Array(new SharedArrayBuffer(shapes * 4));
  let k = 0;
  let at = 0;
  let l = 0;
  for (const f of facts) {
    walk(
      f,
      (s) => {
        // Buffer.write copies natively, but costs more per call than a plain loop over a short text.
        if (s.length > LONG) bytes.write(s, at * 2, 'utf16le');
        else for (let i = 0; i < s.length; i++) codes[at + i] = s.charCodeAt(i);
        at += s.length;
        ends[k++] = at;
      },
      (x) => (layout[l++] = x),
    );
  }
  return { units: codes, ends, layout };
}

export function unpackFacts({ units, ends, layout }: PackedFacts): FactTexts[] {
  const all = Buffer.from(units.buffer, units.byteOffset, units.byteLength).toString('utf16le');
  let k = 0;
  let l = 0;
  const next = () => all.slice(k === 0 ? 0 : ends[k - 1]!, ends[k++]!);
  const list = (count: number) => Array.from({ length: count }, next);
  const facts: FactTexts[] = [];
  while (l < layout.length) {
    const nVi = layout[l++]!;
    const nEn = layout[l++]!;
    const shapes = Array.from({ length: layout[l++]! }, () => ({ aliases: layout[l++]!, title: layout[l++]! === 1 }));
    const nTags = layout[l++]!;
    const nSources = layout[l++]!;
    const questions = { vi: list(nVi), en: list(nEn) };
    const answer = { vi: next(), en: next() };
    const entities = shapes.map((s) => {
      const name = next();
      const aliases = list(s.aliases);
      return s.title ? { name, aliases, title: { vi: next(), en: next() } } : { name, aliases };
    });
    const tags = list(nTags);
    const sources = list(nSources).map((title) => ({ title }));
    facts.push({ questions, answer, entities, tags, sources, years: next() });
  }
  return facts;
}
