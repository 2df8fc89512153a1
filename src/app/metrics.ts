// The metrics port: what the application counts (questions and their outcome and latency, digests delivered), for an
// adapter to export (prom-client in adapters/metrics.ts); by default nothing is kept.
import type { Platform } from './store-port.js';

/**
 * How a question ended: answered, abstained ("not in the table" or "not sure enough"), or refused before the engine
 * (empty, rate limit).
 */
export type QuestionOutcome = 'answered' | 'abstained' | 'empty' | 'rate_limited' | 'error';

export interface Metrics {
  /** One question from a chat surface; `seconds` from receiving it to the answer object (refusals included). */
  question(platform: Platform, outcome: QuestionOutcome, seconds: number): void;
  /** One channel's digest for one day, once its delivery has ended (retries included). */
  digest(platform: Platform, status: 'sent' | 'failed'): void;
}

export const noMetrics: Metrics = Object.freeze({ question() {}, digest() {} });
