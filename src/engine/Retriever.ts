// Retrieve: the facts worth re-ranking for a question, by BM25 over their content plus their closest curated question.
import type { FactIndex } from './FactIndex.js';
import type { EngineOptions } from './options.js';
import { bestDateFit } from './parse-query-date.js';
import type { Query } from './build-query.js';

/** What to leave out of the index for one question: the evaluation asks curated questions without themselves. */
export interface Exclusion {
  /** Curated questions (document numbers): their words must not find their fact. */
  questions?: ReadonlySet<number>;
  /** Facts to act as if the table did not hold. */
  facts?: ReadonlySet<number>;
}

export interface Scored {
  fact: number;
  score: number;
}

export interface Retrieval {
  /** The best facts, best first, at most `candidates` of them. */
  candidates: Scored[];
  /** Every fact the question reached, with its score (editions of the answer are looked for among them). */
  pool: { facts: Int32Array; scores: Float64Array; size: number };
}

/** Reusable buffers for one index: a question touches few facts, and resetting only those keeps it fast. */
export class Retriever {
  private readonly contentScore: Float64Array;
  private readonly questionBest: Float64Array;
  private readonly questionScore: Float64Array;
  private readonly touched: Int32Array;
  private readonly marked: Uint8Array;
  private readonly touchedQuestions: Int32Array;
  private touchedCount = 0;
  private touchedQuestionCount = 0;
  private readonly poolScores: Float64Array;

  constructor(
    private readonly index: FactIndex,
    private readonly options: EngineOptions,
  ) {
    const n = index.facts.length;
    const q = index.questionFact.length;
    this.contentScore = new Float64Array(n);
    this.questionBest = new Float64Array(n);
    this.touched = new Int32Array(n);
    this.marked = new Uint8Array(n);
    this.poolScores = new Float64Array(n);
    this.questionScore = new Float64Array(q);
    this.touchedQuestions = new Int32Array(q);
  }

  retrieve(query: Query, exclude: Exclusion = {}): Retrieval {
    this.reset();
    const { index, options } = this;
    const n = index.facts.length;
    const skipFact = exclude.facts;
    // Words most facts hold ("ASEAN", "Việt Nam") reach no fact unless nothing rarer is asked: walking their curated
    // questions is most of the time on a large table. They still order the facts rarer words reach, by content.
    const common = (t: number) => index.factDf[t]! > n * options.commonShare;
    // A synonym or a spelling correction (credit below 1) of a word the table holds as typed stands in for that word:
    // when the word is common, what it stands for is no rarer word asked ("meeting" read as "conference" must not
    // decide alone which facts "Senior Officials Meeting" reaches).
    const standIns = new Set<number>();
    for (const u of query.units) {
      if (!u.ids.some((id, k) => u.credits[k] === 1 && common(id))) continue;
      u.ids.forEach((id, k) => u.credits[k]! < 1 && standIns.add(id));
    }
    const anchored = query.terms.some((t) => !common(t.id) && !standIns.has(t.id));
    const rare = anchored ? query.terms.filter((t) => !common(t.id)) : [];
    // The posting loops are written out: they are most of the time on a large table.
    const { content, questions, questionFact } = index;
    const { contentScore, questionScore, touchedQuestions, marked, touched } = this;
    const excluded = exclude.questions;
    for (const t of rare.length ? rare : query.terms) {
      let w = t.weight * content.idf[t.id]!;
      for (let i = content.starts[t.id]!, end = content.starts[t.id + 1]!; i < end; i++) {
        const doc = content.docs[i]!;
        if (skipFact?.has(doc)) continue;
        if (!marked[doc]) {
          marked[doc] = 1;
          touched[this.touchedCount++] = doc;
        }
        contentScore[doc]! += w * content.impacts[i]!;
      }
      w = t.weight * questions.idf[t.id]!;
      for (let i = questions.starts[t.id]!, end = questions.starts[t.id + 1]!; i < end; i++) {
        const doc = questions.docs[i]!;
        if (excluded?.has(doc) || skipFact?.has(questionFact[doc]!)) continue;
        if (questionScore[doc] === 0) touchedQuestions[this.touchedQuestionCount++] = doc;
        questionScore[doc]! += w * questions.impacts[i]!;
      }
    }
    for (let k = 0; k < this.touchedQuestionCount; k++) {
      const q = this.touchedQuestions[k]!;
      const f = index.questionFact[q]!;
      this.touch(f);
      if (this.questionScore[q]! > this.questionBest[f]!) this.questionBest[f] = this.questionScore[q]!;
    }
    // A date reaches the facts on it as a rare word does, before the common words order what was reached: the twenty
    // facts of one meeting share its date, and "SOM" tells which of them a question is about.
    const date = query.analysis.date;
    const dateMatched = new Set<number>();
    if (date) {
      for (const f of index.datedByMonth.get(date.month) ?? []) {
        if (skipFact?.has(f) || bestDateFit(date, index.dates[f]!) !== 'match') continue;
        this.touch(f);
        dateMatched.add(f);
      }
    }
    // Among a hundred thousand facts, hundreds hold "Chiang Rai": "SOM" and "ASEAN" then tell them apart.
    if (rare.length) {
      for (const t of query.terms) {
        if (!common(t.id)) continue;
        const w = t.weight * content.idf[t.id]!;
        for (let i = content.starts[t.id]!, end = content.starts[t.id + 1]!; i < end; i++) {
          const doc = content.docs[i]!;
          if (marked[doc]) contentScore[doc]! += w * content.impacts[i]!;
        }
      }
    }
    const size = this.touchedCount;
    const facts = this.touched.subarray(0, size);
    const scores = this.poolScores.subarray(0, size);
    for (let k = 0; k < size; k++) {
      const f = facts[k]!;
      scores[k] = this.contentScore[f]! + options.questionWeight * this.questionBest[f]! + (dateMatched.has(f) ? options.dateWeight : 0);
    }
    return { candidates: best(facts, scores, options.candidates, options.maxTied, index.when), pool: { facts, scores, size } };
  }

