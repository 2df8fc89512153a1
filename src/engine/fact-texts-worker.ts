// Worker thread entry: indexes the texts of a run of facts handed over in shared memory and posts the part back.
import { workerData, type MessagePort } from 'node:worker_threads';
import type { GlossaryEntry } from '../facts/schema.js';
import { indexFactTexts, partBuffers } from './index-fact-texts.js';
import type { EngineOptions } from './options.js';
import { unpackFacts, type PackedFacts } from './pack-fact-texts.js';
import { WorkerState } from './worker-state.js';

interface Job {
  facts: PackedFacts;
  glossary: GlossaryEntry[];
  weights: EngineOptions['fieldWeights'];
  state: Int32Array;
  port: MessagePort;
}

const { facts, glossary, weights, state, port } = workerData as Job;
// The builder waits for this: a worker that never gets here (it could not load) is given up for inline indexing.
Atomics.store(state, 0, WorkerState.Started);
Atomics.notify(state, 0);
try {
  const part = indexFactTexts(unpackFacts(facts), glossary, weights);
  port.postMessage(part, partBuffers(part));
  Atomics.store(state, 0, WorkerState.Done);
} catch (e) {
  port.postMessage({ error: e instanceof Error ? e.message : String(e) });
  Atomics.store(state, 0, WorkerState.Failed);
}
Atomics.notify(state, 0);
port.close();
