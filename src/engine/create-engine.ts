// Builds the engine for a fact table (the port adapters and the CLI call; see Engine for the stages).
import type { FactTable } from '../facts/fact-table.js';
import { Engine } from './Engine.js';
import type { EngineOptions } from './options.js';

export function createEngine(table: FactTable, options: Partial<EngineOptions> = {}): Engine {
  return new Engine(table, options);
}
