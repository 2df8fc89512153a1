// Provenance: every figure, date and entity name of a fact must be found in the article it cites.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkProvenance, dayMonthsIn, numbersIn } from '../src/facts/check-provenance.js';
import { buildFactTable } from '../src/facts/fact-table.js';
import { loadFacts } from '../src/facts/load-facts.js';
import { factSchema, sourceSchema } from '../src/facts/schema.js';

const SHARED_ARTICLES = join(process.cwd(), '..', 'shared', 'articles');

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'briefing-prov-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

interface FactInput {
  en: string;
  vi?: string;
  date?: { value: string; precision: 'day' | 'month' | 'year'; end?: string; inferred?: boolean };
  entities?: string[];
}

/** Writes the article text and checks one fact citing it; returns the problem messages. */
function check(article: string, input: FactInput): string[] {
  writeFileSync(join(dir, 'art.txt'), article);
  const source = sourceSchema.parse({ id: 'src', title: 'T', outlet: 'O', published: { value: '2020', precision: 'year' }, article: 'art.txt' });
  const fact = factSchema.parse({
    id: 'the-fact',
    sources: ['src'],
    answer: { vi: input.vi ?? 'Xem bài.', en: input.en },
    questions: { vi: ['a?', 'b?'], en: ['c?'] },
    date: input.date,
    entities: (input.entities ?? []).map((name) => ({ name, kind: 'person' })),
  });
  const origins = new Map([['the-fact', { file: 'facts/articles/x.yaml', line: 7 }]]);
  const problems = checkProvenance(buildFactTable([source], [fact], [], origins), dir);
  for (const p of problems) expect(p).toMatchObject({ file: 'facts/articles/x.yaml', line: 7 });
  return problems.map((p) => p.message);
}

const ARTICLE = 'Ngày 9/9/2020, Phó Thủ tướng, Bộ trưởng Ngoại giao Phạm Bình Minh chủ trì AMM 53. Hội nghị có 27 đoàn tham dự.';

describe('figures', () => {
  it('passes a fact whose figures are all in the article', () => {
    expect(check(ARTICLE, { en: '27 delegations attended AMM 53.', vi: 'AMM 53 có 27 đoàn.' })).toEqual([]);
  });

  it('fails a figure that is not in the article, naming the fact and the figure', () => {
    expect(check(ARTICLE, { en: '28 delegations attended AMM 53.' })).toEqual(['fact "the-fact": the figure 28 in answer.en is not in the cited article']);
  });

  it('checks the Vietnamese answer too', () => {
    expect(check(ARTICLE, { en: '27 delegations attended.', vi: '72 đoàn tham dự.' })).toEqual(['fact "the-fact": the figure 72 in answer.vi is not in the cited article']);
  });

  it('ignores thousands separators: "5.000" in the article matches "5,000" in the answer and back', () => {
    expect(check('Khoảng 5.000 người tham dự.', { en: 'About 5,000 people attended.' })).toEqual([]);
    expect(check('About 5,000 people attended.', { en: 'See below.', vi: 'Khoảng 5.000 người.' })).toEqual([]);
    expect(check('Khoảng 5.000 người tham dự.', { en: 'About 50,000 people attended.' })).toEqual(['fact "the-fact": the figure 50000 in answer.en is not in the cited article']);
  });

  it('does not take a figure for present when it is only part of a longer number', () => {
    expect(check('Có 270 đại biểu.', { en: '27 delegates.' })).toEqual(['fact "the-fact": the figure 27 in answer.en is not in the cited article']);
  });
});

