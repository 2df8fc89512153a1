// Configuration access for CLI commands: the environment plus .env, validated once per process.
import { loadConfig, readEnv, type Config } from '../config/config.js';

let cached: Config | undefined;

export function cliConfig(): Config {
  cached ??= loadConfig(readEnv());
  return cached;
}

/** The fact folder, without validating the rest of the configuration (facts commands need nothing else). */
export function factsDirFromEnv(): string {
  return readEnv().BRIEFING_FACTS_DIR?.trim() || './facts';
}
