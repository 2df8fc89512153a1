// An admin's first mistakes, table-driven, through the real CLI: every start-up failure is one line naming the variable,
// file or service and what to do, exit status 2, never a stack trace; doctor is ✗ wherever serve fails on the database.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SqliteStore } from '../src/store/SqliteStore.js';
import { buildCli } from './helpers/build-cli.js';
import { FakeDiscord } from './helpers/fake-discord.js';
import { FakeSlack } from './helpers/fake-slack.js';
import { freePort } from './helpers/serve-process.js';

/** A stack frame as Node prints it. */
const STACK = /^\s+at /m;
/** Makes every host name fail to resolve inside the child, so "no network" is tested without any traffic. */
const NO_DNS = resolve('tests/helpers/no-dns.mjs');
const ROOT_USER = process.getuid?.() === 0;
/** Who runs the permission cases: root may write anywhere, so they run as nobody when the tests run as root. */
const NOBODY = ROOT_USER ? { uid: 65534, gid: 65534 } : {};

const SLACK_TOKEN = 'xoxb-startup-good-token';
const SECRET = 'startup-signing-secret';
const DISCORD_TOKEN = 'startup-discord-token';
const REFUSED_DISCORD = 'startup-revoked-discord-token';

let slack: FakeSlack;
let discord: FakeDiscord;
let dir: string;
/** A port nothing listens on (for "connection refused"), and one held busy (for "in use"). */
let closedPort: number;
let busy: Server;
let busyPort: number;

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function cli(args: string[], env: Record<string, string>, options: { preload?: string; user?: { uid?: number; gid?: number } } = {}): Promise<Run> {
  return new Promise((resolveRun, reject) => {
    const child = spawn(process.execPath, [...(options.preload ? ['--import', options.preload] : []), 'bin/briefing.js', ...args], {
      env: { PATH: process.env.PATH ?? '', HOME: dir, LOG_LEVEL: 'silent', BRIEFING_FACTS_DIR: 'tests/fixtures/facts', ...env },
      ...options.user,
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
    child.on('error', reject);
    // A start that hangs (the old /proc case spun forever) fails the test instead of the suite.
    const timer = setTimeout(() => child.kill('SIGKILL'), 40_000);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolveRun({ code, stdout, stderr });
    });
  });
}

beforeAll(async () => {
  await buildCli();
  slack = new FakeSlack();
  await slack.start();
  slack.validTokens.add(SLACK_TOKEN);
  discord = new FakeDiscord();
  await discord.start();
  discord.refusedTokens.add(REFUSED_DISCORD);
  dir = mkdtempSync(join(tmpdir(), 'briefing-startup-'));
  // Readable (and, for the folder cases, traversable) by the unprivileged user of the permission cases.
  chmodSync(dir, 0o755);
  closedPort = await freePort();
  busy = createServer().listen(0, '127.0.0.1');
  await once(busy, 'listening');
  busyPort = (busy.address() as { port: number }).port;
}, 120_000);