describe('dates', () => {
  it('fails an English date absent from the article', () => {
    const problems = check(ARTICLE, { en: 'On 7 October 2020, AMM 53 opened.' });
    expect(problems).toContain('fact "the-fact": the date 7/10 in answer.en is not in the cited article');
  });

  it('fails a Vietnamese date absent from the article', () => {
    const problems = check('Ngày 9/9/2020, hội nghị khai mạc.', { en: 'The meeting opened.', vi: 'Ngày 7/10/2020, hội nghị khai mạc.' });
    expect(problems).toContain('fact "the-fact": the date 7/10 in answer.vi is not in the cited article');
  });

  it('passes an English date the article writes as 7/10/2020, and a Vietnamese one written "7 tháng 10"', () => {
    expect(check('Ngày 7/10/2020, hội nghị khai mạc.', { en: 'It opened on 7 October 2020.', vi: 'Khai mạc ngày 7/10/2020.' })).toEqual([]);
    expect(check('Ngày 7 tháng 10 năm 2020, hội nghị khai mạc.', { en: 'It opened on October 7, 2020.' })).toEqual([]);
  });

  it('fails an event date (day precision) absent from the article', () => {
    expect(check(ARTICLE, { en: 'AMM 53 opened.', date: { value: '2020-10-07', precision: 'day' } })).toEqual([
      'fact "the-fact": the event date 2020-10-07 (7/10) is not in the cited article',
    ]);
  });

  it('counts a "Ngày 7-10," dateline as 7/10', () => {
    const article = 'Hà Nội. Ngày 7-10, Thứ trưởng Ngoại giao phát biểu tại Liên Hợp Quốc.';
    expect(check(article, { en: 'He spoke on 7 October.', vi: 'Ông phát biểu ngày 7/10.', date: { value: '2020-10-07', precision: 'day', inferred: true } })).toEqual([]);
  });

  it('counts the first day of a range such as "3-4/12"', () => {
    expect(check('Hội nghị diễn ra ngày 3-4/12.', { en: 'The meeting opened on 3 December.' })).toEqual([]);
  });

  it('lets an inferred year be stated though the article omits it, but not a year that is not inferred', () => {
    const article = 'Ngày 7/10, Thứ trưởng phát biểu.';
    const date = { value: '2020-10-07', precision: 'day' as const };
    expect(check(article, { en: 'He spoke on 7 October 2020.', date: { ...date, inferred: true } })).toEqual([]);
    expect(check(article, { en: 'He spoke on 7 October 2020.', date })).toEqual(['fact "the-fact": the figure 2020 in answer.en is not in the cited article']);
    // Only the inferred year is excused, not any other figure.
    expect(check(article, { en: 'He spoke on 7 October 2021.', date: { ...date, inferred: true } })).toEqual([
      'fact "the-fact": the figure 2021 in answer.en is not in the cited article',
    ]);
  });
});

describe('entity names', () => {
  it('fails an entity name absent from the article, naming it', () => {
    expect(check(ARTICLE, { en: 'AMM 53.', entities: ['Bùi Thanh Sơn'] })).toEqual(['fact "the-fact": the entity name "Bùi Thanh Sơn" is not in the cited article']);
  });

  it('matches names without regard to diacritics or case', () => {
    expect(check(ARTICLE, { en: 'Pham Binh Minh chaired AMM 53.', entities: ['Pham Binh Minh', 'PHẠM BÌNH MINH', 'amm 53'] })).toEqual([]);
    expect(check('Pham Binh Minh chaired AMM 53.', { en: 'AMM 53.', entities: ['Phạm Bình Minh'] })).toEqual([]);
  });

  it('matches whole words only', () => {
    expect(check(ARTICLE, { en: 'AMM 53.', entities: ['Minh chủ'] })).toEqual([]);
    expect(check(ARTICLE, { en: 'AMM 53.', entities: ['Bình Min'] })).toEqual(['fact "the-fact": the entity name "Bình Min" is not in the cited article']);
  });
});

describe('missing articles', () => {
  it('reports a source whose article file is absent', () => {
    const source = sourceSchema.parse({ id: 'gone', title: 'T', outlet: 'O', published: { value: '2020', precision: 'year' }, article: 'gone.txt' });
    const origins = new Map([['source:gone', { file: 'facts/articles/g.yaml', line: 2 }]]);
    expect(checkProvenance(buildFactTable([source], [], [], origins), dir)).toEqual([
      { file: 'facts/articles/g.yaml', line: 2, message: `source "gone": article file gone.txt not found in ${dir}` },
    ]);
  });
});

describe('the text scanners', () => {
  it('numbersIn folds thousands separators and dayMonthsIn reads both languages', () => {
    expect(numbersIn('5.000 và 1,234,567 và 12')).toEqual(['5000', '1234567', '12']);
    expect(dayMonthsIn('7 October, November 23, 9/9/2020 and 31/13')).toEqual([
      [7, 10],
      [23, 11],
      [9, 9],
    ]);
  });
});

describe('the real fact table', () => {
  it.runIf(existsSync(SHARED_ARTICLES))('passes provenance against ../shared/articles', () => {
    const problems = checkProvenance(loadFacts({ dir: 'facts' }), SHARED_ARTICLES);
    expect(problems.map((p) => `${p.file}:${p.line}: ${p.message}`)).toEqual([]);
  });
});
