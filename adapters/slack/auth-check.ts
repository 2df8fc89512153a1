// `briefing doctor --auth` for Slack: asks auth.test whether the bot token is accepted (no retries, short timeout).
import { LogLevel, webApi, type Logger as BoltLogger } from '@slack/bolt';
import type { CheckLine } from '../../src/cli/check-line.js';
import { slackClientOptions, type SlackConfig } from './client-options.js';

/** The Web API client's own log lines would go to the console around our ✓/✗ lines; the check reports instead. */
const quiet: BoltLogger = { debug() {}, info() {}, warn() {}, error() {}, setLevel() {}, getLevel: () => LogLevel.ERROR, setName() {} };

export async function checkSlackAuth(slack: SlackConfig): Promise<CheckLine> {
  const client = new webApi.WebClient(slack.botToken, { ...slackClientOptions(slack, { retries: 0, minMs: 0, maxMs: 0 }), timeout: 10_000, logger: quiet });
  try {
    const r = await client.auth.test();
    return { ok: true, name: 'slack auth', detail: `auth.test ok: bot ${r.user ?? '?'} (${r.user_id ?? '?'}) in workspace ${r.team ?? '?'} (${r.team_id ?? '?'})` };
  } catch (error) {
    const e = error as { data?: { error?: unknown }; code?: unknown; message?: string };
    const reason = typeof e.data?.error === 'string' ? e.data.error : typeof e.code === 'string' ? `${e.code}: ${e.message}` : String(e.message);
    return { ok: false, name: 'slack auth', detail: `auth.test refused the bot token: ${reason}` };
  }
}
