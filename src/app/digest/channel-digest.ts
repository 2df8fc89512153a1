// Reads a channel's digest history from the store and builds its digest for a local day (used by preview, CLI, scheduler).
import { DateTime } from 'luxon';
import type { FactTable } from '../../facts/fact-table.js';
import type { Language } from '../../model/language.js';
import type { BriefingStore, DigestSendRecord, Platform } from '../store-port.js';
import { buildDigest, type DigestLimits, type DigestState } from './build-digest.js';
import type { Digest } from './types.js';

/**
 * The state today's digest builds on: the channel's digests of earlier days that were (or may have been) posted.
 * A 'failed' day never reached the channel, so its briefing point goes back into the rotation.
 */
export function digestStateFrom(sends: readonly DigestSendRecord[], localDate: string): DigestState {
  const earlier = sends.filter((s) => s.localDate < localDate && s.status !== 'failed').sort((a, b) => (a.localDate < b.localDate ? -1 : 1));
  return {
    previousAt: earlier.at(-1)?.claimedAt ?? null,
    briefingPoints: earlier.map((s) => s.briefingPoint).filter((id): id is string => id !== null),
  };
}

export interface ChannelDigestRequest {
  platform: Platform;
  channelId: string;
  localDate: string;
  timezone: string;
  language: Language;
  limits?: Partial<DigestLimits>;
}

export function buildChannelDigest(deps: { table: FactTable; store: BriefingStore }, req: ChannelDigestRequest): Digest {
  return buildDigest({
    table: deps.table,
    date: req.localDate,
    timezone: req.timezone,
    language: req.language,
    state: digestStateFrom(deps.store.listDigestSends(req.platform, req.channelId), req.localDate),
    firstSeen: deps.store.factFirstSeen(),
    limits: req.limits,
  });
}

/** The local date (YYYY-MM-DD) of an instant in a zone. */
export function localDateIn(now: Date, timezone: string): string {
  return DateTime.fromJSDate(now, { zone: timezone }).toISODate()!;
}
