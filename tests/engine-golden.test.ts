// Golden ranking: questions phrased as officers and journalists ask them, each pinned to the fact that must win.
import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../src/engine/create-engine.js';
import type { Engine } from '../src/engine/types.js';
import type { Language } from '../src/facts/schema.js';
import { loadFacts } from '../src/facts/load-facts.js';
import { fold } from '../src/text/normalize.js';

interface Golden {
  q: string;
  id: string;
  lang: Language;
  /** Why this fact and not its neighbours. */
  reason: string;
}

const GOLDEN: Golden[] = [
  // Vietnamese with diacritics
  { q: 'Ai chủ trì Hội nghị AMM 53?', id: 'amm53-chair', lang: 'vi', reason: 'the chair (Pham Binh Minh), not who briefed the press or spoke at the opening' },
  { q: 'AMM 53 được tổ chức vào những ngày nào?', id: 'amm53-dates-online', lang: 'vi', reason: 'the 9–12/9/2020 dates, not the 7/9 press conference or SOM preparatory meeting' },
  { q: 'Nghị quyết ASEAN-LHQ năm 2020 có bao nhiêu nước đồng bảo trợ?', id: 'asean-un-resolution-2020-cosponsors', lang: 'vi', reason: 'the 110 co-sponsors, not the three records that merely mention co-sponsorship' },
  { q: 'Ai trình bày nghị quyết hợp tác ASEAN-LHQ tại ĐHĐ?', id: 'asean-un-resolution-2020-introduced-by-dang-dinh-quy', lang: 'vi', reason: 'who introduced it (Dang Dinh Quy), not what he said; ĐHĐ is the General Assembly' },
  { q: 'Ai chủ trì SOM ASEAN trực tuyến tháng 10/2020?', id: 'som-oct-2020-chair-and-date', lang: 'vi', reason: 'the October 2020 online SOM, not the March 2019 Chiang Rai SOM' },
  { q: 'Chủ đề năm Chủ tịch ASEAN 2020 của Việt Nam là gì?', id: 'asean2020-theme', lang: 'vi', reason: '"Gắn kết và Chủ động thích ứng", not the AURED theme' },
  { q: 'Đàm phán Bộ quy tắc ứng xử trên Biển Đông bắt đầu khi nào?', id: 'coc-negotiation-start-first-reading', lang: 'vi', reason: 'COC spelled out in full: the March 2018 start, not the first-reading deadline' },
  { q: 'Lê Hoài Trung đi Bắc Kinh khi nào?', id: 'vn-china-beijing-talks-nov-2019', lang: 'vi', reason: 'the 26–28/11/2019 trip, not what was agreed there' },
  { q: 'ASEAN có bao nhiêu binh sĩ gìn giữ hòa bình LHQ?', id: 'asean-un-summit-11-asean-peacekeepers', lang: 'vi', reason: 'nearly 5,000 peacekeepers; LHQ is the UN' },
  { q: 'Hội nghị Cấp cao ASEAN-LHQ lần thứ 10 tổ chức ở đâu?', id: 'asean-un-summit-10-on-aured', lang: 'vi', reason: 'the 10th summit (Bangkok), not the 11th' },
  { q: 'Những nước nào đại diện ASEAN tại HĐBA?', id: 'asean-un-summit-11-indonesia-vietnam-unsc', lang: 'vi', reason: 'Indonesia and Viet Nam on the Security Council (HĐBA), not Viet Nam\'s UNSC pledge' },
  { q: 'ĐHĐ LHQ thông qua nghị quyết ASEAN-LHQ vào ngày nào?', id: 'asean-un-resolution-2020-adopted', lang: 'vi', reason: 'the adoption date 23/11/2020, not how often the resolution is adopted' },
  { q: 'Diễn đàn khu vực ARF thông qua kế hoạch gì ở Hà Nội?', id: 'arf-hanoi-plan-of-action-ii', lang: 'vi', reason: 'the ARF Ha Noi Plan of Action II, not the EAS Ha Noi Declaration' },
  { q: 'Tuyên bố Hà Nội kỷ niệm 15 năm EAS được thông qua ở hội nghị nào?', id: 'amm53-key-documents', lang: 'vi', reason: 'the EAS 15th-anniversary declaration is among AMM 53\'s key documents' },
  { q: 'LHQ hỗ trợ khung phục hồi ASEAN như thế nào?', id: 'asean-un-summit-11-un-support-recovery-framework', lang: 'vi', reason: 'UN support for the recovery framework, not the SOM\'s draft comments' },
  { q: 'ai chu tri som thang 10', id: 'som-oct-2020-chair-and-date', lang: 'vi', reason: '"tháng 10" is the month of the October 2020 SOM, not a figure any SOM fact must state' },
  { q: 'Where did the SOM meet in March 2019?', id: 'som-2019-chiang-rai-dates-venue', lang: 'en', reason: 'the date reaches twenty facts of that SOM; "SOM" and the venue asked pick Chiang Rai among them' },
  { q: 'Nước nào chủ trì soạn thảo nghị quyết ASEAN - LHQ 2020?', id: 'asean-un-resolution-2020-vietnam-drafter', lang: 'vi', reason: 'which country asks who, and the drafter fact gives the country in that part (Viet Nam)' },
  { q: 'Who lauded Viet Nam at the 11th ASEAN-UN Summit?', id: 'asean-un-summit-11-guterres-praises-vietnam', lang: 'en', reason: '"lauded" names the part the fact declares as "praised" (ROLE_GROUPS), so the who-question reaches it' },
  { q: 'Which country staged the ASEAN-Japan Day in 2019?', id: 'som-2019-asean-japan-day', lang: 'en', reason: '"staged" names the part the fact declares as "hosted"' },
  { q: 'Hội nghị Cấp cao ASEAN - LHQ ở Bangkok năm 2019 là lần mấy?', id: 'asean-un-summit-10-on-aured', lang: 'vi', reason: '"lần mấy" asks which edition (the 10th), not how many of something' },
  { q: 'Ai dẫn đầu đoàn Việt Nam tại SOM Chiang Rai?', id: 'som-2019-vietnam-head-of-delegation', lang: 'vi', reason: 'head of delegation in Chiang Rai, not the venue fact' },
  // Vietnamese without diacritics
  { q: 'bao nhieu doan tham gia amm 53', id: 'amm53-delegations', lang: 'vi', reason: '27 delegations, not the list of participants' },
  { q: 'nghi quyet asean lhq nam 2020 duoc bao nhieu nuoc dong bao tro', id: 'asean-un-resolution-2020-cosponsors', lang: 'vi', reason: 'unaccented "dong bao tro" still means co-sponsors' },
  { q: 'dam phan coc bat dau khi nao', id: 'coc-negotiation-start-first-reading', lang: 'vi', reason: 'start of COC talks, not Viet Nam\'s 2020 push' },
  { q: 'Co bao nhieu chuyen gia du AURED 7?', id: 'aured7-experts-count', lang: 'vi', reason: 'more than 80 experts, not the named participants' },
  { q: 'Trieu Tien co cu ai du AMM 53 khong', id: 'amm53-dprk-embassy-attends', lang: 'vi', reason: 'North Korea sent an embassy representative' },
  { q: 'Viet Nam cam ket gi voi tu cach uy vien HDBA tai AURED', id: 'aured7-vietnam-unsc-commitment', lang: 'vi', reason: 'unaccented HDBA: Viet Nam\'s pledge as UNSC member at AURED' },
  { q: 'dhd lhq thong qua nghi quyet asean lhq ngay nao', id: 'asean-un-resolution-2020-adopted', lang: 'vi', reason: 'unaccented ĐHĐ/LHQ acronyms plus a when-question' },
  { q: 'ai dan dau doan viet nam du som chiang rai', id: 'som-2019-vietnam-head-of-delegation', lang: 'vi', reason: 'who led the delegation, all lowercase and unaccented' },
  { q: 'Guterres noi gi ve vai tro trung tam cua ASEAN', id: 'asean-un-summit-11-guterres-asean-centrality', lang: 'vi', reason: 'Guterres on ASEAN centrality, not his praise of Viet Nam' },
  { q: 'Hoi nghi cap cao ASEAN 2020 to chuc thang may', id: 'asean2020-summits-timing', lang: 'vi', reason: 'April and November 2020 summits, not ASEAN-UN summits' },
  { q: 'Cuoc hop COC o Da Lat dat ket qua gi', id: 'coc-dalat-second-round', lang: 'vi', reason: 'the Da Lat meeting, not the start of COC talks' },
  { q: 'Khaled Khiari noi gi ve AIPR', id: 'aured7-khiari-aipr-role', lang: 'vi', reason: 'Khiari on the AIPR\'s role, not the UN\'s commitments' },
  { q: 'Nghi quyet ASEAN LHQ 2020 lap ky luc gi', id: 'asean-un-resolution-2020-three-records', lang: 'vi', reason: 'the three records, not just the co-sponsor count' },
  { q: 'PTTg Phạm Bình Minh chủ trì hội nghị nào?', id: 'amm53-chair', lang: 'vi', reason: 'PTTg, as the press abbreviates Phó Thủ tướng, is the chair\'s office' },
  { q: 'thuong luong COC bat dau khi nao', id: 'coc-negotiation-start-first-reading', lang: 'vi', reason: '"thương lượng" is a synonym of the table\'s "đàm phán", and names the event asked when' },
  { q: 'Đại hội đồng LHQ khóa mấy thông qua nghị quyết ASEAN-LHQ năm 2020?', id: 'asean-un-resolution-2020-adopted', lang: 'vi', reason: 'which session is the ordinal the adoption fact names ("khóa 75"), not a count' },
  { q: 'dai hoi dong lhq khoa may thong qua nghi quyet asean lhq 2020', id: 'asean-un-resolution-2020-adopted', lang: 'vi', reason: 'the same ordinal question, unaccented and telegraphic' },
  { q: 'eamf la dien dan nao', id: 'term-eamf', lang: 'vi', reason: 'a definition asked as which forum the acronym is, unaccented' },
  { q: 'ten day du cua aipr', id: 'term-aipr', lang: 'vi', reason: 'the full name of an acronym is its definition, not a person\'s name' },
  // English
  { q: 'Who was the FM chairing AMM 53?', id: 'amm53-chair', lang: 'en', reason: 'FM is the foreign minister: the chair, not the deputy who briefed the press' },
  { q: 'Which delegation did the DFM lead to the Chiang Rai SOM?', id: 'som-2019-vietnam-head-of-delegation', lang: 'en', reason: 'DFM is the deputy foreign minister who led Viet Nam\'s delegation' },
  { q: 'What body is UNCLOS short for?', id: 'term-unclos', lang: 'en', reason: 'a definition asked through the kind of thing the acronym names' },
  { q: "Who chaired the 53rd ASEAN Foreign Ministers' Meeting?", id: 'amm53-chair', lang: 'en', reason: 'AMM 53 spelled out as an ordinal and full name' },
  { q: 'How many countries co-sponsored the ASEAN-UN resolution in 2020?', id: 'asean-un-resolution-2020-cosponsors', lang: 'en', reason: '110 co-sponsors' },
  { q: 'Who presented the ASEAN-UN cooperation resolution to the General Assembly?', id: 'asean-un-resolution-2020-introduced-by-dang-dinh-quy', lang: 'en', reason: '"presented" paraphrases "introduced"' },
  { q: 'Where was the March 2019 ASEAN SOM held?', id: 'som-2019-chiang-rai-dates-venue', lang: 'en', reason: 'Chiang Rai venue, not the 3rd High-level Dialogue also in March 2019' },
  { q: 'Who chaired the October 2020 SOM?', id: 'som-oct-2020-chair-and-date', lang: 'en', reason: 'the October 2020 online SOM chair' },
  { q: 'How many experts attended AURED 7?', id: 'aured7-experts-count', lang: 'en', reason: 'a count, not the participant list' },
  { q: 'Who gave the opening speech at the 7th AURED?', id: 'aured7-opening-speaker', lang: 'en', reason: 'the opening speaker, not the opening date' },
  { q: 'When did COC talks begin?', id: 'coc-negotiation-start-first-reading', lang: 'en', reason: 'March 2018' },
  { q: 'When did Le Hoai Trung go to Beijing?', id: 'vn-china-beijing-talks-nov-2019', lang: 'en', reason: 'the dates of the Beijing talks' },
  { q: 'How many meetings would Vietnam host in 2020 as ASEAN chair?', id: 'asean2020-meetings-count', lang: 'en', reason: '300 meetings, not the 20 under AMM 53' },
  { q: 'Who spoke at the opening of AMM 53?', id: 'amm53-pm-opening-speech', lang: 'en', reason: 'Prime Minister Nguyen Xuan Phuc opened it; the chair is someone else' },
  { q: 'Where was the 10th ASEAN-UN Summit held?', id: 'asean-un-summit-10-on-aured', lang: 'en', reason: 'Bangkok, the 10th and not the 11th summit' },
  { q: 'Which edition of the ASEAN-UN Summit took place in November 2020?', id: 'asean-un-summit-11-guterres-asean-centrality', lang: 'en', reason: 'which edition: the 11th summit, named with its ordinal by the November 2020 fact' },
  { q: "What did Guterres say about ASEAN's central role?", id: 'asean-un-summit-11-guterres-asean-centrality', lang: 'en', reason: '"central role" paraphrases centrality' },
  { q: 'How often is the ASEAN-UN resolution adopted?', id: 'asean-un-resolution-biennial-since-2002', lang: 'en', reason: 'every two years since 2002' },
  { q: 'Which country was set to join the TAC in 2019?', id: 'som-2019-tac-peru-south-africa', lang: 'en', reason: 'Peru\'s accession, not the definition of the TAC' },
  { q: 'When did the ASEAN SOM meet to prepare AMM 53?', id: 'amm53-som-preparatory-meeting', lang: 'en', reason: 'the SOM on the morning of 7/9/2020, not AMM 53 itself' },
  { q: 'How much time did Vietnam get to negotiate the ASEAN-UN resolution?', id: 'asean-un-resolution-2020-short-timeline', lang: 'en', reason: 'less than a month' },
  { q: 'Will Vietnam raise the East Sea at the Security Council?', id: 'south-china-sea-at-unsc-and-asean', lang: 'en', reason: 'East Sea is the South China Sea; not the list of five issues' },
  { q: 'ARF Ha Noi Plan of Action II covers which period?', id: 'arf-hanoi-plan-of-action-ii', lang: 'en', reason: '2020–2025, the ARF plan not ASEAN-partner plans' },
  { q: 'When did AMM-53 take place?', id: 'amm53-dates-online', lang: 'en', reason: 'hyphenated AMM-53; the dates, not the participants' },
  { q: 'Who hosted the Indo-Pacific session in Chiang Rai?', id: 'som-2019-indo-pacific-session', lang: 'en', reason: 'Thailand hosted the session; not the principles agreed in it' },
  { q: 'Which ministry announced that the UN General Assembly adopted the ASEAN-UN resolution?', id: 'asean-un-resolution-2020-mofa-announcement', lang: 'en', reason: 'who announced the adoption (Viet Nam\'s Foreign Ministry), not the adoption itself' },
  // Typos
  { q: 'Who chared AMM 53?', id: 'amm53-chair', lang: 'en', reason: '"chared" is "chaired"' },
  { q: 'Whoo chaired the AMM53?', id: 'amm53-chair', lang: 'en', reason: '"AMM53" glued, plus a typo in the question word' },
  { q: 'How many delegatons atended AMM 53?', id: 'amm53-delegations', lang: 'en', reason: 'two misspellings' },
  { q: 'Who opend the 7th AURED?', id: 'aured7-opening-speaker', lang: 'en', reason: '"opend" is "opened"' },
  { q: 'How many co-sponsers did the 2020 ASEAN-UN resolution have?', id: 'asean-un-resolution-2020-cosponsors', lang: 'en', reason: '"co-sponsers" is "co-sponsors"' },
  { q: 'Khaled Khiary said what about the AIPR?', id: 'aured7-khiari-aipr-role', lang: 'en', reason: 'a misspelt name' },
  { q: 'AMM 53 do ai chủ tri', id: 'amm53-chair', lang: 'vi', reason: 'accents typed on one word only' },
  // Dates
  { q: 'Ngày 23/11/2020 có sự kiện gì?', id: 'asean-un-resolution-2020-adopted', lang: 'vi', reason: 'the adoption itself is the event of that day' },
  { q: 'What happened on 23 November 2020?', id: 'asean-un-resolution-2020-adopted', lang: 'en', reason: 'the same date in English words' },
  { q: 'What happened on 3 December 2019?', id: 'aured7-dialogue-opening', lang: 'en', reason: 'AURED 7 opened that day' },
  { q: 'Ngày 18/11/2019 có sự kiện gì?', id: 'asean2020-press-conference', lang: 'vi', reason: 'the press conference is the event; the COC remarks were made at it' },
  { q: 'Sự kiện nào diễn ra ngày 29/3/2019?', id: 'som-2019-complementarities-dialogue', lang: 'vi', reason: 'the only fact dated 29/3/2019' },
  { q: 'When did the 7th AURED open in Hanoi?', id: 'aured7-dialogue-opening', lang: 'en', reason: 'the opening date, not the opening speaker' },
  // Which office someone holds
  { q: 'Nguyen Quoc Dung held what post in 2019?', id: 'som-2019-vietnam-head-of-delegation', lang: 'en', reason: 'an office asked: a fact stating his 2019 office, not one that only quotes him' },
  { q: 'Ông Lim Jock Hoi giữ cương vị gì?', id: 'aured7-participants', lang: 'vi', reason: 'the fact stating his office (ASEAN Secretary-General) and its definition agree, so they do not compete' },
  // Glossary definitions
  { q: 'COC là gì?', id: 'term-coc', lang: 'vi', reason: 'a definition, not a COC negotiation fact' },
  { q: 'What does AICHR stand for?', id: 'term-aichr', lang: 'en', reason: 'a definition, not the AMM 53 AICHR dialogue' },
  { q: 'ARF là gì?', id: 'term-arf', lang: 'vi', reason: 'a definition, not the ARF plan of action' },
  { q: 'What is the EAS?', id: 'term-eas', lang: 'en', reason: 'a definition' },
  { q: 'EAS la gi', id: 'term-eas', lang: 'vi', reason: 'a definition asked without accents' },
  { q: 'HĐBA là gì?', id: 'term-unsc', lang: 'vi', reason: 'HĐBA is the Security Council' },
  { q: 'LHQ là gì?', id: 'term-un', lang: 'vi', reason: 'LHQ is the United Nations' },
  { q: 'ĐHĐ là gì', id: 'term-unga', lang: 'vi', reason: 'ĐHĐ is the General Assembly' },
  { q: 'SOM là gì?', id: 'term-som', lang: 'vi', reason: 'the SOM, not the SOM Leader' },
  { q: 'What does UNCLOS mean?', id: 'term-unclos', lang: 'en', reason: '"what does X mean" asks for a definition' },
  { q: 'Khung phục hồi tổng thể ASEAN là gì?', id: 'term-acrf', lang: 'vi', reason: 'the ACRF by its Vietnamese name' },
  { q: 'Ủy ban Quốc gia ASEAN là gì', id: 'term-asean-national-committee', lang: 'vi', reason: 'the National ASEAN Committee, not the press conference its Secretary-General gave' },
];

