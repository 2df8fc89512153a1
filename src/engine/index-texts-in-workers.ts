// Indexes the texts of a large table in worker threads, one run of facts each, while the builder does the rest.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import type { GlossaryEntry } from '../facts/schema.js';
import { indexFactTexts, type FactTexts, type TextPart } from './index-fact-texts.js';
import type { EngineOptions } from './options.js';
import { packFacts } from './pack-fact-texts.js';
import { WorkerState } from './worker-state.js';

/** How the texts were indexed, for the benchmark and the tests (a fallback is slower, never different). */
export type TextIndexing = 'inline' | `${number} workers` | `inline: ${string}`;

export interface PendingParts {
  /** Waits for the parts, in fact order (synchronously: createEngine stays a plain function). */
  take(): { parts: TextPart[]; indexing: TextIndexing };
}

/** How long a worker may take to load before its facts are indexed inline instead. */
const START_TIMEOUT_MS = 10_000;
const WORKER_FILE = new URL('./fact-texts-worker.js', import.meta.url);

interface Running {
  from: number;
  to: number;
  worker: Worker;
  port: MessagePort;
  state: Int32Array;
}

/**
 * Splits the facts into `workers` runs and indexes each in a worker thread; with one worker or fewer, or when the
 * compiled worker is missing (the code runs from TypeScript sources, as under vitest), everything is indexed
 * inline when take() is called. A worker that fails has its run indexed inline: the parts are the same either way.
 */
export function startIndexingTexts(
  facts: readonly FactTexts[],
  glossary: readonly GlossaryEntry[],
  weights: EngineOptions['fieldWeights'],
  workers: number,
): PendingParts {
  const inline = (indexing: TextIndexing): PendingParts => ({ take: () => ({ parts: [indexFactTexts(facts, glossary, weights)], indexing }) });
  if (workers < 2) return inline('inline');
  if (!existsSync(fileURLToPath(WORKER_FILE))) return inline('inline: no compiled worker (running from sources)');
  const running: Running[] = [];
  const size = Math.ceil(facts.length / workers);
  try {
    for (let from = 0; from < facts.length; from += size) {
      const to = Math.min(facts.length, from + size);
      const state = new Int32Array(new SharedArrayBuffer(4));
      const { port1, port2 } = new MessageChannel();
      const worker = new Worker(WORKER_FILE, {
        workerData: { facts: packFacts(facts.slice(from, to)), glossary, weights, state, port: port2 },
        transferList: [port2],
      });
      // Failures arrive through the state and the port; this only keeps a crash from becoming an unhandled error.
      worker.on('error', () => {});
      worker.unref();
      running.push({ from, to, worker, port: port1, state });
    }
  } catch (e) {
    stop(running);
    return inline(`inline: the workers did not start (${(e as Error).message})`);
  }
  return {
    take() {
      const parts: TextPart[] = [];
      const problems: string[] = [];
      for (const r of running) {
        const part = waitFor(r);
        if (typeof part === 'string') {
          problems.push(part);
          parts.push(indexFactTexts(facts.slice(r.from, r.to), glossary, weights));
        } else parts.push(part);
      }
      stop(running);
      return { parts, indexing: problems.length ? `inline: ${problems.join('; ')}` : `${running.length} workers` };
    },
  };
}

/** The worker's part, or why there is none. */
function waitFor(r: Running): TextPart | string {
  if (Atomics.wait(r.state, 0, WorkerState.Starting, START_TIMEOUT_MS) === 'timed-out') return 'a worker did not start in time';
  while (Atomics.load(r.state, 0) === WorkerState.Started) Atomics.wait(r.state, 0, WorkerState.Started);
  let message = receiveMessageOnPort(r.port)?.message as TextPart | { error: string } | undefined;
  // The message is posted before the state is set, so it is there; a short grace period costs nothing if not.
  for (let tries = 0; !message && tries < 100; tries++) {
    Atomics.wait(r.state, 0, Atomics.load(r.state, 0), 10);
    message = receiveMessageOnPort(r.port)?.message as TextPart | { error: string } | undefined;
  }
  if (!message) return 'a worker sent no result';
  if ('error' in message) return `a worker failed (${message.error})`;
  return message;
}

function stop(running: readonly Running[]): void {
  for (const r of running) {
    r.port.close();
    void r.worker.terminate();
  }
}
