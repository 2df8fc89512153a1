// Secrets never reach the logs: the Slack and Discord adapters run with the most verbose logger (trace) into a
// captured stream through start-up, answers, a rate-limited and a failing Web API call, and shutdown.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDiscord } from '../adapters/discord/index.js';
import { startSlack } from '../adapters/slack/index.js';
import { openTestApp, type TestApp } from './helpers/test-app.js';
import { createLogger, redactPaths } from '../adapters/create-logger.js';
import { loadFacts } from '../src/facts/load-facts.js';
import { SqliteStore } from '../src/store/SqliteStore.js';
import type { FakeDiscord } from './helpers/fake-discord.js';
import { startFakePlatforms, type FakePlatforms } from './helpers/fake-platforms.js';
import { BOT_USER, SlackSender, waitFor, type FakeSlack } from './helpers/fake-slack.js';

const SLACK_TOKEN = 'xoxb-super-secret-bot-token-4242';
const SIGNING_SECRET = 'super-secret-signing-secret-4242';
const DISCORD_TOKEN = 'super-secret-discord-token-4242';

let platforms: FakePlatforms;
let slackFake: FakeSlack;
let discordFake: FakeDiscord;
let app: TestApp;
const log: string[] = [];

beforeAll(async () => {
  platforms = await startFakePlatforms({
    name: 'secrets',
    slackBotToken: SLACK_TOKEN,
    signingSecret: SIGNING_SECRET,
    discordToken: DISCORD_TOKEN,
    config: { logLevel: 'trace' },
  });
  ({ slack: slackFake, discord: discordFake } = platforms);
  const { config } = platforms;
  app = await openTestApp({
    config,
    table: loadFacts({ dir: 'tests/fixtures/facts' }),
    store: new SqliteStore(config.dbPath),
    logger: createLogger({ level: 'trace', destination: { write: (line: string) => void log.push(line) } }),
  });
});

afterAll(async () => {
  app?.store.close();
  await platforms?.close();
});

describe('logs at trace level', () => {
  it('never contain the Slack bot token or signing secret, through answers, 429s, 5xx and a refused token', async () => {
    const slack = await startSlack(app.context, { host: '127.0.0.1', port: 0, language: 'en', apiRetryMinMs: 50 });
    try {
      const sender = new SlackSender(`http://127.0.0.1:${slack.port}`, SIGNING_SECRET, slackFake);
      const path = await sender.command('/ask', 'Who chaired AMM 53?');
      await waitFor(() => slackFake.responsesAt(path).length > 0, '/ask reply');
      slackFake.failNext('chat.postMessage', { status: 429, headers: { 'Retry-After': '1' } }, { status: 500 });
      await sender.event({ type: 'app_mention', user: 'UASKER', text: `<@${BOT_USER}> Who chaired AMM 53?`, ts: '1700000200.000100', channel: 'CSECRET', event_ts: '1700000200.000100' });
      await waitFor(() => slackFake.posted('chat.postMessage', 'CSECRET').length > 0, 'mention reply', 10_000);
      // A request signed with another secret is refused and logged.
      const forged = new SlackSender(`http://127.0.0.1:${slack.port}`, 'wrong-secret', slackFake);
      await expect(forged.command('/ask', 'x')).rejects.toThrow(/401/);
    } finally {
      await slack.stop();
    }
    slackFake.validTokens.add('xoxb-someone-else');
    await expect(startSlack(app.context, { host: '127.0.0.1', port: 0 })).rejects.toThrow(/SLACK_BOT_TOKEN was refused/);
    slackFake.validTokens.clear();

    const all = log.join('\n');
    expect(all).toMatch(/rate limit|retry/i); // the verbose paths really were logged
    expect(log.length).toBeGreaterThan(20);
    expect(all).not.toContain(SLACK_TOKEN);
    expect(all).not.toContain(SIGNING_SECRET);
    expect(all).not.toContain('xoxb-super');
  });

  it('never contain the Discord token, through login, an answer and shutdown', async () => {
    const discord = await startDiscord(app.context, { waitGuildTimeoutMs: 1000, readyTimeoutMs: 10_000 });
    try {
      const from = discordFake.requests.length;
      const i = discordFake.interaction(2, { id: '300', name: 'ask', type: 1, options: [{ name: 'question', type: 3, value: 'Who chaired AMM 53?' }] });
      discordFake.dispatch('INTERACTION_CREATE', i);
      await discordFake.waitFor((r) => r.path.endsWith('/callback'), from);
    } finally {
      await discord.stop();
    }
    expect(log.join('\n')).toContain('discord: connected');
    expect(log.join('\n')).not.toContain(DISCORD_TOKEN);
  });

  it('redact token-shaped fields wherever a caller logs them', () => {
    const lines: string[] = [];
    const logger = createLogger({ level: 'trace', destination: { write: (l: string) => void lines.push(l) } });
    logger.info({ token: SLACK_TOKEN, slack: { botToken: SLACK_TOKEN, signingSecret: SIGNING_SECRET }, headers: { authorization: `Bearer ${SLACK_TOKEN}` }, env: { DISCORD_TOKEN } }, 'config');
    expect(lines.join('')).not.toMatch(/super-secret/);
    expect(redactPaths.length).toBeGreaterThan(0);
  });
});

describe('repository hygiene', () => {
  it('.env is git-ignored and .env.example holds no values for secrets', () => {
    expect(readFileSync('.gitignore', 'utf8').split('\n')).toContain('.env');
    const example = readFileSync('.env.example', 'utf8');
    for (const key of ['SLACK_BOT_TOKEN', 'SLACK_SIGNING_SECRET', 'SLACK_APP_TOKEN', 'DISCORD_TOKEN']) {
      expect(example).toMatch(new RegExp(`^${key}=$`, 'm'));
    }
  });
});
