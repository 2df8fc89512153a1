// `digest on|off|preview|status` for one channel: the subscription rules every surface shares, over a typed command.
import type { DateTime } from 'luxon';
import { IANAZone } from 'luxon';
import type { FactTable } from '../../facts/fact-table.js';
import type { Clock } from '../../model/clock.js';
import { UserError } from '../../model/errors.js';
import { formatLocalTime } from '../../model/format-date.js';
import type { Language } from '../../model/language.js';
import { later, message } from '../../model/messages.js';
import type { DigestCommand, DigestResult, Origin } from '../commands.js';
import type { BriefingStore, Subscription } from '../store-port.js';
import { buildChannelDigest, localDateIn } from './channel-digest.js';
import { nextDelivery } from './digest-schedule.js';

export interface DigestCommandDeps {
  table: FactTable;
  store: BriefingStore;
  clock: Clock;
  /** The configured delivery time and zone, for a channel that names none. */
  defaults: { time: string; timezone: string };
}

export interface DigestRequest {
  origin: Origin & { channelId: string };
  /** The language to reply in (the user's), and of a new subscription that names none. */
  language: Language;
  digest: DigestCommand;
  /** False when the surface knows the member may not manage the channel: then `on` and `off` are refused. */
  mayManageChannel?: boolean;
}

/**
 * `on` keeps the channel's current setting for anything it does not name, else the configured time and zone and the
 * user's language; turning the digest on or off is shown to the whole channel, status and preview only to the asker.
 * Throws UserError 'Forbidden', 'BadDigestTime' or 'BadTimezone'.
 */
export function runDigestCommand(req: DigestRequest, deps: DigestCommandDeps): DigestResult {
  const { store, clock } = deps;
  const { platform, channelId } = req.origin;
  const lang = req.language;
  const command = req.digest;
  if ((command.action === 'on' || command.action === 'off') && req.mayManageChannel === false) {
    // Said the way the platform grants it: Slack's workspace admins, Discord's Manage Channels (and the bot's admins).
    const refusal = platform === 'slack' ? later('error.digestNeedsAdmin') : later('error.digestNeedsManager');
    throw new UserError('Forbidden', refusal, { userId: req.origin.userId, channelId, action: command.action }, lang);
  }

  switch (command.action) {
    case 'on': {
      const time = command.time === undefined ? undefined : parseTime(command.time);
      const timezone = command.timezone === undefined ? undefined : parseTimezone(command.timezone);
      const existing = store.getSubscription(platform, channelId);
      const subscription = store.upsertSubscription(
        {
          platform,
          channelId,
          workspaceId: req.origin.workspaceId ?? existing?.workspaceId ?? null,
          time: time ?? existing?.time ?? deps.defaults.time,
          timezone: timezone ?? existing?.timezone ?? deps.defaults.timezone,
          language: command.language ?? existing?.language ?? lang,
        },
        clock(),
      );
      const text = message('digest.subscribed', lang, { setting: describeSetting(subscription, lang), next: describeNext(subscription, lang, deps) });
      return { kind: 'subscribed', audience: 'channel', language: lang, subscription, text };
    }
    case 'off': {
      const existed = store.removeSubscription(platform, channelId);
      const text = message(existed ? 'digest.unsubscribed' : 'digest.wasNotSubscribed', lang);
      return { kind: 'unsubscribed', audience: 'channel', language: lang, existed, text };
    }
    case 'preview': {
      const sub = store.getSubscription(platform, channelId);
      const timezone = sub?.timezone ?? deps.defaults.timezone;
      const digest = buildChannelDigest(deps, { platform, channelId, localDate: localDateIn(clock(), timezone), timezone, language: sub?.language ?? lang });
      return { kind: 'preview', audience: 'asker', language: digest.language, digest, text: digest.text };
    }
    case 'status': {
      const subscription = store.getSubscription(platform, channelId);
      const text = subscription
        ? message('digest.status', lang, { setting: describeSetting(subscription, lang), next: describeNext(subscription, lang, deps) })
        : message('digest.notSubscribed', lang, { digest: req.origin.commands.digest ?? 'digest' });
      return { kind: 'status', audience: 'asker', language: lang, subscription, text };
    }
  }
}

/** "7:30", "07:30", "7h30", "7h" → "07:30"; anything else is a bad time. */
export function parseTime(token: string): string {
  const m = /^(\d{1,2})(?:[:hH.](\d{2})|[hH])?$/.exec(token);
  const hour = m ? Number(m[1]) : NaN;
  const minute = m ? Number(m[2] ?? '0') : NaN;
  if (!m || !(hour <= 23) || !(minute <= 59)) throw new UserError('BadDigestTime', later('error.badDigestTime', { value: clip(token) }), { token });
  return `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}

/** An IANA zone, spelled canonically when only the letter case differs ("asia/ho_chi_minh" → "Asia/Ho_Chi_Minh"). */
export function parseTimezone(token: string): string {
  if (!IANAZone.isValidZone(token)) throw new UserError('BadTimezone', later('error.badTimezone', { value: clip(token) }), { token });
  const lower = token.toLowerCase();
  return knownZones().find((z) => z.toLowerCase() === lower) ?? token;
}

let zones: string[] | undefined;
function knownZones(): string[] {
  // ICU lists Asia/Saigon but not its current name, which the config default uses.
  zones ??= ['Asia/Ho_Chi_Minh', 'UTC', ...Intl.supportedValuesOf('timeZone')];
  return zones;
}

const clip = (s: string): string => (s.length > 40 ? `${s.slice(0, 40)}…` : s);

function describeSetting(sub: Subscription, lang: Language): string {
  return message('digest.setting', lang, { time: sub.time, timezone: sub.timezone, language: message(`language.${sub.language}`, lang) });
}

function describeNext(sub: Subscription, lang: Language, deps: DigestCommandDeps): string {
  const now = deps.clock();
  const sentToday = deps.store.getDigestSend(sub.platform, sub.channelId, localDateIn(now, sub.timezone)) !== undefined;
  const at: DateTime = nextDelivery(sub, now, sentToday);
  return message('digest.nextAt', lang, formatLocalTime(at, lang));
}
