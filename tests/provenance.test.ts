// Provenance: every figure, date and entity name of a fact must be found in the article it cites.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkProvenance, enNameRuns, viNameRuns } from '../src/facts/check-provenance.js';
import { dayMonthsIn, numbersIn } from '../src/facts/stated-values.js';
import { buildFactTable } from '../src/facts/fact-table.js';
import { loadFacts } from '../src/facts/load-facts.js';
import { factSchema, glossaryEntrySchema, sourceSchema } from '../src/facts/schema.js';

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
  /** Aliases of the first entity. */
  aliases?: string[];
  glossary?: unknown[];
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
    gives: [],
    date: input.date,
    entities: (input.entities ?? []).map((name, i) => ({ name, kind: 'person', aliases: i === 0 ? (input.aliases ?? []) : [] })),
  });
  const glossary = (input.glossary ?? []).map((g) => glossaryEntrySchema.parse(g));
  const origins = new Map([['the-fact', { file: 'facts/articles/x.yaml', line: 7 }]]);
  const problems = checkProvenance(buildFactTable([source], [fact], glossary, origins), dir);
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

const UN = { id: 'term-un', acronyms: ['LHQ', 'UN'], names: { vi: ['Liên Hợp Quốc', 'Liên Hiệp Quốc'], en: ['United Nations'] } };
const DFM = { id: 'term-dfm', names: { vi: ['Thứ trưởng Bộ Ngoại giao'], en: ['Deputy Foreign Minister'] } };

describe('names in answers', () => {
  it('catches a person the article does not name, in either language', () => {
    const vi = 'Phó Thủ tướng, Bộ trưởng Ngoại giao Bùi Thanh Sơn chủ trì AMM 53.';
    expect(check(ARTICLE, { en: 'AMM 53 was chaired by Pham Binh Minh.', vi })).toEqual([
      'fact "the-fact": the name "Bùi Thanh Sơn" in answer.vi is not in the cited article (no "Bùi")',
    ]);
    expect(check(ARTICLE, { en: 'AMM 53 was chaired by Bui Thanh Son, not Pham Binh Minh.', vi: 'Phạm Bình Minh chủ trì AMM 53.' })).toEqual([
      'fact "the-fact": the name "Bui Thanh Son" in answer.en is not in the cited article, the Vietnamese answer, the entities or the glossary (no "Bui")',
    ]);
  });

  it('catches a place or country the article does not state, even beside names it does', () => {
    const vi = 'Tổng Thư ký ASEAN Lim Jock Hoi (Brunei) dự Đối thoại tại Hà Nội.';
    const article = 'Đối thoại tại Hà Nội có Tổng Thư ký ASEAN Lim Jock Hoi.';
    expect(check(article, { en: 'Lim Jock Hoi attended.', vi })).toEqual(['fact "the-fact": the name "Brunei" in answer.vi is not in the cited article (no "Brunei")']);
    const secretaryGeneral = { id: 'term-asean-sg', names: { vi: ['Tổng Thư ký ASEAN'], en: ['ASEAN Secretary-General'] } };
    expect(check(article, { en: 'The ASEAN Secretary-General Lim Jock Hoi of Brunei attended.', vi: 'Lim Jock Hoi dự.', glossary: [secretaryGeneral] })).toEqual([
      'fact "the-fact": the name "ASEAN Secretary-General Lim Jock Hoi of Brunei" in answer.en is not in the cited article, the Vietnamese answer, the entities or the glossary (no "Brunei")',
    ]);
  });

  it('accepts a glossary form when the article writes another form of the same entry', () => {
    const article = 'Việt Nam là ủy viên không thường trực Hội đồng Bảo an Liên Hiệp Quốc. Thứ trưởng Bộ Ngoại giao Nguyễn Quốc Dũng phát biểu.';
    const vi = 'Thứ trưởng Nguyễn Quốc Dũng nói Việt Nam ở HĐBA LHQ và Liên Hợp Quốc.';
    const en = 'Deputy Foreign Minister Nguyen Quoc Dung spoke of the United Nations.';
    const unsc = { id: 'term-unsc', acronyms: ['HĐBA'], names: { vi: ['Hội đồng Bảo an', 'HĐBA LHQ'], en: ['Security Council'] } };
    expect(check(article, { en, vi, entities: ['Nguyễn Quốc Dũng'], aliases: ['Nguyen Quoc Dung'], glossary: [UN, DFM, unsc] })).toEqual([]);
    // Without the glossary, "HĐBA LHQ" (the first missing name of its run), "United Nations" and "Foreign Minister"
    // (after the sentence's first word) are not found.
    expect(check(article, { en, vi, entities: ['Nguyễn Quốc Dũng'], aliases: ['Nguyen Quoc Dung'] })).toEqual([
      'fact "the-fact": the name "HĐBA LHQ" in answer.vi is not in the cited article (no "HĐBA")',
      'fact "the-fact": the name "Foreign Minister Nguyen Quoc Dung" in answer.en is not in the cited article, the Vietnamese answer, the entities or the glossary (no "Foreign")',
      'fact "the-fact": the name "United Nations" in answer.en is not in the cited article, the Vietnamese answer, the entities or the glossary (no "United")',
    ]);
  });

  it('does not take a glossary form for found when no form of its entry is in the article', () => {
    const article = 'Thứ trưởng Bộ Ngoại giao Nguyễn Quốc Dũng phát biểu.';
    expect(check(article, { en: 'He spoke.', vi: 'Ông nói về Liên Hợp Quốc.', glossary: [UN] })).toEqual([
      'fact "the-fact": the name "Liên Hợp Quốc" in answer.vi is not in the cited article (no "Liên")',
    ]);
  });

  it('lets a title be worded otherwise than in the article, but not the name after it', () => {
    const article = 'Thứ trưởng Bộ Ngoại giao Nguyễn Quốc Dũng phát biểu khai mạc.';
    expect(check(article, { en: 'He opened it.', vi: 'Thứ trưởng Ngoại giao Nguyễn Quốc Dũng khai mạc.' })).toEqual([]);
    expect(check(article, { en: 'He opened it.', vi: 'Thứ trưởng Ngoại giao Nguyễn Quốc Dương khai mạc.' })).toEqual([
      'fact "the-fact": the name "Nguyễn Quốc Dương" in answer.vi is not in the cited article (no "Dương")',
    ]);
  });

  it('finds English names in the entities, and skips months and the first word of a sentence', () => {
    const article = 'Ngày 7/10, Thứ trưởng Nguyễn Quốc Dũng chủ trì Hội nghị trực tuyến Quan chức Cao cấp.';
    const en = 'On 7 October, Nguyen Quoc Dung chaired the online Senior Officials Meeting. October and November followed.';
    const entities = ['Hội nghị trực tuyến Quan chức Cao cấp'];
    expect(check(article, { en, entities })).toEqual([
      'fact "the-fact": the name "Senior Officials Meeting" in answer.en is not in the cited article, the Vietnamese answer, the entities or the glossary (no "Senior")',
    ]);
    expect(check(article, { en, entities, aliases: ['online Senior Officials Meeting'] })).toEqual([]);
  });
});

