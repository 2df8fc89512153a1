// Configuration from the environment (.env for local use), validated once at start-up into one typed object.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { z } from 'zod';

// dotenv loads only when there is a .env file to read: without one (real environment variables) no start pays its import.
const require = createRequire(import.meta.url);

const optionalString = z
  .string()
  .trim()
  .transform((s) => (s === '' ? undefined : s))
  .optional();

const port = z.coerce.number().int().min(1).max(65535);
const positiveInt = z.coerce.number().int().positive();

const envSchema = z
  .object({
    SLACK_BOT_TOKEN: optionalString.refine((s) => !s || s.startsWith('xoxb-'), 'must start with xoxb-'),
    SLACK_SIGNING_SECRET: optionalString,
    SLACK_APP_TOKEN: optionalString.refine((s) => !s || s.startsWith('xapp-'), 'must start with xapp-'),
    SLACK_PORT: port.default(3000),
    SLACK_API_URL: optionalString.pipe(z.string().url().optional()),
    DISCORD_TOKEN: optionalString,
    DISCORD_APPLICATION_ID: optionalString.refine((s) => !s || /^\d{5,25}$/.test(s), 'must be a numeric snowflake'),
    DISCORD_API_URL: optionalString.pipe(z.string().url().optional()),
    BRIEFING_DB: z.string().trim().min(1).default('./data/briefing.db'),
    BRIEFING_FACTS_DIR: z.string().trim().min(1).default('./facts'),
    BRIEFING_CACHE_DIR: optionalString,
    BRIEFING_TIMEZONE: z.string().trim().default('Asia/Ho_Chi_Minh'),
    BRIEFING_DIGEST_TIME: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be HH:MM (24-hour)').default('07:30'),
    BRIEFING_MAX_QUESTION_LENGTH: positiveInt.max(5000).default(500),
    RATE_LIMIT_USER_PER_MINUTE: positiveInt.default(10),
    RATE_LIMIT_CHANNEL_PER_MINUTE: positiveInt.default(30),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  })
  .superRefine((env, ctx) => {
    if (env.SLACK_BOT_TOKEN && !env.SLACK_APP_TOKEN && !env.SLACK_SIGNING_SECRET) {
      ctx.addIssue({ code: 'custom', path: ['SLACK_SIGNING_SECRET'], message: 'is required for HTTP mode (or set SLACK_APP_TOKEN for Socket Mode)' });
    }
    if (!env.SLACK_BOT_TOKEN && (env.SLACK_APP_TOKEN || env.SLACK_SIGNING_SECRET)) {
      ctx.addIssue({ code: 'custom', path: ['SLACK_BOT_TOKEN'], message: 'is required when other SLACK_ variables are set' });
    }
    try {
      new Intl.DateTimeFormat('en', { timeZone: env.BRIEFING_TIMEZONE });
    } catch {
      ctx.addIssue({ code: 'custom', path: ['BRIEFING_TIMEZONE'], message: 'is not an IANA time zone such as Asia/Ho_Chi_Minh' });
    }
  });

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
}

/** One line per missing or invalid variable; no stack trace is shown for these. */
export class ConfigError extends Error {
  constructor(readonly lines: string[]) {
    super(`invalid configuration:\n${lines.map((l) => `  - ${l}`).join('\n')}`);
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
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${String(i.path[0] ?? 'environment')} ${i.message}`));
  }
  const e = parsed.data;
  return {
    slack: e.SLACK_BOT_TOKEN
      ? { botToken: e.SLACK_BOT_TOKEN, signingSecret: e.SLACK_SIGNING_SECRET, appToken: e.SLACK_APP_TOKEN, port: e.SLACK_PORT, apiUrl: e.SLACK_API_URL }
      : undefined,
    discord: e.DISCORD_TOKEN ? { token: e.DISCORD_TOKEN, applicationId: e.DISCORD_APPLICATION_ID, apiUrl: e.DISCORD_API_URL } : undefined,
    dbPath: e.BRIEFING_DB,
    factsDir: e.BRIEFING_FACTS_DIR,
    cacheDir: cacheDirOf(e.BRIEFING_CACHE_DIR, env),
    timezone: e.BRIEFING_TIMEZONE,
    digestTime: e.BRIEFING_DIGEST_TIME,
    maxQuestionLength: e.BRIEFING_MAX_QUESTION_LENGTH,
    rateLimit: { userPerMinute: e.RATE_LIMIT_USER_PER_MINUTE, channelPerMinute: e.RATE_LIMIT_CHANNEL_PER_MINUTE },
    logLevel: e.LOG_LEVEL,
  };
}

/** BRIEFING_CACHE_DIR, else the user's cache folder ($XDG_CACHE_HOME or ~/.cache) /briefing; "off" turns the cache off. */
function cacheDirOf(value: string | undefined, env: NodeJS.ProcessEnv): string | undefined {
  if (value === 'off') return undefined;
  if (value) return value;
  const base = env.XDG_CACHE_HOME?.trim() || (env.HOME?.trim() ? join(env.HOME.trim(), '.cache') : undefined);
  return base && join(base, 'briefing');
}
