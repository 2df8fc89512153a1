// `briefing doctor --auth` for Discord: GET /users/@me with the bot token (no retries, short timeout).
import { DiscordAPIError, REST, Routes, type APIUser } from 'discord.js';
import type { CheckLine } from '../../src/cli/check-line.js';
import type { Config } from '../../src/config/config.js';
import { restOptions } from './rest-limits.js';
import { discordStartupError } from './startup-errors.js';

export async function checkDiscordAuth(discord: NonNullable<Config['discord']>): Promise<CheckLine> {
  const rest = new REST({ ...restOptions(discord.apiUrl), retries: 0, timeout: 10_000 }).setToken(discord.token);
  try {
    const me = (await rest.get(Routes.user('@me'))) as APIUser;
    return { ok: true, name: 'discord auth', detail: `GET /users/@me ok: ${me.bot ? 'bot' : 'user'} ${me.username} (${me.id})` };
  } catch (error) {
    // The same words as a refused start: a refusal with its status, a network failure says the token was not checked.
    const startup = discordStartupError(error, 'GET /users/@me', discord.apiUrl);
    const detail = error instanceof DiscordAPIError && startup.identifier === 'TokenRefused' ? `GET /users/@me refused the token: ${error.status} ${error.message}` : startup.lines[0]!;
    return { ok: false, name: 'discord auth', detail };
  } finally {
    rest.clearHashSweeper();
    rest.clearHandlerSweeper();
  }
}
