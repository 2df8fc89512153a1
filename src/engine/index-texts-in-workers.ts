// Indexes the texts of a large table in worker threads, one run of facts each, while the builder does the rest.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import type { GlossaryEntry } from '../facts/schema.js';
import { createTextIndexer, indexFactTexts, weighPart, type FactTexts, type TextPart, type WeightedPart } from './index-fact-texts.js';
import { averageLength, type Bm25Params } from './InvertedIndex.js';
import type { EngineOptions } from './options.js';
import { packFacts, type PackedFacts } from './pack-fact-texts.js';
import { WorkerState } from './worker-state.js';

/** How the texts were indexed, for the benchmark and the tests (a fallback is slower, never different). */
export type TextIndexing = 'inline' | `${number} workers` | `inline: ${string}`;

export interface PendingParts {
  /** Waits for the weighed parts, in fact order (synchronously: createEngine stays a plain function). */
  take(): { parts: WeightedPart[]; indexing: TextIndexing };
}

export interface TextIndexingJob {
  facts: readonly FactTexts[];
  glossary: readonly GlossaryEntry[];
  weights: EngineOptions['fieldWeights'];
  bm25: Bm25Params;
  /** Worker threads to use (fewer than 2: none, everything is indexed inline). */
  workers: number;
}

/** How long a worker may take to load before its facts are indexed inline instead. */
const START_TIMEOUT_MS = 10_000;
const WORKER_FILE = new URL('./fact-texts-worker.js', import.meta.url);
/** Facts per chunk handed to a worker: small enough that workers start at once, large enough to cost few messages. */
const CHUNK = 4096;

interface Run {
  from: number;
  to: number;
  worker?: Worker;
  port?: MessagePort;
  state?: Int32Array;
  average?: Float64Array;
  /** The run's texts in chunks (shared with its worker). */
  chunks: PackedFacts[];
  /** Set when the run is indexed here instead (the worker failed). */
  part?: TextPart;
  problem?: string;
}

/**
 * Splits the facts into runs and indexes each in a worker thread; with fewer than two workers, or when the compiled
 * worker is missing (the code runs from TypeScript sources, as under vitest), everything is indexed inline when
 * take() is called. A run whose worker fails is indexed inline: the parts are the same either way.
 */
export function startIndexingTexts(job: TextIndexingJob): PendingParts {
  const { facts, glossary, weights, bm25 } = job;
  const n = facts.length;
  const inline = (indexing: TextIndexing): PendingParts => ({
    take() {
      const part = indexFactTexts(packFacts(facts), glossary, weights);
      return { parts: [weighPart(part, 0, averageLength(part.lengths), bm25)], indexing };
    },
  });
  if (job.workers < 2 || n < 2) return inline('inline');
  if (!existsSync(fileURLToPath(WORKER_FILE))) return inline('inline: no compiled worker (running from sources)');
  const lengths = new Float64Array(new SharedArrayBuffer(n * 8));
  const runs: Run[] = [];
  const size = Math.ceil(n / job.workers);
  // Every worker starts loading its code at once; each run's texts follow as soon as they are packed.
  for (let from = 0; from < n; from += size) {
    const run: Run = { from, to: Math.min(n, from + size), chunks: [] };
    runs.push(run);
    try {
      const control = new SharedArrayBuffer(16);
      const { port1, port2 } = new MessageChannel();
      run.port = port1;
      run.state = new Int32Array(control, 0, 1);
      run.average = new Float64Array(control, 8, 1);
      run.worker = new Worker(WORKER_FILE, { workerData: { from, glossary, weights, bm25, control, lengths, port: port2 }, transferList: [port2] });
      run.worker.on('error', ignoreError);
      run.worker.unref();
    } catch (e) {
      run.problem = `a worker did not start (${(e as Error).message})`;
    }
  }
  // Chunks in turn to each worker, so that every worker is busy after the first chunk instead of the whole run.
  for (let at = 0; at < size; at += CHUNK) {
    for (const run of runs) {
      if (run.from + at >= run.to) continue;
      const chunk = packFacts(facts.slice(run.from + at, Math.min(run.to, run.from + at + CHUNK)));
      run.chunks.push(chunk);
      if (!run.problem) run.port!.postMessage(chunk);
    }
  }
  for (const run of runs) if (!run.problem) run.port!.postMessage(null);
  return {
    take() {
      // Every run's lengths first (from its worker, or indexed here), for the average length BM25 needs.
      for (const run of runs) {
        if (!run.problem) run.problem = waitForLengths(run);
        if (run.problem) {
          stop(run);
          run.part = indexChunks(run.chunks, glossary, weights);
          lengths.set(run.part.lengths, run.from);
        }
      }
      const avg = averageLength(lengths);
      for (const run of runs) {
        if (run.part) continue;
        run.average![0] = avg;
        Atomics.store(run.state!, 0, WorkerState.Weighing);
        Atomics.notify(run.state!, 0);
      }
      const parts = runs.map((run): WeightedPart => {
        if (!run.part) {
          const part = waitForPart(run);
          stop(run);
          if (typeof part !== 'string') return part;
          run.problem = part;
          run.part = indexChunks(run.chunks, glossary, weights);
        }
        return weighPart(run.part, run.from, avg, bm25);
      });
      // The texts are as large as the table's text: nothing may keep them once the parts are in.
      for (const run of runs) {
        run.chunks = [];
        run.part = run.worker = run.port = undefined;
      }
      const problems = runs.flatMap((r) => (r.problem ? [r.problem] : []));
      return { parts, indexing: problems.length ? `inline: ${problems.join('; ')}` : `${runs.length} workers` };
    },
  };
}

