// Configuration: defaults, one clear line per invalid variable, .env under the real environment, and no secret in logs.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Writable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, readEnv } from '../src/config/config.js';
import { createLogger } from '../adapters/create-logger.js';

const ROOT = resolve(import.meta.dirname, '..');

/** The ConfigError thrown by loadConfig for an environment (fails the test when none is thrown). */
function configError(env: NodeJS.ProcessEnv): ConfigError {
  try {
    loadConfig(env);
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigError);
    return e as ConfigError;
  }
  throw new Error('loadConfig accepted the environment');
}

describe('loadConfig', () => {
  it('fills every default from an empty environment', () => {
    expect(loadConfig({})).toEqual({
      slack: undefined,
      discord: undefined,
      dbPath: './data/briefing.db',
      factsDir: './facts',
      timezone: 'Asia/Ho_Chi_Minh',
      digestTime: '07:30',
      maxQuestionLength: 500,
      rateLimit: { userPerMinute: 10, channelPerMinute: 30 },
      logLevel: 'info',
      admins: [],
      historyDays: 90,
    });
  });

  it('uses port 3000 for Slack by default, and treats empty variables as unset', () => {
    const config = loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1-2-abc', SLACK_SIGNING_SECRET: 's3cret', SLACK_APP_TOKEN: '', SLACK_API_URL: '  ' });
    expect(config.slack).toEqual({ botToken: 'xoxb-1-2-abc', signingSecret: 's3cret', appToken: undefined, port: 3000, apiUrl: undefined });
  });

  it('accepts Socket Mode (bot and app token, no signing secret) and reads numbers from strings', () => {
    const config = loadConfig({
      SLACK_BOT_TOKEN: 'xoxb-1',
      SLACK_APP_TOKEN: 'xapp-1',
      SLACK_PORT: '8080',
      DISCORD_TOKEN: 'discord-token',
      DISCORD_APPLICATION_ID: '123456789012345678',
      BRIEFING_MAX_QUESTION_LENGTH: '200',
      BRIEFING_TIMEZONE: 'Europe/Paris',
      BRIEFING_DIGEST_TIME: '23:59',
    });
    expect(config.slack).toMatchObject({ appToken: 'xapp-1', port: 8080 });
    expect(config.discord).toEqual({ token: 'discord-token', applicationId: '123456789012345678', apiUrl: undefined });
    expect(config).toMatchObject({ maxQuestionLength: 200, timezone: 'Europe/Paris', digestTime: '23:59' });
  });

  it.each([
    [{ SLACK_BOT_TOKEN: 'xoxp-user-token', SLACK_SIGNING_SECRET: 's' }, 'SLACK_BOT_TOKEN is a user token (xoxp-): use the Bot User OAuth Token (xoxb-, under Install App)'],
    [{ SLACK_BOT_TOKEN: 'bad', SLACK_SIGNING_SECRET: 's' }, 'SLACK_BOT_TOKEN must start with xoxb- (the Bot User OAuth Token, under Install App)'],
    [{ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xoxb-2' }, /^SLACK_APP_TOKEN is a bot token \(xoxb-\): put it in SLACK_BOT_TOKEN/],
    [{ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'app-2' }, 'SLACK_APP_TOKEN must start with xapp- (an app-level token with connections:write)'],
    [{ SLACK_PORT: '70000' }, /^SLACK_PORT /],
    [{ SLACK_PORT: 'http' }, /^SLACK_PORT /],
    [{ BRIEFING_TIMEZONE: 'Mars/Olympus' }, 'BRIEFING_TIMEZONE is not an IANA time zone such as Asia/Ho_Chi_Minh (got "Mars/Olympus")'],
    [{ BRIEFING_DIGEST_TIME: '7:30' }, 'BRIEFING_DIGEST_TIME must be HH:MM (24-hour), e.g. 07:30 (got "7:30")'],
    [{ BRIEFING_DIGEST_TIME: '24:00' }, 'BRIEFING_DIGEST_TIME must be HH:MM (24-hour), e.g. 07:30 (got "24:00")'],
    [{ SLACK_BOT_TOKEN: 'xoxb-1' }, 'SLACK_SIGNING_SECRET is required for HTTP mode (or set SLACK_APP_TOKEN for Socket Mode)'],
    [{ SLACK_SIGNING_SECRET: 's' }, 'SLACK_BOT_TOKEN is required when other SLACK_ variables are set'],
    [{ SLACK_APP_TOKEN: 'xapp-1' }, 'SLACK_BOT_TOKEN is required when other SLACK_ variables are set'],
    [{ DISCORD_APPLICATION_ID: 'my-app' }, 'DISCORD_APPLICATION_ID must be a numeric snowflake (General Information → Application ID) (got "my-app")'],
    [{ LOG_LEVEL: 'verbose' }, /^LOG_LEVEL /],
  ])('rejects %j with one clear line', (env, line) => {
    const error = configError(env);
    expect(error.lines).toHaveLength(1);
    if (typeof line === 'string') expect(error.lines[0]).toBe(line);
    else expect(error.lines[0]).toMatch(line);
  });

  it('keeps the fact-table cache in BRIEFING_CACHE_DIR, else the user cache folder, and none with "off" or no home', () => {
    expect(loadConfig({ HOME: '/home/ana' }).cacheDir).toBe(join('/home/ana', '.cache', 'briefing'));
    expect(loadConfig({ HOME: '/home/ana', XDG_CACHE_HOME: '/var/cache/ana' }).cacheDir).toBe(join('/var/cache/ana', 'briefing'));
    expect(loadConfig({ HOME: '/home/ana', BRIEFING_CACHE_DIR: ' ./tmp/cache ' }).cacheDir).toBe('./tmp/cache');
    expect(loadConfig({ HOME: '/home/ana', BRIEFING_CACHE_DIR: 'off' }).cacheDir).toBeUndefined();
    expect(loadConfig({ HOME: '/home/ana', BRIEFING_CACHE_DIR: '' }).cacheDir).toBe(join('/home/ana', '.cache', 'briefing'));
    expect(loadConfig({}).cacheDir).toBeUndefined();
  });

  it('keeps the curators’ history BRIEFING_HISTORY_DAYS (90 by default, 0 for none) and refuses anything but whole days', () => {
    expect(loadConfig({ BRIEFING_HISTORY_DAYS: '30' }).historyDays).toBe(30);
    expect(loadConfig({ BRIEFING_HISTORY_DAYS: '0' }).historyDays).toBe(0);
    expect(loadConfig({ BRIEFING_HISTORY_DAYS: ' ' }).historyDays).toBe(90);
    expect(configError({ BRIEFING_HISTORY_DAYS: '-1' }).lines).toEqual(['BRIEFING_HISTORY_DAYS must be a whole number of days from 0 to 3650 (got "-1")']);
    expect(configError({ BRIEFING_HISTORY_DAYS: '1.5', BRIEFING_HISTORY_DAY: '3' }).lines).toEqual([
      'BRIEFING_HISTORY_DAYS must be a whole number of days from 0 to 3650 (got "1.5")',
      'BRIEFING_HISTORY_DAY is not a setting of this bot: did you mean BRIEFING_HISTORY_DAYS?',
    ]);
  });

  it('collects every invalid variable into one ConfigError whose message has no stack', () => {
    const error = configError({
      SLACK_BOT_TOKEN: 'bad-token',
      SLACK_PORT: '0',
      BRIEFING_TIMEZONE: 'Nowhere/Land',
      BRIEFING_DIGEST_TIME: '7h30',
    });
    expect(error.lines.map((l) => l.split(' ')[0]).sort()).toEqual(['BRIEFING_DIGEST_TIME', 'BRIEFING_TIMEZONE', 'SLACK_BOT_TOKEN', 'SLACK_PORT', 'SLACK_SIGNING_SECRET']);
    expect(error.name).toBe('ConfigError');
    expect(error.message.split('\n')).toEqual(['invalid configuration:', ...error.lines.map((l) => `  - ${l}`)]);
    expect(error.message).not.toMatch(/\n\s+at /);
    // The bad token itself is not echoed back.
    expect(error.message).not.toContain('bad-token');
  });
});

describe('readEnv', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'briefing-env-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('reads .env under the real environment: variables already set win', () => {
    const path = join(dir, '.env');
    writeFileSync(path, 'BRIEFING_DIGEST_TIME=06:00\nBRIEFING_TIMEZONE=Europe/Paris\n# a comment\nLOG_LEVEL=debug\n');
    const env = readEnv({ BRIEFING_DIGEST_TIME: '09:15', PATH: '/bin' }, path);
    expect(env).toMatchObject({ BRIEFING_DIGEST_TIME: '09:15', BRIEFING_TIMEZONE: 'Europe/Paris', LOG_LEVEL: 'debug', PATH: '/bin' });
    expect(loadConfig(env)).toMatchObject({ digestTime: '09:15', timezone: 'Europe/Paris', logLevel: 'debug' });
  });

  it('returns the environment unchanged when there is no .env file', () => {
    const real = { LOG_LEVEL: 'warn' };
    expect(readEnv(real, join(dir, 'missing.env'))).toEqual({ LOG_LEVEL: 'warn' });
  });
});

