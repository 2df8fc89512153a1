// What re-ranking compares a question with, per fact: its terms, each curated question's words, and its figures.
import type { FactIndex } from './FactIndex.js';
import type { EngineOptions } from './options.js';
import { rarityOf } from './build-query.js';

/** One curated question: its terms, its topic words (each the term ids that stand for it, and its rarity). */
export interface QuestionProfile {
  /** Sorted ids of every term of the question. */
  ids: Int32Array;
  units: { ids: Int32Array; weight: number }[];
  figures: Int32Array;
}

export interface FactProfile {
  /** Sorted ids of every term of the fact's content (answers, names, titles, tags). */
  content: Int32Array;
  /** The fact's curated questions, in index order (Vietnamese, then English). */
  questions: QuestionProfile[];
  /** Figures the content states (counts, ordinals, years; not the day and month of a date). */
  figures: Int32Array;
}

/** Views of what the index keeps per fact, with the rarity of each word (remembered: re-ranking sees few facts). */
export class FactProfiles {
  private readonly memo = new Map<number, FactProfile>();

  constructor(
    private readonly index: FactIndex,
    private readonly options: EngineOptions,
  ) {}

  of(fact: number): FactProfile {
    let p = this.memo.get(fact);
    if (!p) {
      if (this.memo.size >= 20_000) this.memo.clear();
      this.memo.set(fact, (p = this.read(fact)));
    }
    return p;
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
      questions.push({ ids: index.questionTerms.of(q), units, figures: index.questionFigures.of(q) });
    }
    return { content: index.contentTerms.of(fact), questions, figures: index.contentFigures.of(fact) };
  }
}

/** Whether a sorted id list holds an id (binary search). */
export function holds(sorted: Int32Array, id: number): boolean {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < id) lo = mid + 1;
    else hi = mid;
  }
  return lo < sorted.length && sorted[lo] === id;
}
