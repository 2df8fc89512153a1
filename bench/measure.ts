// Timing and memory helpers: per-call latencies, percentiles, answers per second and heap after a forced gc.
import { performance } from 'node:perf_hooks';

export interface Figures {
  buildMs: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  /** Answers per second on one core: questions answered back to back on the main thread. */
  qps: number;
  /** process.memoryUsage().heapUsed after a forced gc, with the table and this index alive. */
  heapMB: number;
  /** How many timed answers the percentiles are over. */
  samples: number;
}

export interface Timing {
  latencies: number[];
  totalMs: number;
}

/** Asks every question once, timing each call. */
export function timeCalls<T>(questions: readonly string[], ask: (q: string) => T, onAnswer?: (q: number, answer: T) => void): Timing {
  const latencies: number[] = [];
  const start = performance.now();
  for (let i = 0; i < questions.length; i++) {
    const t0 = performance.now();
    const answer = ask(questions[i]!);
    latencies.push(performance.now() - t0);
    onAnswer?.(i, answer);
  }
  return { latencies, totalMs: performance.now() - start };
}

/** Nearest-rank percentile. */
export function percentile(values: readonly number[], p: number): number {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

export function median(values: readonly number[]): number {
  return percentile(values, 50);
}

const gc = (globalThis as { gc?: () => void }).gc;

export const hasGc = (): boolean => typeof gc === 'function';

/** Heap in use after a full collection (twice: the first may leave weakly held garbage). */
/** process.memoryUsage().arrayBuffers (typed-array storage, outside the JS heap) after a forced gc, in MB. */
export function arrayBuffersMB(): number {
  if (hasGc()) gc!();
  return process.memoryUsage().arrayBuffers / 2 ** 20;
}

export function heapUsedMB(): number {
  gc?.();
  gc?.();
  return process.memoryUsage().heapUsed / 2 ** 20;
}

export function figures(buildMs: number, timings: readonly Timing[], heapMB: number): Figures {
  const all = timings.flatMap((t) => t.latencies);
  const total = timings.reduce((s, t) => s + t.totalMs, 0);
  return {
    buildMs: round(buildMs),
    p50Ms: round(percentile(all, 50), 3),
    p95Ms: round(percentile(all, 95), 3),
    p99Ms: round(percentile(all, 99), 3),
    qps: qpsRound(total > 0 ? (all.length * 1000) / total : 0),
    heapMB: round(heapMB, 1),
    samples: all.length,
  };
}

export const round = (x: number, digits = 1): number => Math.round(x * 10 ** digits) / 10 ** digits;

/** Whole answers per second, with decimals below ten (the baseline answers fewer than one per second at scale). */
const qpsRound = (q: number): number => (q >= 10 ? Math.round(q) : Number(q.toPrecision(2)));

export const now = (): number => performance.now();
