// When a subscription's digest is due: local dates and delivery instants in the channel's zone, DST included (luxon).
import { DateTime } from 'luxon';
import type { Subscription } from '../store-port.js';

/**
 * The instant of a local HH:MM on a local date. A time skipped by a DST jump (02:30 on a spring-forward day) moves
 * forward by the jump (03:30); a repeated one (01:30 on a fall-back day) is taken once, as luxon resolves it.
 */
export function deliveryInstant(localDate: string, time: string, timezone: string): DateTime {
  const [hour, minute] = time.split(':').map(Number);
  return DateTime.fromISO(localDate, { zone: timezone }).set({ hour, minute, second: 0, millisecond: 0 });
}

/**
 * The local date whose digest is due now, or null. Due from the local time to the end of that local day, so a time
 * missed while the bot was down is caught up later the same day, and never on a later day. A channel subscribed
 * after today's time starts tomorrow rather than getting a digest the moment it subscribes.
 */
export function dueLocalDate(sub: Pick<Subscription, 'time' | 'timezone' | 'createdAt'>, now: Date): string | null {
  const local = DateTime.fromJSDate(now, { zone: sub.timezone });
  const localDate = local.toISODate();
  if (!local.isValid || !localDate) return null;
  const at = deliveryInstant(localDate, sub.time, sub.timezone);
  if (local < at) return null;
  const created = Date.parse(sub.createdAt);
  if (Number.isFinite(created) && created > at.toMillis()) return null;
  return localDate;
}

/** The next delivery instant (in the channel's zone) after now; today's counts only if it is still ahead or due but unsent. */
export function nextDelivery(sub: Pick<Subscription, 'time' | 'timezone' | 'createdAt'>, now: Date, sentToday: boolean): DateTime {
  const local = DateTime.fromJSDate(now, { zone: sub.timezone });
  const today = deliveryInstant(local.toISODate()!, sub.time, sub.timezone);
  const created = Date.parse(sub.createdAt);
  const todayOpen = !sentToday && !(Number.isFinite(created) && created > today.toMillis());
  if (todayOpen) return today < local ? local : today;
  return deliveryInstant(local.plus({ days: 1 }).toISODate()!, sub.time, sub.timezone);
}
