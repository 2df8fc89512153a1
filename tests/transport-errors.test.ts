// Each transport classifies its platform's errors into the core's DigestSendError, so the retry logic knows no platform.
import { DiscordAPIError, RateLimitError } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { classifyDiscordError } from '../adapters/discord/digest-transport.js';
import { classifySlackError } from '../adapters/slack/slack-transport.js';
import { DigestSendError } from '../src/model/errors.js';

const slackError = (code: string, extra: Record<string, unknown>) => Object.assign(new Error(`An API error occurred: ${code}`), { code, ...extra });

describe('Slack', () => {
  it('a rate limit waits the seconds Slack asks for', () => {
    const e = classifySlackError(slackError('slack_webapi_rate_limited_error', { retryAfter: 7 }), 'C1');
    expect(e).toBeInstanceOf(DigestSendError);
    expect(e.retryAfterMs).toBe(7_000);
    expect(e.permanent).toBe(false);
  });

  it('a gone channel or a removed bot is permanent; a server error is not', () => {
    expect(classifySlackError(slackError('slack_webapi_platform_error', { data: { ok: false, error: 'channel_not_found' } }), 'C1').permanent).toBe(true);
    expect(classifySlackError(slackError('slack_webapi_platform_error', { data: { ok: false, error: 'not_in_channel' } }), 'C1').permanent).toBe(true);
    expect(classifySlackError(slackError('slack_webapi_platform_error', { data: { ok: false, error: 'fatal_error' } }), 'C1').permanent).toBe(false);
    expect(classifySlackError(slackError('slack_webapi_http_error', { statusCode: 500 }), 'C1').permanent).toBe(false);
  });
});

describe('Discord', () => {
  const apiError = (code: number, status: number) =>
    new DiscordAPIError({ code, message: 'refused' }, code, status, 'POST', 'https://discord.test/api/v10/channels/1/messages', { body: undefined, files: undefined });

  it('a rate limit waits the milliseconds discord.js reports', () => {
    const limited = new RateLimitError({ timeToReset: 1500, limit: 5, method: 'POST', hash: 'h', url: 'u', route: 'r', majorParameter: '1', global: false, retryAfter: 1500, sublimitTimeout: 0, scope: 'user' });
    expect(classifyDiscordError(limited, '1').retryAfterMs).toBe(1500);
  });

  it('an unknown channel, missing access or any 4xx refusal is permanent; a 5xx or a network error is not', () => {
    expect(classifyDiscordError(apiError(10003, 404), '1').permanent).toBe(true);
    expect(classifyDiscordError(apiError(50001, 403), '1').permanent).toBe(true);
    expect(classifyDiscordError(apiError(0, 500), '1').permanent).toBe(false);
    expect(classifyDiscordError(new Error('socket hang up'), '1').permanent).toBe(false);
  });
});
