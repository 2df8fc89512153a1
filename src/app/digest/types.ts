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

/** Identifies one delivery, for transports that can de-duplicate (e.g. a Discord message nonce with enforce_nonce). */
export interface DigestDelivery {
  /** Stable for the (platform, channel, local date): the same on every retry of that day's digest. */
  id: string;
  /** 1 for the first try. */
  attempt: number;
}

/**
 * How the scheduler reaches a platform: each adapter provides one. Throws on failure, a DigestSendError (model/errors.ts)
 * when it can tell: with `retryAfterMs` the scheduler waits at least that long, and a `permanent` one (unknown channel,
 * bot removed) is not retried; anything else is retried with backoff.
 */
export interface DigestTransport {
  readonly platform: Platform;
  send(subscription: Subscription, digest: Digest, delivery?: DigestDelivery): Promise<void>;
}
