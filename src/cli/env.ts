// The fact folder for the `facts` commands, read without validating the rest of the configuration (they need nothing else).
import { readEnv } from '../config/config.js';

export function factsDirFromEnv(): string {
  return readEnv().BRIEFING_FACTS_DIR?.trim() || './facts';
}
