// `/briefing digest on|off|preview|(status)`: the digest subcommand every adapter calls with the text after "digest".
import { DateTime, IANAZone } from 'luxon';
import type { Briefing } from '../core/briefing.js';
import { UserError } from '../core/errors.js';
import type { Language } from '../facts/schema.js';
import type { Platform, Subscription } from '../store/Store.js';
import { buildChannelDigest, localDateIn } from './channel-digest.js';
import { nextDelivery } from './digest-schedule.js';
import type { Digest } from './types.js';

export interface DigestCommandContext {
  briefing: Briefing;
  platform: Platform;
  channelId: string;
  /** Slack team or Discord guild, when known. */
  workspaceId: string | null;
  /** The language to reply in (the user's). */
  language: Language;
}

export type DigestCommandResult =
  | { kind: 'subscribed'; subscription: Subscription; text: string }
  | { kind: 'unsubscribed'; existed: boolean; text: string }
  | { kind: 'preview'; digest: Digest; text: string }
  | { kind: 'status'; subscription: Subscription | undefined; text: string };

/**
 * args: `on [HH:MM] [vi|en] [Area/Zone]` (options in any order; unspecified ones keep the channel's current setting,
 * else the configured time and zone and the user's language), `off`, `preview`, or empty / `status`.
 * Throws UserError 'BadCommand', 'BadDigestTime' or 'BadTimezone'. `text` is a short reply in ctx.language; for a
 * preview it is the digest's plain rendering.
 */
export function runDigestCommand(args: string, ctx: DigestCommandContext): DigestCommandResult {
  const tokens = args.trim().split(/\s+/).filter(Boolean);
  if (tokens[0]?.toLowerCase() === 'digest') tokens.shift();
  const verb = (tokens.shift() ?? 'status').toLowerCase();
  const { store, clock } = ctx.briefing;
  const lang = ctx.language;

  switch (verb) {
    case 'on': {
      const options = parseOnOptions(tokens);
      const existing = store.getSubscription(ctx.platform, ctx.channelId);
      const subscription = store.upsertSubscription(
        {
          platform: ctx.platform,
          channelId: ctx.channelId,
          workspaceId: ctx.workspaceId ?? existing?.workspaceId ?? null,
          time: options.time ?? existing?.time ?? ctx.briefing.config.digestTime,
          timezone: options.timezone ?? existing?.timezone ?? ctx.briefing.config.timezone,
          language: options.language ?? existing?.language ?? lang,
        },
        clock(),
      );
      const setting = describeSetting(subscription, lang);
      const next = describeNext(subscription, ctx);
      const text =
        lang === 'vi'
          ? `Đã bật điểm tin hằng ngày cho kênh này: ${setting}. Bản tiếp theo: ${next}.`
          : `Daily digest on for this channel: ${setting}. Next one: ${next}.`;
      return { kind: 'subscribed', subscription, text };
    }
    case 'off': {
      expectNoMore(tokens);
      const existed = store.removeSubscription(ctx.platform, ctx.channelId);
      const text = existed
        ? lang === 'vi' ? 'Đã tắt điểm tin hằng ngày cho kênh này.' : 'Daily digest off for this channel.'
        : lang === 'vi' ? 'Kênh này chưa đăng ký điểm tin hằng ngày.' : 'This channel had no daily digest.';
      return { kind: 'unsubscribed', existed, text };
    }
    case 'preview': {
      expectNoMore(tokens);
      const sub = store.getSubscription(ctx.platform, ctx.channelId);
      const timezone = sub?.timezone ?? ctx.briefing.config.timezone;
      const digest = buildChannelDigest(ctx.briefing, {
        platform: ctx.platform,
        channelId: ctx.channelId,
        localDate: localDateIn(clock(), timezone),
        timezone,
        language: sub?.language ?? lang,
      });
      return { kind: 'preview', digest, text: digest.text };
    }
    case 'status': {
      expectNoMore(tokens);
      const subscription = store.getSubscription(ctx.platform, ctx.channelId);
      let text: string;
      if (subscription) {
        const setting = describeSetting(subscription, lang);
        const next = describeNext(subscription, ctx);
        text = lang === 'vi' ? `Kênh này nhận điểm tin hằng ngày: ${setting}. Bản tiếp theo: ${next}.` : `This channel gets the daily digest: ${setting}. Next one: ${next}.`;
      } else {
        text =
          lang === 'vi'
            ? 'Kênh này chưa đăng ký điểm tin hằng ngày. Gõ `/briefing digest on [HH:MM] [vi|en]` để bật.'
            : 'This channel has no daily digest. Type `/briefing digest on [HH:MM] [vi|en]` to turn it on.';
      }
      return { kind: 'status', subscription, text };
    }
    default:
      throw badCommand({ verb });
  }
}

