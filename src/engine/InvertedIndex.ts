// A compact inverted index with BM25F-style scoring: interned term ids and one flat array of postings per field.
import { growArray } from '../text/grow-array.js';

export interface Bm25Params {
  k1: number;
  b: number;
}

/**
 * Postings of every term live in two flat arrays (documents and BM25 impacts), term t at [starts[t], starts[t+1]):
 * a hundred thousand facts make tens of millions of postings, which per-term objects would bury in garbage.
 */
export class InvertedIndex {
  /** Highest idf of any term: the rarity of a word the table has never seen. */
  readonly maxIdf: number;

  constructor(
    private readonly ids: ReadonlyMap<string, number>,
    private readonly names: readonly string[],
    /** Offsets into docs/impacts by term id; length = terms + 1. */
    readonly starts: Int32Array,
    /** Documents of each posting, ascending within a term. */
    readonly docs: Int32Array,
    /** BM25 saturation and length norm of each posting, without the idf: tf·(k1+1) / (tf + norm(doc)). */
    readonly impacts: Float32Array,
    readonly idfs: Float64Array,
    /** Number of documents. */
    readonly size: number,
  ) {
    let max = 0;
    for (const x of idfs) if (x > max) max = x;
    this.maxIdf = max;
    // Worked out on first use: most terms are never asked about.
    this.maxImpacts = new Float64Array(idfs.length).fill(NaN);
  }

  /** The highest BM25 impact of a term in any document (0 when unknown): bounds what the term can add. */
  maxImpact(term: number): number {
    let max = this.maxImpacts[term];
    if (max === undefined || Number.isNaN(max)) {
      max = 0;
      for (let i = this.starts[term]!; i < this.starts[term + 1]!; i++) if (this.impacts[i]! > max) max = this.impacts[i]!;
      this.maxImpacts[term] = max;
    }
    return max;
  }

  private readonly maxImpacts: Float64Array;

  /** The id of a term, or -1 when no document holds it. */
  id(term: string): number {
    return this.ids.get(term) ?? -1;
  }

  /** How many documents hold a term (0 when unknown). */
  df(term: string | number): number {
    const id = typeof term === 'number' ? term : this.id(term);
    return id < 0 ? 0 : this.starts[id + 1]! - this.starts[id]!;
  }

  /** Documents holding a term, ascending (a view, not a copy). */
  postingDocs(term: string | number): Int32Array {
    const id = typeof term === 'number' ? term : this.id(term);
    return id < 0 ? new Int32Array(0) : this.docs.subarray(this.starts[id]!, this.starts[id + 1]!);
  }

  /** Whether a document holds a term (postings are in document order). */
  contains(term: string | number, doc: number): boolean {
    const id = typeof term === 'number' ? term : this.id(term);
    if (id < 0) return false;
    const end = this.starts[id + 1]!;
    const at = seekAtLeast(this.docs, this.starts[id]!, end, doc);
    return at < end && this.docs[at] === doc;
  }

  terms(): IterableIterator<string> {
    return this.ids.keys();
  }

  get termCount(): number {
    return this.names.length;
  }

  /** The term of an id. */
  name(id: number): string {
    return this.names[id]!;
  }
}

/**
 * The first index in [from, to) of an ascending array whose value is at least `value` (`to` if none): a galloping
 * search, quick both for a value close to `from` and for one far away.
 */
