// Reply language: Vietnamese with or without accents, English, and English that names Vietnamese people with accents.
import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../src/engine/create-engine.js';
import { detectLanguage } from '../src/engine/detect-language.js';
import type { Engine } from '../src/engine/types.js';
import type { Language } from '../src/facts/schema.js';
import { loadFacts } from '../src/facts/load-facts.js';
import { buildFactTable } from '../src/facts/fact-table.js';
import { realFacts } from '../bench/generate-facts.js';
import { join } from 'node:path';
import { hasDiacritics } from '../src/text/normalize.js';
import { withText } from '../src/app/answer-text.js';

const CASES: [string, Language][] = [
  ['Ai chủ trì AMM 53?', 'vi'],
  ['Nghị quyết ASEAN-LHQ có bao nhiêu nước đồng bảo trợ?', 'vi'],
  ['ai chu tri amm 53', 'vi'],
  ['bao nhieu doan tham gia amm 53', 'vi'],
  ['dam phan coc bat dau khi nao', 'vi'],
  ['COC là gì?', 'vi'],
  ['Who chaired AMM 53?', 'en'],
  ['How many co-sponsors did the ASEAN-UN resolution have?', 'en'],
  ['What is the COC?', 'en'],
  ['Who is Phạm Bình Minh?', 'en'],
  ['What did Nguyễn Quốc Dũng say about the COC?', 'en'],
  ['When did Lê Hoài Trung visit Beijing?', 'en'],
  ['Phạm Bình Minh là ai?', 'vi'],
  // English function words outvote "do" and "my", which the table uses in Vietnamese ("do Việt Nam", "Mỹ").
  ['How do I reset my password?', 'en'],
  ['ai do my cu sang', 'vi'],
  // Borrowed terms do not change the language a question is framed in.
  ['Who chaired the Hội nghị Quan chức cao cấp trực tuyến in October 2020, and as what?', 'en'],
  ['resolution asean un 2020 duoc adopt khi nao', 'vi'],
  ['nghi quyet asean-un co bao nhieu co-sponsors vay', 'vi'],
  // The "co" of an English hyphenated word ("co-chair", "co-sponsors") is not Vietnamese "có".
  ['AMM 53 co-chair?', 'en'],
  ['resolution co-sponsors', 'en'],
  ['co bao nhieu nuoc dong bao tro', 'vi'],
];

describe('detectLanguage', () => {
  it.each(CASES)('%s → %s', (q, lang) => {
    expect(detectLanguage(q)).toBe(lang);
  });
});

