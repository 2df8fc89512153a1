// The fake Slack and Discord started together, with a temp dir and a Config pointing both adapters at them: the
// shared set-up of the hardening tests that drive both adapters (bad input, platform failures, secrets).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Config } from '../../src/config/config.js';
import { startDiscord, type DiscordAdapter, type StartDiscordOptions } from '../../adapters/discord/index.js';
import { startSlack, type SlackHandle, type SlackOptions } from '../../adapters/slack/index.js';
import type { PlatformContext } from '../../adapters/platform-context.js';
import { FakeDiscord } from './fake-discord.js';
import { FakeSlack, SlackSender } from './fake-slack.js';
import { testConfig } from './fixtures.js';

export interface FakePlatforms {
  slack: FakeSlack;
  discord: FakeDiscord;
  /** The temp dir that holds the database; removed by close(). */
  dir: string;
  /** Slack and Discord configured against the fakes, the database in `dir`. */
  config: Config;
  /** Starts the real Slack (HTTP, loopback) and Discord adapters against the fakes; close() stops them. */
  startAdapters(context: PlatformContext, slackOptions?: Partial<SlackOptions>, discordOptions?: Partial<StartDiscordOptions>): Promise<RunningAdapters>;
  /** Stops the adapters if started, closes both fakes and removes the temp dir. */
  close(): Promise<void>;
}

export interface RunningAdapters {
  slack: SlackHandle;
  discord: DiscordAdapter;
  /** Signs and sends Slack requests to the running app. */
  sender: SlackSender;
}

export interface FakePlatformsOptions {
  /** Names the temp dir (briefing-<name>-…). */
  name: string;
  slackBotToken: string;
  signingSecret: string;
  discordToken: string;
  /** Config fields that differ from the test defaults (rate limits, log level). */
  config?: Partial<Config>;
}

export async function startFakePlatforms(options: FakePlatformsOptions): Promise<FakePlatforms> {
  const slack = new FakeSlack();
  await slack.start();
  const discord = new FakeDiscord();
  await discord.start();
  const dir = mkdtempSync(join(tmpdir(), `briefing-${options.name}-`));
  const config = testConfig({
    slack: { botToken: options.slackBotToken, signingSecret: options.signingSecret, port: 0, apiUrl: slack.apiUrl },
    discord: { token: options.discordToken, apiUrl: discord.apiUrl },
    dbPath: join(dir, 'briefing.db'),
    ...options.config,
  });
  let running: RunningAdapters | undefined;
  return {
    slack,
    discord,
    dir,
    config,
    async startAdapters(context, slackOptions = {}, discordOptions = {}) {
      const slackApp = await startSlack(context, { host: '127.0.0.1', port: 0, language: 'en', ...slackOptions });
      const sender = new SlackSender(`http://127.0.0.1:${slackApp.port}`, options.signingSecret, slack);
      const discordClient = await startDiscord(context, { waitGuildTimeoutMs: 2000, readyTimeoutMs: 10_000, ...discordOptions });
      running = { slack: slackApp, discord: discordClient, sender };
      return running;
    },
    async close() {
      await running?.slack.stop();
      await running?.discord.stop();
      await slack.close();
      await discord.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
