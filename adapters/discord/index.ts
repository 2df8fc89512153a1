// The Discord adapter's boundary: start the bot (with its digest transport) and deploy its slash commands.
export { startDiscord, DEFAULT_START_OPTIONS, type DiscordAdapter, type StartDiscordOptions } from './start-discord.js';
export { deployCommands, type DeployOptions, type DeployResult } from './deploy-commands.js';
export { createDiscordTransport } from './digest-transport.js';