let engine: Engine;

beforeAll(() => {
  engine = createEngine(loadFacts({ dir: 'facts' }));
});

describe('golden ranking', () => {
  it('answers at least nine golden questions in ten outright', () => {
    const answered = GOLDEN.filter((g) => engine.ask(g.q).answered).length;
    expect(answered / GOLDEN.length).toBeGreaterThanOrEqual(0.9);
  });

  it('reads a demonym as the country it names ("the Vietnamese side" is Viet Nam, which the fact names)', () => {
    for (const q of ['Who did the Vietnamese Deputy Foreign Minister meet in Beijing?', 'Which Chinese official met Le Hoai Trung?']) {
      const a = engine.ask(q);
      expect(a.answered).toBe(true);
      expect(a.facts[0]?.id).toBe('vn-china-beijing-talks-nov-2019');
    }
  });

  it('reads "under whose chairmanship" as asking who chaired (the chair\'s part, ROLE_GROUPS)', () => {
    const pinned: [string, string][] = [
      ['Under whose chairmanship did ASEAN senior officials meet online in October 2020?', 'som-oct-2020-chair-and-date'],
      ['Under whose chairmanship was AMM 53 held?', 'amm53-chair'],
    ];
    for (const [q, id] of pinned) {
      const a = engine.ask(q);
      expect(a.answered).toBe(true);
      expect(a.facts[0]?.id).toBe(id);
    }
  });

  it('answers the kinds a fact declares it gives: an applicant (who) and a count of its own (how many)', () => {
    // Its `gives` once left these out though the answers state them; the kind gate then refused the right fact.
    const applicant = engine.ask('Which country was applying to join ASEAN in 2019?');
    expect(applicant.answered && applicant.facts[0]?.id).toBe('som-2019-timor-leste-application');
    const count = engine.ask('Mấy nước ASEAN ngồi ở HĐBA năm 2020?');
    expect(count.answered && count.facts[0]?.id).toBe('asean-un-summit-11-indonesia-vietnam-unsc');
    // The fact dates the SOM that discussed the application, not the application: asked when, it does not answer.
    expect(engine.ask('Timor Leste xin gia nhập ASEAN khi nào?').answered).toBe(false);
  });

  it('answers who only in a part the answer says its people played (roles), not in one merely near it', () => {
    // The roles once named the mission itself and a chair the article never mentions, so these passed the who gate.
    const sent = engine.ask('Which ASEAN bodies would go on the fact-finding mission to Timor Leste?');
    expect(sent.answered && sent.facts[0]?.id).toBe('som-2019-timor-leste-fact-finding-mission');
    const led = engine.ask("Who headed ASEAN's fact-finding team for Timor Leste?");
    expect(led.facts.map((f) => f.id)).not.toContain('som-2019-timor-leste-fact-finding-mission');
    const spoke = engine.ask('Ai phát biểu tại họp báo quốc tế về năm Chủ tịch ASEAN 2020?');
    expect(spoke.answered && spoke.facts[0]?.id).toBe('asean2020-press-conference');
    const chaired = engine.ask("Who chaired the international press conference on Vietnam's 2020 ASEAN Chair year?");
    expect(chaired.facts.map((f) => f.id)).not.toContain('asean2020-press-conference');
  });

  it('answers who a person is with a fact stating the office they hold, as it answers which office they hold', () => {
    // "X là ai?" naming only a person reads as "X giữ chức vụ gì?": the answer says what they are.
    for (const [q, office] of [
      ['Who is Dang Dinh Quy?', 'ambassador'],
      ['Khaled Khiari là ai?', 'tro ly tong thu ky'],
      ['who is Guterres', 'secretary-general'],
      // An office noun asked of the person alone asks the same.
      ["What is Dang Dinh Quy's position?", 'ambassador'],
      ['Chức vụ của ông Khaled Khiari là gì?', 'tro ly tong thu ky'],
    ] as const) {
      const answer = engine.ask(q);
      expect(answer.answered, q).toBe(true);
      expect(fold(answer.facts[0]!.answer), q).toContain(fold(office));
    }
    // A person the table does not name, or an office asked of nobody named, is not read so.
    expect(engine.ask('Who is Shinzo Abe?').answered).toBe(false);
    expect(engine.ask('Who is the foreign minister of Peru?').answered).toBe(false);
  });

  it('answers who holds an office only a person holds with a fact naming that person, not one naming the office alone', () => {
    // The 10th summit's fact names the UN Secretary-General without his name: no rival answer to who holds it.
    for (const q of ['Who is the UN Secretary-General?', 'Ai là Tổng Thư ký Liên Hợp Quốc?']) {
      const a = engine.ask(q);
      expect(a.answered, q).toBe(true);
      expect(fold(a.facts[0]!.answer), q).toContain('guterres');
    }
  });

  it.each([
    // Each was refused before its reading was mended (the right fact only suggested).
    ['What body is the AIPR?', 'term-aipr', '"what <kind of thing> is X" asks its definition, as "X là cơ quan gì?" does'],
    ['What does AICHR refer to?', 'term-aichr', '"refer to" asks what an acronym stands for, as "refers to" does'],
    ['What does the ASEAN-UN resolution say about COVID-19?', 'asean-un-resolution-2020-cooperation-areas', 'a verb of saying asks what the text states, not what the resolution is'],
    ['How many nations backed the ASEAN-UN resolution as co-sponsors?', 'asean-un-resolution-2020-cosponsors', '"nations" counts countries as such; "co-sponsors" says as what'],
  ])('answers %j with %s: %s', (q, id) => {
    const a = engine.ask(q);
    expect(a.answered && a.facts[0]?.id).toBe(id);
  });

  it('reads American spellings as the table\'s British ones: the same answer, as sure', () => {
    // A word ("dialog") and a glossary name ("dialog partners") spelt the American way.
    const pairs = [
      ['Who gave the opening speech at the Hanoi dialog on ASEAN-UN political-security cooperation?', 'Who gave the opening speech at the Hanoi dialogue on ASEAN-UN political-security cooperation?'],
      ['Which countries count as ASEAN dialog partners?', 'Which countries count as ASEAN dialogue partners?'],
    ] as const;
    for (const [american, british] of pairs) {
      const a = engine.ask(american);
      const b = engine.ask(british);
      expect(a.answered).toBe(b.answered);
      expect(a.confidence).toBe(b.confidence);
      expect(a.answered ? a.facts[0]?.id : a.suggestions[0]?.id).toBe(b.answered ? b.facts[0]?.id : b.suggestions[0]?.id);
    }
    expect(engine.ask(pairs[0][0]).facts[0]?.id).toBe('aured7-opening-speaker');
  });

  // Glossary terms are exempt: their questions are the generated "X là gì?" / "What is X?" forms users type anyway.
  it('pins only facts that exist, with the users\' own phrasing rather than the curated questions', () => {
    const key = (q: string) => fold(q).replace(/[^a-z0-9]+/g, ' ').trim();
    const missing = GOLDEN.filter((g) => !engine.table.byId.has(g.id)).map((g) => g.id);
    const copied = GOLDEN.filter((g) => {
      const f = engine.table.byId.get(g.id);
      return !!f && f.kind === 'fact' && [...f.questions.vi, ...f.questions.en].some((c) => key(c) === key(g.q));
    }).map((g) => g.q);
    expect(missing).toEqual([]);
    expect(copied).toEqual([]);
  });

  // Each question ranks its fact first (answering it, or offering it first when unsure); most are answered outright.
  it.each(GOLDEN)('$q → $id', ({ q, id, lang }) => {
    const a = engine.ask(q);
    expect(a.language).toBe(lang);
    expect(a.answered ? a.facts[0]?.id : a.suggestions[0]?.id).toBe(id);
    if (!a.answered) return;
    // A definition no article states is background and cites none; every other answer cites its article in full
    // (an outlet the page does not name is null, and the citation says so).
    const fact = a.facts[0]!;
    expect(fact.background).toBe(fact.sources.length === 0);
    for (const src of fact.sources) {
      expect(src.outlet === null || src.outlet.length > 0).toBe(true);
      expect(src.title).toBeTruthy();
      expect(src.published).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
      expect(src.article).toMatch(/\.txt$/);
    }
  });
});
