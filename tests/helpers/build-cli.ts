// Compiles the CLI for tests that spawn `node bin/briefing.js` (it runs dist/); tsc still emits when unrelated files
// have type errors, so a concurrent edit elsewhere does not block these tests.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export function buildCli(): void {
  spawnSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json'], { stdio: 'ignore' });
  if (!existsSync('dist/adapters/main.js')) throw new Error('build failed: dist/adapters/main.js is missing');
}
