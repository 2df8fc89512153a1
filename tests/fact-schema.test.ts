// The zod schemas of the fact table accept well-formed entries and reject the mistakes curators actually make.
import { describe, expect, it } from 'vitest';
import { factSchema, glossaryEntrySchema, partialDateSchema, sourceSchema } from '../src/facts/schema.js';

const validSource = () => ({
  id: 'sample-amm53',
  title: 'Khai mạc Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 53',
  outlet: 'Báo Mẫu',
  author: 'Nguyễn Văn A',
  published: { value: '2020-09-09', precision: 'day' },
  article: '000_45043e5635fbb40e.txt',
});

const validFact = () => ({
  id: 'amm53-chair',
  sources: ['sample-amm53'],
  answer: { vi: 'Phạm Bình Minh chủ trì AMM 53.', en: 'Pham Binh Minh chaired AMM 53.' },
  questions: { vi: ['Ai chủ trì AMM 53?', 'Ai là chủ tọa AMM 53?'], en: ['Who chaired AMM 53?'] },
  gives: ['who'],
  date: { value: '2020-09-09', precision: 'day', end: '2020-09-12' },
  entities: [{ name: 'Phạm Bình Minh', kind: 'person', aliases: ['Pham Binh Minh'] }],
  tags: ['amm-53'],
});

const validTerm = () => ({
  id: 'term-amm',
  acronyms: ['AMM'],
  names: { vi: ['Hội nghị Bộ trưởng Ngoại giao ASEAN'], en: ["ASEAN Foreign Ministers' Meeting"] },
  answer: { vi: 'AMM là Hội nghị Bộ trưởng Ngoại giao ASEAN.', en: "AMM is the ASEAN Foreign Ministers' Meeting." },
  sources: ['sample-amm53'],
});

/** The messages of a failed parse, each prefixed with its path, for readable assertions. */
function issues(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }): string[] {
  expect(result.success).toBe(false);
  return result.error!.issues.map((i) => `${i.path.map(String).join('.')}: ${i.message}`);
}

describe('valid entries', () => {
  it('accepts a well-formed source, fact and glossary entry and fills defaults', () => {
    expect(sourceSchema.parse(validSource())).toMatchObject({ id: 'sample-amm53', published: { inferred: false } });
    const fact = factSchema.parse({ ...validFact(), entities: undefined, tags: undefined });
    expect(fact.entities).toEqual([]);
    expect(fact.tags).toEqual([]);
    expect(fact.date).toEqual({ value: '2020-09-09', precision: 'day', end: '2020-09-12', inferred: false });
    const term = glossaryEntrySchema.parse({ id: 'term-un', names: { vi: ['Liên Hợp Quốc'], en: ['United Nations'] } });
    expect(term).toMatchObject({ acronyms: [], sources: [], tags: [] });
    expect(term.answer).toBeUndefined();
    expect(glossaryEntrySchema.parse(validTerm()).answer?.en).toContain('AMM');
  });

  it('accepts month and year precisions with values of the matching length', () => {
    expect(partialDateSchema.safeParse({ value: '2020-11', precision: 'month' }).success).toBe(true);
    expect(partialDateSchema.safeParse({ value: '2020', precision: 'year', inferred: true }).success).toBe(true);
  });
});

describe('ids', () => {
  it.each(['AMM53', 'amm_53', 'amm 53', '-amm', 'amm--53', 'amm-', 'ẩm-53', ''])('rejects the non-slug id %j', (id) => {
    expect(issues(factSchema.safeParse({ ...validFact(), id })).some((m) => m.startsWith('id:'))).toBe(true);
  });

  it('rejects a non-slug source reference and a non-slug glossary id', () => {
    expect(issues(factSchema.safeParse({ ...validFact(), sources: ['Sample AMM'] }))).toEqual([expect.stringMatching(/^sources\.0: .*slug/)]);
    expect(issues(glossaryEntrySchema.safeParse({ ...validTerm(), id: 'Term_AMM' }))).toEqual([expect.stringMatching(/^id: .*slug/)]);
    expect(issues(sourceSchema.safeParse({ ...validSource(), id: 'Sample.AMM' }))).toEqual([expect.stringMatching(/^id: /)]);
  });
});

describe('translations', () => {
  it('rejects a fact whose English answer is missing', () => {
    const fact = validFact();
    const answer = { vi: fact.answer.vi };
    expect(issues(factSchema.safeParse({ ...fact, answer }))).toEqual([expect.stringMatching(/^answer\.en: /)]);
  });

  it('rejects an empty or blank translation', () => {
    const fact = validFact();
    expect(issues(factSchema.safeParse({ ...fact, answer: { vi: '   ', en: fact.answer.en } }))).toEqual(['answer.vi: must not be empty']);
  });

  it('rejects a glossary definition without its Vietnamese side', () => {
    const term = validTerm();
    expect(issues(glossaryEntrySchema.safeParse({ ...term, answer: { en: term.answer.en } }))).toEqual([expect.stringMatching(/^answer\.vi: /)]);
  });
});

describe('questions', () => {
  it('rejects fewer than three questions in all', () => {
    const fact = { ...validFact(), questions: { vi: ['Ai chủ trì AMM 53?'], en: ['Who chaired AMM 53?'] } };
    expect(issues(factSchema.safeParse(fact))).toEqual(['questions: needs at least 3 questions in all']);
  });

  it('rejects a fact with no question in one language even when there are three in the other', () => {
    const fact = { ...validFact(), questions: { vi: [], en: ['Who chaired AMM 53?', 'Who presided?', 'Who led AMM 53?'] } };
    expect(issues(factSchema.safeParse(fact)).some((m) => m.startsWith('questions.vi:'))).toBe(true);
    const noEn = { ...validFact(), questions: { vi: ['a?', 'b?', 'c?'] } };
    expect(issues(factSchema.safeParse(noEn)).some((m) => m.startsWith('questions.en:'))).toBe(true);
  });
});

