// Starts reading a table's answers in a worker thread, so that the builder indexes everything else meanwhile.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { MessageChannel, receiveMessageOnPort, Worker } from 'node:worker_threads';
import type { GlossaryEntry } from '../facts/schema.js';
import { packTexts, readAnswers, type AnswerTerms } from './read-answers.js';
import { WorkerState } from './worker-state.js';

/** How the answers were read, for the benchmark and the tests (a fallback is slower, never different). */
export type AnswerReading = 'inline' | 'worker' | `inline: ${string}`;

export interface PendingAnswers {
  /** Waits for the answers' terms (synchronously: createEngine stays a plain function). */
  take(): { terms: AnswerTerms; reading: AnswerReading };
}

/** How long a worker may take to load before its answers are read inline instead. */
const START_TIMEOUT_MS = 10_000;
const WORKER_FILE = new URL('./answers-worker.js', import.meta.url);

/**
 * Reads the answers in a worker when `parallel` is set and the compiled worker exists (it does not when the code runs
 * from TypeScript sources, as under vitest), else when take() is called. Both ways give the same terms.
 */
export function startReadingAnswers(texts: readonly string[], glossary: readonly GlossaryEntry[], parallel: boolean): PendingAnswers {
  const inline = (reading: AnswerReading) => ({ take: () => ({ terms: readAnswers(texts, glossary), reading }) });
  if (!parallel) return inline('inline');
  if (!existsSync(fileURLToPath(WORKER_FILE))) return inline('inline: no compiled worker (running from sources)');
  const state = new Int32Array(new SharedArrayBuffer(4));
  const { port1, port2 } = new MessageChannel();
  let worker: Worker;
  try {
    worker = new Worker(WORKER_FILE, {
      workerData: { texts: packTexts(texts), glossary, state, port: port2 },
      transferList: [port2],
    });
  } catch (e) {
    port1.close();
    return inline(`inline: the worker did not start (${(e as Error).message})`);
  }
  // Errors surface through the state and the port; the listener only keeps an unexpected crash from being unhandled.
  worker.on('error', () => {});
  worker.unref();
  return {
    take() {
      const done = (reading: AnswerReading) => {
        port1.close();
        void worker.terminate();
        return { terms: readAnswers(texts, glossary), reading };
      };
      if (Atomics.wait(state, 0, WorkerState.Starting, START_TIMEOUT_MS) === 'timed-out') return done('inline: the worker did not start in time');
      while (Atomics.load(state, 0) === WorkerState.Started) Atomics.wait(state, 0, WorkerState.Started);
      const message = receiveMessageOnPort(port1)?.message as AnswerTerms | { error: string } | undefined;
      if (!message || 'error' in message) return done(`inline: the worker failed (${message ? message.error : 'no result'})`);
      port1.close();
      void worker.terminate();
      return { terms: message, reading: 'worker' };
    },
  };
}
