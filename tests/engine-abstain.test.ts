// Abstention: near-domain questions the table cannot answer get an honest "not in the table", never a wrong fact.
import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../src/engine/create-engine.js';
import type { Engine } from '../src/engine/Engine.js';
import type { Language } from '../src/facts/schema.js';
import { loadFacts } from '../src/facts/load-facts.js';
import { hasDiacritics } from '../src/text/normalize.js';
import { withText } from '../src/app/answer-text.js';

const UNANSWERABLE: { q: string; lang: Language; why: string }[] = [
  // Other editions, ordinals and years of meetings the table covers
  { q: 'When is AMM 54?', lang: 'en', why: 'only AMM 53 is in the table' },
  { q: 'AMM 54 diễn ra khi nào?', lang: 'vi', why: 'only AMM 53 is in the table' },
  { q: 'AMM 54 dien ra khi nao', lang: 'vi', why: 'only AMM 53 is in the table, asked without accents' },
  { q: 'ai chu tri som asean nam 2022', lang: 'vi', why: 'SOMs of 2019 and 2020 only, asked without accents' },
  { q: 'Nghị quyết ASEAN-LHQ năm 2018 có bao nhiêu nước đồng bảo trợ?', lang: 'vi', why: 'only the 2020 resolution\'s co-sponsors are known' },
  { q: 'Bao nhiêu nhà báo dự họp báo?', lang: 'vi', why: 'no fact counts journalists; the 300 meetings of 2020 are not them ("họp" of "họp báo" counts no meeting)' },
  { q: 'How many co-sponsors did the 2018 resolution have?', lang: 'en', why: '"the 2018 resolution" says when: only 2020\'s count is known' },
  { q: 'Who chaired AMM 53 in 2021?', lang: 'en', why: 'AMM 53 was in 2020' },
  { q: 'Who chaired AMM 52?', lang: 'en', why: 'only AMM 53 is in the table' },
  { q: 'How many delegations attended AMM 52?', lang: 'en', why: 'only AMM 53 is in the table' },
  { q: 'Ai chủ trì SOM ASEAN năm 2021?', lang: 'vi', why: 'SOMs of 2019 and 2020 only' },
  { q: 'Who chaired the ASEAN SOM in 2022?', lang: 'en', why: 'SOMs of 2019 and 2020 only' },
  { q: 'Who chaired the ASEAN SOM in March 2020?', lang: 'en', why: 'the 2020 SOM in the table is October\'s' },
  { q: 'Hội nghị SOM ASEAN tháng 6/2020 bàn gì?', lang: 'vi', why: 'no June 2020 SOM in the table' },
  { q: 'SOM tháng 6 họp ở đâu', lang: 'vi', why: 'a month alone is a date: the SOMs in the table met in March and October' },
  { q: 'When was the 12th ASEAN-UN Summit?', lang: 'en', why: 'the 10th and 11th only' },
  { q: 'Hội nghị Cấp cao ASEAN - LHQ đầu tiên diễn ra khi nào?', lang: 'vi', why: 'the 10th and 11th only: "đầu tiên" names the first' },
  { q: 'Who chaired the 8th AURED?', lang: 'en', why: 'the 7th AURED only' },
  { q: 'Bao nhiêu chuyên gia dự AURED lần thứ 8?', lang: 'vi', why: 'the 7th AURED only' },
  { q: 'Chủ đề ASEAN 2023 là gì?', lang: 'vi', why: 'only the 2020 theme' },
  { q: 'ASEAN Summit 38 diễn ra ở đâu?', lang: 'vi', why: 'the 36th and 37th only' },
  { q: 'When did Vietnam chair ASEAN in 2010?', lang: 'en', why: 'only the 2020 chairmanship' },
  // Countries the articles do not join to the event: the United States is no Latin American country ("Mỹ Latinh")
  { q: 'USA gia nhập TAC năm 2019?', lang: 'vi', why: 'the 2019 SOM took up Peru and South Africa; "Mỹ Latinh" names no USA' },
  { q: 'Hoa Kỳ gia nhập Hiệp ước TAC năm 2019 không?', lang: 'vi', why: 'the 2019 SOM took up Peru and South Africa' },
  // ASEAN members and Security Council members the glossary knows and no fact mentions
  { q: 'Campuchia đánh giá thế nào về đàm phán COC tại SOM ASEAN 2019?', lang: 'vi', why: 'no fact says anything of Cambodia' },
  { q: 'Philippines co dong bao tro nghi quyet ASEAN LHQ 2020 khong', lang: 'vi', why: 'the co-sponsors fact names no Philippines' },
  { q: 'Did France co-sponsor the 2020 ASEAN-UN resolution?', lang: 'en', why: 'the co-sponsors fact names no France' },
  { q: 'Chủ tịch Đại hội đồng LHQ khóa 75 là ai?', lang: 'vi', why: 'no fact names the Assembly\'s president; "Đại hội đồng" does not name the ambassador\'s title "Đại sứ"' },
  { q: 'Phó Tổng thư ký ASEAN là ai?', lang: 'vi', why: 'the October 2020 SOM fact names the office without its holder' },
  { q: 'Who is the ASEAN Deputy Secretary-General?', lang: 'en', why: 'the office is named without its holder; the Secretary-General is another office' },
  { q: 'Who is the president of the UN General Assembly?', lang: 'en', why: '"president" is two edits from the role "present", too far a guess to name it' },
  { q: 'Nước nào soạn thảo Kế hoạch hành động Hà Nội II của ARF?', lang: 'vi', why: 'which country asks who: the plan\'s fact says what it guides and when it was taken up, not who drafted it' },
  { q: 'Which country will host the 2021 AMM?', lang: 'en', why: 'which country asks who; no fact gives the host of a 2021 meeting' },
  { q: 'Which body oversees the ASEAN COVID-19 Response Fund?', lang: 'en', why: 'the fund\'s definition names no body running it' },
  { q: 'Who vetoed the 2020 ASEAN-UN resolution?', lang: 'en', why: 'vetoing is a part no fact declares, nor any way of naming one' },
  { q: 'Nước nào phản đối nghị quyết ASEAN - LHQ 2020?', lang: 'vi', why: 'opposing it is a part no fact declares: the resolution was adopted by consensus' },
  { q: 'Bao nhiêu nước dự SOM Chiang Rai?', lang: 'vi', why: 'the six partners counted are those of later SOMs, not the countries attending' },
  // People not in the articles
  { q: 'Who is Joe Biden?', lang: 'en', why: 'not in the articles' },
  { q: 'Họ tên người đại diện Triều Tiên dự AMM 53?', lang: 'vi', why: 'the article names the DPRK embassy that stood in, not a person' },
  { q: 'full name of the ASEAN deputy secretary-general at the 7 October 2020 SOM', lang: 'en', why: 'the article gives the office, not its holder' },
  // Weather, prices, sport, general knowledge
  { q: 'Thời tiết Hà Nội hôm nay thế nào?', lang: 'vi', why: 'weather' },
  { q: "What's the weather in Hanoi tomorrow?", lang: 'en', why: 'weather' },
  { q: 'Giá vàng hôm nay bao nhiêu?', lang: 'vi', why: 'prices' },
  { q: 'Who won the AFF Cup 2020?', lang: 'en', why: 'sport' },
  { q: 'ai vo dich AFF Cup 2020', lang: 'vi', why: 'sport, without accents' },
  { q: 'Đội tuyển Việt Nam đá với Thái Lan khi nào?', lang: 'vi', why: 'sport' },
  { q: 'What is the GDP of Vietnam?', lang: 'en', why: 'economics not in the articles' },
  // Nonsense
  { q: 'asdkjh qwe zxcv', lang: 'en', why: 'nonsense' },
  { q: 'blorf snarg wibble?', lang: 'en', why: 'nonsense' },
];

