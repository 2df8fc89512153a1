// The application's store port: subscriptions, digest sends, fact first-seen times, feedback, seen events, and the
// curators' history (questions, clicks, the latest review's rows).
import type { Language } from '../model/language.js';

export type Platform = 'slack' | 'discord' | 'console';

export interface Subscription {
  platform: Platform;
  channelId: string;
  /** Slack team or Discord guild, when known. */
  workspaceId: string | null;
  /** Local delivery time, HH:MM (24-hour). */
  time: string;
  /** IANA zone, e.g. Asia/Ho_Chi_Minh. */
  timezone: string;
  language: Language;
  createdAt: string;
}

/**
 * 'claimed': taken by a scheduler and being sent, under a lease it renews while sending; a claim whose lease ran out
 * (its sender crashed, was killed or stalled) is taken over and reconciled by the next pass. 'sent' and 'failed' are final.
 */
export type DigestSendStatus = 'claimed' | 'sent' | 'failed';

/** One channel's digest for one local day: the row is claimed before sending, so a day is never posted twice. */
export interface DigestSendRecord {
  platform: Platform;
  channelId: string;
  /** The channel's local date, YYYY-MM-DD. */
  localDate: string;
  status: DigestSendStatus;
  attempts: number;
  /** When the digest was built and claimed (ISO); "new facts" of the next digest are those first seen after this. */
  claimedAt: string;
  sentAt: string | null;
  /** Fact id of the day's briefing point (the rotation reads these back). */
  briefingPoint: string | null;
  /** Every fact id in the digest. */
  factIds: string[];
  error: string | null;
  /** While 'claimed': until when the claimer holds it (ISO); null once finished, or for a claim from before leases. */
  leaseUntil: string | null;
}

export interface FeedbackRecord {
  platform: Platform;
  /** The voter as the application's History writes it: a salted hash of the user id ('' for none), never the id itself. */
  userId: string;
  channelId: string | null;
  factId: string;
  question: string | null;
  vote: 'up' | 'down';
}

export interface DigestSendKey {
  platform: Platform;
  channelId: string;
  localDate: string;
}

/** Whether the database can store what it is given: a health check reads this. */
export interface StoreHealth {
  ok: boolean;
  /** What is wrong, for operators (the file gone or replaced, the last write refused and why). */
  problem?: string;
}

/** Writes that cannot be stored throw a StoreError (model/errors.ts); nothing is ever reported stored that was not. */
export interface BriefingStore extends HistoryStore {
  upsertSubscription(s: Omit<Subscription, 'createdAt'>, now: Date): Subscription;
  removeSubscription(platform: Platform, channelId: string): boolean;
  getSubscription(platform: Platform, channelId: string): Subscription | undefined;
  listSubscriptions(platform?: Platform): Subscription[];
  /** Runs fn in one transaction that takes the write lock up front, so a check-then-claim is atomic across processes. */
  immediate<T>(fn: () => T): T;
  getDigestSend(platform: Platform, channelId: string, localDate: string): DigestSendRecord | undefined;
  /** The channel's digests, oldest first. */
  listDigestSends(platform: Platform, channelId: string): DigestSendRecord[];
  /** Claims (platform, channel, local date) for sending, leased until `leaseUntil`; false when it was already claimed. */
  claimDigestSend(c: DigestSendKey & { briefingPoint: string | null; factIds: string[] }, now: Date, leaseUntil: Date): boolean;
  /** Takes over a claim whose lease ran out before `now`; false when the row is not such a claim. */
  reclaimDigestSend(key: DigestSendKey, now: Date, leaseUntil: Date): boolean;
  /** Moves a live claim's lease (renewed while sending, released at a shutdown); false when the row is no longer claimed. */
  setDigestLease(key: DigestSendKey, leaseUntil: Date): boolean;
  /** Claims never confirmed whose lease ran out before `now`. */
  expiredDigestClaims(now: Date): DigestSendRecord[];
  /** Records how a claimed send ended. The error text is for operators: callers keep secrets out of it. */
  finishDigestSend(key: DigestSendKey, outcome: { status: 'sent' | 'failed'; attempts: number; error?: string }, now: Date): void;
  /** Records the first time each fact id was seen; ids already known keep their time. Returns how many were new. */
  recordFactsSeen(factIds: Iterable<string>, now: Date): number;
  /** Fact id → first-seen time (ISO). */
  factFirstSeen(): Map<string, string>;
  recordFeedback(f: FeedbackRecord, now: Date): void;
  /** True the first time an event id is seen; false for a retry of the same event. */
  markEventSeen(eventId: string, now: Date): boolean;
  /** Reads from the database (a health check); throws when it cannot. */
  ping(): void;
  /** Whether the file is still the one opened and the last write went through. */
  health(): StoreHealth;
  close(): void;
}

/**
 * A question from a chat surface, as the curators' review needs it. An abstention keeps its text and the engine's
 * closest fact; an answered question keeps only the fact that answered it (no text).
 */
export interface AskedRecord {
  platform: Platform;
  channelId: string | null;
  /** Salted hash of the asker's id (see FeedbackRecord.userId); null where the surface has no user (the console). */
  userHash: string | null;
  language: Language;
  answered: boolean;
  /** The answer's fact; for an abstention, the engine's closest fact (its first suggestion), if any. */
  factId: string | null;
  confidence: number;
  /** The question as the engine saw it (cleaned and cut), for abstentions only. */
  question: string | null;
}

/** A click on a "See also" fact or a suggestion. */
export interface ClickRecord {
  platform: Platform;
  channelId: string | null;
  userHash: string | null;
  factId: string;
  language: Language;
}

/** One numbered row of the latest review: what `review accept N` adds, and to which fact by default. */
export interface ReviewRowRecord {
  n: number;
  wording: string;
  language: Language;
  factId: string | null;
}

/** A stored row with the time it was recorded (ISO). */
export type Timed<T> = T & { at: string };

/** What the curators' review reads and writes: questions, votes (the feedback table) and clicks, kept for a bounded time. */
export interface HistoryStore {
  /** The per-install secret user ids are hashed with: made on first use and kept in the database, never shown. */
  userSalt(): string;
  recordAsked(r: AskedRecord, now: Date): void;
  recordClick(r: ClickRecord, now: Date): void;
  /** Deletes questions, votes, clicks and review rows recorded before `before`; returns how many rows went. */
  pruneHistory(before: Date): number;
  /** Rows recorded at or after `since`, oldest first. */
  askedSince(since: Date): Timed<AskedRecord>[];
  feedbackSince(since: Date): Timed<FeedbackRecord>[];
  clicksSince(since: Date): Timed<ClickRecord>[];
  /** Replaces the numbered rows of the latest review. */
  saveReviewRows(rows: ReviewRowRecord[], now: Date): void;
  reviewRow(n: number): ReviewRowRecord | undefined;
}
