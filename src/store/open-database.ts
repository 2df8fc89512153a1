// Opening BRIEFING_DB, or one line saying why it cannot be opened: used by `serve`, `digest send` and `doctor` alike, so
// doctor's ✓ means the bot will open the same file. Folders are made one level at a time: Node's recursive mkdir never
// returns under /proc.
import { existsSync, mkdirSync, rmdirSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import type Database from 'better-sqlite3';
import { fsReason, StartupError } from '../model/startup-error.js';
import { SCHEMA_VERSION, SqliteStore } from './SqliteStore.js';

const require = createRequire(import.meta.url);

/** Opens (creating and migrating) the store at `path`; throws a StartupError 'Database' with one line otherwise. */
export function openStore(path: string): SqliteStore {
  if (path === ':memory:') return new SqliteStore(path);
  prepareFolder(path);
  let store: SqliteStore | undefined;
  try {
    store = new SqliteStore(path);
    checkWritable(store.db);
    return store;
  } catch (error) {
    store?.close();
    throw databaseError(path, error);
  }
}

/**
 * A write that is rolled back: SQLite opens a read-only file without a word and even grants BEGIN IMMEDIATE on it, so
 * only a real write tells, before the first subscription or digest would fail.
 */
function checkWritable(db: Database.Database): void {
  try {
    db.exec('BEGIN IMMEDIATE; CREATE TABLE briefing_write_probe (x); ROLLBACK;');
  } catch (error) {
    if (db.inTransaction) db.exec('ROLLBACK');
    throw error;
  }
}

export interface DatabaseProbe {
  ok: boolean;
  detail: string;
}

/**
 * What `briefing doctor` reports: an existing database is opened, checked and write-locked (nothing changed); a missing
 * one is created as the bot would create it, written, and removed again with the folders made for it.
 */
export function probeDatabase(path: string): DatabaseProbe {
  if (path === ':memory:') return { ok: true, detail: ':memory: (nothing is kept between runs)' };
  const existed = existsSync(path);
  let created = false;
  let made: string[] = [];
  let db: Database.Database | undefined;
  try {
    made = prepareFolder(path);
    const Sqlite = require('better-sqlite3') as typeof Database;
    db = new Sqlite(path, existed ? { fileMustExist: true } : {});
    created = !existed;
    const integrity = db.pragma('quick_check', { simple: true });
    if (integrity !== 'ok') return { ok: false, detail: `BRIEFING_DB=${path}: the database is damaged (quick_check: ${String(integrity)}): restore it from a backup or move it away` };
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version > SCHEMA_VERSION) {
      return { ok: false, detail: `BRIEFING_DB=${path}: schema version ${version} is newer than this build (${SCHEMA_VERSION}): run the newer briefing, or restore an older copy` };
    }
    db.pragma('journal_mode = WAL');
    checkWritable(db);
    if (!existed) return { ok: true, detail: `${path}: not created yet; created, write-locked and removed again as a test` };
    const schema = version === SCHEMA_VERSION ? `schema v${version} (latest)` : `schema v${version}, migrates to v${SCHEMA_VERSION} on start`;
    return { ok: true, detail: `${path}: opens, writable, ${schema}` };
  } catch (error) {
    return { ok: false, detail: (error instanceof StartupError ? error : databaseError(path, error)).lines[0]! };
  } finally {
    db?.close();
    if (created) for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(`${path}${suffix}`, { force: true });
    for (const dir of made.reverse()) rmdirSync(dir);
  }
}

/**
 * Makes the missing folders above the database file, one level at a time; returns those it made. Throws a one-line
 * StartupError when the path is a folder, passes through a file, or a folder cannot be made.
 */
function prepareFolder(path: string): string[] {
  const full = resolve(path);
  if (existsSync(full) && statSync(full).isDirectory()) {
    throw new StartupError('Database', [`BRIEFING_DB=${path} is a folder: set it to a file inside it, such as ${path.replace(/\/+$/, '')}/briefing.db`]);
  }
  const missing: string[] = [];
  let dir = dirname(full);
  while (!existsSync(dir) && dirname(dir) !== dir) {
    missing.unshift(dir);
    dir = dirname(dir);
  }
  if (!statSync(dir).isDirectory()) throw new StartupError('Database', [`BRIEFING_DB=${path}: ${dir} is a file, not a folder: choose a path in a folder`]);
  const made: string[] = [];
  for (const folder of missing) {
    try {
      mkdirSync(folder);
      made.push(folder);
    } catch (error) {
      for (const m of made.reverse()) rmdirSync(m);
      throw new StartupError('Database', [`BRIEFING_DB=${path}: cannot create the folder ${folder} (${fsReason(error)}): create it, writable by the bot's user, or choose another path`]);
    }
  }
  return made;
}

/** SQLite's and the file system's errors, told as what to do about them. */
function databaseError(path: string, error: unknown): StartupError {
  const code = String((error as { code?: unknown }).code ?? '');
  const message = (error as Error).message ?? String(error);
  const where = `BRIEFING_DB=${path}`;
  const line =
    code === 'SQLITE_NOTADB'
      ? `${where} is not a SQLite database (${message}): move that file away, or point BRIEFING_DB at the bot's database`
      : code === 'SQLITE_READONLY' || code.startsWith('SQLITE_READONLY_')
        ? `${where} is read-only for this user: give it, and its folder (for the -wal and -shm files), write permission`
        : code === 'SQLITE_CORRUPT'
          ? `${where}: the database is damaged (${message}): restore it from a backup or move it away`
          : code === 'SQLITE_CANTOPEN' || code === 'SQLITE_PERM' || code === 'SQLITE_AUTH'
            ? `${where} cannot be opened (${message}): the file and its folder must be writable by the bot's user`
            : code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED'
              ? `${where} is locked by another process (${message}): stop it or wait, then start again`
              : code === 'SQLITE_FULL' || code === 'SQLITE_IOERR' || code.startsWith('SQLITE_IOERR_')
                ? `${where} cannot be written (${message}): check the disk (space, errors) and the mount`
                : `${where} cannot be opened (${code ? `${code}: ` : ''}${message})`;
  return new StartupError('Database', [line], { cause: error });
}
