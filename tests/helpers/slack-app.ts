// A test app behind the real Slack adapter (HTTP mode on loopback) and the fake Web API, its database in a temp dir:
// the shared set-up of the tests that drive Slack alone (fake-platforms.ts starts Slack and Discord together).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startSlack, type SlackHandle } from '../../adapters/slack/index.js';
import type { Config } from '../../src/config/config.js';
import { loadFacts } from '../../src/facts/load-facts.js';
import { FakeSlack, SlackSender } from './fake-slack.js';
import { testConfig } from './fixtures.js';
import { openTestApp, type TestApp } from './test-app.js';

export interface SlackTestApp {
  fake: FakeSlack;
  /** The temp dir that holds the database (briefing.db); removed by close(). */
  dir: string;
  app: TestApp;
  slack: SlackHandle;
  /** Signs and sends Slack requests to the running app. */
  sender: SlackSender;
  /** Stops the adapter, closes the fake and the test's store, and removes the temp dir. */
  close(): Promise<void>;
}

export interface SlackTestAppOptions {
  /** Names the temp dir (briefing-<name>-…). */
  name: string;
  botToken: string;
  signingSecret: string;
  /** Config fields that differ from the test defaults (limits, log level, admins). */
  config?: Partial<Config>;
  /** What the app is built with besides its config; the table defaults to the fixture table. */
  app?: Omit<Parameters<typeof openTestApp>[0], 'config'>;
  /** Sets up the fake before the adapter starts (the tokens it refuses, the channels it closes). */
  prepareFake?: (fake: FakeSlack) => void;
}

export async function startSlackApp(options: SlackTestAppOptions): Promise<SlackTestApp> {
  const fake = new FakeSlack();
  options.prepareFake?.(fake);
  let dir: string | undefined;
  let app: TestApp | undefined;
  let slack: SlackHandle | undefined;
  const close = async () => {
    await slack?.stop();
    await fake.close();
    app?.store.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  };
  try {
    await fake.start();
    dir = mkdtempSync(join(tmpdir(), `briefing-${options.name}-`));
    const config = testConfig({
      slack: { botToken: options.botToken, signingSecret: options.signingSecret, port: 0, apiUrl: fake.apiUrl },
      dbPath: join(dir, 'briefing.db'),
      ...options.config,
    });
    app = await openTestApp({ table: loadFacts({ dir: 'tests/fixtures/facts' }), ...options.app, config });
    slack = await startSlack(app.context, { host: '127.0.0.1', port: 0, language: 'en' });
    const sender = new SlackSender(`http://127.0.0.1:${slack.port}`, options.signingSecret, fake);
    return { fake, dir, app, slack, sender, close };
  } catch (error) {
    // A set-up that fails half-way leaves no server open to hold the test run, and reports its own error.
    await close().catch(() => undefined);
    throw error;
  }
}
