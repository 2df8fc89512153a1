// Two processes opening one new database at once (the bot starting while cron runs `digest send`) both start: the
// schema is created once, under the write lock, and the second sees it there.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { SqliteStore } from '../src/store/SqliteStore.js';

const require = createRequire(import.meta.url);
const dir = mkdtempSync(join(tmpdir(), 'briefing-db-open-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A process that opens the store at `path` (the compiled one, as the CLI runs it) and reports how it went. */
function openInChild(path: string): Promise<{ code: number | null; stderr: string }> {
  const store = pathToFileURL(join(process.cwd(), 'dist/src/store/SqliteStore.js')).href;
  const code = `const { SqliteStore } = await import(${JSON.stringify(store)}); new SqliteStore(process.env.DB_PATH).ping();`;
  const child = spawn(process.execPath, ['--input-type=module', '-e', code], { env: { PATH: process.env.PATH ?? '', DB_PATH: path } });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  return new Promise((resolve) => child.on('close', (exitCode) => resolve({ code: exitCode, stderr })));
}

describe('opening a new database from two processes at once', () => {
  it('creates its tables once, and both processes open it', async () => {
    const path = join(dir, 'briefing.db');
    // Hold the write lock while both processes start: each reads the schema version (none yet) and then waits.
    const Sqlite = require('better-sqlite3') as typeof Database;
    const holder = new Sqlite(path);
    holder.pragma('journal_mode = WAL');
    holder.exec('BEGIN IMMEDIATE');
    const opening = [openInChild(path), openInChild(path)];
    await new Promise((resolve) => setTimeout(resolve, 1500));
    holder.exec('COMMIT');
    holder.close();

    const results = await Promise.all(opening);
    for (const r of results) expect(r, r.stderr).toMatchObject({ code: 0 });
    // The schema is whole: a store opened afterwards finds every table.
    const store = new SqliteStore(path);
    expect(store.health()).toEqual({ ok: true });
    store.close();
  });
});
