// Builds the engine for a fact table (the port the application calls; see Engine for the stages).
import type { FactTable } from '../facts/fact-table.js';
import { Engine } from './Engine.js';
import type { EngineOptions } from './options.js';

export function createEngine(table: FactTable, options: Partial<EngineOptions> = {}): Engine {
  return new Engine(table, options);
}
