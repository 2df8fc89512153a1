// A compact inverted index with BM25F-style scoring: interned term ids and one flat array of postings per field.

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

/** Grows a typed array, keeping its content. */
function grow<T extends Int32Array | Float32Array>(a: T, min: number): T {
  let size = Math.max(16, a.length);
  while (size < min) size *= 2;
  const b = new (a.constructor as new (n: number) => T)(size);
  b.set(a);
  return b;
}

const CHUNK = 1 << 20;

/**
 * Builds an InvertedIndex one document at a time. Documents arrive in id order, so a counting sort by term at the
 * end gives postings already sorted by document. The (term, tf) pairs wait in fixed-size chunks: growing one array
 * would copy tens of millions of entries over and over.
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
      if (id >= this.df.length) this.df = grow(this.df, id + 1);
    }
    return id;
  }

  name(id: number): string {
    return this.names[id]!;
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

  finish({ k1, b }: Bm25Params): InvertedIndex {
    const n = this.lengths.length;
    const termCount = this.names.length;
    const starts = new Int32Array(termCount + 1);
    for (let t = 0; t < termCount; t++) starts[t + 1] = starts[t]! + this.df[t]!;
    const fill = starts.slice(0, termCount);
    const docs = new Int32Array(this.used);
    const impacts = new Float32Array(this.used);
    const avg = this.lengths.reduce((s, x) => s + x, 0) / Math.max(1, n) || 1;
    let i = 0;
    for (let d = 0; d < n; d++) {
      const norm = k1 * (1 - b + (b * this.lengths[d]!) / avg);
      for (const end = this.docEnds[d]!; i < end; i++) {
        const terms = this.termChunks[i >>> 20]!;
        const tfs = this.tfChunks[i >>> 20]!;
        const t = terms[i & (CHUNK - 1)]!;
        const tf = tfs[i & (CHUNK - 1)]!;
        const at = fill[t]!++;
        docs[at] = d;
        impacts[at] = (tf * (k1 + 1)) / (tf + norm);
      }
    }
    const idfs = new Float64Array(termCount);
    for (let t = 0; t < termCount; t++) {
      const df = this.df[t]!;
      idfs[t] = Math.log(1 + (n - df + 0.5) / (df + 0.5));
    }
    // The build buffers are the size of the index: let them go as soon as the index exists.
    this.termChunks = [];
    this.tfChunks = [];
    return new InvertedIndex(this.ids, this.names, starts, docs, impacts, idfs, n);
  }
}