describe('createLogger', () => {
  it('redacts tokens and secrets wherever they appear in a log line', () => {
    let written = '';
    const destination = new Writable({
      write(chunk, _encoding, done) {
        written += String(chunk);
        done();
      },
    });
    const logger = createLogger({ destination });
    logger.info({ token: 'xoxb-secret', config: { SLACK_BOT_TOKEN: 'xoxb-secret' } }, 'starting');
    logger.warn({ slack: { botToken: 'xoxb-secret', signingSecret: 'sign-secret', appToken: 'xapp-secret' }, SLACK_SIGNING_SECRET: 'sign-secret' }, 'config');
    logger.error({ discord: { token: 'discord-secret' }, req: { headers: { authorization: 'Bearer xoxb-secret' } } }, 'request');
    logger.info({ authorization: 'Bot discord-secret', DISCORD_TOKEN: 'discord-secret' }, 'raw');

    const lines = written.trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.map((l) => l.msg)).toEqual(['starting', 'config', 'request', 'raw']);
    expect(written).not.toContain('xoxb-secret');
    expect(written).not.toContain('xapp-secret');
    expect(written).not.toContain('sign-secret');
    expect(written).not.toContain('discord-secret');
    expect(lines[0]).toMatchObject({ token: '[redacted]', config: { SLACK_BOT_TOKEN: '[redacted]' } });
  });

  it('respects the level it is given', () => {
    let written = '';
    const destination = { write: (s: string) => void (written += s) };
    const logger = createLogger({ level: 'warn', destination });
    logger.info('hidden');
    logger.warn('shown');
    expect(written).toContain('shown');
    expect(written).not.toContain('hidden');
  });
});

