// Reads every fact's answers into counted terms: the bulk of indexing, so it can run in a worker thread.
import type { GlossaryEntry } from '../facts/schema.js';
import { answerTraits } from './answer-traits.js';
import { ConceptMatcher } from './ConceptMatcher.js';
import { TextReader, Use, type Interner } from './TextReader.js';

/**
 * The terms of each answer, with ids local to this reading (`names`): the index builder maps them to its own.
 * Text k is fact k/2's answer, Vietnamese for even k and English for odd k. Everything is in typed arrays, so a
 * worker hands the result over without copying it.
 */
export interface AnswerTerms {
  names: string[];
  /** Terms of text k are terms[offsets[k] … offsets[k+1]), each occurring counts[…] times. */
  offsets: Int32Array;
  terms: Int32Array;
  counts: Int32Array;
  /** Tokens in each text (the document length counts them). */
  tokens: Int32Array;
  /** By local term id: uses of the word in Vietnamese and in English answers, and whether it is written in lowercase. */
  viUses: Int32Array;
  enUses: Int32Array;
  lowerSeen: Uint8Array;
  /** answerTraits of each fact's English answer. */
  traits: Uint8Array;
}

/** Answers packed for a worker: every text's UTF-16 code units, end to end, in shared memory. */
export interface PackedTexts {
  units: Uint16Array;
  /** Text k is units[offsets[k] … offsets[k+1]). */
  offsets: Int32Array;
}

/** The answers of each fact in reading order (vi, en, vi, en …). */
export function answerTexts(facts: readonly { answer: { vi: string; en: string } }[]): string[] {
  const out = new Array<string>(facts.length * 2);
  for (let i = 0; i < facts.length; i++) {
    out[2 * i] = facts[i]!.answer.vi;
    out[2 * i + 1] = facts[i]!.answer.en;
  }
  return out;
}

/** Copies texts into shared memory: a tenth of the time a structured clone of the strings takes. */
export function packTexts(texts: readonly string[]): PackedTexts {
  let total = 0;
  for (const t of texts) total += t.length;
  const units = new Uint16Array(new SharedArrayBuffer(total * 2));
  const offsets = new Int32Array(new SharedArrayBuffer((texts.length + 1) * 4));
  let at = 0;
  for (let k = 0; k < texts.length; k++) {
    const t = texts[k]!;
    for (let i = 0; i < t.length; i++) units[at + i] = t.charCodeAt(i);
    at += t.length;
    offsets[k + 1] = at;
  }
  return { units, offsets };
}

export function unpackTexts({ units, offsets }: PackedTexts): string[] {
  const all = Buffer.from(units.buffer, units.byteOffset, units.byteLength).toString('utf16le');
  const out = new Array<string>(offsets.length - 1);
  for (let k = 0; k < out.length; k++) out[k] = all.slice(offsets[k]!, offsets[k + 1]!);
  return out;
}

class LocalTerms implements Interner {
  readonly names: string[] = [];
  private readonly ids = new Map<string, number>();
  get size(): number {
    return this.names.length;
  }
  intern(term: string): number {
    let id = this.ids.get(term);
    if (id === undefined) {
      this.ids.set(term, (id = this.names.length));
      this.names.push(term);
    }
    return id;
  }
}

export function readAnswers(texts: readonly string[], glossary: readonly GlossaryEntry[]): AnswerTerms {
  const local = new LocalTerms();
  // Answers are the table's own text: a one-word acronym counts in capitals only, so no lowercase list is needed.
  const reader = new TextReader(new ConceptMatcher(glossary, new Set()), local);
  let terms = new Int32Array(1 << 16);
  let counts = new Int32Array(1 << 16);
  const offsets = new Int32Array(texts.length + 1);
  const tokens = new Int32Array(texts.length);
  const traits = new Uint8Array(Math.ceil(texts.length / 2));
  const traitMemo = new Map<string, number>();
  let used = 0;
  for (let k = 0; k < texts.length; k++) {
    const text = texts[k]!;
    reader.read(text);
    reader.count();
    reader.noteUse(reader.tokenTerms, k % 2 === 0 ? Use.Vi : Use.En, true);
    tokens[k] = reader.tokens.length;
    if (used + reader.terms.length > terms.length) {
      const size = Math.max(terms.length * 2, used + reader.terms.length);
      const t = new Int32Array(size);
      const c = new Int32Array(size);
      t.set(terms);
      c.set(counts);
      terms = t;
      counts = c;
    }
    for (const id of reader.terms) {
      terms[used] = id;
      counts[used++] = reader.counts[id]!;
      reader.counts[id] = 0;
    }
    offsets[k + 1] = used;
    if (k % 2 === 1) {
      let bits = traitMemo.get(text);
      if (bits === undefined) traitMemo.set(text, (bits = answerTraits(text)));
      traits[k >> 1] = bits;
    }
  }
  const size = local.size;
  return {
    names: local.names,
    offsets,
    terms: terms.slice(0, used),
    counts: counts.slice(0, used),
    tokens,
    viUses: fit(reader.viUses, size),
    enUses: fit(reader.enUses, size),
    lowerSeen: fit(reader.lowerSeen, size),
    traits,
  };
}

/** The array cut or grown to exactly `size` entries (a copy, so it owns its buffer and can be transferred). */
function fit<T extends Int32Array | Uint8Array>(a: T, size: number): T {
  const out = new (a.constructor as new (n: number) => T)(size);
  out.set(a.subarray(0, Math.min(size, a.length)));
  return out;
}
