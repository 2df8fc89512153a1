// What re-ranking compares a question with, per fact: its term set and each curated question's words, read on demand.
import { analyzeQuestion } from './analyze-question.js';
import { contentTexts, questionsOf, type FactIndex } from './FactIndex.js';
import type { EngineOptions } from './options.js';
import { rarityOf } from './build-query.js';
import { pairTerm, readText, termsOf } from './terms.js';

/** The topic words of one curated question, each with the term ids that stand for it and its rarity. */
export interface QuestionProfile {
  /** Sorted ids of every term of the question. */
  ids: Int32Array;
  units: { ids: number[]; weight: number }[];
  numbers: ReadonlySet<string>;
}

export interface FactProfile {
  /** Sorted ids of every term of the fact's content (answers, names, titles, tags). */
  content: Int32Array;
  /** The fact's curated questions, in index order (Vietnamese, then English). */
  questions: QuestionProfile[];
  /** Figures the content states (digit runs, ordinals included). */
  numbers: ReadonlySet<string>;
}

/**
 * Profiles are read when a fact is first re-ranked and remembered (a bounded memory): a question re-ranks a few dozen
 * facts, so reading them then costs less than keeping every fact's detail from the start.
 */
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
    const f = index.facts[fact]!;
    const id = (term: string) => index.termIds.get(term) ?? -1;
    const content = new Set<number>();
    const numbers = new Set<string>();
    for (const [text] of contentTexts(f, options.fieldWeights)) {
      const read = readText(text, index.matcher, true);
      for (const t of termsOf(read)) content.add(id(t));
      for (const t of read.tokens) if (/^\d+$/.test(t.folded)) numbers.add(String(Number(t.folded)));
    }
    const questions = questionsOf(f).map((q): QuestionProfile => {
      const read = readText(q, index.matcher, true);
      const ids = new Set<number>();
      for (const t of termsOf(read)) ids.add(id(t));
      const a = analyzeQuestion(q, index.matcher, index.languageEvidence);
      const units = a.content.map((i) => {
        const alt = [id(read.words[i]!)];
        if (i > 0) alt.push(id(pairTerm(read.words[i - 1]!, read.words[i]!)));
        if (i + 1 < read.words.length) alt.push(id(pairTerm(read.words[i]!, read.words[i + 1]!)));
        for (const c of read.concepts) if (i >= c.start && i < c.end) alt.push(id(c.term));
        const known = alt.filter((x) => x >= 0);
        return { ids: known, weight: Math.min(...known.map((x) => rarityOf(index, x, options.coverageRarity))) };
      });
      const qNumbers = new Set(read.tokens.filter((t) => /^\d+$/.test(t.folded)).map((t) => String(Number(t.folded))));
      return { ids: sortedIds(ids), units: units.filter((u) => u.ids.length), numbers: qNumbers };
    });
    return { content: sortedIds(content), questions, numbers };
  }
}

const sortedIds = (ids: Set<number>): Int32Array => Int32Array.from([...ids].filter((x) => x >= 0)).sort();

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
