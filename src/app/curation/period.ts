// The start of a review's period from what a curator types: a length back from now ("7d", "24h", "2w") or a local date
// in the review's time zone ("2026-11-01", from its midnight).
import { DateTime } from 'luxon';
import { UserError } from '../../model/errors.js';
import { later } from '../../model/messages.js';

const UNIT_HOURS = { h: 1, d: 24, w: 24 * 7 } as const;

export function periodStart(text: string, now: Date, timezone: string): Date {
  const value = text.trim();
  const length = /^(\d{1,5})\s*([hdw])$/i.exec(value);
  if (length) return new Date(now.getTime() - Number(length[1]) * UNIT_HOURS[length[2]!.toLowerCase() as keyof typeof UNIT_HOURS] * 3_600_000);
  const date = /^\d{4}-\d{2}-\d{2}$/.test(value) ? DateTime.fromISO(value, { zone: timezone }) : undefined;
  if (date?.isValid) return date.toJSDate();
  throw new UserError('BadCommand', later('error.badSince', { value: value.slice(0, 40) }), { since: value.slice(0, 40) });
}
