// What the command line is given by the composition root (adapters/main.ts): the application and the platform parts.
import type { Briefing } from '../app/Briefing.js';
import type { DigestTransport } from '../app/digest/types.js';
import type { Config } from '../config/config.js';
import type { CheckLine } from './check-line.js';

/** The transports `digest send` delivers through, and how to release them (log out a client). */
export interface DigestTransportSet {
  transports: DigestTransport[];
  close?: () => Promise<void> | void;
}

export interface CliServices {
  /**
   * The application, built once on first use. `cachedTable`: read the fact table from its compiled cache when the
   * facts are unchanged (`ask`, which scripts run once per question).
   */
  briefing(options?: { cachedTable?: boolean }): Briefing;
  /** The platform transports for `digest send`; without platforms, one that prints 'console' subscriptions. */
  digestTransports(): Promise<DigestTransportSet>;
  /** The platform token checks of `doctor --auth`. */
  authChecks(config: Config): Promise<CheckLine[]>;
  /** Releases what `briefing()` opened (the database). */
  close(): void;
}
