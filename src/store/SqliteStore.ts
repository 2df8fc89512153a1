// The store port in one SQLite file (better-sqlite3, WAL): digest subscriptions and sends, feedback, seen events, and
// the curators' history.
import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import type Database from 'better-sqlite3';
import type { BriefingStore, DigestSendRecord, DigestSendStatus, FeedbackRecord, Platform, Subscription } from '../app/store-port.js';
import type { AskedRecord, ClickRecord, ReviewRowRecord, Timed } from '../app/store-port.js';
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
  // The curators' history (src/app/curation): kept BRIEFING_HISTORY_DAYS, user ids only as salted hashes. Votes stay in
  // feedback, whose ids written in clear before this step are blanked.
  `CREATE TABLE install_secrets (name TEXT PRIMARY KEY, value TEXT NOT NULL);
   CREATE TABLE asked_questions (
     id INTEGER PRIMARY KEY AUTOINCREMENT, platform TEXT NOT NULL, channel_id TEXT, user_hash TEXT, language TEXT NOT NULL,
     answered INTEGER NOT NULL CHECK (answered IN (0, 1)), fact_id TEXT, confidence REAL NOT NULL, question TEXT,
     asked_at TEXT NOT NULL);
   CREATE INDEX asked_questions_at ON asked_questions (asked_at);
   CREATE TABLE topic_clicks (
     id INTEGER PRIMARY KEY AUTOINCREMENT, platform TEXT NOT NULL, channel_id TEXT, user_hash TEXT, fact_id TEXT NOT NULL,
     language TEXT NOT NULL, clicked_at TEXT NOT NULL);
   CREATE INDEX topic_clicks_at ON topic_clicks (clicked_at);
   CREATE INDEX feedback_created_at ON feedback (created_at);
   UPDATE feedback SET user_id = '';
   CREATE TABLE review_rows (n INTEGER PRIMARY KEY, wording TEXT NOT NULL, language TEXT NOT NULL, fact_id TEXT, made_at TEXT NOT NULL);`,
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

  // --- the curators' history ------------------------------------------------

  userSalt(): string {
    // INSERT OR IGNORE then read: two processes starting at once agree on one salt.
    this.db.prepare("INSERT OR IGNORE INTO install_secrets (name, value) VALUES ('user_salt', ?)").run(randomBytes(32).toString('hex'));
    return (this.db.prepare("SELECT value FROM install_secrets WHERE name = 'user_salt'").get() as { value: string }).value;
  }

  recordAsked(r: AskedRecord, now: Date): void {
    this.db
      .prepare(
        `INSERT INTO asked_questions (platform, channel_id, user_hash, language, answered, fact_id, confidence, question, asked_at)
         VALUES (@platform, @channelId, @userHash, @language, @answered, @factId, @confidence, @question, @at)`,
      )
      .run({ ...r, answered: r.answered ? 1 : 0, at: now.toISOString() });
  }

  recordClick(r: ClickRecord, now: Date): void {
    this.db
      .prepare(
        `INSERT INTO topic_clicks (platform, channel_id, user_hash, fact_id, language, clicked_at)
         VALUES (@platform, @channelId, @userHash, @factId, @language, @at)`,
      )
      .run({ ...r, at: now.toISOString() });
  }

  pruneHistory(before: Date): number {
    const at = before.toISOString();
    return this.db.transaction(() =>
      [
        'DELETE FROM asked_questions WHERE asked_at < ?',
        'DELETE FROM topic_clicks WHERE clicked_at < ?',
        'DELETE FROM feedback WHERE created_at < ?',
        'DELETE FROM review_rows WHERE made_at < ?',
      ].reduce((gone, sql) => gone + this.db.prepare(sql).run(at).changes, 0),
    )();
  }

  askedSince(since: Date): Timed<AskedRecord>[] {
    const rows = this.db.prepare('SELECT * FROM asked_questions WHERE asked_at >= ? ORDER BY asked_at, id').all(since.toISOString()) as AskedRow[];
    return rows.map((r) => ({
      platform: r.platform,
      channelId: r.channel_id,
      userHash: r.user_hash,
      language: r.language,
      answered: r.answered === 1,
      factId: r.fact_id,
      confidence: r.confidence,
      question: r.question,
      at: r.asked_at,
    }));
  }

  feedbackSince(since: Date): Timed<FeedbackRecord>[] {
    const rows = this.db.prepare('SELECT * FROM feedback WHERE created_at >= ? ORDER BY created_at, id').all(since.toISOString()) as FeedbackRow[];
    return rows.map((r) => ({ platform: r.platform, userId: r.user_id, channelId: r.channel_id, factId: r.fact_id, question: r.question, vote: r.vote, at: r.created_at }));
  }

  clicksSince(since: Date): Timed<ClickRecord>[] {
    const rows = this.db.prepare('SELECT * FROM topic_clicks WHERE clicked_at >= ? ORDER BY clicked_at, id').all(since.toISOString()) as ClickRow[];
    return rows.map((r) => ({ platform: r.platform, channelId: r.channel_id, userHash: r.user_hash, factId: r.fact_id, language: r.language, at: r.clicked_at }));
  }

  saveReviewRows(rows: ReviewRowRecord[], now: Date): void {
    const insert = this.db.prepare('INSERT INTO review_rows (n, wording, language, fact_id, made_at) VALUES (?, ?, ?, ?, ?)');
    this.db.transaction(() => {
      this.db.prepare('DELETE FROM review_rows').run();
      for (const r of rows) insert.run(r.n, r.wording, r.language, r.factId, now.toISOString());
    })();
  }

  reviewRow(n: number): ReviewRowRecord | undefined {
    const row = this.db.prepare('SELECT n, wording, language, fact_id FROM review_rows WHERE n = ?').get(n) as
      | { n: number; wording: string; language: Language; fact_id: string | null }
      | undefined;
    return row && { n: row.n, wording: row.wording, language: row.language, factId: row.fact_id };
  }
}

interface AskedRow {
  platform: Platform;
  channel_id: string | null;
  user_hash: string | null;
  language: Language;
  answered: number;
  fact_id: string | null;
  confidence: number;
  question: string | null;
  asked_at: string;
}

interface FeedbackRow {
  platform: Platform;
  user_id: string;
  channel_id: string | null;
  fact_id: string;
  question: string | null;
  vote: 'up' | 'down';
  created_at: string;
}

interface ClickRow {
  platform: Platform;
  channel_id: string | null;
  user_hash: string | null;
  fact_id: string;
  language: Language;
  clicked_at: string;
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
