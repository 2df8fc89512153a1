// The Discord adapter's boundary: start the bot (with its digest transport), deploy its slash commands, and the
// transport of `briefing digest send`.
export { startDiscord, type DiscordAdapter, type StartDiscordOptions } from './start-discord.js';
export { deployCommands } from './deploy-commands.js';
export { createDiscordDigestTransport } from './digest-transport.js';
