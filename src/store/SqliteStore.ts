// The store port in one SQLite file (better-sqlite3, WAL): digest subscriptions and sends, feedback, seen events.
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import type Database from 'better-sqlite3';
import type { BriefingStore, DigestSendRecord, DigestSendStatus, FeedbackRecord, Platform, Subscription } from '../app/store-port.js';
import type { Language } from '../model/language.js';

// better-sqlite3 loads with the first store opened: `briefing ask`, which never opens one, does not pay for it at start-up.
const require = createRequire(import.meta.url);

const MIGRATIONS: string[] = [
  `CREATE TABLE subscriptions (
     platform TEXT NOT NULL, channel_id TEXT NOT NULL, workspace_id TEXT, time TEXT NOT NULL,
     timezone TEXT NOT NULL, language TEXT NOT NULL, created_at TEXT NOT NULL,
     PRIMARY KEY (platform, channel_id));
   CREATE TABLE digest_sends (
     platform TEXT NOT NULL, channel_id TEXT NOT NULL, local_date TEXT NOT NULL,
     status TEXT NOT NULL, attempts INTEGER NOT NULL DEFAULT 0, claimed_at TEXT NOT NULL, sent_at TEXT,
     briefing_point TEXT, fact_ids TEXT, error TEXT,
     PRIMARY KEY (platform, channel_id, local_date));
   CREATE TABLE fact_first_seen (fact_id TEXT PRIMARY KEY, first_seen_at TEXT NOT NULL);
   CREATE TABLE feedback (
     id INTEGER PRIMARY KEY AUTOINCREMENT, platform TEXT NOT NULL, user_id TEXT NOT NULL, channel_id TEXT,
     fact_id TEXT NOT NULL, question TEXT, vote TEXT NOT NULL CHECK (vote IN ('up','down')), created_at TEXT NOT NULL);
   CREATE TABLE seen_events (event_id TEXT PRIMARY KEY, seen_at TEXT NOT NULL);`,
];

/** The schema version a fully migrated database has (its user_version). */
export const SCHEMA_VERSION = MIGRATIONS.length;

export class SqliteStore implements BriefingStore {
  readonly db: Database.Database;

  constructor(path: string) {
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    const Sqlite = require('better-sqlite3') as typeof Database;
    this.db = new Sqlite(path);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = NORMAL');
    this.db.pragma('busy_timeout = 5000');
    this.migrate();
  }

  private migrate(): void {
    const version = this.db.pragma('user_version', { simple: true }) as number;
    const apply = this.db.transaction(() => {
      for (let v = version; v < MIGRATIONS.length; v++) this.db.exec(MIGRATIONS[v]!);
      this.db.pragma(`user_version = ${MIGRATIONS.length}`);
    });
    if (version < MIGRATIONS.length) apply();
  }

  ping(): void {
    this.db.prepare('SELECT count(*) FROM sqlite_master').get();
  }

  close(): void {
    if (this.db.open) this.db.close();
  }

  // --- subscriptions -------------------------------------------------------

  upsertSubscription(s: Omit<Subscription, 'createdAt'>, now: Date): Subscription {
    this.db
      .prepare(
        `INSERT INTO subscriptions (platform, channel_id, workspace_id, time, timezone, language, created_at)
         VALUES (@platform, @channelId, @workspaceId, @time, @timezone, @language, @createdAt)
         ON CONFLICT (platform, channel_id) DO UPDATE SET workspace_id = excluded.workspace_id, time = excluded.time,
           timezone = excluded.timezone, language = excluded.language`,
      )
      .run({ ...s, createdAt: now.toISOString() });
    return this.getSubscription(s.platform, s.channelId)!;
  }

  removeSubscription(platform: Platform, channelId: string): boolean {
    return this.db.prepare('DELETE FROM subscriptions WHERE platform = ? AND channel_id = ?').run(platform, channelId).changes > 0;
  }

  getSubscription(platform: Platform, channelId: string): Subscription | undefined {
    const row = this.db.prepare('SELECT * FROM subscriptions WHERE platform = ? AND channel_id = ?').get(platform, channelId) as Row | undefined;
    return row && toSubscription(row);
  }

  listSubscriptions(platform?: Platform): Subscription[] {
    const rows = (platform
      ? this.db.prepare('SELECT * FROM subscriptions WHERE platform = ? ORDER BY channel_id').all(platform)
      : this.db.prepare('SELECT * FROM subscriptions ORDER BY platform, channel_id').all()) as Row[];
    return rows.map(toSubscription);
  }

  // --- digest sends and fact first-seen times -------------------------------

  /** Runs fn in one IMMEDIATE transaction (write lock taken up front), so a check-then-claim is atomic across processes. */
  immediate<T>(fn: () => T): T {
    return this.db.transaction(fn).immediate();
  }

