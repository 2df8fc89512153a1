// The digest's words in each language (from the messages module): section titles, item notes and the plain-text rendering.
import { citationLine } from '../../model/citation.js';
import { formatDayMonth, formatIsoDate } from '../../model/format-date.js';
import type { Language } from '../../model/language.js';
import { message, unitFor } from '../../model/messages.js';
import type { DigestSection, DigestSectionKind } from './types.js';

const SECTION_TITLES = Object.freeze({
  'on-this-day': 'digest.onThisDay',
  'coming-up': 'digest.comingUp',
  'new-facts': 'digest.newFacts',
  'briefing-point': 'digest.briefingPoint',
} as const satisfies Record<DigestSectionKind, string>);

/** A section title; when a section was cut, it says how many of how many are shown. */
export function sectionTitle(kind: DigestSectionKind, language: Language, shown: number, total: number): string {
  const title = message(SECTION_TITLES[kind], language);
  return total <= shown ? title : message('digest.sectionCut', language, { title, shown, total });
}

/** "6 năm trước" / "6 years ago". */
export function yearsAgoNote(years: number, language: Language): string {
  return message('digest.yearsAgo', language, { years, yearsUnit: unitFor(years, 'year', language) });
}

/** "còn 3 ngày (26/11), tròn 6 năm" / "in 3 days (26 November), 6 years". */
export function comingUpNote(days: number, anniversary: string, years: number, language: Language): string {
  const when = days === 1 ? message('digest.tomorrow', language) : message('digest.inDays', language, { days });
  return message('digest.comingUpNote', language, { when, day: formatDayMonth(anniversary, language), years, yearsUnit: unitFor(years, 'year', language) });
}

/** The plain rendering: header, then each section with one bullet per item and one source line per citation. */
export function renderDigestText(header: string, sections: readonly DigestSection[], language: Language): string {
  const blocks = [header];
  for (const section of sections) {
    const lines = [section.title];
    for (const item of section.items) {
      const when = item.note ?? (item.date ? formatIsoDate(item.date, language) : null);
      lines.push(`• ${when ? `${capitalise(when)}: ` : ''}${item.text}`);
      for (const s of item.sources) lines.push(`  ${message('answer.sourceLine', language, { citation: citationLine(s, language) })}`);
    }
    blocks.push(lines.join('\n'));
  }
  return blocks.join('\n\n');
}

const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
