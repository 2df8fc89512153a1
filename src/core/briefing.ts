// Wires the core for one process: configuration, the fact table, the engine, the store, the clock and the logger.
import type { Config } from '../config/config.js';
import { createEngine } from '../engine/create-engine.js';
import type { Engine } from '../engine/types.js';
import type { FactTable } from '../facts/fact-table.js';
import { loadFacts } from '../facts/load-facts.js';
import { Store } from '../store/Store.js';
import { systemClock, type Clock } from './clock.js';
import { silentLogger, type Logger } from './logger.js';
import { QuestionGate } from './QuestionGate.js';

/** Everything an adapter needs; adapters receive it and never reach past it. */
export interface Briefing {
  readonly config: Config;
  readonly table: FactTable;
  readonly engine: Engine;
  /** The guarded way adapters ask: cleaning, the length cut, empty questions and rate limits. */
  readonly questions: QuestionGate;
  readonly store: Store;
  readonly clock: Clock;
  readonly logger: Logger;
}

export interface OpenOptions {
  config: Config;
  clock?: Clock;
  logger?: Logger;
  /** A table already loaded (tests); otherwise read from config.factsDir, refusing to start on any problem. */
  table?: FactTable;
  /** An open store (tests); otherwise opened at config.dbPath. */
  store?: Store;
}

export function openBriefing(options: OpenOptions): Briefing {
  const table = options.table ?? loadFacts({ dir: options.config.factsDir });
  const { config } = options;
  const clock = options.clock ?? systemClock;
  const engine = createEngine(table, { maxQuestionLength: config.maxQuestionLength });
  return {
    config,
    table,
    engine,
    questions: new QuestionGate(engine, { maxQuestionLength: config.maxQuestionLength, rateLimit: config.rateLimit, clock }),
    store: options.store ?? new Store(config.dbPath),
    clock,
    logger: options.logger ?? silentLogger,
  };
}
