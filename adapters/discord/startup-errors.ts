// Discord's start-up failures as one line each: a token Discord refused, Discord not reachable (the token never
// checked), an HTTP error from whatever answered in its place, or a gateway that never became ready.
import { DiscordAPIError, HTTPError } from 'discord.js';
import { StartupError } from '../../src/model/startup-error.js';
import { networkFailure, unreachable } from '../network-error.js';

export const DISCORD_API_DEFAULT = 'https://discord.com/api';

const TOKEN_FIX = 'reset the token under Bot → Reset Token in the Discord Developer Portal and set DISCORD_TOKEN to it';

/** The failure of a start-up call (login, `what`: "login", "GET /users/@me", …) made with DISCORD_TOKEN. */
export function discordStartupError(error: unknown, what: string, apiUrl: string | undefined): StartupError {
  const e = (error ?? {}) as { code?: unknown; status?: unknown; message?: unknown };
  if (e.code === 'TokenInvalid' || (error instanceof DiscordAPIError && error.status === 401)) {
    return new StartupError('TokenRefused', [`DISCORD_TOKEN was refused by Discord (${what}: 401 Unauthorized): ${TOKEN_FIX}`], { cause: error });
  }
  if (e.code === 'DisallowedIntents') {
    return new StartupError('PlatformError', [`Discord refused the bot's intents (${what}): no privileged intent is needed; see docs/discord.md, Intents`], { cause: error });
  }
  const failure = networkFailure(error);
  if (failure) return unreachable('Discord', apiUrl ?? DISCORD_API_DEFAULT, failure, 'DISCORD_API_URL', error);
  if (error instanceof DiscordAPIError || error instanceof HTTPError) {
    return new StartupError('PlatformError', [`Discord answered ${what} with HTTP ${error.status} (${error.message}): check DISCORD_API_URL and any proxy in between`], { cause: error });
  }
  return new StartupError('PlatformError', [`Discord ${what} failed (${String(e.message ?? error).split('\n')[0]})`], { cause: error });
}

/** The gateway connection did not become ready in time (REST answered, so the token was accepted). */
export function gatewayNotReady(seconds: number, cause: unknown): StartupError {
  return new StartupError(
    'Unreachable',
    [`Discord's gateway did not become ready within ${seconds} s: outgoing WebSocket connections (wss://gateway.discord.gg) may be blocked by a firewall or proxy`],
    { cause },
  );
}
