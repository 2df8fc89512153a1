// Indexes the texts of a large table in worker threads, one run of facts each, while the builder does the rest.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import type { GlossaryEntry } from '../facts/schema.js';
import { indexFactTexts, weighPart, type FactTexts, type TextPart, type WeightedPart } from './index-fact-texts.js';
import { averageLength, type Bm25Params } from './InvertedIndex.js';
import type { EngineOptions } from './options.js';
import { packFacts, type PackedFacts } from './pack-fact-texts.js';
import { WorkerState } from './worker-state.js';

/**
 * How the texts were indexed, for the benchmark and the tests (a fallback is slower, never different): "inline",
 * "2 workers", or with the runs indexed here instead and why, "1 worker, 1 run inline: a worker failed (…)" or
 * "inline: no compiled worker (…)".
 */
export type TextIndexing = string;

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
  /** The worker's compiled code (see fact-texts-worker). */
  workerUrl: URL;
  /** A worker that shows no progress for this long is given up, and its run indexed inline. */
  stallMs: number;
}

/** Facts per chunk handed to a worker: small enough that workers start at once, large enough to cost few messages. */
const CHUNK = 4096;

interface Run {
  from: number;
  to: number;
  worker?: Worker;
  port?: MessagePort;
  /** [0]: the worker's state (WorkerState), [1]: facts it has indexed so far, to tell a slow worker from a dead one. */
  control?: Int32Array;
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
      const part = indexFactTexts([packFacts(facts)], glossary, weights);
      return { parts: [weighPart(part, 0, averageLength(part.lengths), bm25)], indexing };
    },
  });
  if (job.workers < 2 || n < 2) return inline('inline');
  if (job.workerUrl.protocol === 'file:' && !existsSync(fileURLToPath(job.workerUrl))) {
    return inline('inline: no compiled worker (running from sources)');
  }
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
      run.control = new Int32Array(control, 0, 2);
      run.average = new Float64Array(control, 8, 1);
      run.worker = new Worker(job.workerUrl, { workerData: { from, glossary, weights, bm25, control, lengths, port: port2 }, transferList: [port2] });
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
        if (!run.problem) run.problem = waitForLengths(run, job.stallMs);
        if (run.problem) {
          stop(run);
          run.part = indexFactTexts(run.chunks, glossary, weights);
          lengths.set(run.part.lengths, run.from);
        }
      }
      const avg = averageLength(lengths);
      for (const run of runs) {
        if (run.part) continue;
        run.average![0] = avg;
        Atomics.store(run.control!, 0, WorkerState.Weighing);
        Atomics.notify(run.control!, 0);
      }
      const parts = runs.map((run): WeightedPart => {
        if (!run.part) {
          const part = waitForPart(run, job.stallMs);
          stop(run);
          if (typeof part !== 'string') return part;
          run.problem = part;
          run.part = indexFactTexts(run.chunks, glossary, weights);
        }
        return weighPart(run.part, run.from, avg, bm25);
      });
      // The texts are as large as the table's text: nothing may keep them once the parts are in.
      for (const run of runs) {
        run.chunks = [];
        run.part = run.worker = run.port = undefined;
      }
      return { parts, indexing: describe(runs) };
    },
  };
}

/**
 * Failures arrive through the state and the port; this only keeps a crash from becoming an unhandled error. Not a
 * closure inside startIndexingTexts: a worker object lives on for a while, and it would keep the texts alive.
 */
function ignoreError(): void {}

function describe(runs: readonly Run[]): TextIndexing {
  const problems = runs.flatMap((r) => (r.problem ? [r.problem] : []));
  const workers = runs.length - problems.length;
  if (!problems.length) return `${workers} workers`;
  const why = [...new Set(problems)].join('; ');
  if (!workers) return `inline: ${why}`;
  return `${workers} worker${workers > 1 ? 's' : ''}, ${problems.length} run${problems.length > 1 ? 's' : ''} inline: ${why}`;
}

/**
 * Waits while the worker is in `state`; false when it made no progress for `stallMs` (it crashed, or its thread
 * never started): the builder cannot see a worker's exit while it waits, so progress is what tells.
 */
function waitWhile(run: Run, state: number, stallMs: number): boolean {
  const control = run.control!;
  let progress = Atomics.load(control, 1);
  let since = performance.now();
  while (Atomics.load(control, 0) === state) {
    Atomics.wait(control, 0, state, Math.min(1000, stallMs));
    const now = performance.now();
    const p = Atomics.load(control, 1);
    if (p !== progress) {
      progress = p;
      since = now;
    } else if (Atomics.load(control, 0) === state && now - since >= stallMs) return false;
  }
  return true;
}

/** Waits until the worker has written its lengths; returns why not if it failed. */
function waitForLengths(run: Run, stallMs: number): string | undefined {
  if (!waitWhile(run, WorkerState.Starting, stallMs)) return 'a worker did not start';
  if (!waitWhile(run, WorkerState.Started, stallMs)) return 'a worker stopped indexing';
  if (Atomics.load(run.control!, 0) === WorkerState.Failed) return failure(run);
  return undefined;
}

/** The worker's weighed part, or why there is none. */
function waitForPart(run: Run, stallMs: number): WeightedPart | string {
  if (!waitWhile(run, WorkerState.Weighing, stallMs)) return 'a worker stopped weighing';
  if (Atomics.load(run.control!, 0) === WorkerState.Failed) return failure(run);
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
    Atomics.wait(run.control!, 0, Atomics.load(run.control!, 0), 10);
  }
  return undefined;
}

function stop(run: Run): void {
  run.port?.close();
  if (run.worker) void run.worker.terminate();
}
