// Worker thread entry: reads the answers handed over in shared memory and posts their terms back (see read-answers-in-worker).
import { workerData, type MessagePort } from 'node:worker_threads';
import type { GlossaryEntry } from '../facts/schema.js';
import { readAnswers, unpackTexts, type AnswerTerms, type PackedTexts } from './read-answers.js';
import { WorkerState } from './worker-state.js';

interface Job {
  texts: PackedTexts;
  glossary: GlossaryEntry[];
  state: Int32Array;
  port: MessagePort;
}

const { texts, glossary, state, port } = workerData as Job;
// The builder waits on this: a worker that never gets here (it could not load) is given up for inline reading.
Atomics.store(state, 0, WorkerState.Started);
try {
  const result: AnswerTerms = readAnswers(unpackTexts(texts), glossary);
  const { offsets, terms, counts, tokens, viUses, enUses, lowerSeen, traits } = result;
  port.postMessage(result, [offsets, terms, counts, tokens, viUses, enUses, lowerSeen, traits].map((a) => a.buffer as ArrayBuffer));
  Atomics.store(state, 0, WorkerState.Done);
} catch (e) {
  port.postMessage({ error: e instanceof Error ? e.message : String(e) });
  Atomics.store(state, 0, WorkerState.Failed);
}
Atomics.notify(state, 0);
port.close();
