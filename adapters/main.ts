// Entry point of the `briefing` command: the core commands plus those that start chat platforms.
import { createProgram, runProgram } from '../src/cli/program.js';
import { registerDiscordCommands } from './discord/cli.js';

const program = createProgram();
// Adapter commands (serve, start, chat, discord) register here.
registerDiscordCommands(program);
await runProgram(program);
