// The store port in one SQLite file (better-sqlite3, WAL): digest subscriptions and sends, feedback, seen events, and
// the curators' history.
import { randomBytes } from 'node:crypto';
import { statSync } from 'node:fs';
import { createRequire } from 'node:module';
import type Database from 'better-sqlite3';
import type { BriefingStore, DigestSendKey, DigestSendRecord, DigestSendStatus, FeedbackRecord, Platform, StoreHealth, Subscription } from '../app/store-port.js';
import type { AskedRecord, ClickRecord, ReviewRowRecord, Timed } from '../app/store-port.js';
import { StoreError } from '../model/errors.js';
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
  // A claim is a lease: a claim whose sender died is taken over once the lease runs out (see DigestScheduler).
  `ALTER TABLE digest_sends ADD COLUMN lease_until TEXT;`,
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
  /** The file opened (device and inode): SQLite goes on writing to a deleted or replaced file, which a restart loses. */
  private readonly file: { dev: number; ino: number } | undefined;
  /** Why the last write failed, until one succeeds. */
  private lastFailure: string | undefined;

  /** Opens (and migrates) the database at `path`; its folder must exist (openStore makes the missing ones). */
  constructor(readonly path: string) {
    const Sqlite = require('better-sqlite3') as typeof Database;
    this.db = new Sqlite(path);
    // First, so that opening waits for another process's lock instead of failing at once.
    this.db.pragma('busy_timeout = 5000');
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = NORMAL');
    this.migrate();
    if (path !== ':memory:') {
      const { dev, ino } = statSync(path);
      this.file = { dev, ino };
    }
  }

  /** Whether the file is still the one opened and the last write went through. */
  health(): StoreHealth {
    const problem = this.fileProblem() ?? this.lastFailure;
    return problem ? { ok: false, problem } : { ok: true };
  }

  /** Why the path no longer leads to the database this store writes to; undefined while it does. */
  private fileProblem(): string | undefined {
    if (!this.file) return undefined;
    try {
      const { dev, ino } = statSync(this.path);
      return dev === this.file.dev && ino === this.file.ino ? undefined : `database file ${this.path} was replaced while open`;
    } catch {
      return `database file ${this.path} is gone`;
    }
  }

  /**
   * Every write goes through here: refused at once when the file is gone or replaced (what is written would be lost),
   * and a refusal by SQLite (read-only, disk full, I/O error) becomes a StoreError, so no caller reports success.
   */
  private write<T>(operation: string, fn: () => T): T {
    const vanished = this.fileProblem();
    if (vanished) throw new StoreError(`${operation}: ${vanished}`, 'vanished');
    try {
      const result = fn();
      this.lastFailure = undefined;
      return result;
    } catch (error) {
      if (error instanceof StoreError || (error as { name?: unknown }).name !== 'SqliteError') throw error;
      const e = error as Error & { code?: string };
      this.lastFailure = `${operation} failed: ${e.code ?? 'SQLITE_ERROR'} ${e.message}`;
      throw new StoreError(`${operation}: ${e.message} (${e.code ?? 'SQLITE_ERROR'})`, 'unwritable', { cause: error });
    }
  }

  /**
   * Brings the schema up to date. The version is read again under the write lock: two processes opening a new file
   * at once (the bot starting while cron runs `digest send`) would otherwise both create its tables, and the second
   * fail. A database already up to date takes no lock (it may be read-only).
   */
  private migrate(): void {
    const versionNow = () => this.db.pragma('user_version', { simple: true }) as number;
    if (versionNow() >= MIGRATIONS.length) return;
    this.db
      .transaction(() => {
        const version = versionNow();
        for (let v = version; v < MIGRATIONS.length; v++) this.db.exec(MIGRATIONS[v]!);
        if (version < MIGRATIONS.length) this.db.pragma(`user_version = ${MIGRATIONS.length}`);
      })
      .immediate();
  }

  ping(): void {
    this.db.prepare('SELECT count(*) FROM sqlite_master').get();
  }

  close(): void {
    if (this.db.open) this.db.close();
  }

  // --- subscriptions -------------------------------------------------------

  upsertSubscription(s: Omit<Subscription, 'createdAt'>, now: Date): Subscription {
    this.write('saving the subscription', () => this.db
      .prepare(
        `INSERT INTO subscriptions (platform, channel_id, workspace_id, time, timezone, language, created_at)
         VALUES (@platform, @channelId, @workspaceId, @time, @timezone, @language, @createdAt)
         ON CONFLICT (platform, channel_id) DO UPDATE SET workspace_id = excluded.workspace_id, time = excluded.time,
           timezone = excluded.timezone, language = excluded.language`,
      )
      .run({ ...s, createdAt: now.toISOString() }));
    return this.getSubscription(s.platform, s.channelId)!;
  }

  removeSubscription(platform: Platform, channelId: string): boolean {
    return this.write('removing the subscription', () => this.db.prepare('DELETE FROM subscriptions WHERE platform = ? AND channel_id = ?').run(platform, channelId).changes > 0);
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
    return this.write('a transaction', () => this.db.transaction(fn).immediate());
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

  /**
   * Claims (platform, channel, local date) for sending, leased until `leaseUntil`; false when it was already claimed
   * (by us or another process).
   */
  claimDigestSend(c: DigestSendKey & { briefingPoint: string | null; factIds: string[] }, now: Date, leaseUntil: Date): boolean {
    return this.write('claiming the digest', () =>
      this.db
        .prepare(
          `INSERT OR IGNORE INTO digest_sends (platform, channel_id, local_date, status, attempts, claimed_at, briefing_point, fact_ids, lease_until)
           VALUES (?, ?, ?, 'claimed', 0, ?, ?, ?, ?)`,
        )
        .run(c.platform, c.channelId, c.localDate, now.toISOString(), c.briefingPoint, JSON.stringify(c.factIds), leaseUntil.toISOString()).changes > 0,
    );
  }

  /**
   * Takes over a claim whose lease ran out (its sender crashed, was killed or stalled), leased until `leaseUntil`; false
   * when the row is not such a claim (sent, failed, or still leased by a live sender). Claims from before leases count
   * as leased until their claim time.
   */
  reclaimDigestSend(key: DigestSendKey, now: Date, leaseUntil: Date): boolean {
    return this.write('taking over the digest claim', () =>
      this.db
        .prepare(
          `UPDATE digest_sends SET lease_until = ?
           WHERE platform = ? AND channel_id = ? AND local_date = ? AND status = 'claimed' AND COALESCE(lease_until, claimed_at) <= ?`,
        )
        .run(leaseUntil.toISOString(), key.platform, key.channelId, key.localDate, now.toISOString()).changes > 0,
    );
  }

  /** Moves a live claim's lease (renewed while sending; set to now when a shutdown cuts the send short). */
  setDigestLease(key: DigestSendKey, leaseUntil: Date): boolean {
    return this.write('renewing the digest lease', () =>
      this.db
        .prepare(`UPDATE digest_sends SET lease_until = ? WHERE platform = ? AND channel_id = ? AND local_date = ? AND status = 'claimed'`)
        .run(leaseUntil.toISOString(), key.platform, key.channelId, key.localDate).changes > 0,
    );
  }

  /** Claims never confirmed whose lease ran out before `now`, oldest first. */
  expiredDigestClaims(now: Date): DigestSendRecord[] {
    const rows = this.db
      .prepare(`SELECT * FROM digest_sends WHERE status = 'claimed' AND COALESCE(lease_until, claimed_at) <= ? ORDER BY local_date, platform, channel_id`)
      .all(now.toISOString()) as SendRow[];
    return rows.map(toSendRecord);
  }

  /** Records how a claimed send ended. The error text is for operators: callers keep secrets out of it. */
  finishDigestSend(key: DigestSendKey, outcome: { status: 'sent' | 'failed'; attempts: number; error?: string }, now: Date): void {
    this.write('recording the digest', () =>
      this.db
        .prepare(
          `UPDATE digest_sends SET status = ?, attempts = ?, sent_at = ?, error = ?, lease_until = NULL
           WHERE platform = ? AND channel_id = ? AND local_date = ?`,
        )
        .run(outcome.status, outcome.attempts, outcome.status === 'sent' ? now.toISOString() : null, outcome.error ?? null, key.platform, key.channelId, key.localDate),
    );
  }

  /** Records the first time each fact id was seen; ids already known keep their time. Returns how many were new. */
  recordFactsSeen(factIds: Iterable<string>, now: Date): number {
    const insert = this.db.prepare('INSERT OR IGNORE INTO fact_first_seen (fact_id, first_seen_at) VALUES (?, ?)');
    const at = now.toISOString();
    return this.write('recording the facts seen', () =>
      this.db.transaction((ids: Iterable<string>) => {
        let added = 0;
        for (const id of ids) added += insert.run(id, at).changes;
        return added;
      })(factIds),
    );
  }

  /** Fact id → first-seen time (ISO). */
  factFirstSeen(): Map<string, string> {
    const rows = this.db.prepare('SELECT fact_id, first_seen_at FROM fact_first_seen').all() as { fact_id: string; first_seen_at: string }[];
    return new Map(rows.map((r) => [r.fact_id, r.first_seen_at]));
  }

  // --- feedback and event de-duplication ------------------------------------

  recordFeedback(f: FeedbackRecord, now: Date): void {
    this.write('recording feedback', () =>
      this.db
        .prepare(
          `INSERT INTO feedback (platform, user_id, channel_id, fact_id, question, vote, created_at)
           VALUES (@platform, @userId, @channelId, @factId, @question, @vote, @createdAt)`,
        )
        .run({ ...f, createdAt: now.toISOString() }),
    );
  }

  /** True the first time an event id is seen; false for a retry of the same event. */
  markEventSeen(eventId: string, now: Date): boolean {
    return this.write('recording the event', () => {
      const res = this.db.prepare('INSERT OR IGNORE INTO seen_events (event_id, seen_at) VALUES (?, ?)').run(eventId, now.toISOString());
      // Keep the table small: platforms retry within minutes, a day is plenty.
      this.db.prepare('DELETE FROM seen_events WHERE seen_at < ?').run(new Date(now.getTime() - 86_400_000).toISOString());
      return res.changes > 0;
    });
  }

  // --- the curators' history ------------------------------------------------

  userSalt(): string {
    // INSERT OR IGNORE then read: two processes starting at once agree on one salt.
    this.write('creating the install salt', () =>
      this.db.prepare("INSERT OR IGNORE INTO install_secrets (name, value) VALUES ('user_salt', ?)").run(randomBytes(32).toString('hex')),
    );
    return (this.db.prepare("SELECT value FROM install_secrets WHERE name = 'user_salt'").get() as { value: string }).value;
  }

  recordAsked(r: AskedRecord, now: Date): void {
    this.write('recording the question', () =>
      this.db
        .prepare(
          `INSERT INTO asked_questions (platform, channel_id, user_hash, language, answered, fact_id, confidence, question, asked_at)
           VALUES (@platform, @channelId, @userHash, @language, @answered, @factId, @confidence, @question, @at)`,
        )
        .run({ ...r, answered: r.answered ? 1 : 0, at: now.toISOString() }),
    );
  }

  recordClick(r: ClickRecord, now: Date): void {
    this.write('recording the click', () =>
      this.db
        .prepare(
          `INSERT INTO topic_clicks (platform, channel_id, user_hash, fact_id, language, clicked_at)
           VALUES (@platform, @channelId, @userHash, @factId, @language, @at)`,
        )
        .run({ ...r, at: now.toISOString() }),
    );
  }

  pruneHistory(before: Date): number {
    const at = before.toISOString();
    return this.write('pruning the history', () =>
      this.db.transaction(() =>
        [
          'DELETE FROM asked_questions WHERE asked_at < ?',
          'DELETE FROM topic_clicks WHERE clicked_at < ?',
          'DELETE FROM feedback WHERE created_at < ?',
          'DELETE FROM review_rows WHERE made_at < ?',
        ].reduce((gone, sql) => gone + this.db.prepare(sql).run(at).changes, 0),
      )(),
    );
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
    this.write('saving the review rows', () =>
      this.db.transaction(() => {
        this.db.prepare('DELETE FROM review_rows').run();
        for (const r of rows) insert.run(r.n, r.wording, r.language, r.factId, now.toISOString());
      })(),
    );
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
  lease_until: string | null;
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
  leaseUntil: r.lease_until,
});
