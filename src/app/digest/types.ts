// The digest object the application builds for one channel and one local day, and the transport port that delivers it.
import type { CitedSource } from '../../model/answer.js';
import type { Language } from '../../model/language.js';
import type { Platform, Subscription } from '../store-port.js';

export type DigestSectionKind = 'on-this-day' | 'coming-up' | 'new-facts' | 'briefing-point';

export interface DigestItem {
  factId: string;
  /** The fact in the digest language. */
  text: string;
  /** Event date (ISO at its precision) when the fact has one. */
  date: string | null;
  /** For "on this day": how many years ago; for "coming up": days until the anniversary. */
  note: string | null;
  sources: CitedSource[];
}

export interface DigestSection {
  kind: DigestSectionKind;
  /** Section heading in the digest language. */
  title: string;
  items: DigestItem[];
}

export interface Digest {
  /** The channel's local date, YYYY-MM-DD. */
  date: string;
  timezone: string;
  language: Language;
  /** "Thứ Hai, 23/11/2026" / "Monday, 23 November 2026". */
  header: string;
  /** Non-empty sections only; the briefing point is always there. */
  sections: DigestSection[];
  /** Plain-text rendering (fallback text, console, CLI). */
  text: string;
}

/** Identifies one delivery, so that a transport can mark what it posts and find it again. */
export interface DigestDelivery {
  /** Stable for the (platform, channel, local date): the same on every retry of that day's digest, in every process. */
  id: string;
  /** 1 for the first try of this process's delivery. */
  attempt: number;
  /** When the day was first claimed: a copy of this digest in the channel is newer than this. */
  claimedAt: Date;
  /**
   * The digest may already be in the channel (a retry after a failure or a timeout, or a claim taken over after its
   * sender died): look first and post only what is not there. A transport that cannot look posts again.
   */
  lookFirst: boolean;
}

/** What a delivery did: posted the digest, or found it already in the channel and posted nothing. */
export type DeliveryResult = 'sent' | 'found';

/**
 * How the scheduler reaches a platform: each adapter provides one. Throws on failure, a DigestSendError (model/errors.ts)
 * when it can tell: with `retryAfterMs` the scheduler waits at least that long, and a `permanent` one (unknown channel,
 * bot removed, or a channel it cannot look in when it must) is not retried; anything else is retried with backoff.
 * Resolving with nothing means 'sent'.
 */
export interface DigestTransport {
  readonly platform: Platform;
  send(subscription: Subscription, digest: Digest, delivery?: DigestDelivery): Promise<DeliveryResult | void>;
}