describe('reply language', () => {
  let engine: Engine;

  beforeAll(() => {
    engine = createEngine(loadFacts({ dir: 'facts' }));
  });

  it.each([
    ['Ai chủ trì AMM 53?', 'vi'],
    ['ai chu tri amm 53', 'vi'],
    ['Who chaired AMM 53?', 'en'],
    ['When did Lê Hoài Trung visit Beijing?', 'en'],
  ] as [string, Language][])('answers %s in %s, with the fact and source label in that language', (q, lang) => {
    const a = engine.ask(q);
    expect(a.answered).toBe(true);
    expect(a.language).toBe(lang);
    const fact = engine.table.byId.get(a.facts[0]!.id)!;
    expect(a.facts[0]!.answer).toBe(fact.answer[lang]);
    expect(a.facts[0]!.question).toBe(fact.questions[lang][0]);
    expect(withText(a).text.startsWith(fact.answer[lang])).toBe(true);
    expect(withText(a).text).toContain(lang === 'vi' ? '\nNguồn: ' : '\nSource: ');
    for (const related of a.facts.slice(1)) expect(related.answer).toBe(engine.table.byId.get(related.id)!.answer[lang]);
  });

  it.each([
    ['Thời tiết Hà Nội hôm nay thế nào?', 'vi'],
    ['AMM 54 dien ra khi nao', 'vi'],
    ['ai vo dich AFF Cup 2020', 'vi'],
    ["What's the weather in Hanoi tomorrow?", 'en'],
  ] as [string, Language][])('abstains on %s in %s', (q, lang) => {
    const a = engine.ask(q);
    expect(a.answered).toBe(false);
    expect(a.language).toBe(lang);
    const head = withText(a).text.split('\n')[0]!;
    expect(detectLanguage(head)).toBe(lang);
    expect(hasDiacritics(head)).toBe(lang === 'vi');
    for (const s of a.suggestions) expect(s.question).toBe(engine.table.byId.get(s.id)!.questions[lang][0]);
  });

  it('reads Vietnamese names as English spells them as names, not as Vietnamese typed without accents', () => {
    expect(engine.languageOf('Nguyen Quoc Dung AMM 53 briefing Viet Nam chairmanship')).toBe('en');
    expect(engine.languageOf('theme Viet Nam pick ASEAN chairmanship')).toBe('en');
    // After the first word, even a name word that is also a Vietnamese function word ("Ha" is "hả").
    expect(engine.languageOf('date 7 AURED Ha Noi close')).toBe('en');
    expect(engine.languageOf('Ha Noi co bao nhieu doan')).toBe('vi');
    // First, too, when the next word is of the same name: "Ha Noi Declaration" is the name of a document.
    expect(engine.languageOf('Ha Noi Declaration EAS anniversary')).toBe('en');
    expect(engine.languageOf('Ha Noi la thu do nuoc nao')).toBe('vi');
    // The same words typed in lowercase, or with accents, still say Vietnamese.
    expect(engine.languageOf('viet nam chu tich asean 2020')).toBe('vi');
    expect(engine.languageOf('Việt Nam chủ tịch ASEAN 2020')).toBe('vi');
  });

  it('reads a Vietnamese name typed in lowercase without accents as a name, not as Vietnamese (unless it is a Vietnamese word)', () => {
    // Two or more words in a row of the people and places English writes too: no evidence either way.
    expect(engine.languageOf('nguyen quoc dung remarks on the east sea')).toBe('en');
    expect(engine.languageOf('dang dinh quy speech general assembly')).toBe('en');
    expect(engine.languageOf('meeting in da lat on coc')).toBe('en');
    // The rest of a Vietnamese question still says Vietnamese, and Vietnamese country names are Vietnamese words.
    expect(engine.languageOf('nguyen quoc dung noi gi ve bien dong')).toBe('vi');
    expect(engine.languageOf('som asean trung quoc nhat ban')).toBe('vi');
    // One name word alone ("dung" is also "đúng") is no name.
    expect(engine.languageOf('dung khong')).toBe('vi');
  });

  it('keeps a word an English name when curated questions type it in lowercase, since questions are typed as people type', () => {
    // Curated English questions typed on a phone ("viet nam asean chair motto") say nothing of how English writes
    // "ASEAN" or "Viet Nam": the answers (prose) always capitalise them, so typed so they still read as names.
    const table = loadFacts({ dir: join(import.meta.dirname, '..', 'facts') });
    const facts = realFacts(table).map((f, i) => (i === 0 ? { ...f, questions: { ...f.questions, en: [...f.questions.en, 'viet nam asean chair motto', 'asean chair 2020 viet nam theme'] } } : f));
    const lowercased = createEngine(buildFactTable([...table.sources], facts, [...table.glossary]));
    expect(lowercased.index.languageEvidence.names).toContain('asean');
    expect(lowercased.index.languageEvidence.names).toContain('viet');
    expect(lowercased.languageOf('theme Viet Nam pick ASEAN chairmanship')).toBe('en');
  });

  it('prompts for a question in English when the input is empty, since there is nothing to detect', () => {
    const a = engine.ask('');
    expect(a.language).toBe('en');
    expect(withText(a, { emptyQuestion: true }).text).toMatch(/ask/i);
  });
});