  getDigestSend(platform: Platform, channelId: string, localDate: string): DigestSendRecord | undefined {
    const row = this.db
      .prepare('SELECT * FROM digest_sends WHERE platform = ? AND channel_id = ? AND local_date = ?')
      .get(platform, channelId, localDate) as SendRow | undefined;
    return row && toSendRecord(row);
  }

  /** The channel's digests, oldest first. */
  listDigestSends(platform: Platform, channelId: string): DigestSendRecord[] {
    const rows = this.db
      .prepare('SELECT * FROM digest_sends WHERE platform = ? AND channel_id = ? ORDER BY local_date')
      .all(platform, channelId) as SendRow[];
    return rows.map(toSendRecord);
  }

  /** Claims (platform, channel, local date) for sending; false when it was already claimed (by us or another process). */
  claimDigestSend(c: { platform: Platform; channelId: string; localDate: string; briefingPoint: string | null; factIds: string[] }, now: Date): boolean {
    return (
      this.db
        .prepare(
          `INSERT OR IGNORE INTO digest_sends (platform, channel_id, local_date, status, attempts, claimed_at, briefing_point, fact_ids)
           VALUES (?, ?, ?, 'claimed', 0, ?, ?, ?)`,
        )
        .run(c.platform, c.channelId, c.localDate, now.toISOString(), c.briefingPoint, JSON.stringify(c.factIds)).changes > 0
    );
  }

  /** Records how a claimed send ended. The error text is for operators: callers keep secrets out of it. */
  finishDigestSend(
    key: { platform: Platform; channelId: string; localDate: string },
    outcome: { status: 'sent' | 'failed'; attempts: number; error?: string },
    now: Date,
  ): void {
    this.db
      .prepare(
        `UPDATE digest_sends SET status = ?, attempts = ?, sent_at = ?, error = ?
         WHERE platform = ? AND channel_id = ? AND local_date = ?`,
      )
      .run(outcome.status, outcome.attempts, outcome.status === 'sent' ? now.toISOString() : null, outcome.error ?? null, key.platform, key.channelId, key.localDate);
  }

  /** Records the first time each fact id was seen; ids already known keep their time. Returns how many were new. */
  recordFactsSeen(factIds: Iterable<string>, now: Date): number {
    const insert = this.db.prepare('INSERT OR IGNORE INTO fact_first_seen (fact_id, first_seen_at) VALUES (?, ?)');
    const at = now.toISOString();
    return this.db.transaction((ids: Iterable<string>) => {
      let added = 0;
      for (const id of ids) added += insert.run(id, at).changes;
      return added;
    })(factIds);
  }

  /** Fact id → first-seen time (ISO). */
  factFirstSeen(): Map<string, string> {
    const rows = this.db.prepare('SELECT fact_id, first_seen_at FROM fact_first_seen').all() as { fact_id: string; first_seen_at: string }[];
    return new Map(rows.map((r) => [r.fact_id, r.first_seen_at]));
  }

  // --- feedback and event de-duplication ------------------------------------

  recordFeedback(f: FeedbackRecord, now: Date): void {
    this.db
      .prepare(
        `INSERT INTO feedback (platform, user_id, channel_id, fact_id, question, vote, created_at)
         VALUES (@platform, @userId, @channelId, @factId, @question, @vote, @createdAt)`,
      )
      .run({ ...f, createdAt: now.toISOString() });
  }

  /** True the first time an event id is seen; false for a retry of the same event. */
  markEventSeen(eventId: string, now: Date): boolean {
    const res = this.db.prepare('INSERT OR IGNORE INTO seen_events (event_id, seen_at) VALUES (?, ?)').run(eventId, now.toISOString());
    // Keep the table small: platforms retry within minutes, a day is plenty.
    this.db.prepare('DELETE FROM seen_events WHERE seen_at < ?').run(new Date(now.getTime() - 86_400_000).toISOString());
    return res.changes > 0;
  }
}

interface Row {
  platform: Platform;
  channel_id: string;
  workspace_id: string | null;
  time: string;
  timezone: string;
  language: Language;
  created_at: string;
}

const toSubscription = (r: Row): Subscription => ({
  platform: r.platform,
  channelId: r.channel_id,
  workspaceId: r.workspace_id,
  time: r.time,
  timezone: r.timezone,
  language: r.language,
  createdAt: r.created_at,
});

interface SendRow {
  platform: Platform;
  channel_id: string;
  local_date: string;
  status: DigestSendStatus;
  attempts: number;
  claimed_at: string;
  sent_at: string | null;
  briefing_point: string | null;
  fact_ids: string | null;
  error: string | null;
}

const toSendRecord = (r: SendRow): DigestSendRecord => ({
  platform: r.platform,
  channelId: r.channel_id,
  localDate: r.local_date,
  status: r.status,
  attempts: r.attempts,
  claimedAt: r.claimed_at,
  sentAt: r.sent_at,
  briefingPoint: r.briefing_point,
  factIds: r.fact_ids ? (JSON.parse(r.fact_ids) as string[]) : [],
  error: r.error,
});