interface OnOptions {
  time?: string;
  language?: Language;
  timezone?: string;
}

/** Parses the options of `on`; each may appear once, in any order. */
export function parseOnOptions(tokens: readonly string[]): OnOptions {
  const out: OnOptions = {};
  const once = (key: keyof OnOptions, token: string) => {
    if (out[key] !== undefined) throw badCommand({ duplicate: key, token });
  };
  for (const token of tokens) {
    if (/^\d/.test(token)) {
      once('time', token);
      out.time = parseTime(token);
    } else if (/^(vi|en)$/i.test(token)) {
      once('language', token);
      out.language = token.toLowerCase() as Language;
    } else if (token.includes('/') || /^(utc|gmt)$/i.test(token)) {
      once('timezone', token);
      out.timezone = parseTimezone(token);
    } else {
      throw badCommand({ token });
    }
  }
  return out;
}

/** "7:30", "07:30", "7h30", "7h" → "07:30"; anything else starting with a digit is a bad time. */
export function parseTime(token: string): string {
  const m = /^(\d{1,2})(?:[:hH.](\d{2})|[hH])?$/.exec(token);
  const hour = m ? Number(m[1]) : NaN;
  const minute = m ? Number(m[2] ?? '0') : NaN;
  if (!m || !(hour <= 23) || !(minute <= 59)) {
    throw new UserError(
      'BadDigestTime',
      { vi: `Giờ không hợp lệ: “${clip(token)}”. Dùng HH:MM (24 giờ), ví dụ 07:30.`, en: `Invalid time “${clip(token)}”. Use HH:MM (24-hour), e.g. 07:30.` },
      { token },
    );
  }
  return `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}

/** An IANA zone, spelled canonically when only the letter case differs ("asia/ho_chi_minh" → "Asia/Ho_Chi_Minh"). */
export function parseTimezone(token: string): string {
  if (!IANAZone.isValidZone(token)) {
    throw new UserError(
      'BadTimezone',
      {
        vi: `Múi giờ không hợp lệ: “${clip(token)}”. Dùng tên IANA, ví dụ Asia/Ho_Chi_Minh.`,
        en: `Unknown time zone “${clip(token)}”. Use an IANA name such as Asia/Ho_Chi_Minh.`,
      },
      { token },
    );
  }
  const lower = token.toLowerCase();
  return knownZones().find((z) => z.toLowerCase() === lower) ?? token;
}

let zones: string[] | undefined;
function knownZones(): string[] {
  // ICU lists Asia/Saigon but not its current name, which the config default uses.
  zones ??= ['Asia/Ho_Chi_Minh', 'UTC', ...Intl.supportedValuesOf('timeZone')];
  return zones;
}

function expectNoMore(tokens: readonly string[]): void {
  if (tokens.length) throw badCommand({ extra: tokens.join(' ') });
}

function badCommand(context: Record<string, unknown>): UserError {
  return new UserError(
    'BadCommand',
    {
      vi: 'Lệnh không hợp lệ. Dùng: `digest on [HH:MM] [vi|en] [Khu_vực/Thành_phố]`, `digest off`, `digest preview`, hoặc `digest` để xem trạng thái.',
      en: 'Unknown digest command. Use `digest on [HH:MM] [vi|en] [Area/Zone]`, `digest off`, `digest preview`, or `digest` for the status.',
    },
    context,
  );
}

const clip = (s: string): string => (s.length > 40 ? `${s.slice(0, 40)}…` : s);

function describeSetting(sub: Subscription, lang: Language): string {
  const language = { vi: { vi: 'tiếng Việt', en: 'tiếng Anh' }, en: { vi: 'Vietnamese', en: 'English' } }[lang][sub.language];
  return lang === 'vi' ? `${sub.time} (${sub.timezone}), bằng ${language}` : `${sub.time} (${sub.timezone}), in ${language}`;
}

function describeNext(sub: Subscription, ctx: DigestCommandContext): string {
  const now = ctx.briefing.clock();
  const sentToday = ctx.briefing.store.getDigestSend(sub.platform, sub.channelId, localDateIn(now, sub.timezone)) !== undefined;
  const at: DateTime = nextDelivery(sub, now, sentToday);
  return ctx.language === 'vi' ? `${at.toFormat('HH:mm')} ngày ${at.toFormat('d/M/yyyy')}` : `${at.toFormat('HH:mm')} on ${at.setLocale('en-GB').toFormat('d LLLL yyyy')}`;
}
