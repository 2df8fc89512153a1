// Configuration from the environment (.env for local use), validated once at start-up into one typed object.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { z } from 'zod';
import { StartupError } from '../model/startup-error.js';

// dotenv loads only when there is a .env file to read: without one (real environment variables) no start pays its import.
const require = createRequire(import.meta.url);

// An empty or blank variable is unset (a `.env` line such as `SLACK_PORT=` then means the default).
const blankAsUnset = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);

const optionalString = z
  .string()
  .trim()
  .transform((s) => (s === '' ? undefined : s))
  .optional();

/** A whole number in a range, with one message for every way it can be wrong ("abc", "1.5", "0", "70000"). */
const wholeNumber = (min: number, max: number, what = 'a whole number') => {
  const error = `must be ${what} from ${min} to ${max}`;
  return z.preprocess(blankAsUnset, z.coerce.number({ error }).int({ error }).min(min, { error }).max(max, { error }).optional());
};

const port = wholeNumber(1, 65535, 'a port number');
const positiveInt = (max: number) => wholeNumber(1, max);

/** An http(s) base URL (a gateway, proxy or test server); anything else is a mistake the client would only report later. */
const httpUrl = (example: string) =>
  optionalString.refine((s) => !s || /^https?:\/\/[^\s/]+/i.test(s), `must be an http(s) URL such as ${example}`);

/**
 * A secret, checked for the ways a paste goes wrong (wrapped in quotes, a space or line break in it: the platform would
 * only refuse it later, as a "wrong token"), then for `rules` of its own; only the first problem is reported.
 */
