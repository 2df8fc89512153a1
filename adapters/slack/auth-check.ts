// `briefing doctor --auth` for Slack: asks auth.test whether the bot token is accepted (no retries, short timeout).
import { LogLevel, webApi, type Logger as BoltLogger } from '@slack/bolt';
import type { CheckLine } from '../../src/cli/check-line.js';
import { NO_SLACK_RETRY, slackClientOptions, type SlackConfig } from './client-options.js';
import { slackStartupError } from './startup-errors.js';

/** The Web API client's own log lines would go to the console around our ✓/✗ lines; the check reports instead. */
const quiet: BoltLogger = { debug() {}, info() {}, warn() {}, error() {}, setLevel() {}, getLevel: () => LogLevel.ERROR, setName() {} };

export async function checkSlackAuth(slack: SlackConfig): Promise<CheckLine> {
  const client = new webApi.WebClient(slack.botToken, { ...slackClientOptions(slack, NO_SLACK_RETRY), timeout: 10_000, logger: quiet });
  try {
    const r = await client.auth.test();
    return { ok: true, name: 'slack auth', detail: `auth.test ok: bot ${r.user ?? '?'} (${r.user_id ?? '?'}) in workspace ${r.team ?? '?'} (${r.team_id ?? '?'})` };
  } catch (error) {
    // The same words as a refused start: a refusal names Slack's error, a network failure says the token was not checked.
    const startup = slackStartupError(error, 'SLACK_BOT_TOKEN', 'auth.test', slack.apiUrl);
    const code = (error as { data?: { error?: unknown } }).data?.error;
    const detail = startup.identifier === 'TokenRefused' ? `auth.test refused the bot token: ${String(code)}` : startup.lines[0]!;
    return { ok: false, name: 'slack auth', detail };
  }
}