describe('secrets in the repository', () => {
  it('.env.example holds only empty values or placeholders, never a real-looking secret', () => {
    const entries = readFileSync(join(ROOT, '.env.example'), 'utf8')
      .split('\n')
      .filter((l) => l.trim() && !l.trimStart().startsWith('#'))
      .map((l) => {
        const eq = l.indexOf('=');
        return [l.slice(0, eq).trim(), l.slice(eq + 1).trim()] as const;
      });
    expect(entries.length).toBeGreaterThan(5);
    expect(entries.map(([k]) => k)).toEqual(expect.arrayContaining(['SLACK_BOT_TOKEN', 'SLACK_SIGNING_SECRET', 'SLACK_APP_TOKEN', 'DISCORD_TOKEN']));
    const placeholder = /^$|^<[^>]*>$|\.\.\.|^(changeme|your[-_].*|x+)$/i;
    for (const [key, value] of entries) {
      if (/TOKEN|SECRET|KEY|PASSWORD/.test(key)) expect(value, key).toMatch(placeholder);
      // Whatever the key: no Slack token with real characters after the prefix, no long random-looking string.
      expect(value, key).not.toMatch(/xox[abpr]-[A-Za-z0-9]|xapp-[A-Za-z0-9]/);
      expect(value, key).not.toMatch(/[A-Za-z0-9_\-]{24,}/);
    }
    // The example is a valid configuration as it stands (nothing set means no adapter).
    expect(() => loadConfig(Object.fromEntries(entries))).not.toThrow();
  });

  it('.gitignore ignores .env', () => {
    const lines = readFileSync(join(ROOT, '.gitignore'), 'utf8').split('\n').map((l) => l.trim());
    expect(lines.some((l) => l === '.env' || l === '/.env' || l === '.env*')).toBe(true);
    const r = spawnSync('git', ['check-ignore', '--no-index', '-q', '.env'], { cwd: ROOT });
    expect(r.status).toBe(0);
  });
});