const secret = (...rules: [wrong: (s: string) => boolean, message: string][]) =>
  optionalString.superRefine((s, ctx) => {
    if (!s) return;
    const all: typeof rules = [[(v) => /^(["'`]).*\1$/.test(v), 'is wrapped in quotes: remove them'], ...rules, [(v) => /\s/.test(v), 'contains a space or line break: copy it again, as one word']];
    const problem = all.find(([wrong]) => wrong(s));
    if (problem) ctx.addIssue({ code: 'custom', message: problem[1] });
  });

const isSlackToken = (s: string) => /^x(ox[a-z]|app)-/.test(s);

/** Slack user ids (U…, W…) and Discord user ids (a snowflake): who may run the admin-only commands (BRIEFING_ADMINS). */
export const ADMIN_ID = /^(?:[UW][A-Z0-9]{2,20}|\d{15,21})$/;

const envSchema = z.object({
  SLACK_BOT_TOKEN: secret(
    [(s) => s.startsWith('xoxp-'), 'is a user token (xoxp-): use the Bot User OAuth Token (xoxb-, under Install App)'],
    [(s) => s.startsWith('xapp-'), 'is an app-level token (xapp-): put it in SLACK_APP_TOKEN, and the Bot User OAuth Token (xoxb-) here'],
    [(s) => !s.startsWith('xoxb-'), 'must start with xoxb- (the Bot User OAuth Token, under Install App)'],
  ),
  SLACK_SIGNING_SECRET: secret([isSlackToken, 'is a token, not the signing secret (Basic Information → App Credentials → Signing Secret)']),
  SLACK_APP_TOKEN: secret(
    [(s) => s.startsWith('xoxb-'), 'is a bot token (xoxb-): put it in SLACK_BOT_TOKEN, and an app-level token (xapp-, Basic Information → App-Level Tokens) here'],
    [(s) => !s.startsWith('xapp-'), 'must start with xapp- (an app-level token with connections:write)'],
  ),
  SLACK_PORT: port,
  SLACK_API_URL: httpUrl('https://slack.com/api/'),
  DISCORD_TOKEN: secret(
    [(s) => /^bot\s/i.test(s), 'starts with "Bot ": give the token alone'],
    [isSlackToken, 'is a Slack token: the Discord bot token is under Bot → Reset Token in the Developer Portal'],
  ),
  DISCORD_APPLICATION_ID: optionalString.refine((s) => !s || /^\d{5,25}$/.test(s), 'must be a numeric snowflake (General Information → Application ID)'),
  DISCORD_API_URL: httpUrl('https://discord.com/api').refine((s) => !s || !/\/v\d+\/?$/.test(s), 'must stop at /api: the client adds the version (/v10) itself'),
  BRIEFING_DB: z.preprocess(blankAsUnset, z.string().trim().default('./data/briefing.db')),
  BRIEFING_FACTS_DIR: z.preprocess(blankAsUnset, z.string().trim().default('./facts')),
  BRIEFING_CACHE_DIR: optionalString,
  BRIEFING_TIMEZONE: z.preprocess(blankAsUnset, z.string().trim().default('Asia/Ho_Chi_Minh')),
  BRIEFING_DIGEST_TIME: z.preprocess(blankAsUnset, z.string().trim().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be HH:MM (24-hour), e.g. 07:30').default('07:30')),
  BRIEFING_MAX_QUESTION_LENGTH: positiveInt(5000),
  RATE_LIMIT_USER_PER_MINUTE: positiveInt(10_000),
  RATE_LIMIT_CHANNEL_PER_MINUTE: positiveInt(100_000),
  LOG_LEVEL: z.preprocess(
    (v) => (typeof v === 'string' ? v.trim().toLowerCase() || undefined : v),
    z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], { error: 'must be one of fatal, error, warn, info, debug, trace, silent' }).default('info'),
  ),
  HEALTH_PORT: port,
  BRIEFING_ADMINS: optionalString,
  BRIEFING_HISTORY_DAYS: wholeNumber(0, 3650, 'a whole number of days'),
});

/** The variables whose values are secret: never echoed in a problem line (nor in any line doctor prints). */
export const SECRET_VARIABLES: ReadonlySet<string> = new Set(['SLACK_BOT_TOKEN', 'SLACK_SIGNING_SECRET', 'SLACK_APP_TOKEN', 'DISCORD_TOKEN']);

/** The variables this bot reads; a near miss of one ("BRIEFING_TIMEZON") is reported rather than silently ignored. */
export const VARIABLES: readonly string[] = Object.keys(envSchema.shape);

export type Env = z.infer<typeof envSchema>;

export interface Config {
  slack?: { botToken: string; signingSecret?: string; appToken?: string; port: number; apiUrl?: string };
  discord?: { token: string; applicationId?: string; apiUrl?: string };
  dbPath: string;
  factsDir: string;
  /** Where one-shot commands keep a compiled copy of the fact table; undefined: no cache (BRIEFING_CACHE_DIR=off). */
  cacheDir?: string;
  timezone: string;
  digestTime: string;
  maxQuestionLength: number;
  rateLimit: { userPerMinute: number; channelPerMinute: number };
  logLevel: Env['LOG_LEVEL'];
  /** HEALTH_PORT: where /healthz and /metrics are served; undefined: off. */
  healthPort?: number;
  /** BRIEFING_ADMINS: platform user ids that may run the admin-only commands, beside the platform's own admins. */
  admins?: readonly string[];
  /** BRIEFING_HISTORY_DAYS: how long questions, votes and clicks are kept for the curators' review; 0: not recorded. */
  historyDays: number;
}

/** One line per missing or invalid variable, all of them at once; no stack trace is shown for these. */
export class ConfigError extends StartupError {
  constructor(lines: string[]) {
    super('Configuration', lines);
    this.message = `invalid configuration:\n${lines.map((l) => `  - ${l}`).join('\n')}`;
    this.name = 'ConfigError';
  }
}

/** Reads `.env` (if present) under the real environment: variables already set win. */
export function readEnv(env: NodeJS.ProcessEnv = process.env, dotenvPath = '.env'): NodeJS.ProcessEnv {
  if (!existsSync(dotenvPath)) return env;
  const { parse } = require('dotenv') as typeof import('dotenv');
  return { ...parse(readFileSync(dotenvPath)), ...env };
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  // Every problem at once: the fields' own, then the rules across fields (checked on the raw values, so a bad number
  // elsewhere does not hide a missing signing secret or a bad time zone).
  const lines = parsed.success ? [] : parsed.error.issues.map((i) => problemLine(String(i.path[0] ?? 'environment'), i.message, env));
  lines.push(...crossChecks(env), ...nearMisses(env));
  if (!parsed.success || lines.length) throw new ConfigError(lines);
  const e = parsed.data;
  return {
    slack: e.SLACK_BOT_TOKEN
      ? { botToken: e.SLACK_BOT_TOKEN, signingSecret: e.SLACK_SIGNING_SECRET, appToken: e.SLACK_APP_TOKEN, port: e.SLACK_PORT ?? 3000, apiUrl: e.SLACK_API_URL }
      : undefined,
    discord: e.DISCORD_TOKEN ? { token: e.DISCORD_TOKEN, applicationId: e.DISCORD_APPLICATION_ID, apiUrl: e.DISCORD_API_URL } : undefined,
    dbPath: e.BRIEFING_DB,
    factsDir: e.BRIEFING_FACTS_DIR,
    cacheDir: cacheDirOf(e.BRIEFING_CACHE_DIR, env),
    timezone: e.BRIEFING_TIMEZONE,
    digestTime: e.BRIEFING_DIGEST_TIME,
    maxQuestionLength: e.BRIEFING_MAX_QUESTION_LENGTH ?? 500,
    rateLimit: { userPerMinute: e.RATE_LIMIT_USER_PER_MINUTE ?? 10, channelPerMinute: e.RATE_LIMIT_CHANNEL_PER_MINUTE ?? 30 },
    logLevel: e.LOG_LEVEL,
    ...(e.HEALTH_PORT !== undefined ? { healthPort: e.HEALTH_PORT } : {}),
    admins: adminIds(e.BRIEFING_ADMINS),
    historyDays: e.BRIEFING_HISTORY_DAYS ?? 90,
  };
}

/** "NAME message", with the value it got unless it is a secret (or too long to help). */
function problemLine(name: string, message: string, env: NodeJS.ProcessEnv): string {
  const raw = env[name]?.trim();
  const got = raw && !SECRET_VARIABLES.has(name) ? ` (got "${raw.length > 60 ? `${raw.slice(0, 60)}…` : raw}")` : '';
  return `${name} ${message}${got}`;
}

/** The rules that span variables, read from the raw environment. */
function crossChecks(env: NodeJS.ProcessEnv): string[] {
  const value = (name: string) => env[name]?.trim() || undefined;
  const lines: string[] = [];
  const slackMode = value('SLACK_BOT_TOKEN') ? (value('SLACK_APP_TOKEN') ? 'socket' : 'http') : undefined;
  if (slackMode === 'http' && !value('SLACK_SIGNING_SECRET')) {
    lines.push('SLACK_SIGNING_SECRET is required for HTTP mode (or set SLACK_APP_TOKEN for Socket Mode)');
  }
  if (!slackMode && (value('SLACK_APP_TOKEN') || value('SLACK_SIGNING_SECRET'))) {
    lines.push('SLACK_BOT_TOKEN is required when other SLACK_ variables are set');
  }
  const zone = value('BRIEFING_TIMEZONE') ?? 'Asia/Ho_Chi_Minh';
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
  } catch {
    lines.push(problemLine('BRIEFING_TIMEZONE', 'is not an IANA time zone such as Asia/Ho_Chi_Minh', env));
  }
  const health = value('HEALTH_PORT');
  if (slackMode === 'http' && health && Number(health) === Number(value('SLACK_PORT') ?? 3000)) {
    lines.push(`HEALTH_PORT must differ from SLACK_PORT (${Number(health)}): Slack's HTTP mode listens there, and serves its own /healthz`);
  }
  for (const id of adminIds(value('BRIEFING_ADMINS'))) {
    if (!ADMIN_ID.test(id)) lines.push(`BRIEFING_ADMINS: "${id.slice(0, 40)}" is neither a Slack user id (U… or W…) nor a Discord user id (digits); separate ids with commas`);
  }
  return lines;
}

/** Variables named like ours but not ours, one or two letters off a real one: a typo that would silently do nothing. */
function nearMisses(env: NodeJS.ProcessEnv): string[] {
  const lines: string[] = [];
  for (const name of Object.keys(env)) {
    if (VARIABLES.includes(name) || !/^(SLACK|DISCORD|BRIEFING|RATE_LIMIT|HEALTH|LOG)_/.test(name)) continue;
    const meant = VARIABLES.find((known) => editDistance(name, known) <= 2);
    if (meant) lines.push(`${name} is not a setting of this bot: did you mean ${meant}?`);
  }
  return lines;
}

function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 2) return 3;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row[j] = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = row;
  }
  return previous[b.length]!;
}

/** The ids of BRIEFING_ADMINS, each once: what is checked and what is kept. */
function adminIds(value: string | undefined): string[] {
  return [...new Set((value ?? '').split(',').map((s) => s.trim()).filter(Boolean))];
}

/** BRIEFING_CACHE_DIR, else the user's cache folder ($XDG_CACHE_HOME or ~/.cache) /briefing; "off" turns the cache off. */
function cacheDirOf(value: string | undefined, env: NodeJS.ProcessEnv): string | undefined {
  if (value === 'off') return undefined;
  if (value) return value;
  const base = env.XDG_CACHE_HOME?.trim() || (env.HOME?.trim() ? join(env.HOME.trim(), '.cache') : undefined);
  return base && join(base, 'briefing');
}
