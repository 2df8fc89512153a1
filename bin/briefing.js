#!/usr/bin/env node
// Entry point of the `briefing` command: runs the compiled CLI (built by `npm ci` through the prepare script).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const main = new URL('../dist/adapters/main.js', import.meta.url);
if (!existsSync(fileURLToPath(main))) {
  console.error('briefing: the compiled CLI is missing; run `npm run build` (npm ci does it for you).');
  process.exit(1);
}
await import(main.href);