describe('glossary definitions', () => {
  /** Checks one definition citing the article (or none); returns the problem messages. */
  function checkTerm(article: string, answer: { vi: string; en: string }, sources = ['src']): string[] {
    writeFileSync(join(dir, 'art.txt'), article);
    const source = sourceSchema.parse({ id: 'src', title: 'T', outlet: 'O', published: { value: '2020', precision: 'year' }, article: 'art.txt' });
    const term = glossaryEntrySchema.parse({ id: 'term-un', acronyms: ['LHQ', 'UN'], names: { vi: ['Liên Hợp Quốc'], en: ['United Nations'] }, answer, sources });
    const origins = new Map([['term-un', { file: 'facts/glossary.yaml', line: 3 }]]);
    return checkProvenance(buildFactTable([source], [], [term], origins), dir).map((p) => `${p.file}:${p.line}: ${p.message}`);
  }
  const ARTICLE_UN = 'Liên Hợp Quốc có trụ sở tại New York.';

  it('checks the figures, dates and names of a definition that cites an article', () => {
    const answer = { vi: 'Liên Hợp Quốc (LHQ) lập năm 1945, gồm 193 nước, trụ sở tại New York.', en: 'The United Nations, founded on 24 October 1945, sits in New York.' };
    expect(checkTerm(ARTICLE_UN, answer)).toEqual([
      'facts/glossary.yaml:3: definition "term-un": the figure 1945 in answer.vi is not in the cited article',
      'facts/glossary.yaml:3: definition "term-un": the figure 193 in answer.vi is not in the cited article',
      'facts/glossary.yaml:3: definition "term-un": the figure 24 in answer.en is not in the cited article',
      'facts/glossary.yaml:3: definition "term-un": the figure 1945 in answer.en is not in the cited article',
      'facts/glossary.yaml:3: definition "term-un": the date 24/10 in answer.en is not in the cited article',
    ]);
    expect(checkTerm(ARTICLE_UN, { vi: 'Liên Hợp Quốc đặt trụ sở ở Geneva.', en: 'The UN sits in New York.' })).toEqual([
      'facts/glossary.yaml:3: definition "term-un": the name "Geneva" in answer.vi is not in the cited article (no "Geneva")',
    ]);
    expect(checkTerm(ARTICLE_UN, { vi: 'LHQ có trụ sở tại New York.', en: 'The United Nations sits in New York.' })).toEqual([]);
  });

  it('does not check a background definition, which cites no article', () => {
    expect(checkTerm(ARTICLE_UN, { vi: 'Liên Hợp Quốc lập năm 1945 tại San Francisco.', en: 'Founded in 1945 in San Francisco.' }, [])).toEqual([]);
  });
});

describe('name runs', () => {
  const texts = (runs: { text: string }[][]) => runs.map((r) => r.map((w) => w.text).join(' '));
  it('reads Vietnamese runs with single lowercase syllables inside, not across punctuation or at a sentence start', () => {
    expect(texts(viNameRuns('Hội đồng Bảo an Liên Hợp Quốc họp. Phạm Bình Minh, Lim Jock Hoi (Brunei) và Hội đồng Bảo an.'))).toEqual([
      'Bảo an Liên Hợp Quốc',
      'Bình Minh',
      'Lim Jock Hoi',
      'Brunei',
      'Hội đồng Bảo',
    ]);
  });

  it('reads English runs of two capitalised words or more, joined by small words, ending at a possessive', () => {
    expect(texts(enNameRuns("The Treaty of Amity and Cooperation in Southeast Asia. Viet Nam's ASEAN-led Senior Officials' Meeting in October."))).toEqual([
      'Treaty of Amity and Cooperation in Southeast Asia',
      'Senior Officials Meeting',
    ]);
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