const HEADS: Record<Language, RegExp> = { vi: /chưa có thông tin/i, en: /does not hold/i };

let engine: Engine;

beforeAll(() => {
  engine = createEngine(loadFacts({ dir: 'facts' }));
});

describe('abstention', () => {
  it.each(UNANSWERABLE)('abstains on "$q" ($why)', ({ q, lang }) => {
    const a = engine.ask(q);
    expect(a.answered, a.facts[0]?.id).toBe(false);
    expect(a.facts).toEqual([]);
    expect(a.suggestions.length).toBeLessThanOrEqual(3);
    expect(a.language).toBe(lang);
    const head = withText(a).text.split('\n')[0]!;
    expect(head).toMatch(HEADS[lang]);
    // The refusal itself is in the asker's language: Vietnamese carries its accents, English none.
    expect(hasDiacritics(head)).toBe(lang === 'vi');
    for (const s of a.suggestions) expect(engine.table.byId.has(s.id)).toBe(true);
  });

  it.each(['', '   ', '\t\n  \r\n', '\u200b\u200b', '\u0000\u0007'])('answers empty or blank input %j with a short prompt, without throwing', (q) => {
    const a = engine.ask(q);
    expect(a.answered).toBe(false);
    expect(a.facts).toEqual([]);
    expect(a.suggestions).toEqual([]);
    // The engine keeps the question as given: cleaning it is the application's (QuestionGate.prepare).
    expect(a.question).toBe(q);
    expect(withText(a).text.length).toBeGreaterThan(0);
    expect(withText(a).text.length).toBeLessThan(200);
  });

  it.each(['🙂🙂🙂', '🇻🇳', '👍', '🤔❓'])('abstains on emoji-only input %s', (q) => {
    const a = engine.ask(q);
    expect(a.answered).toBe(false);
    expect(a.facts).toEqual([]);
    expect(a.suggestions.length).toBeLessThanOrEqual(3);
  });

  it('knows which glossary entries no fact writes, even inside a longer name', () => {
    const { unmentioned } = engine.index;
    expect(unmentioned.has('@country-laos')).toBe(true);
    expect(unmentioned.has('@country-cambodia')).toBe(true);
    // "Đông Nam Á" is written inside ASEAN's and the TAC's full names; Brunei in the Secretary-General's definition.
    expect(unmentioned.has('@place-southeast-asia')).toBe(false);
    expect(unmentioned.has('@country-brunei')).toBe(false);
    expect(unmentioned.has('@country-vietnam')).toBe(false);
  });

  it('never answers a question about a year the table does not hold with a fact from another year', () => {
    const table = engine.table;
    const corpus = table.facts
      .map((f) => [f.answer.vi, f.answer.en, f.date?.value ?? '', f.date?.end ?? '', ...f.questions.vi, ...f.questions.en].join(' '))
      .join(' ');
    const absentYears = [2010, 2011, 2012, 2013, 2014, 2023, 2024, 2026].filter((y) => !corpus.includes(String(y)));
    expect(absentYears.length).toBeGreaterThanOrEqual(4);
    const templates = [
      'Who chaired AMM 53 in {y}?',
      'Ai chủ trì SOM ASEAN năm {y}?',
      'Chủ đề năm ASEAN {y} là gì?',
      'How many co-sponsors did the ASEAN-UN resolution have in {y}?',
      'Hội nghị cấp cao ASEAN-LHQ năm {y} diễn ra ở đâu?',
      'What happened on 23/11/{y}?',
      'Ngày 7 tháng 9 năm {y} có sự kiện gì?',
      'When was the ASEAN SOM in Chiang Rai in {y}?',
      'bao nhieu doan du AMM 53 nam {y}',
      'Who opened the AURED in {y}?',
      'What was the theme of the ASEAN chairmanship in {y}?',
      'Đàm phán COC năm {y} đạt kết quả gì?',
      'Which countries represented ASEAN on the UN Security Council in {y}?',
      'How many meetings did Vietnam host as ASEAN chair in {y}?',
      'What happened in March {y}?',
    ];
    const wrong: string[] = [];
    for (const y of absentYears) {
      for (const t of templates) {
        const q = t.replace('{y}', String(y));
        const a = engine.ask(q);
        if (a.answered) wrong.push(`${q} → ${a.facts[0]!.id} (${a.facts[0]!.date ?? 'undated'})`);
      }
    }
    expect(wrong).toEqual([]);
  });
});

