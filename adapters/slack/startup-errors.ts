// Slack's start-up failures as one line each: a token Slack refused, Slack not reachable (the token never checked), or
// an HTTP error from whatever answered in Slack's place (a proxy, a wrong SLACK_API_URL).
import { webApi } from '@slack/bolt';
import { StartupError } from '../../src/model/startup-error.js';
import { networkFailure, unreachable } from '../network-error.js';

export const SLACK_API_DEFAULT = 'https://slack.com/api/';

/** What to do about each token: where to get a good one. */
const FIX = {
  SLACK_BOT_TOKEN: 'copy the Bot User OAuth Token (xoxb-) again from Install App (reinstall the app if it was removed)',
  SLACK_APP_TOKEN: 'generate an app-level token with connections:write under Basic Information → App-Level Tokens, and enable Socket Mode',
} as const;

/**
 * The failure of a Web API call made at start-up with one token (`method`: auth.test for the bot token,
 * apps.connections.open for the app token).
 */
export function slackStartupError(error: unknown, token: keyof typeof FIX, method: string, apiUrl: string | undefined): StartupError {
  const e = (error ?? {}) as { code?: unknown; data?: { error?: unknown }; statusCode?: unknown; message?: unknown };
  if (e.code === webApi.ErrorCode.PlatformError && typeof e.data?.error === 'string') {
    return new StartupError('TokenRefused', [`${token} was refused by Slack (${method}: ${e.data.error}): ${FIX[token]}`], { cause: error });
  }
  const failure = networkFailure(error);
  if (failure) return unreachable('Slack', apiUrl ?? SLACK_API_DEFAULT, failure, 'SLACK_API_URL', error);
  if (e.code === webApi.ErrorCode.HTTPError) {
    return new StartupError('PlatformError', [`Slack's ${method} answered HTTP ${String(e.statusCode)}: check SLACK_API_URL and any proxy in between; the token was not checked`], { cause: error });
  }
  return new StartupError('PlatformError', [`Slack's ${method} failed (${String(e.message ?? error).split('\n')[0]}); the token was not checked`], { cause: error });
}
