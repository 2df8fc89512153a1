// The checks behind `briefing doctor`: configuration, fact table, database, and the platform checks it is given.
import { ConfigError, loadConfig, SECRET_VARIABLES, type Config } from '../config/config.js';
import { FactTableError, formatProblem, loadFacts } from '../facts/load-facts.js';
import { probeDatabase } from '../store/open-database.js';
import type { AuthChecker, CheckLine } from './check-line.js';

/** At most this many fact-table problems are listed; the rest are counted. */
const MAX_PROBLEM_LINES = 20;

export interface DoctorOptions {
  env: NodeJS.ProcessEnv;
  /** With --auth: the platform checks; undefined when none are registered. */
  auth?: AuthChecker;
}

export async function runDoctor({ env, auth }: DoctorOptions): Promise<CheckLine[]> {
  const lines: CheckLine[] = [];
  let config: Config | undefined;
  try {
    config = loadConfig(env);
    lines.push({ ok: true, name: 'configuration', detail: describePlatforms(config) });
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    for (const l of error.lines) lines.push({ ok: false, name: 'configuration', detail: l });
  }

  const factsDir = config?.factsDir ?? (env.BRIEFING_FACTS_DIR?.trim() || './facts');
  lines.push(...checkFacts(factsDir));
  const dbPath = config?.dbPath ?? (env.BRIEFING_DB?.trim() || './data/briefing.db');
  lines.push(checkDatabase(dbPath));

  if (auth !== undefined) {
    if (!config) lines.push({ ok: false, name: 'auth', detail: 'skipped: fix the configuration first' });
    else lines.push(...(await auth(config)));
  }
  return lines;
}

function describePlatforms(config: Config): string {
  const platforms = [
    config.slack ? `Slack (${config.slack.appToken ? 'Socket Mode' : `HTTP on port ${config.slack.port}`})` : null,
    config.discord ? 'Discord' : null,
  ].filter(Boolean);
  return platforms.length ? `valid; platforms: ${platforms.join(', ')}` : 'valid; no chat platform configured (only `briefing chat` will work)';
}

function checkFacts(dir: string): CheckLine[] {
  try {
    const table = loadFacts({ dir });
    if (table.facts.length === 0) return [{ ok: false, name: 'fact table', detail: `${dir}: no facts` }];
    return [{ ok: true, name: 'fact table', detail: `${dir}: ${table.sources.length} sources, ${table.facts.length} facts, ${table.glossary.length} glossary terms` }];
  } catch (error) {
    if (!(error instanceof FactTableError)) return [{ ok: false, name: 'fact table', detail: `${dir}: ${(error as Error).message}` }];
    const shown = error.problems.slice(0, MAX_PROBLEM_LINES).map((p) => ({ ok: false as const, name: 'fact table', detail: formatProblem(p) }));
    const hidden = error.problems.length - shown.length;
    return hidden > 0 ? [...shown, { ok: false, name: 'fact table', detail: `… and ${hidden} more problem(s)` }] : shown;
  }
}

function checkDatabase(path: string): CheckLine {
  return { name: 'database', ...probeDatabase(path) };
}

/** The secrets of a configuration, to scrub from any printed line (an error message might echo one). */
export function secretsOf(env: NodeJS.ProcessEnv): string[] {
  return [...SECRET_VARIABLES]
    .map((k) => env[k]?.trim())
    .filter((s): s is string => !!s && s.length >= 4);
}

export function formatCheck(line: CheckLine, secrets: string[] = []): string {
  const mark = line.ok === 'skipped' ? '-' : line.ok ? '✓' : '✗';
  let detail = line.detail.replace(/\s+/g, ' ').trim();
  for (const s of secrets) detail = detail.split(s).join('[redacted]');
  return `${mark} ${line.name}: ${detail}`;
}

