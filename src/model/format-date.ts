// Dates as the reply language writes them, at the precision the fact table gives.
import { DateTime } from 'luxon';
import type { Language } from './language.js';

/** Formats an ISO date at its precision: "23/11/2020" / "23 November 2020", "11/2020" / "November 2020", "2020". */
export function formatIsoDate(iso: string, language: Language): string {
  // Every answer prints a date or two and the table has few distinct ones: luxon's formatting is the costly part.
  const key = `${language}:${iso}`;
  let text = formattedDates.get(key);
  if (text === undefined) {
    if (formattedDates.size >= 10_000) formattedDates.clear();
    formattedDates.set(key, (text = formatDate(iso, language)));
  }
  return text;
}

const formattedDates = new Map<string, string>();

function formatDate(iso: string, language: Language): string {
  const [y, m, d] = iso.split('-');
  if (!m) return y ?? iso;
  const dt = DateTime.fromObject({ year: Number(y), month: Number(m), day: d ? Number(d) : 1 });
  if (!dt.isValid) return iso;
  if (language === 'vi') return d ? `${Number(d)}/${Number(m)}/${y}` : `tháng ${Number(m)}/${y}`;
  return dt.setLocale('en-GB').toFormat(d ? 'd LLLL yyyy' : 'LLLL yyyy');
}

/** A fact table date ({ value: ISO at its precision }) formatted like formatIsoDate. */
export function formatPartialDate<D extends { value: string }>(date: D, language: Language): string {
  return formatIsoDate(date.value, language);
}

// Written out rather than taken from Intl: a Node built with small-icu would print English weekdays.
const VI_WEEKDAYS = ['Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy', 'Chủ Nhật'] as const;

/** "Thứ Hai, 23/11/2026" / "Monday, 23 November 2026" for a local date YYYY-MM-DD. */
export function formatWeekdayDate(localDate: string, language: Language): string {
  const d = DateTime.fromISO(localDate, { zone: 'UTC' });
  if (language === 'vi') return `${VI_WEEKDAYS[d.weekday - 1]}, ${d.toFormat('dd/MM/yyyy')}`;
  return d.setLocale('en-GB').toFormat('cccc, d LLLL yyyy');
}

/** "26/11" / "26 November": a day of the year. */
export function formatDayMonth(isoDate: string, language: Language): string {
  const d = DateTime.fromISO(isoDate, { zone: 'UTC' });
  return language === 'vi' ? `${d.day}/${d.month}` : d.setLocale('en-GB').toFormat('d LLLL');
}

/** The local time and date of an instant in its zone: "07:30" and "24/11/2026" / "24 November 2026". */
export function formatLocalTime(at: DateTime, language: Language): { time: string; date: string } {
  return { time: at.toFormat('HH:mm'), date: language === 'vi' ? at.toFormat('d/M/yyyy') : at.setLocale('en-GB').toFormat('d LLLL yyyy') };
}
