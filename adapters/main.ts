// Entry point of the `briefing` command: the core commands plus those that start chat platforms.
import { createProgram, runProgram } from '../src/cli/program.js';
import { registerPlatformCommands } from './platform-commands.js';

const program = createProgram();
registerPlatformCommands(program);
await runProgram(program);