afterAll(async () => {
  await slack?.close();
  await discord?.close();
  await new Promise((r) => busy?.close(r));
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const slackHttp = () => ({ SLACK_BOT_TOKEN: SLACK_TOKEN, SLACK_SIGNING_SECRET: SECRET, SLACK_API_URL: slack.apiUrl, SLACK_PORT: String(closedPort) });
const db = (name: string) => join(dir, name);

/** Database paths that cannot hold the database, each made by its set-up. */
const DATABASE_CASES: [name: string, setUp: () => string, line: RegExp, asNobody?: boolean][] = [
  ['a path under /proc (recursive mkdir never returns there)', () => '/proc/briefing-x/briefing.db', /^BRIEFING_DB=\/proc\/briefing-x\/briefing\.db: cannot create the folder \/proc\/briefing-x \(no such file or folder\)/],
  ['a path under a regular file', () => (writeFileSync(db('plain-file'), 'x'), join(db('plain-file'), 'x.db')), /^BRIEFING_DB=.*plain-file\/x\.db: .*plain-file is a file, not a folder/],
  ['a folder as the path', () => (mkdirSync(db('a-folder'), { recursive: true }), db('a-folder')), /^BRIEFING_DB=.*a-folder is a folder: set it to a file inside it, such as .*a-folder\/briefing\.db$/],
  ['a garbage file', () => (writeFileSync(db('garbage.db'), 'this is not SQLite '.repeat(100)), db('garbage.db')), /^BRIEFING_DB=.*garbage\.db is not a SQLite database \(file is not a database\)/],
  [
    'a folder the bot may not write in',
    () => {
      mkdirSync(db('locked'), { recursive: true });
      chmodSync(db('locked'), 0o555);
      return join(db('locked'), 'briefing.db');
    },
    /^BRIEFING_DB=.*locked\/briefing\.db cannot be opened \(unable to open database file\): the file and its folder must be writable by the bot's user$/,
    true,
  ],
  [
    'a read-only file',
    () => {
      mkdirSync(db('ro'), { recursive: true });
      chmodSync(db('ro'), 0o777);
      new SqliteStore(join(db('ro'), 'briefing.db')).close();
      chmodSync(join(db('ro'), 'briefing.db'), 0o444);
      return join(db('ro'), 'briefing.db');
    },
    /^BRIEFING_DB=.*ro\/briefing\.db is read-only for this user: give it, and its folder \(for the -wal and -shm files\), write permission$/,
    true,
  ],
];

/** One case: the command, its environment, the line expected; run as nobody or with host names unresolvable. */
interface Case {
  args?: string[];
  env: () => Record<string, string>;
  line: RegExp;
  noDns?: boolean;
}

const CONFIG_CASES: Record<string, Case> = {
  'a Slack token of the wrong kind': { env: () => ({ SLACK_BOT_TOKEN: 'bad', SLACK_SIGNING_SECRET: SECRET }), line: /^SLACK_BOT_TOKEN must start with xoxb- \(the Bot User OAuth Token, under Install App\)$/ },
  'a Slack user token': { env: () => ({ SLACK_BOT_TOKEN: 'xoxp-user', SLACK_SIGNING_SECRET: SECRET }), line: /^SLACK_BOT_TOKEN is a user token \(xoxp-\)/ },
  'the app token as the bot token': { env: () => ({ SLACK_BOT_TOKEN: 'xapp-1-app', SLACK_SIGNING_SECRET: SECRET }), line: /^SLACK_BOT_TOKEN is an app-level token \(xapp-\): put it in SLACK_APP_TOKEN/ },
  'a bot token in quotes': { env: () => ({ SLACK_BOT_TOKEN: '"xoxb-quoted"', SLACK_SIGNING_SECRET: SECRET }), line: /^SLACK_BOT_TOKEN is wrapped in quotes: remove them$/ },
  'a bot token with a line break': { env: () => ({ SLACK_BOT_TOKEN: 'xoxb-1\nxoxb-2', SLACK_SIGNING_SECRET: SECRET }), line: /^SLACK_BOT_TOKEN contains a space or line break/ },
  'no signing secret in HTTP mode': { env: () => ({ SLACK_BOT_TOKEN: SLACK_TOKEN }), line: /^SLACK_SIGNING_SECRET is required for HTTP mode \(or set SLACK_APP_TOKEN for Socket Mode\)$/ },
  'a token as the signing secret': { env: () => ({ SLACK_BOT_TOKEN: SLACK_TOKEN, SLACK_SIGNING_SECRET: 'xoxb-oops' }), line: /^SLACK_SIGNING_SECRET is a token, not the signing secret/ },
  'a bot token as the app token': { env: () => ({ SLACK_BOT_TOKEN: SLACK_TOKEN, SLACK_APP_TOKEN: 'xoxb-2' }), line: /^SLACK_APP_TOKEN is a bot token \(xoxb-\)/ },
  'an app token of the wrong kind': { env: () => ({ SLACK_BOT_TOKEN: SLACK_TOKEN, SLACK_APP_TOKEN: 'app-token' }), line: /^SLACK_APP_TOKEN must start with xapp-/ },
  'an app token without a bot token': { env: () => ({ SLACK_APP_TOKEN: 'xapp-1' }), line: /^SLACK_BOT_TOKEN is required when other SLACK_ variables are set$/ },
  'a port that is not a number': { env: () => ({ ...slackHttp(), SLACK_PORT: 'http' }), line: /^SLACK_PORT must be a port number from 1 to 65535 \(got "http"\)$/ },
  'a port out of range': { env: () => ({ ...slackHttp(), SLACK_PORT: '70000' }), line: /^SLACK_PORT must be a port number from 1 to 65535 \(got "70000"\)$/ },
  'a Slack API URL without a scheme': { env: () => ({ ...slackHttp(), SLACK_API_URL: 'slack.com/api' }), line: /^SLACK_API_URL must be an http\(s\) URL such as https:\/\/slack\.com\/api\/ \(got "slack\.com\/api"\)$/ },
  'a Discord token with "Bot "': { env: () => ({ DISCORD_TOKEN: 'Bot abc.def.ghi' }), line: /^DISCORD_TOKEN starts with "Bot ": give the token alone$/ },
  'a Slack token as the Discord token': { env: () => ({ DISCORD_TOKEN: 'xoxb-1' }), line: /^DISCORD_TOKEN is a Slack token/ },
  'a Discord token in quotes': { env: () => ({ DISCORD_TOKEN: "'abc.def'" }), line: /^DISCORD_TOKEN is wrapped in quotes: remove them$/ },
  'an application id that is not a snowflake': { env: () => ({ DISCORD_TOKEN, DISCORD_APPLICATION_ID: 'my-app' }), line: /^DISCORD_APPLICATION_ID must be a numeric snowflake/ },
  'a Discord API URL with the version': { env: () => ({ DISCORD_TOKEN, DISCORD_API_URL: 'https://discord.com/api/v10' }), line: /^DISCORD_API_URL must stop at \/api: the client adds the version \(\/v10\) itself/ },
  'a Discord API URL without a scheme': { env: () => ({ DISCORD_TOKEN, DISCORD_API_URL: 'discord.com/api' }), line: /^DISCORD_API_URL must be an http\(s\) URL/ },
  'an unknown time zone': { env: () => ({ ...slackHttp(), BRIEFING_TIMEZONE: 'Mars/Olympus' }), line: /^BRIEFING_TIMEZONE is not an IANA time zone such as Asia\/Ho_Chi_Minh \(got "Mars\/Olympus"\)$/ },
  'a digest time without the leading zero': { env: () => ({ ...slackHttp(), BRIEFING_DIGEST_TIME: '7:30' }), line: /^BRIEFING_DIGEST_TIME must be HH:MM \(24-hour\), e\.g\. 07:30 \(got "7:30"\)$/ },
  'a question length of zero': { env: () => ({ ...slackHttp(), BRIEFING_MAX_QUESTION_LENGTH: '0' }), line: /^BRIEFING_MAX_QUESTION_LENGTH must be a whole number from 1 to 5000 \(got "0"\)$/ },
  'a rate limit that is not a number': { env: () => ({ ...slackHttp(), RATE_LIMIT_USER_PER_MINUTE: 'abc' }), line: /^RATE_LIMIT_USER_PER_MINUTE must be a whole number from 1 to 10000 \(got "abc"\)$/ },
  'a negative channel rate limit': { env: () => ({ ...slackHttp(), RATE_LIMIT_CHANNEL_PER_MINUTE: '-1' }), line: /^RATE_LIMIT_CHANNEL_PER_MINUTE must be a whole number from 1 to 100000 \(got "-1"\)$/ },
  'an unknown log level': { env: () => ({ ...slackHttp(), LOG_LEVEL: 'verbose' }), line: /^LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent \(got "verbose"\)$/ },
  'a health port that is not a number': { env: () => ({ ...slackHttp(), HEALTH_PORT: 'yes' }), line: /^HEALTH_PORT must be a port number from 1 to 65535 \(got "yes"\)$/ },
  'the health port on the Slack port': { env: () => ({ ...slackHttp(), SLACK_PORT: '3000', HEALTH_PORT: '3000' }), line: /^HEALTH_PORT must differ from SLACK_PORT \(3000\)/ },
  'an admin that is not a user id': { env: () => ({ ...slackHttp(), BRIEFING_ADMINS: 'U024BE7LH, @alice' }), line: /^BRIEFING_ADMINS: "@alice" is neither a Slack user id \(U… or W…\) nor a Discord user id \(digits\)/ },
  'a misspelt variable': { env: () => ({ ...slackHttp(), BRIEFING_TIMEZON: 'Europe/Paris' }), line: /^BRIEFING_TIMEZON is not a setting of this bot: did you mean BRIEFING_TIMEZONE\?$/ },
  'no platform to serve': { env: () => ({}), line: /^no chat platform configured: set SLACK_BOT_TOKEN and\/or DISCORD_TOKEN \(or use `briefing chat`\)$/ },
  'a missing fact folder': { env: () => ({ ...slackHttp(), BRIEFING_FACTS_DIR: join(dir, 'no-facts') }), line: /^fact table: .*no-facts\/articles:1: the fact folder is missing: set BRIEFING_FACTS_DIR/ },
  'an unparsable fact file': {
    env: () => {
      const facts = join(dir, 'broken-facts');
      mkdirSync(join(facts, 'articles'), { recursive: true });
      writeFileSync(join(facts, 'glossary.yaml'), 'terms: []\n');
      writeFileSync(join(facts, 'articles', 'broken.yaml'), 'sources:\n  - id: broken\n    title: [unclosed\n  outlet: x\n');
      return { ...slackHttp(), BRIEFING_FACTS_DIR: facts };
    },
    line: /^fact table: .*broken\.yaml:\d+: YAML: /,
  },
};

const PLATFORM_CASES: Record<string, Case> = {
  'a Discord token Discord refuses': { env: () => ({ DISCORD_TOKEN: REFUSED_DISCORD, DISCORD_API_URL: discord.apiUrl }), line: /^DISCORD_TOKEN was refused by Discord \(login: 401 Unauthorized\): reset the token under Bot → Reset Token/ },
  'an unreachable DISCORD_API_URL': {
    env: () => ({ DISCORD_TOKEN, DISCORD_API_URL: `http://127.0.0.1:${closedPort}/api` }),
    line: new RegExp(`^cannot reach Discord at 127\\.0\\.0\\.1:${'\\d+'} \\(connection refused, ECONNREFUSED\\): check the network, DNS, proxy or firewall, or DISCORD_API_URL; the token was not checked$`),
  },
  'no network for Discord': { env: () => ({ DISCORD_TOKEN }), noDns: true, line: /^cannot reach Discord at discord\.com \(the host name does not resolve, ENOTFOUND\): .*the token was not checked$/ },
  'a Slack bot token Slack refuses': { env: () => ({ ...slackHttp(), SLACK_BOT_TOKEN: 'xoxb-revoked' }), line: /^SLACK_BOT_TOKEN was refused by Slack \(auth\.test: invalid_auth\): copy the Bot User OAuth Token/ },
  'an unreachable SLACK_API_URL': {
    env: () => ({ ...slackHttp(), SLACK_API_URL: `http://127.0.0.1:${closedPort}/api/` }),
    line: /^cannot reach Slack at 127\.0\.0\.1:\d+ \(connection refused, ECONNREFUSED\): .*SLACK_API_URL; the token was not checked$/,
  },
  'no network for Slack': { env: () => ({ SLACK_BOT_TOKEN: SLACK_TOKEN, SLACK_SIGNING_SECRET: SECRET }), noDns: true, line: /^cannot reach Slack at slack\.com \(the host name does not resolve, ENOTFOUND\): .*the token was not checked$/ },
  'a Socket Mode app token Slack refuses': {
    env: () => ({ SLACK_BOT_TOKEN: SLACK_TOKEN, SLACK_APP_TOKEN: 'xapp-revoked', SLACK_API_URL: slack.apiUrl }),
    line: /^SLACK_APP_TOKEN was refused by Slack \(apps\.connections\.open: invalid_auth\): generate an app-level token with connections:write/,
  },
  'something else answering as the Slack API': {
    // The fake Discord answers Slack's method URLs with 404: a wrong SLACK_API_URL or a proxy's error page.
    env: () => ({ ...slackHttp(), SLACK_API_URL: `${discord.apiUrl}/` }),
    line: /^Slack's auth\.test answered HTTP 404: check SLACK_API_URL and any proxy in between; the token was not checked$/,
  },
  'a Slack port already in use': { env: () => ({ ...slackHttp(), SLACK_PORT: String(busyPort) }), line: new RegExp(`^SLACK_PORT=${'\\d+'}: the port is already in use by another program`) },
  'a health port already in use': { env: () => ({ ...slackHttp(), HEALTH_PORT: String(busyPort) }), line: /^HEALTH_PORT=\d+: the port is already in use by another program: stop it, or choose another port$/ },
  'an unreadable --batch file': { args: ['ask', '--json', '--batch', '/nonexistent'], env: () => ({}), line: /^cannot read the --batch file \/nonexistent \(no such file or folder\)$/ },
  'a folder as the --batch file': { args: ['ask', '--batch', '.'], env: () => ({}), line: /^cannot read the --batch file \. \(it is a folder\)$/ },
};

/** Exactly one line on stderr, prefixed with the program's name, nothing on stdout, exit 2, no stack. */
function expectOneLine(r: Run, line: RegExp): void {
  expect(r.stderr, r.stderr).not.toMatch(STACK);
  const lines = r.stderr.trimEnd().split('\n');
  expect(lines, r.stderr).toHaveLength(1);
  expect(lines[0]!.startsWith('briefing: '), r.stderr).toBe(true);
  expect(lines[0]!.slice('briefing: '.length)).toMatch(line);
  expect(r.code).toBe(2);
  expect(r.stdout).toBe('');
  for (const secret of [SLACK_TOKEN, SECRET, DISCORD_TOKEN, REFUSED_DISCORD]) expect(r.stderr).not.toContain(secret);
}

describe('start-up failures: one line, exit 2, no stack trace', () => {
  it.concurrent.each(Object.entries({ ...CONFIG_CASES, ...PLATFORM_CASES }))('%s', async (_name, c) => {
    const r = await cli(c.args ?? ['serve'], c.env(), { preload: c.noDns ? NO_DNS : undefined });
    expectOneLine(r, c.line);
  }, 60_000);

  it.concurrent.each(DATABASE_CASES)('BRIEFING_DB: %s (serve and digest send fail, doctor says ✗ with the same words)', async (_name, setUp, line, asNobody) => {
    const path = setUp();
    const user = asNobody ? NOBODY : {};
    const env = { ...slackHttp(), BRIEFING_DB: path };
    const [serve, send, doctor] = await Promise.all([cli(['serve'], env, { user }), cli(['digest', 'send'], env, { user }), cli(['doctor'], env, { user })]);
    expectOneLine(serve, line);
    expectOneLine(send, line);
    expect(doctor.code).toBe(1);
    const reported = doctor.stdout.split('\n').find((l) => l.startsWith('✗ database: '));
    expect(reported, doctor.stdout).toBeDefined();
    expect(reported!.slice('✗ database: '.length)).toMatch(line);
  }, 60_000);

  it('reports every configuration problem at once, one line each', async () => {
    const r = await cli(['serve'], { SLACK_BOT_TOKEN: SLACK_TOKEN, RATE_LIMIT_USER_PER_MINUTE: 'abc', BRIEFING_TIMEZONE: 'Nowhere/Land', DISCORD_TOKEN: 'Bot x' });
    expect(r.code).toBe(2);
    expect(r.stderr).not.toMatch(STACK);
    expect(r.stderr.trimEnd().split('\n').map((l) => l.replace(/^briefing: /, '').split(' ')[0]).sort()).toEqual([
      'BRIEFING_TIMEZONE',
      'DISCORD_TOKEN',
      'RATE_LIMIT_USER_PER_MINUTE',
      'SLACK_SIGNING_SECRET',
    ]);
  });

  it('a doctor line and a serve line for the same missing signing secret say the same thing', async () => {
    const env = { SLACK_BOT_TOKEN: SLACK_TOKEN, BRIEFING_DB: db('doctor-same.db') };
    const [doctor, serve] = await Promise.all([cli(['doctor'], env), cli(['serve'], env)]);
    expect(doctor.stdout).toContain('✗ configuration: SLACK_SIGNING_SECRET is required for HTTP mode');
    expect(serve.stderr).toBe('briefing: SLACK_SIGNING_SECRET is required for HTTP mode (or set SLACK_APP_TOKEN for Socket Mode)\n');
  });

  it('doctor --auth tells an unreachable platform from a refused token', async () => {
    const r = await cli(['doctor', '--auth'], { ...slackHttp(), SLACK_API_URL: `http://127.0.0.1:${closedPort}/api/`, DISCORD_TOKEN, BRIEFING_DB: db('auth.db') }, { preload: NO_DNS });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^✗ slack auth: cannot reach Slack at 127\.0\.0\.1:\d+ \(connection refused, ECONNREFUSED\)/m);
    expect(r.stdout).toMatch(/^✗ discord auth: cannot reach Discord at discord\.com \(the host name does not resolve, ENOTFOUND\)/m);
    expect(r.stdout).not.toContain('refused the');
  });
});

describe('output pipes', () => {
  it('`briefing facts export | head` ends quietly when the reader closes the pipe', async () => {
    const child = spawn(process.execPath, ['bin/briefing.js', 'facts', 'export', '--json'], { env: { PATH: process.env.PATH ?? '', HOME: dir } });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
    // Read one chunk, then close our end, as `head -1` does.
    await once(child.stdout, 'data');
    child.stdout.destroy();
    const [code] = (await once(child, 'close')) as [number | null];
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });

  it('`briefing --version` prints the package version', async () => {
    const r = await cli(['--version'], {});
    expect(r.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
    expect(r.code).toBe(0);
  });
});