export function seekAtLeast(sorted: Int32Array, from: number, to: number, value: number): number {
  let lo = from;
  let hi = from;
  let step = 1;
  while (hi < to && sorted[hi]! < value) {
    lo = hi + 1;
    hi += step;
    step *= 2;
  }
  if (hi > to) hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const CHUNK = 1 << 20;

/**
 * The postings of one run of documents (ids from 0 within the run), by the run's own term ids, before BM25: the
 * length norm needs the lengths of every run. Term t's postings are [termStarts[t], termStarts[t+1]).
 */
export interface PostingRun {
  names: string[];
  termStarts: Int32Array;
  docs: Int32Array;
  /** Weighted term frequencies. */
  tfs: Float32Array;
  /** Weighted length of each document. */
  lengths: Float64Array;
}

/**
 * Builds the postings of a run of documents, one document at a time. Documents arrive in id order, so a counting
 * sort by term at the end gives postings already sorted by document. The (term, tf) pairs wait in fixed-size
 * chunks: growing one array would copy tens of millions of entries over and over.
 */
export class IndexBuilder {
  private readonly ids = new Map<string, number>();
  private readonly names: string[] = [];
  private df = new Int32Array(1024);
  private termChunks: Int32Array[] = [];
  private tfChunks: Float32Array[] = [];
  private used = 0;
  private docEnds: number[] = [];
  private lengths: number[] = [];

  /** The id of a term, interning it on first sight. */
  intern(term: string): number {
    let id = this.ids.get(term);
    if (id === undefined) {
      id = this.names.length;
      this.ids.set(term, id);
      this.names.push(term);
      this.df = growArray(this.df, id + 1);
    }
    return id;
  }

  /** Terms interned so far (ids are below this). */
  get size(): number {
    return this.names.length;
  }

  /** Adds the next document: `count` distinct term ids with their weighted frequencies, and its weighted length. */
  addDocument(terms: ArrayLike<number>, tfs: ArrayLike<number>, count: number, length: number): number {
    for (let i = 0; i < count; i++) {
      const at = this.used + i;
      const chunk = at >>> 20;
      if (chunk === this.termChunks.length) {
        this.termChunks.push(new Int32Array(CHUNK));
        this.tfChunks.push(new Float32Array(CHUNK));
      }
      const t = terms[i]!;
      this.termChunks[chunk]![at & (CHUNK - 1)] = t;
      this.tfChunks[chunk]![at & (CHUNK - 1)] = tfs[i]!;
      this.df[t]!++;
    }
    this.used += count;
    this.docEnds.push(this.used);
    this.lengths.push(length);
    return this.lengths.length - 1;
  }

  /** The postings of the documents added (the builder is spent afterwards). */
  run(): PostingRun {
    const n = this.lengths.length;
    const termCount = this.names.length;
    const termStarts = new Int32Array(termCount + 1);
    for (let t = 0; t < termCount; t++) termStarts[t + 1] = termStarts[t]! + this.df[t]!;
    const fill = termStarts.slice(0, termCount);
    const docs = new Int32Array(this.used);
    const tfs = new Float32Array(this.used);
    let i = 0;
    for (let d = 0; d < n; d++) {
      for (const end = this.docEnds[d]!; i < end; i++) {
        const t = this.termChunks[i >>> 20]![i & (CHUNK - 1)]!;
        const at = fill[t]!++;
        docs[at] = d;
        tfs[at] = this.tfChunks[i >>> 20]![i & (CHUNK - 1)]!;
      }
    }
    // The build buffers are the size of the postings: let them go as soon as the postings exist.
    this.termChunks = [];
    this.tfChunks = [];
    return { names: this.names, termStarts, docs, tfs, lengths: Float64Array.from(this.lengths) };
  }
}

/** A run's postings weighed by BM25: document ids made global, and each posting's impact instead of its tf. */
export interface WeightedRun {
  names: string[];
  termStarts: Int32Array;
  docs: Int32Array;
  impacts: Float32Array;
}

/** The average document length, summed in document order (every run's lengths, end to end). */
export function averageLength(lengths: Float64Array): number {
  let total = 0;
  for (let d = 0; d < lengths.length; d++) total += lengths[d]!;
  return total / Math.max(1, lengths.length) || 1;
}

/**
 * BM25 saturation and length norm of each posting of a run whose first document is `firstDoc`, given the average
 * length of all documents: tf·(k1+1) / (tf + k1·(1 − b + b·length/avg)). The run's docs are made global in place.
 */
export function weighRun(run: PostingRun, firstDoc: number, avg: number, { k1, b }: Bm25Params): WeightedRun {
  const { docs, tfs, lengths } = run;
  const impacts = new Float32Array(docs.length);
  for (let i = 0; i < docs.length; i++) {
    const d = docs[i]!;
    const tf = tfs[i]!;
    impacts[i] = (tf * (k1 + 1)) / (tf + k1 * (1 - b + (b * lengths[d]!) / avg));
    docs[i] = d + firstDoc;
  }
  return { names: run.names, termStarts: run.termStarts, docs, impacts };
}

/**
 * One index from weighed runs of consecutive documents, in document order: each term's postings are its postings
 * in the first run, then in the second, and so on, so they stay sorted by document. Returns each run's term ids in
 * the index. Runs indexed in parallel and merged give the same index as one run over every document.
 */
export function mergeRuns(runs: readonly WeightedRun[], documents: number): { index: InvertedIndex; ids: Int32Array[] } {
  const idOf = new Map<string, number>();
  const names: string[] = [];
  const ids = runs.map((r) =>
    Int32Array.from(r.names, (name) => {
      let id = idOf.get(name);
      if (id === undefined) {
        idOf.set(name, (id = names.length));
        names.push(name);
      }
      return id;
    }),
  );
  const termCount = names.length;
  const starts = new Int32Array(termCount + 1);
  runs.forEach((r, p) => {
    const local = ids[p]!;
    for (let t = 0; t < local.length; t++) starts[local[t]! + 1]! += r.termStarts[t + 1]! - r.termStarts[t]!;
  });
  for (let t = 0; t < termCount; t++) starts[t + 1]! += starts[t]!;
  const docs = new Int32Array(starts[termCount]!);
  const impacts = new Float32Array(starts[termCount]!);
  const fill = starts.slice(0, termCount);
  runs.forEach((r, p) => {
    const local = ids[p]!;
    for (let t = 0; t < local.length; t++) {
      const from = r.termStarts[t]!;
      const to = r.termStarts[t + 1]!;
      const g = local[t]!;
      docs.set(r.docs.subarray(from, to), fill[g]!);
      impacts.set(r.impacts.subarray(from, to), fill[g]!);
      fill[g]! += to - from;
    }
  });
  const idfs = new Float64Array(termCount);
  for (let t = 0; t < termCount; t++) {
    const df = starts[t + 1]! - starts[t]!;
    idfs[t] = Math.log(1 + (documents - df + 0.5) / (df + 0.5));
  }
  return { index: new InvertedIndex(idOf, names, starts, docs, impacts, idfs, documents), ids };
}
