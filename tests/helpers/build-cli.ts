// Compiles the CLI for tests that spawn `node bin/briefing.js` (it runs dist/), unless dist is newer than every source
// file. Test files run in parallel, so a lock file makes a second caller wait for the first build instead of writing
// dist/ at the same time. tsc still emits when unrelated files have type errors (others' work in progress).
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

const MAIN = 'dist/adapters/main.js';
const LOCK = 'dist/.test-build.lock';

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(path));
    else if (entry.name.endsWith('.ts')) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

const fresh = () => existsSync(MAIN) && statSync(MAIN).mtimeMs > Math.max(newestSource('src'), newestSource('adapters'));

export async function buildCli(): Promise<void> {
  mkdirSync('dist', { recursive: true });
  const deadline = Date.now() + 90_000;
  for (;;) {
    if (fresh()) return;
    let fd: number | undefined;
    try {
      fd = openSync(LOCK, 'wx');
    } catch {
      // Someone else is building (or a stale lock from a killed run: give up waiting after the deadline).
      if (Date.now() > deadline) rmSync(LOCK, { force: true });
      await new Promise((r) => setTimeout(r, 250));
      continue;
    }
    try {
      spawnSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json'], { stdio: 'ignore' });
    } finally {
      closeSync(fd);
      rmSync(LOCK, { force: true });
    }
    if (!existsSync(MAIN)) throw new Error(`build failed: ${MAIN} is missing`);
    return;
  }
}
