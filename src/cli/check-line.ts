// One line of `briefing doctor`: a check, its outcome and a detail that never holds a secret.
import type { Config } from '../config/config.js';

export interface CheckLine {
  /** true ✓, false ✗, 'skipped' – (not counted as a failure). */
  ok: boolean | 'skipped';
  name: string;
  /** One line of detail; must never contain a token (lines are also scrubbed before printing). */
  detail: string;
}

/** Platform token checks, supplied by the composition root (the core knows no platform). */
export type AuthChecker = (config: Config) => Promise<CheckLine[]>;
