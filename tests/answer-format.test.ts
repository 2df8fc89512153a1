// Dates and citation lines as every adapter shows them, in Vietnamese and English.
import { describe, expect, it } from 'vitest';
import { citationLine } from '../src/model/citation.js';
import { formatIsoDate, formatPartialDate } from '../src/model/format-date.js';
import { SAMPLE_SOURCE } from './helpers/fixtures.js';

describe('formatIsoDate', () => {
  it.each([
    ['2020-11-23', 'vi', '23/11/2020'],
    ['2020-11-23', 'en', '23 November 2020'],
    ['2020-09-09', 'vi', '9/9/2020'],
    ['2020-09-09', 'en', '9 September 2020'],
    ['2020-11', 'vi', 'tháng 11/2020'],
    ['2020-11', 'en', 'November 2020'],
    ['2020-01', 'en', 'January 2020'],
    ['2020', 'vi', '2020'],
    ['2020', 'en', '2020'],
  ] as const)('formats %s in %s as %s', (iso, lang, expected) => {
    expect(formatIsoDate(iso, lang)).toBe(expected);
  });

  it('returns an impossible date unchanged rather than inventing one', () => {
    expect(formatIsoDate('2020-13-01', 'en')).toBe('2020-13-01');
    expect(formatIsoDate('2021-02-30', 'vi')).toBe('2021-02-30');
  });

  it('formats a partial date at its own precision', () => {
    expect(formatPartialDate({ value: '2020-07', precision: 'month', inferred: false }, 'vi')).toBe('tháng 7/2020');
  });
});

describe('citationLine', () => {
  const source = SAMPLE_SOURCE;

  it('names outlet, date, title and author in Vietnamese', () => {
    expect(citationLine(source, 'vi')).toBe('Báo Mẫu, 9/9/2020: “Khai mạc Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 53”, tác giả Nguyễn Văn A');
  });

  it('names outlet, date, title and author in English', () => {
    expect(citationLine(source, 'en')).toBe('Báo Mẫu, 9 September 2020: “Khai mạc Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 53”, by Nguyễn Văn A');
  });

  it('leaves the author out when the article names none, at the date precision the source has', () => {
    const anonymous = { ...source, author: null, published: '2020-11' };
    expect(citationLine(anonymous, 'en')).toBe('Báo Mẫu, November 2020: “Khai mạc Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 53”');
    expect(citationLine(anonymous, 'vi')).toBe('Báo Mẫu, tháng 11/2020: “Khai mạc Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 53”');
  });
});
