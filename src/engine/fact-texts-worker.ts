// Worker thread entry: indexes the texts of a run of facts handed over in shared memory and posts the part back.
import { workerData, type MessagePort } from 'node:worker_threads';
import type { GlossaryEntry } from '../facts/schema.js';
import { createTextIndexer, partBuffers, weighPart } from './index-fact-texts.js';
import type { Bm25Params } from './InvertedIndex.js';
import type { EngineOptions } from './options.js';
import type { PackedFacts } from './pack-fact-texts.js';
import { WorkerState } from './worker-state.js';

interface Setup {
  /** Index of the run's first fact in the table. */
  from: number;
  glossary: GlossaryEntry[];
  weights: EngineOptions['fieldWeights'];
  bm25: Bm25Params;
  /** Int32 [0]: WorkerState, [1]: facts indexed so far; Float64 [1]: the average length, given by the builder. */
  control: SharedArrayBuffer;
  /** Every document's length, by fact index: each worker writes its run's. */
  lengths: Float64Array;
  port: MessagePort;
}


const { from, glossary, weights, bm25, control, lengths, port } = workerData as Setup;
const state = new Int32Array(control, 0, 2);
const average = new Float64Array(control, 8, 1);
const report = (s: number) => {
  Atomics.store(state, 0, s);
  Atomics.notify(state, 0);
};
// The builder waits for this: a worker that never gets here (it could not load) is given up for inline indexing.
report(WorkerState.Started);
const indexer = createTextIndexer(glossary, weights);
// The run arrives in chunks as the builder packs them, then null: indexing starts with the first chunk.
port.on('message', (chunk: PackedFacts | null) => {
  try {
    if (chunk) {
      indexer.add(chunk);
      Atomics.add(state, 1, chunk.facts);
      return;
    }
    const part = indexer.finish();
    lengths.set(part.lengths, from);
    report(WorkerState.Lengths);
    // BM25's length norm needs the average over every run: the builder works it out once all lengths are in.
    Atomics.wait(state, 0, WorkerState.Lengths);
    const weighted = weighPart(part, from, average[0]!, bm25);
    port.postMessage(weighted, partBuffers(weighted));
    report(WorkerState.Done);
  } catch (e) {
    port.postMessage({ error: e instanceof Error ? e.message : String(e) });
    report(WorkerState.Failed);
  }
  port.close();
  // Ends this thread at once (not the process): its isolate lets go of the shared texts and postings now, not at
  // some later collection.
  process.exit(0);
});
