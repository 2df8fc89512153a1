// The digest's words in each language: date header, section titles, item notes and the plain-text rendering.
import { DateTime } from 'luxon';
import { citationLine, formatIsoDate } from '../core/answer.js';
import type { Language } from '../facts/schema.js';
import type { DigestSection, DigestSectionKind } from './types.js';

// Written out rather than taken from Intl: a Node built with small-icu would print English weekdays.
const VI_WEEKDAYS = ['Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy', 'Chủ Nhật'] as const;

/** "Thứ Hai, 23/11/2026" / "Monday, 23 November 2026" for a local date YYYY-MM-DD. */
export function digestHeader(localDate: string, language: Language): string {
  const d = DateTime.fromISO(localDate, { zone: 'UTC' });
  if (language === 'vi') return `${VI_WEEKDAYS[d.weekday - 1]}, ${d.toFormat('dd/MM/yyyy')}`;
  return d.setLocale('en-GB').toFormat('cccc, d LLLL yyyy');
}

export const SECTION_TITLES: Readonly<Record<DigestSectionKind, { vi: string; en: string }>> = Object.freeze({
  'on-this-day': { vi: 'Hôm nay năm xưa', en: 'On this day' },
  'coming-up': { vi: 'Sắp tới trong tuần', en: 'Coming up this week' },
  'new-facts': { vi: 'Mới trong bảng dữ kiện', en: 'New in the fact table' },
  'briefing-point': { vi: 'Điểm tin trong ngày', en: 'Briefing point of the day' },
});

/** A section title; when a section was cut, it says how many of how many are shown. */
export function sectionTitle(kind: DigestSectionKind, language: Language, shown: number, total: number): string {
  const title = SECTION_TITLES[kind][language];
  if (total <= shown) return title;
  return language === 'vi' ? `${title} (${shown}/${total})` : `${title} (${shown} of ${total})`;
}

/** "6 năm trước" / "6 years ago". */
export function yearsAgoNote(years: number, language: Language): string {
  if (language === 'vi') return `${years} năm trước`;
  return `${years} year${years === 1 ? '' : 's'} ago`;
}

/** "còn 3 ngày (26/11), tròn 6 năm" / "in 3 days (26 November), 6 years". */
export function comingUpNote(days: number, anniversary: string, years: number, language: Language): string {
  const d = DateTime.fromISO(anniversary, { zone: 'UTC' });
  if (language === 'vi') {
    const when = days === 1 ? 'ngày mai' : `còn ${days} ngày`;
    return `${when} (${d.day}/${d.month}), tròn ${years} năm`;
  }
  const when = days === 1 ? 'tomorrow' : `in ${days} days`;
  return `${when} (${d.setLocale('en-GB').toFormat('d LLLL')}), ${years} year${years === 1 ? '' : 's'}`;
}

/** The plain rendering: header, then each section with one bullet per item and one source line per citation. */
export function renderDigestText(header: string, sections: readonly DigestSection[], language: Language): string {
  const sourceLabel = language === 'vi' ? 'Nguồn' : 'Source';
  const blocks = [header];
  for (const section of sections) {
    const lines = [section.title];
    for (const item of section.items) {
      const when = item.note ?? (item.date ? formatIsoDate(item.date, language) : null);
      lines.push(`• ${when ? `${capitalise(when)}: ` : ''}${item.text}`);
      for (const s of item.sources) lines.push(`  ${sourceLabel}: ${citationLine(s, language)}`);
    }
    blocks.push(lines.join('\n'));
  }
  return blocks.join('\n\n');
}

const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