  private touch(f: number): void {
    if (this.marked[f]) return;
    this.marked[f] = 1;
    this.touched[this.touchedCount++] = f;
  }

  private reset(): void {
    for (let k = 0; k < this.touchedCount; k++) {
      const f = this.touched[k]!;
      this.contentScore[f] = 0;
      this.questionBest[f] = 0;
      this.marked[f] = 0;
    }
    for (let k = 0; k < this.touchedQuestionCount; k++) this.questionScore[this.touchedQuestions[k]!] = 0;
    this.touchedCount = this.touchedQuestionCount = 0;
  }
}

/**
 * The k best by score, at most `maxTied` of any one score (a fact's many tied editions would fill every place; those
 * left out are still in the pool, where decide.ts looks for the latest); ties go to the later fact, then the earlier.
 */
function best(facts: Int32Array, scores: Float64Array, k: number, maxTied: number, when: Float64Array): Scored[] {
  const better = (a: Scored, b: Scored) => a.score > b.score || (a.score === b.score && (when[a.fact]! > when[b.fact]! || (when[a.fact] === when[b.fact] && a.fact < b.fact)));
  const top: Scored[] = [];
  for (let i = 0; i < facts.length; i++) {
    const c = { fact: facts[i]!, score: scores[i]! };
    if (top.length === k && !better(c, top[k - 1]!)) continue;
    let tied = 0;
    let worstTie = -1;
    for (let j = 0; j < top.length; j++) {
      if (top[j]!.score !== c.score) continue;
      tied++;
      worstTie = j;
    }
    if (tied >= maxTied) {
      // Full for this score: the better of the two keeps the place.
      if (!better(c, top[worstTie]!)) continue;
      top.splice(worstTie, 1);
    } else if (top.length === k) top.pop();
    let at = top.length;
    top.push(c);
    while (at > 0 && better(c, top[at - 1]!)) {
      top[at] = top[at - 1]!;
      at--;
    }
    top[at] = c;
  }
  return top;
}
