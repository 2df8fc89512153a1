// The process's metrics in the Prometheus format (prom-client): what the application counts through its metrics port,
// and what the platform adapters see (errors, retries, the connection state at each scrape).
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { Metrics, QuestionOutcome } from '../src/app/metrics.js';
import type { Platform } from '../src/app/store-port.js';
import type { PlatformMetrics } from './platform-context.js';

export class PromMetrics implements Metrics, PlatformMetrics {
  /** Its own registry (not prom-client's global one), so each process or test has its own counts. */
  readonly registry = new Registry();
  private readonly questions: Counter<'platform' | 'outcome'>;
  private readonly latency: Histogram<'platform'>;
  private readonly errors: Counter<'platform' | 'kind'>;
  private readonly retries: Counter<'platform' | 'reason'>;
  private readonly digests: Counter<'platform' | 'status'>;
  private connectionProbe: () => Record<string, boolean> = () => ({});

  constructor() {
    const registers = [this.registry];
    this.questions = new Counter({ name: 'briefing_questions_total', help: 'Questions from chat platforms, by outcome (answered, abstained, empty, rate_limited, error).', labelNames: ['platform', 'outcome'], registers });
    this.latency = new Histogram({
      name: 'briefing_answer_seconds',
      help: 'Time from receiving a question to its answer object (the platform reply not included).',
      labelNames: ['platform'],
      buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
      registers,
    });
    this.errors = new Counter({ name: 'briefing_platform_errors_total', help: 'Platform errors: a failed handler, an API error response, a gateway error.', labelNames: ['platform', 'kind'], registers });
    this.retries = new Counter({ name: 'briefing_platform_retries_total', help: 'Platform API calls retried (after a rate limit, a server error or a network error).', labelNames: ['platform', 'reason'], registers });
    this.digests = new Counter({ name: 'briefing_digests_total', help: 'Daily digests whose delivery ended, by status (sent, failed).', labelNames: ['platform', 'status'], registers });
    const probe = () => this.connectionProbe();
    new Gauge({
      name: 'briefing_platform_connected',
      help: '1 when the platform connection is up, 0 when it is not.',
      labelNames: ['platform'],
      registers,
      collect() {
        this.reset();
        for (const [platform, up] of Object.entries(probe())) this.set({ platform }, up ? 1 : 0);
      },
    });
    collectDefaultMetrics({ register: this.registry });
  }

  question(platform: Platform, outcome: QuestionOutcome, seconds: number): void {
    this.questions.inc({ platform, outcome });
    this.latency.observe({ platform }, seconds);
  }

  digest(platform: Platform, status: 'sent' | 'failed'): void {
    this.digests.inc({ platform, status });
  }

  platformError(platform: Platform, kind: string): void {
    this.errors.inc({ platform, kind });
  }

  platformRetry(platform: Platform, reason: string): void {
    this.retries.inc({ platform, reason });
  }

  /** What the connection gauge reads at each scrape (serve sets it once the adapters run). */
  watchConnections(probe: () => Record<string, boolean>): void {
    this.connectionProbe = probe;
  }

  text(): Promise<string> {
    return this.registry.metrics();
  }

  get contentType(): string {
    return this.registry.contentType;
  }
}
