// `briefing doctor --auth` for Discord: GET /users/@me with the bot token (no retries, short timeout).
import { DiscordAPIError, REST, Routes, type APIUser } from 'discord.js';
import type { CheckLine } from '../../src/cli/check-line.js';
import type { Config } from '../../src/config/config.js';
import { restOptions } from './digest-transport.js';

export async function checkDiscordAuth(discord: NonNullable<Config['discord']>): Promise<CheckLine> {
  const rest = new REST({ ...restOptions(discord.apiUrl), retries: 0, timeout: 10_000 }).setToken(discord.token);
  try {
    const me = (await rest.get(Routes.user('@me'))) as APIUser;
    return { ok: true, name: 'discord auth', detail: `GET /users/@me ok: ${me.bot ? 'bot' : 'user'} ${me.username} (${me.id})` };
  } catch (error) {
    const reason = error instanceof DiscordAPIError ? `${error.status} ${error.message}` : (error as Error).message;
    return { ok: false, name: 'discord auth', detail: `GET /users/@me refused the token: ${reason}` };
  } finally {
    rest.clearHashSweeper();
    rest.clearHandlerSweeper();
  }
}