describe('dates', () => {
  it.each([
    ['2020-09', 'day'],
    ['2020', 'day'],
    ['2020-09-09', 'month'],
    ['2020', 'month'],
    ['2020-09', 'year'],
  ])('rejects the value %s with precision %s', (value, precision) => {
    expect(issues(partialDateSchema.safeParse({ value, precision }))).toEqual([expect.stringMatching(new RegExp(`^value: precision "${precision}" needs a value like`))]);
  });

  it('rejects a value that is not an ISO date at all', () => {
    expect(issues(partialDateSchema.safeParse({ value: '9/9/2020', precision: 'day' })).some((m) => m.startsWith('value: must be an ISO date'))).toBe(true);
  });

  it('rejects an end before the value, and an end on a date without day precision', () => {
    expect(issues(partialDateSchema.safeParse({ value: '2020-09-12', precision: 'day', end: '2020-09-09' }))).toEqual(['end: end is before value']);
    expect(issues(partialDateSchema.safeParse({ value: '2020-09', precision: 'month', end: '2020-09-30' }))).toEqual(['end: an end date needs day precision']);
    expect(partialDateSchema.safeParse({ value: '2020-09-12', precision: 'day', end: '2020-09-12' }).success).toBe(true);
  });

  it('reports a bad date inside a fact under the fact path', () => {
    const fact = { ...validFact(), date: { value: '2020-09-12', precision: 'day', end: '2020-09-01' } };
    expect(issues(factSchema.safeParse(fact))).toEqual(['date.end: end is before value']);
  });
});

describe('unknown keys', () => {
  it('rejects a misspelt key on a fact, a source, an entity, a date and a glossary entry', () => {
    expect(issues(factSchema.safeParse({ ...validFact(), question: {} })).join('\n')).toMatch(/question/);
    expect(issues(sourceSchema.safeParse({ ...validSource(), publisher: 'VnExpress' })).join('\n')).toMatch(/publisher/);
    const entities = [{ name: 'Phạm Bình Minh', kind: 'person', alias: ['Pham Binh Minh'] }];
    expect(issues(factSchema.safeParse({ ...validFact(), entities })).join('\n')).toMatch(/^entities\.0: .*alias/m);
    expect(issues(partialDateSchema.safeParse({ value: '2020', precision: 'year', approx: true })).join('\n')).toMatch(/approx/);
    expect(issues(glossaryEntrySchema.safeParse({ ...validTerm(), definition: 'x' })).join('\n')).toMatch(/definition/);
  });

  it('rejects an unknown key inside the bilingual answer', () => {
    const fact = validFact();
    expect(issues(factSchema.safeParse({ ...fact, answer: { ...fact.answer, fr: 'Pham Binh Minh a présidé.' } })).join('\n')).toMatch(/^answer: .*fr/m);
  });
});

describe('other fields', () => {
  it('rejects an unknown entity kind, an article that is not a .txt file name, and a fact citing no source', () => {
    expect(issues(factSchema.safeParse({ ...validFact(), entities: [{ name: 'X', kind: 'thing' }] }))[0]).toMatch(/^entities\.0\.kind: /);
    expect(issues(sourceSchema.safeParse({ ...validSource(), article: '../secret/000.txt' }))[0]).toMatch(/^article: must be a file name/);
    expect(issues(factSchema.safeParse({ ...validFact(), sources: [] }))).toEqual(['sources: a fact cites at least one source']);
  });
});

describe('glossary questions', () => {
  it('accepts extra questions on a definition, in one language or both, and leaves them out by default', () => {
    expect(glossaryEntrySchema.parse(validTerm()).questions).toBeUndefined();
    const term = glossaryEntrySchema.parse({ ...validTerm(), questions: { vi: ['AMM viết tắt của gì?', 'amm la gi'] } });
    expect(term.questions).toEqual({ vi: ['AMM viết tắt của gì?', 'amm la gi'], en: [] });
  });

  it('rejects questions on a pure synonym (no answer to give), a blank question and an unknown language', () => {
    const synonym = { id: 'term-un', names: { vi: ['Liên Hợp Quốc'], en: ['United Nations'] }, questions: { vi: ['LHQ là gì?'] } };
    expect(issues(glossaryEntrySchema.safeParse(synonym))).toEqual(['questions: questions need an answer to be asked for']);
    expect(issues(glossaryEntrySchema.safeParse({ ...validTerm(), questions: { en: ['  '] } }))).toEqual(['questions.en.0: must not be empty']);
    expect(issues(glossaryEntrySchema.safeParse({ ...validTerm(), questions: { fr: ["Qu'est-ce que l'AMM ?"] } })).join('\n')).toMatch(/^questions: .*fr/m);
  });
});

describe('gives', () => {
  it('requires the kinds of value a fact gives, an empty list included, each kind once and from the known ones', () => {
    expect(factSchema.parse({ ...validFact(), gives: [] }).gives).toEqual([]);
    expect(factSchema.parse({ ...validFact(), gives: ['who', 'when', 'where', 'howMany', 'why', 'whatIs'] }).gives).toHaveLength(6);
    expect(issues(factSchema.safeParse({ ...validFact(), gives: undefined })).some((m) => m.startsWith('gives:'))).toBe(true);
    expect(issues(factSchema.safeParse({ ...validFact(), gives: ['who', 'whom'] })).some((m) => m.startsWith('gives.1:'))).toBe(true);
    expect(issues(factSchema.safeParse({ ...validFact(), gives: ['who', 'when', 'who'] }))).toEqual(['gives: lists a kind twice']);
  });
});
