// What every platform adapter is started with: the application, the configuration, the logger and the metrics.
import type { Briefing } from '../src/app/Briefing.js';
import type { Platform } from '../src/app/store-port.js';
import type { Config } from '../src/config/config.js';
import type { Logger } from '../src/model/logger.js';

/** What an adapter reports of its platform for /metrics (the application counts questions and digests itself). */
export interface PlatformMetrics {
  /** kind: 'handler' (a request failed), 'api' (an error response or failed call), 'gateway' (a connection error). */
  platformError(platform: Platform, kind: string): void;
  /** reason: 'rate_limited', 'server_error', 'network', … */
  platformRetry(platform: Platform, reason: string): void;
}

export const noPlatformMetrics: PlatformMetrics = Object.freeze({ platformError() {}, platformRetry() {} });

/** A platform connection as /healthz reports it. */
export type ConnectionState = 'connecting' | 'connected' | 'reconnecting' | 'disconnected';

export interface PlatformHealth {
  state: ConnectionState;
  /** How the platform is reached ("http", "socket", "gateway"). */
  mode: string;
}

export interface PlatformContext {
  briefing: Briefing;
  config: Config;
  logger: Logger;
  /** Where platform errors and retries are counted; nowhere when absent. */
  metrics?: PlatformMetrics;
}