/**
 * Failures arrive through the state and the port; this only keeps a crash from becoming an unhandled error. Not a
 * closure inside startIndexingTexts: a worker object lives on for a while, and it would keep the texts alive.
 */
function ignoreError(): void {}

function indexChunks(chunks: readonly PackedFacts[], glossary: readonly GlossaryEntry[], weights: EngineOptions['fieldWeights']): TextPart {
  const indexer = createTextIndexer(glossary, weights);
  for (const chunk of chunks) indexer.add(chunk);
  return indexer.finish();
}

/** Waits until the worker has written its lengths; returns why not if it failed. */
function waitForLengths(run: Run): string | undefined {
  const state = run.state!;
  if (Atomics.wait(state, 0, WorkerState.Starting, START_TIMEOUT_MS) === 'timed-out') return 'a worker did not start in time';
  while (Atomics.load(state, 0) === WorkerState.Started) Atomics.wait(state, 0, WorkerState.Started);
  if (Atomics.load(state, 0) === WorkerState.Failed) return failure(run);
  return undefined;
}

/** The worker's weighed part, or why there is none. */
function waitForPart(run: Run): WeightedPart | string {
  const state = run.state!;
  while (Atomics.load(state, 0) === WorkerState.Weighing) Atomics.wait(state, 0, WorkerState.Weighing);
  if (Atomics.load(state, 0) === WorkerState.Failed) return failure(run);
  const message = receive(run);
  return !message ? 'a worker sent no part' : 'error' in message ? `a worker failed (${message.error})` : message;
}

function failure(run: Run): string {
  const message = receive(run);
  return `a worker failed (${message && 'error' in message ? message.error : 'no reason given'})`;
}

/** The worker's message: posted before its state is set, so it is there; a short grace period costs nothing if not. */
function receive(run: Run): WeightedPart | { error: string } | undefined {
  for (let tries = 0; tries < 100; tries++) {
    const message = receiveMessageOnPort(run.port!)?.message as WeightedPart | { error: string } | undefined;
    if (message) return message;
    Atomics.wait(run.state!, 0, Atomics.load(run.state!, 0), 10);
  }
  return undefined;
}

function stop(run: Run): void {
  run.port?.close();
  if (run.worker) void run.worker.terminate();
}
