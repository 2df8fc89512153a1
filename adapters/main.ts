// Entry point of the `briefing` command: the core commands plus those that start chat platforms.
import { createProgram, runProgram } from '../src/cli/program.js';

const program = createProgram();
// Adapter commands (serve, start, chat, discord) register here.
await runProgram(program);
