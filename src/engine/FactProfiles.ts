// What re-ranking compares a question with, per fact: its terms, each curated question's words, and its figures.
import { questionsOf, type FactIndex, type Postings } from './FactIndex.js';
import type { EngineOptions } from './options.js';
import { rarityOf } from './build-query.js';
import { rawTokens } from './ConceptMatcher.js';
import { withShortFormsSpelt } from './analyze-question.js';

/** One curated question: its terms, its topic words (each the term ids that stand for it, and its rarity). */
export interface QuestionProfile {
  /** Whether the question holds a term (read from the question postings). */
  has: (id: number) => boolean;
  units: { ids: Int32Array; weight: number }[];
  figures: Int32Array;
}

export interface FactProfile {
  /** Whether the fact's content (answers, names, titles, tags) holds a term (read from the content postings). */
  has: (id: number) => boolean;
  /** The fact's curated questions, in index order (Vietnamese, then English). */
  questions: QuestionProfile[];
  /**
   * Calls `visit` with the number (in `questions`) of each of the fact's curated questions holding a term: one search
   * of the term's postings for the whole fact, where asking each question apart would search them once per question.
   */
  questionsHolding: (id: number, visit: (k: number) => void) => void;
  /** Figures the content states (counts, ordinals, years; not the day and month of a date). */
  figures: Int32Array;
}

/** Views of what the index keeps per fact, with the rarity of each word (remembered: re-ranking sees few facts). */
export class FactProfiles {
  private readonly memo = new Map<number, FactProfile>();
  private readonly wordMemo = new Map<number, Int32Array>();
  private readonly keyMemo = new Map<number, ReadonlyMap<string, readonly number[]>>();

  constructor(
    private readonly index: FactIndex,
    private readonly options: EngineOptions,
  ) {}

  of(fact: number): FactProfile {
    return remembered(this.memo, fact, 5_000, () => this.read(fact));
  }

  /**
   * The words of a fact's curated questions (each topic word's own term), ascending: what editions share. Read
   * without the rest of the profile, since telling editions apart touches many more facts than re-ranking does.
   */
  questionWords(fact: number): Int32Array {
    return remembered(this.wordMemo, fact, 50_000, () => {
      const { index } = this;
      const set = new Set<number>();
      for (let q = index.questionStart[fact]!; q < index.questionStart[fact + 1]!; q++) {
        for (const u of index.questionUnits.of(q)) set.add(index.unitTerms.of(u)[0]!);
      }
      return Int32Array.from(set).sort();
    });
  }

  /**
   * Each of a fact's curated questions as its folded words (and with its short forms spelt out, as a question is read),
   * to its offsets among them: a question asked word for word as one of them is that fact's (decide.ts).
   */
  curatedKeys(fact: number): ReadonlyMap<string, readonly number[]> {
    return remembered(this.keyMemo, fact, 5_000, () => {
      const out = new Map<string, number[]>();
      questionsOf(this.index.facts[fact]!).forEach((text, k) => {
        for (const form of new Set([foldedKey(text), foldedKey(withShortFormsSpelt(text))])) {
          const list = out.get(form) ?? [];
          list.push(k);
          out.set(form, list);
        }
      });
      return out;
    });
  }

  private read(fact: number): FactProfile {
    const { index, options } = this;
    const questions: QuestionProfile[] = [];
    for (let q = index.questionStart[fact]!; q < index.questionStart[fact + 1]!; q++) {
      const units = [...index.questionUnits.of(q)].map((u) => {
        const ids = index.unitTerms.of(u);
        let weight = Infinity;
        for (const id of ids) weight = Math.min(weight, rarityOf(index, id, options.coverageRarity));
        return { ids, weight };
      });
      questions.push({ has: (id) => holdsDoc(index.questions, id, q), units, figures: index.questionFigures.of(q) });
    }
    const first = index.questionStart[fact]!;
    const end = index.questionStart[fact + 1]!;
    const questionsHolding = (id: number, visit: (k: number) => void) => {
      if (id < 0) return;
      const p = index.questions;
      const stop = p.starts[id + 1]!;
      for (let i = firstAtLeast(p, id, first); i < stop && p.docs[i]! < end; i++) visit(p.docs[i]! - first);
    };
    return { has: (id) => holdsDoc(index.content, id, fact), questions, questionsHolding, figures: index.contentFigures.of(fact) };
  }
}

/** A memo's value for a fact, read once; a memo grown to `limit` starts over, so a large archive stays bounded. */
function remembered<T>(memo: Map<number, T>, fact: number, limit: number, read: () => T): T {
  let value = memo.get(fact);
  if (value === undefined) {
    if (memo.size >= limit) memo.clear();
    memo.set(fact, (value = read()));
  }
  return value;
}

/** A text's folded words, as a question's tokens read. */
const foldedKey = (text: string): string =>
  rawTokens(text)
    .map((t) => t.folded)
    .join(' ');

/**
 * Whether a document holds a term: its posting list ascends by document, so a binary search answers it. The postings
 * are the only record of which terms each fact and question holds (a second, forward copy would double the memory).
 */
function holdsDoc(p: Postings, term: number, doc: number): boolean {
  if (term < 0) return false;
  const at = firstAtLeast(p, term, doc);
  return at < p.starts[term + 1]! && p.docs[at] === doc;
}

/** The position of a term's first posting at or after a document (binary search; its end when there is none). */
function firstAtLeast(p: Postings, term: number, doc: number): number {
  let lo = p.starts[term]!;
  let hi = p.starts[term + 1]!;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (p.docs[mid]! < doc) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
