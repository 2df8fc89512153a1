// The fake Slack and Discord started together, with a temp dir and a Config pointing both adapters at them: the
// shared set-up of the hardening tests that drive both adapters (bad input, platform failures, secrets).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Config } from '../../src/config/config.js';
import { FakeDiscord } from './fake-discord.js';
import { FakeSlack } from './fake-slack.js';
import { testConfig } from './fixtures.js';

export interface FakePlatforms {
  slack: FakeSlack;
  discord: FakeDiscord;
  /** The temp dir that holds the database; removed by close(). */
  dir: string;
  /** Slack and Discord configured against the fakes, the database in `dir`. */
  config: Config;
  /** Closes both fakes and removes the temp dir (stop the adapters and close the store first). */
  close(): Promise<void>;
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
  return {
    slack,
    discord,
    dir,
    config,
    async close() {
      await slack.close();
      await discord.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
