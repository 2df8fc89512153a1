// The benchmark's fixed question list: the dev questions plus perturbed variants (no diacritics, a typo, reordered).
import { existsSync, readFileSync } from 'node:fs';
import type { FactTable } from '../src/facts/fact-table.js';
import { mulberry32, type Rng } from './prng.js';

export type Variant = 'original' | 'noDiacritics' | 'typo' | 'reordered';

export interface BenchQuestion {
  text: string;
  variant: Variant;
  /** Index of the question it was derived from. */
  base: number;
}

/**
 * The `q` field of each line of the dev set, read at run time only (never copied into facts); without the file,
 * the first curated question of each real fact stands in.
 */
export function loadBaseQuestions(devPath: string, table: FactTable): { questions: string[]; from: string } {
  if (existsSync(devPath)) {
    const questions = readFileSync(devPath, 'utf8')
      .split(/\r?\n/)
      .filter((l) => l.trim())
      .map((l) => (JSON.parse(l) as { q?: unknown }).q)
      .filter((q): q is string => typeof q === 'string' && q.trim() !== '');
    if (questions.length) return { questions, from: devPath };
  }
  const questions = table.facts.filter((f) => f.kind === 'fact').flatMap((f, i) => [i % 2 ? f.questions.en[0] : f.questions.vi[0]].filter((q): q is string => !!q));
  return { questions, from: 'the real facts\' own questions (dev set not found)' };
}

export function dropDiacritics(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').normalize('NFC');
}

/** One typo in one word of five letters or more: a swap, a dropped, doubled or replaced letter (never the first). */
export function addTypo(text: string, rng: Rng): string {
  const words = text.split(' ');
  const long = words.map((w, i) => ({ w, i })).filter(({ w }) => /^\p{L}{5,}$/u.test(w));
  if (!long.length) return text;
  const { w, i } = rng.pick(long);
  const chars = [...w];
  const at = rng.int(1, chars.length - 2);
  switch (rng.int(0, 3)) {
    case 0:
      [chars[at], chars[at + 1]] = [chars[at + 1]!, chars[at]!];
      break;
    case 1:
      chars.splice(at, 1);
      break;
    case 2:
      chars.splice(at, 0, chars[at]!);
      break;
    default:
      chars[at] = rng.pick([...'aeioudhnrst'].filter((c) => c !== chars[at]));
  }
  words[i] = chars.join('');
  return words.join(' ');
}

/** Words rotated around a point ("AMM 53 diễn ra khi nào" → "khi nào AMM 53 diễn ra"), the question mark kept last. */
export function reorderWords(text: string, rng: Rng): string {
  const mark = /[?？]\s*$/.test(text) ? '?' : '';
  const words = text.replace(/[?？]\s*$/, '').trim().split(/\s+/);
  if (words.length < 3) return text;
  const k = rng.int(1, words.length - 1);
  return [...words.slice(k), ...words.slice(0, k)].join(' ') + mark;
}

/** Each base question and its three variants; the seed picks the typos and rotations (a new seed, new typos). */
export function benchQuestions(base: readonly string[], seed: number): BenchQuestion[] {
  const rng = mulberry32(seed);
  return base.flatMap((q, i): BenchQuestion[] => [
    { text: q, variant: 'original', base: i },
    { text: dropDiacritics(q), variant: 'noDiacritics', base: i },
    { text: addTypo(q, rng), variant: 'typo', base: i },
    { text: reorderWords(q, rng), variant: 'reordered', base: i },
  ]);
}

export type { Rng };