describe('how an abstention is worded', () => {
  // A fact about the person is retrieved, but the engine is not sure it answers what was asked.
  const close = "What was Pham Binh Minh's role?";

  it('says it is not sure, not that the table lacks the answer, when a fact that could answer scores at least unsureFloor', () => {
    const lenient = createEngine(engine.table, { unsureFloor: 0 });
    const { answer, ranking } = lenient.answer(close);
    expect(answer.answered).toBe(false);
    expect(ranking.decision.chosen).toBeDefined();
    expect(answer.unsure).toBe(true);
    expect(withText(answer).text.split('\n')[0]).toMatch(/not sure enough/);
    expect(withText({ ...answer, language: 'vi' }).text.split('\n')[0]).toMatch(/chưa đủ chắc chắn/);
    // Below the floor, the same abstention says the table does not hold the answer.
    const strict = createEngine(engine.table, { unsureFloor: 1.01 }).ask(close);
    expect(strict.unsure).toBeUndefined();
    expect(withText(strict).text.split('\n')[0]).toMatch(HEADS.en);
  });

  it('is not unsure of a fact a rule rules out, however high it scores', () => {
    // The fact on the ASEAN-Japan Day dates only the SOM that planned it, and no one asks it when: it scores high on
    // the words and is still no answer.
    const lenient = createEngine(engine.table, { unsureFloor: 0 });
    const { answer, ranking } = lenient.answer('When does the ASEAN–Japan Day take place in 2019?');
    expect(ranking.decision.probability).toBeGreaterThan(0.5);
    expect(answer.answered).toBe(false);
    expect(ranking.decision.chosen).toBeDefined();
    expect(ranking.decision.allowed).toBe(false);
    expect(answer.unsure).toBeUndefined();
    expect(withText(answer).text.split('\n')[0]).toMatch(HEADS.en);
  });

  it.each(['When is AMM 54?', 'Giá vàng hôm nay bao nhiêu?', 'blorf snarg wibble'])('is never unsure of %j, which no fact could answer', (q) => {
    const lenient = createEngine(engine.table, { unsureFloor: 0 });
    const { answer, ranking } = lenient.answer(q);
    expect(ranking.decision.chosen).toBeUndefined();
    expect(answer.unsure).toBeUndefined();
  });
});
