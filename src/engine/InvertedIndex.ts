// A compact inverted index with BM25F-style scoring: weighted term frequencies per document, typed-array postings.

export interface Posting {
  docs: Int32Array;
  /** Field-weighted term frequency per document, aligned with docs. */
  tfs: Float32Array;
}

export interface Bm25Params {
  k1: number;
  b: number;
}

export class InvertedIndex {
  private building: Map<string, { docs: number[]; tfs: number[] }> | undefined = new Map();
  private postings = new Map<string, Posting>();
  private lengths: number[] = [];
  private norm = new Float32Array(0);
  private idfs = new Map<string, number>();
  maxIdf = 0;

  constructor(private readonly params: Bm25Params) {}

  get size(): number {
    return this.lengths.length;
  }

  /** Adds one document given its weighted term frequencies; returns its id (ids are dense, in insertion order). */
  add(terms: ReadonlyMap<string, number>, length: number): number {
    const id = this.lengths.length;
    const building = this.building;
    if (!building) throw new Error('index already finalised');
    for (const [term, tf] of terms) {
      let p = building.get(term);
      if (!p) building.set(term, (p = { docs: [], tfs: [] }));
      p.docs.push(id);
      p.tfs.push(tf);
    }
    this.lengths.push(length);
    return id;
  }

  /** Freezes postings into typed arrays and precomputes idf and length norms. */
  finalize(): void {
    const building = this.building;
    if (!building) return;
    const n = this.lengths.length;
    const avg = this.lengths.reduce((a, b) => a + b, 0) / Math.max(1, n);
    const { k1, b } = this.params;
    this.norm = Float32Array.from(this.lengths, (len) => k1 * (1 - b + (b * len) / (avg || 1)));
    for (const [term, p] of building) {
      this.postings.set(term, { docs: Int32Array.from(p.docs), tfs: Float32Array.from(p.tfs) });
      const idf = Math.log(1 + (n - p.docs.length + 0.5) / (p.docs.length + 0.5));
      this.idfs.set(term, idf);
      if (idf > this.maxIdf) this.maxIdf = idf;
    }
    this.building = undefined;
  }

  posting(term: string): Posting | undefined {
    return this.postings.get(term);
  }

  idf(term: string): number | undefined {
    return this.idfs.get(term);
  }

  has(term: string): boolean {
    return this.postings.has(term);
  }

  /** BM25 contribution of one posting entry. */
  contribution(i: number, p: Posting, idf: number): number {
    const tf = p.tfs[i]!;
    const doc = p.docs[i]!;
    return (idf * tf * (this.params.k1 + 1)) / (tf + this.norm[doc]!);
  }

  /** Whether a document holds a term (binary search: postings are in document order). */
  contains(term: string, doc: number): boolean {
    const p = this.postings.get(term);
    if (!p) return false;
    let lo = 0;
    let hi = p.docs.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const v = p.docs[mid]!;
      if (v === doc) return true;
      if (v < doc) lo = mid + 1;
      else hi = mid - 1;
    }
    return false;
  }

  terms(): IterableIterator<string> {
    return this.postings.keys();
  }
}
