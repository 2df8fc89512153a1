// Retrieve, re-rank and decide on the real fact table: leaving a question out, the features' evidence, who may answer.
import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../src/engine/create-engine.js';
import type { Engine } from '../src/engine/Engine.js';
import { RANK_FEATURES } from '../src/engine/features.js';
import { canAnswer } from '../src/engine/decide.js';
import { agreeOn, NOTHING_ASKED, shareOffice } from '../src/engine/values.js';
import { shortfall } from '../src/engine/unnamed-values.js';
import { fitLogistic, logit } from '../src/engine/logistic.js';
import { FITTED_MODEL } from '../src/engine/model.js';
import { ANSWER_FEATURES } from '../src/engine/features.js';
import { loadFacts } from '../src/facts/load-facts.js';
import { buildFactTable } from '../src/facts/fact-table.js';
import type { Fact, ValueKind } from '../src/facts/schema.js';

let engine: Engine;
const feature = (f: number[], name: (typeof RANK_FEATURES)[number]) => f[RANK_FEATURES.indexOf(name)]!;
const idOf = (fact: number) => engine.index.facts[fact]!.id;
const factNumber = (id: string) => engine.index.facts.findIndex((f) => f.id === id);
/** The one source of the small tables built to check one rule. */
const SMALL_SOURCE = { id: 's', title: 't', outlet: 'o', published: { value: '2020-10-07', precision: 'day' as const, inferred: false }, article: 'a.txt' };
/** A fact of a small table that only states its answer (the same text in both languages). */
const fact = (id: string, answer: string): Fact => ({
  id, sources: ['s'], answer: { vi: answer, en: answer }, questions: { vi: [], en: [] }, gives: [], entities: [], tags: [],
});
/** kindMissing of one fact of a small table, for a question. */
const kindMissingOf = (small: Engine, id: string) => (q: string) =>
  feature(small.rank(q).ranked.find((r) => small.index.facts[r.fact]!.id === id)!.features, 'kindMissing');

beforeAll(() => {
  engine = createEngine(loadFacts({ dir: 'facts' }));
});

describe('analyse', () => {
  it('finds a name of several words through a misspelt word, as retrieval finds a single one', () => {
    const concepts = (q: string) => engine.rank(q).query.analysis.concepts.map((c) => c.term);
    expect(concepts('what is the asean travle corridor')).toContain('@term-asean-travel-corridor');
    // A word the table knows is never "corrected" into a name.
    expect(concepts('what is the asean travel plan')).not.toContain('@term-asean-travel-corridor');
  });

  it('reads the short titles reporters write (ASG, Sec-Gen, SG) as the offices they name', () => {
    const concepts = (q: string) => engine.rank(q).query.analysis.concepts.map((c) => c.term);
    expect(concepts('What did ASG Khiari say in Hanoi?')).toContain('@title-un-assistant-secretary-general');
    expect(concepts('ASEAN Sec-Gen name?')).toContain('@term-asean-secretary-general');
    expect(concepts('UN SG Guterres praised whom?')).toContain('@term-un-secretary-general');
    expect(concepts('Indo có ghế ở HĐBA không?')).toContain('@country-indonesia');
    expect(concepts('Amb. Dang Dinh Quy introduced which resolution?')).toContain('@title-ambassador');
  });

  it('reads an acronym typed in lowercase as its term, though curated questions and tags write it so too', () => {
    const concepts = (q: string) => engine.rank(q).query.analysis.concepts.map((c) => c.term);
    // "aichr" is a tag and is typed lowercase in a curated question; neither makes it an ordinary word.
    expect(concepts('aichr thanh lap nam nao')).toContain('@term-aichr');
    expect(engine.table.facts.some((f) => f.tags.includes('aichr'))).toBe(true);
  });

  it('gives a definition only of its own term', () => {
    const { ranked } = engine.rank('What kind of organisation is ASEAN?');
    const kindGiven = (id: string) => feature(ranked.find((r) => idOf(r.fact) === id)!.features, 'kindGiven');
    expect(kindGiven('term-asean')).toBe(1);
    expect(kindGiven('term-un')).toBe(0);
  });

  it("counts the words of a name the table's entities hold as specifics, however typed", () => {
    const specificWords = (q: string) => {
      const { query } = engine.rank(q);
      return query.units.filter((u) => u.specific).map((u) => query.analysis.tokens[u.token]!.folded);
    };
    expect(specificWords('what did the network of asean associations do')).toEqual(expect.arrayContaining(['network', 'associations']));
    // The same words outside a name describe.
    expect(specificWords('which associations joined the network')).toEqual([]);
  });

  it('weighs a name spelt out as one word in retrieval, as its acronym', () => {
    const weightOf = (q: string, words: string[]) => {
      const { query } = engine.rank(q);
      const ids = words.map((w) => engine.index.termIds.get(w));
      return query.terms.filter((t) => ids.includes(t.id)).reduce((s, t) => s + t.weight, 0);
    };
    expect(weightOf('Did the Association of Southeast Asian Nations meet?', ['association', 'of', 'southeast', 'asian', 'nation'])).toBeCloseTo(1, 5);
    // Outside a name, each word weighs one.
    expect(weightOf('Did the nations meet in the southeast?', ['southeast', 'nation'])).toBe(2);
  });

  it('reads a definition asked in other words when the rest of the question is the term', () => {
    for (const q of ['What is meant by preventive diplomacy?', 'định nghĩa ngoại giao phòng ngừa', 'define preventive diplomacy']) {
      expect(engine.rank(q).query.analysis.types.has('whatIs')).toBe(true);
    }
    expect(engine.rank('What is meant by preventive diplomacy in the AURED proposals?').query.analysis.types.has('whatIs')).toBe(false);
  });

  it('answers a definition asked as which kind of thing an acronym names, or by its full name', () => {
    for (const [q, id] of [['eamf la dien dan nao', 'term-eamf'], ['ten day du cua aipr', 'term-aipr'], ['What body is UNCLOS short for?', 'term-unclos']] as const) {
      const a = engine.ask(q);
      expect(a.answered).toBe(true);
      expect(a.facts[0]?.id).toBe(id);
    }
  });
});

describe('retrieve', () => {
  it('orders the facts a rare word reaches by the common words too, and reaches no fact by a common word alone', () => {
    // "ASEAN" is in most facts: common. Two of them name Chiang Rai; only one of those is about ASEAN.
    const facts = [
      fact('talks', 'Talks in Chiang Rai on trade and fishing quotas, Chiang Rai officials said.'),
      fact('som', 'The ASEAN SOM met in Chiang Rai.'),
      ...Array.from({ length: 6 }, (_, k) => fact(`asean-${k}`, `ASEAN item number ${k} on trade.`)),
    ];
    const small = createEngine(buildFactTable([SMALL_SOURCE], facts, []));
    const retrieval = (q: string) => new Map(small.rank(q).ranked.map((r) => [small.index.facts[r.fact]!.id, r.retrieval]));
    const withCommon = retrieval('ASEAN meeting in Chiang Rai');
    const without = retrieval('meeting in Chiang Rai');
    // Only the facts "Chiang Rai" reaches; "ASEAN" adds to the one that holds it, and reaches none by itself.
    expect([...withCommon.keys()].sort()).toEqual(['som', 'talks']);
    expect(withCommon.get('som')!).toBeGreaterThan(without.get('som')!);
    expect(withCommon.get('talks')).toBe(without.get('talks'));
  });

  it('reaches the facts holding a common word when the only rarer term is a synonym standing in for it', () => {
    // "meeting" is in most facts; its synonym "conference" is in one. The synonym must not decide alone what is reached.
    const facts = [
      fact('press', 'A press conference was held in Hanoi.'),
      ...Array.from({ length: 6 }, (_, k) => fact(`meeting-${k}`, `The meeting discussed trade item ${k}.`)),
    ];
    const small = createEngine(buildFactTable([SMALL_SOURCE], facts, []));
    const reached = small.rank('What did the meeting discuss?').ranked.map((r) => small.index.facts[r.fact]!.id);
    expect(reached.filter((id) => id.startsWith('meeting-')).length).toBeGreaterThan(0);
    // On the real table: the SOM spelt out finds its definition, as "What is SOM?" does.
    for (const q of ['What is the Senior Officials Meeting?', "What is ASEAN Senior Officials' Meeting?", 'What is SOM?']) {
      const a = engine.ask(q);
      expect(a.answered, q).toBe(true);
      expect(a.facts[0]?.id, q).toBe('term-som');
    }
  });

  it('finds a fact by a curated question, and still without that question (each is its own document)', () => {
    const fact = factNumber('amm53-chair');
    const first = engine.index.questionStart[fact]!;
    const text = engine.index.facts[fact]!.questions.vi[0]!;
    expect(engine.rank(text).ranked.map((r) => idOf(r.fact))).toContain('amm53-chair');
    const without = engine.rank(text, { questions: new Set([first]) });
    expect(without.ranked.map((r) => idOf(r.fact))).toContain('amm53-chair');
    // Left out, its own question no longer adds to the fact's retrieval score.
    const own = (r: typeof without) => r.ranked.find((x) => x.fact === fact)!;
    expect(own(without).retrieval).toBeLessThan(own(engine.rank(text)).retrieval);
  });

  it('counts a synonym of a word the fact holds, with less credit than the word itself', () => {
    const small = createEngine(buildFactTable([SMALL_SOURCE], [fact('coc', 'The COC negotiations resumed in Da Lat.'), fact('other', 'The COC was raised in Hanoi.')], []));
    const coverage = (q: string) => feature(small.rank(q).ranked.find((r) => small.index.facts[r.fact]!.id === 'coc')!.features, 'contentCoverage');
    const exact = coverage('COC negotiations resumed where?');
    const synonym = coverage('COC talks resumed where?');
    const unrelated = coverage('COC picnic resumed where?');
    expect(synonym).toBeGreaterThan(unrelated);
    expect(synonym).toBeLessThan(exact);
    // Vietnamese synonyms are two syllables together: "thương lượng" for "đàm phán".
    const vi = createEngine(buildFactTable([SMALL_SOURCE], [fact('coc', 'Đàm phán COC tiếp tục tại Đà Lạt.'), fact('other', 'COC được nêu tại Hà Nội.')], []));
    const viCoverage = (q: string) => feature(vi.rank(q).ranked.find((r) => vi.index.facts[r.fact]!.id === 'coc')!.features, 'contentCoverage');
    expect(viCoverage('thương lượng COC tiếp tục ở đâu?')).toBeGreaterThan(viCoverage('dã ngoại COC tiếp tục ở đâu?'));
    // A name written with a synonym names it: asked when, "thương lượng COC" names the event "đàm phán COC".
    const dated: Fact = {
      ...fact('start', 'Đàm phán COC bắt đầu tháng 3/2018.'), gives: ['when'], event: ['đàm phán COC', 'COC negotiations'],
      date: { value: '2018-03', precision: 'month', inferred: false }, questions: { vi: ['Đàm phán COC bắt đầu khi nào?', 'dam phan coc bat dau khi nao'], en: ['When did the COC negotiations start?'] },
    };
    const coc = { id: 'term-coc', acronyms: ['COC'], names: { vi: ['Bộ quy tắc ứng xử'], en: ['Code of Conduct'] }, sources: [], tags: [] };
    const kindMissing = kindMissingOf(createEngine(buildFactTable([SMALL_SOURCE], [dated], [coc])), 'start');
    expect(kindMissing('thương lượng COC bắt đầu khi nào?')).toBe(0);
    expect(kindMissing('When did the COC talks start?')).toBe(0);
    expect(kindMissing('dã ngoại COC bắt đầu khi nào?')).toBe(1);
  });

  it('acts as if the table did not hold the facts left out', () => {
    const fact = factNumber('amm53-chair');
    const { ranked, decision } = engine.rank('Who chaired AMM 53?', { facts: new Set([fact]) });
    expect(ranked.some((r) => r.fact === fact)).toBe(false);
    expect(decision.chosen?.fact).not.toBe(fact);
  });
});

describe('re-rank features', () => {
  it('measures a fact against its closest curated question, leaving out the one the evaluation leaves out', () => {
    const withQuestions = (id: string, answer: string, questions: string[]): Fact => ({ ...fact(id, answer), questions: { vi: [], en: questions } });
    const small = createEngine(buildFactTable([SMALL_SOURCE], [
      withQuestions('ship', 'The ship docked in Haiphong on Monday.', ['Where did the ship dock?', 'Which port did the ship reach?']),
      withQuestions('plane', 'The plane landed in Danang on Tuesday.', ['Where did the plane land?', 'When did the aircraft arrive?']),
    ], []));
    const q = 'Which port did the ship reach?';
    const ship = small.index.facts.findIndex((f) => f.id === 'ship');
    const coverage = (exclude?: Set<number>) => feature(small.rank(q, { questions: exclude }).ranked.find((r) => r.fact === ship)!.features, 'questionCoverage');
    expect(coverage()).toBe(1);
    // Left out, only "ship" of it is in the other curated question.
    const own = small.index.questionStart[ship]! + 1;
    const left = coverage(new Set([own]));
    expect(left).toBeGreaterThan(0);
    expect(left).toBeLessThan(0.7);
  });

  it('reads a Vietnamese syllable that forms a word the table writes with its neighbour as that word', () => {
    /** Content coverage of a fact of a small table whose facts only state their answers. */
    const coverageIn = (facts: Fact[]) => {
      const small = createEngine(buildFactTable([SMALL_SOURCE], facts, []));
      return (q: string, id: string) => feature(small.rank(q).ranked.find((r) => small.index.facts[r.fact]!.id === id)!.features, 'contentCoverage');
    };
    // "chủ" of "chủ trì" and "đề" of "vấn đề" are not the "chủ đề" (theme) asked for.
    const coverage = coverageIn([
      fact('theme', 'Chủ đề hội thảo năm 2019 là hỗ trợ AIPR.'),
      fact('chair', 'Ông Dũng chủ trì hội thảo năm 2019 và nêu vấn đề hợp tác.'),
      fact('theme-2020', 'Chủ đề năm 2020 là gắn kết và chủ động thích ứng.'),
    ]);
    for (const q of ['Hội thảo năm 2019 có chủ đề gì?', 'hoi thao nam 2019 co chu de gi']) {
      expect(coverage(q, 'theme')).toBe(1);
      expect(coverage(q, 'chair')).toBeLessThan(coverage(q, 'theme'));
      expect(coverage(q, 'chair')).toBeGreaterThan(0.5);
    }
    // Read alone, each syllable still counts in full ("chủ" asked alone is any "chủ").
    expect(coverage('hội thảo năm 2019 chủ trì', 'chair')).toBe(1);
    // A function syllable makes a word too: "mặt" of "có mặt" (attend) is not the "mặt" of "các mặt" (aspects).
    const attendCoverage = coverageIn([
      fact('attend', 'Ông Dũng có mặt ở Hà Nội năm 2019.'),
      fact('aspects', 'Ông Dũng nêu các mặt hợp tác ở Hà Nội năm 2019.'),
      fact('attend-2020', 'Bà Lan có mặt ở Hà Nội năm 2020.'),
    ]);
    for (const q of ['Ông Dũng có mặt ở Hà Nội năm 2019 không?', 'ong dung co mat o ha noi nam 2019 khong']) {
      expect(attendCoverage(q, 'aspects')).toBeLessThan(attendCoverage(q, 'attend'));
    }
  });

  it('tells a specific the fact lacks (a trap) from a descriptive word it lacks (other wording)', () => {
    const fact = factNumber('amm53-dates-online');
    const missing = (q: string) => feature(engine.rank(q).ranked.find((r) => r.fact === fact)!.features, 'specificsMissing');
    // Another meeting's name: part of what is asked is not held.
    expect(missing('Was AMM 53 held online like the Mekong-Lancang meeting?')).toBeGreaterThan(0);
    // Other words for what the fact says: every specific is held.
    expect(missing('Was AMM 53 convened virtually?')).toBe(0);
  });

  it('tells the fact a question is about from one that mentions its subject in passing', () => {
    // A fact about a senior officials' meeting that cites an (invented) 99th Summit in its answer only.
    const fact = (id: string, answer: string, questions: string[], gives: ValueKind[]): Fact => ({
      id, sources: ['s'], answer: { vi: answer, en: answer }, questions: { vi: questions, en: questions }, gives,
      date: { value: '2020-10-07', precision: 'day', inferred: false }, entities: [], tags: [],
    });
    const small = createEngine(buildFactTable(
      [{ id: 's', title: 't', outlet: 'o', published: { value: '2020-10-07', precision: 'day', inferred: false }, article: 'a.txt' }],
      [
        fact('som-position', 'The senior officials meeting of 7 October 2020 reaffirmed the position of the 99th Summit.', ['What did the senior officials meeting reaffirm?', 'Which position did the senior officials meeting restate?', 'What did senior officials say in October 2020?'], ['when']),
        fact('summit-dates', 'The 99th Summit was held on 7 October 2020.', ['When was the 99th Summit held?', 'What were the dates of the 99th Summit?', 'When did the 99th Summit take place?'], ['when']),
      ],
      [],
    ));
    const { ranked } = small.rank('When did the 99th Summit happen?');
    const by = (id: string) => ranked.find((r) => small.index.facts[r.fact]!.id === id)!;
    expect(feature(by('som-position').features, 'offSubject')).toBeGreaterThan(0.5);
    expect(feature(by('summit-dates').features, 'offSubject')).toBe(0);
    expect(feature(by('summit-dates').features, 'aboutShare')).toBeGreaterThan(feature(by('som-position').features, 'aboutShare'));
  });

  it('gives a date only for the event it names: a question about another meeting it cites is not answered by it', () => {
    const fact = (id: string, answer: string, questions: string[], event: string[]): Fact => ({
      id, sources: ['s'], answer: { vi: answer, en: answer }, questions: { vi: questions, en: questions }, gives: ['when'],
      date: { value: '2020-10-07', precision: 'day', inferred: false }, event, entities: [], tags: [],
    });
    const small = createEngine(buildFactTable(
      [SMALL_SOURCE],
      [fact('som-position', 'The senior officials meeting of 7 October 2020 reaffirmed the position of the 99th Summit.', ['When did senior officials reaffirm the 99th Summit position?', 'What did the senior officials meeting reaffirm?', 'What did senior officials say in October 2020?'], ['senior officials meeting', 'senior officials', 'SOM'])],
      [{ id: 'term-som', acronyms: ['SOM'], names: { vi: ['Hội nghị Quan chức Cao cấp'], en: ["Senior Officials' Meeting"] }, sources: [], tags: [] }],
    ));
    const kindMissing = kindMissingOf(small, 'som-position');
    expect(kindMissing('When was the 99th Summit held?')).toBe(1);
    expect(kindMissing('When did the senior officials reaffirm the 99th Summit position?')).toBe(0);
    // The glossary concept the name is, in another of its forms, and the fact's own date both name the event.
    expect(kindMissing('When did the Senior Officials Meeting reaffirm the 99th Summit position?')).toBe(0);
    expect(kindMissing('What was reaffirmed on 7 October 2020 about the 99th Summit, and when?')).toBe(0);
    // A name's words in another order still name it; one of them missing does not.
    expect(kindMissing('When did the officials, senior ones, meet to reaffirm the 99th Summit position?')).toBe(0);
    expect(kindMissing('When did senior diplomats reaffirm the 99th Summit position?')).toBe(1);
  });

  it('answers which edition with the fact naming the thing with its ordinal, and a count only with a count', () => {
    const summit: Fact = {
      ...fact('summit', 'Hội nghị Cấp cao lần thứ 99 họp ngày 7/10/2020.'),
      questions: { vi: ['Hội nghị Cấp cao lần thứ 99 họp khi nào?'], en: [] }, gives: ['when'], event: ['Hội nghị Cấp cao lần thứ 99'],
      entities: [{ name: 'Hội nghị Cấp cao lần thứ 99', kind: 'meeting', aliases: ['99th Leaders Summit'] }],
    };
    const count: Fact = {
      ...fact('count', 'Năm 2020 có 3 hội nghị cấp cao.'),
      questions: { vi: ['Năm 2020 có bao nhiêu hội nghị cấp cao?'], en: [] }, gives: ['howMany'], counts: ['hội nghị cấp cao', 'summits'],
      entities: [{ name: 'Hội nghị PMC+1', kind: 'meeting', aliases: [] }],
    };
    const small = createEngine(buildFactTable([SMALL_SOURCE], [summit, count], []));
    const kindMissing = (id: string) => kindMissingOf(small, id);
    expect(kindMissing('summit')('Hội nghị Cấp cao lần thứ mấy họp ngày 7/10/2020?')).toBe(0);
    expect(kindMissing('summit')('Which edition of the Leaders Summit met on 7 October 2020?')).toBe(0);
    expect(kindMissing('count')('Hội nghị Cấp cao lần thứ mấy họp ngày 7/10/2020?')).toBe(1);
    // Its ordinal stated, the question asks the edition of something else met with it.
    expect(kindMissing('summit')('Diễn đàn lần thứ mấy họp cùng Hội nghị Cấp cao lần thứ 99?')).toBe(1);
    // "PMC+1" is ASEAN and one partner, not an edition.
    expect(kindMissing('count')('Hội nghị PMC lần thứ mấy họp năm 2020?')).toBe(1);
    // The edition of another year: the fact (from 2020) does not say which that was.
    expect(kindMissing('summit')('Hội nghị Cấp cao năm 2020 là lần thứ mấy?')).toBe(0);
    expect(kindMissing('summit')('Hội nghị Cấp cao năm 2025 là lần thứ mấy?')).toBe(1);
    // Asked how many, the ordinal is not a count.
    expect(kindMissing('count')('Có bao nhiêu hội nghị cấp cao năm 2020?')).toBe(0);
    expect(kindMissing('summit')('Có bao nhiêu hội nghị cấp cao năm 2020?')).toBe(1);
  });

  it('gives who only in the part it names: a question about another part is not answered by it', () => {
    const spoke: Fact = {
      id: 'summit-speaker', sources: ['s'], answer: { vi: 'Ông A phát biểu tại Hội nghị 99.', en: 'Mr A spoke at the 99th Summit.' },
      questions: { vi: ['Ai phát biểu tại Hội nghị 99?', 'Hội nghị 99 có ai phát biểu?'], en: ['Who spoke at the 99th Summit?'] },
      gives: ['who'], roles: ['phát biểu', 'spoke', 'speaker', 'addressed'], entities: [{ name: 'A', kind: 'person', aliases: [] }], tags: [],
    };
    const kindMissing = kindMissingOf(createEngine(buildFactTable([SMALL_SOURCE], [spoke], [])), 'summit-speaker');
    expect(kindMissing('Who chaired the 99th Summit?')).toBe(1);
    expect(kindMissing('Ai chủ trì Hội nghị 99?')).toBe(1);
    // The part in another form (English words are matched by stem), and typed without accents.
    expect(kindMissing('Who addresses the 99th Summit?')).toBe(0);
    expect(kindMissing('ai phat bieu tai hoi nghi 99')).toBe(0);
  });

  it('gives who in its part only for its own event: the chair of a press conference on a summit is not the summit\'s chair', () => {
    const pressConference: Fact = {
      id: 'press-conference', sources: ['s'], answer: { vi: 'Thứ trưởng A chủ trì họp báo về Hội nghị 99.', en: 'Deputy Minister A chaired a press conference on the 99th Summit.' },
      questions: { vi: ['Ai chủ trì họp báo về Hội nghị 99?', 'Họp báo về Hội nghị 99 do ai chủ trì?'], en: ['Who chaired the press conference on the 99th Summit?'] },
      gives: ['who'], event: ['họp báo về Hội nghị 99', 'press conference on the 99th Summit'], roles: ['chủ trì', 'chaired'],
      titles: ['Thứ trưởng Bộ Ngoại giao', 'Deputy Minister'], entities: [{ name: 'A', kind: 'person', aliases: [] }], tags: [],
    };
    const summit: Fact = {
      id: 'summit-dates', sources: ['s'], answer: { vi: 'Hội nghị 99 họp ngày 9/10/2020.', en: 'The 99th Summit met on 9 October 2020.' },
      questions: { vi: ['Hội nghị 99 họp khi nào?', 'hoi nghi 99 ngay nao'], en: ['When was the 99th Summit?'] },
      gives: ['when'], date: { value: '2020-10-09', precision: 'day', inferred: false }, event: ['Hội nghị 99', '99th Summit'], entities: [], tags: [],
    };
    const small = createEngine(buildFactTable([SMALL_SOURCE], [pressConference, summit], []));
    const kindMissing = kindMissingOf(small, 'press-conference');
    // The part named in another event the table knows: asked who chaired that one.
    expect(kindMissing('Who chaired the 99th Summit?')).toBe(1);
    expect(kindMissing('ai chu tri hoi nghi 99')).toBe(1);
    // The part in its own event, or with no event named at all.
    expect(kindMissing('ai chu tri hop bao ve hoi nghi 99')).toBe(0);
    expect(kindMissing('Who chaired the press conference?')).toBe(0);
    // An office is held whatever the event.
    expect(kindMissing('Who is the Deputy Minister at the 99th Summit?')).toBe(0);
    expect(kindMissing('ai la thu truong bo ngoai giao')).toBe(0);
    // A syllable typed wrong stands with its neighbours as corrected.
    expect(kindMissing('ai la thu truongg bo ngoai giao')).toBe(0);
    // A Vietnamese name's syllables must stand together: "thứ" of "lần thứ" and "trưởng" of "Bộ trưởng" are not "Thứ trưởng".
    expect(kindMissing('Ai là Bộ trưởng Ngoại giao tại hội nghị lần thứ 99?')).toBe(1);
    // A curator's wording naming the part in another event asks about that event: no name of this fact's is missing.
    expect(small.namesToAdd('press-conference', 'Who chaired the 99th Summit?')).toEqual({ event: [], roles: [], counts: [] });
    expect(small.namesToAdd('press-conference', 'Who steered the press conference on the 99th Summit?')).toEqual({ event: [], roles: ['steered'], counts: [] });
  });

  it('gives a count only of what it counts: the delegations at a summit are not its journalists', () => {
    const delegations: Fact = {
      id: 'summit-delegations', sources: ['s'], answer: { vi: '27 đoàn dự Hội nghị 99.', en: '27 delegations attended the 99th Summit.' },
      questions: { vi: ['Bao nhiêu đoàn dự Hội nghị 99?', 'hoi nghi 99 co may doan'], en: ['How many delegations attended the 99th Summit?'] },
      gives: ['howMany'], counts: ['đoàn', 'phái đoàn', 'delegations'], entities: [], tags: [],
    };
    const small = createEngine(buildFactTable([SMALL_SOURCE], [delegations], []));
    const kindMissing = kindMissingOf(small, 'summit-delegations');
    expect(kindMissing('How many journalists attended the 99th Summit?')).toBe(1);
    expect(kindMissing('Bao nhiêu nhà báo dự Hội nghị 99?')).toBe(1);
    // What it counts in another of its names, typed without accents, or with a typo.
    expect(kindMissing('hoi nghi 99 co bao nhieu phai doan')).toBe(0);
    expect(kindMissing('How many delgations came to the 99th Summit?')).toBe(0);
    // What the question counts is named right after its cue: the delegations' talks are not what is counted.
    expect(kindMissing('How many journalists covered the delegations at the 99th Summit?')).toBe(1);
    expect(kindMissing('How many national and regional delegations attended the 99th Summit?')).toBe(0);
    // A curator's wording naming what it counts in other words: those words are what the fact lacks.
    expect(small.namesToAdd('summit-delegations', 'How many national teams attended the 99th Summit?').counts).toEqual(['national teams attended']);
  });

  it('gives a place only as precisely as it names one: a city does not say which hotel', () => {
    const place = (id: string, where: string, aliases: string[]): Fact => ({
      id, sources: ['s'], answer: { vi: `Họp báo về Hội nghị 99 diễn ra tại ${where}.`, en: `The press conference on the 99th Summit took place at ${where}.` },
      questions: { vi: ['Họp báo về Hội nghị 99 ở đâu?', 'hop bao hoi nghi 99 o dau'], en: ['Where was the press conference on the 99th Summit?'] },
      gives: ['where'], event: ['họp báo về Hội nghị 99', 'press conference on the 99th Summit'], entities: [{ name: where, kind: 'place', aliases }], tags: [],
    });
    const city = kindMissingOf(createEngine(buildFactTable([SMALL_SOURCE], [place('in-city', 'Hà Nội', ['Hanoi'])], [])), 'in-city');
    expect(city('Which hotel hosted the press conference on the 99th Summit?')).toBe(1);
    expect(city('hop bao hoi nghi 99 to chuc o khach san nao')).toBe(1);
    expect(city('Where was the press conference on the 99th Summit held?')).toBe(0);
    const venue = kindMissingOf(createEngine(buildFactTable([SMALL_SOURCE], [place('in-hotel', 'Khách sạn Melia Hà Nội', ['Melia Hanoi Hotel'])], [])), 'in-hotel');
    expect(venue('hop bao hoi nghi 99 to chuc o khach san nao')).toBe(0);
  });

  it('gives an office only where it states its people\'s offices; a definition says what an office is', () => {
    const { query } = engine.rank('Ông Dũng khi đó giữ chức vụ gì?');
    expect(query.analysis.asksOffice).toBe(true);
    expect(shortfall(engine.index, factNumber('coc-priority-complexity'), query).office).toBe(true);
    expect(shortfall(engine.index, factNumber('som-2019-vietnam-head-of-delegation'), query).office).toBe(false);
    expect(shortfall(engine.index, factNumber('term-asean-secretary-general'), query).office).toBe(false);
  });

  it('finds the names a curator\'s wording uses for the part or event that the fact\'s names lack', () => {
    expect(engine.namesToAdd('som-oct-2020-chair-and-date', 'Ai cầm trịch SOM tháng 10/2020?')).toEqual({ event: [], roles: ['cầm trịch'], counts: [] });
    // "online" names the event ("online ASEAN SOM"), not the part.
    expect(engine.namesToAdd('som-oct-2020-chair-and-date', 'Who steered the online SOM in October 2020?')).toEqual({ event: [], roles: ['steered'], counts: [] });
    // Named already: nothing to add.
    expect(engine.namesToAdd('som-oct-2020-chair-and-date', 'Ai chủ trì SOM tháng 10/2020?')).toEqual({ event: [], roles: [], counts: [] });
    // What the curator typed stays whole: a function word inside it ("rà" of "rà soát") is kept, a possessive's
    // letter is not a word, and a cue word ends it.
    expect(engine.namesToAdd('som-2019-amf-eamf-review', 'Khi nào ASEAN nhất trí rà soát Diễn đàn Biển ASEAN?').event).toEqual(['nhất trí rà soát']);
    expect(engine.namesToAdd('som-2019-amf-eamf-review', "When did ASEAN agree on Viet Nam's success in reviewing the AMF?").event).toEqual(['agree', 'success in reviewing']);
  });

  it('marks the figures, years and kinds a fact lacks', () => {
    const { ranked } = engine.rank('Who chaired AMM 54?');
    const chair = ranked.find((r) => idOf(r.fact) === 'amm53-chair')!;
    expect(feature(chair.features, 'numbersMissing')).toBe(1);
    const dates = engine.rank('Where was AMM 53 held?').ranked.find((r) => idOf(r.fact) === 'amm53-delegations');
    if (dates) expect(feature(dates.features, 'kindMissing')).toBe(1);
  });

  it('knows which kind of value people ask a fact for', () => {
    const { ranked } = engine.rank('Who chaired AMM 53?');
    const chair = ranked.find((r) => idOf(r.fact) === 'amm53-chair')!;
    expect(feature(chair.features, 'kindAsked')).toBeGreaterThan(0.5);
  });
});

describe('decide', () => {
  it('lets no fact answer that lacks a figure the question names, or the kind of value asked', () => {
    const { ranked, decision } = engine.rank('Who chaired AMM 54?');
    expect(ranked.filter(canAnswer).some((r) => idOf(r.fact).startsWith('amm53'))).toBe(false);
    expect(decision.answered).toBe(false);
  });

  it('answers a question a curated one asks, and abstains on one the table cannot answer', () => {
    expect(engine.ask('Ai chủ trì AMM 53?').answered).toBe(true);
    expect(engine.ask('What is the capital of Australia?').answered).toBe(false);
  });

  it('answers a question asked in the words of a curated one (as the bot suggests it), however close a sibling ranks', () => {
    // One of vn-china-agree-manage-differences' English questions, typed in lowercase; the talks themselves rank close.
    const { decision } = engine.rank("what was the outcome of le hoai trung's talks in beijing");
    expect(decision.verbatim).toBe(true);
    expect(decision.answered).toBe(true);
    expect(idOf(decision.chosen!.fact)).toBe('vn-china-agree-manage-differences');
    // Left out (as the evaluation leaves it out), the same words are just a question like any other.
    const fact = factNumber('vn-china-agree-manage-differences');
    const own = engine.index.facts[fact]!.questions.en.indexOf("What was the outcome of Le Hoai Trung's talks in Beijing?");
    expect(own).toBeGreaterThanOrEqual(0);
    const question = engine.index.questionStart[fact]! + engine.index.facts[fact]!.questions.vi.length + own;
    const left = engine.rank("What was the outcome of Le Hoai Trung's talks in Beijing?", { questions: new Set([question]) }).decision;
    expect(left.verbatim).toBe(false);
  });

  it('takes no fact as asked word for word when two facts are asked in those words', () => {
    const q = (id: string, answer: string): Fact => ({ ...fact(id, answer), questions: { vi: [], en: ['Who spoke at the dialogue?'] }, gives: ['who'] });
    const small = createEngine(buildFactTable([SMALL_SOURCE], [q('a', 'Minister Minh spoke at the dialogue.'), q('b', 'Ambassador Quy spoke at the dialogue.')], []));
    expect(small.rank('Who spoke at the dialogue?').decision.verbatim).toBe(false);
  });

  it('abstains when the best fact gives the kind asked only in passing (none of its questions asks for it)', () => {
    const fact = (id: string, answer: string, questions: string[]): Fact => ({
      id, sources: ['s'], answer: { vi: answer, en: answer }, questions: { vi: questions, en: questions }, gives: ['when'],
      date: { value: '2020-10-07', precision: 'day', inferred: false }, entities: [], tags: [],
    });
    const small = createEngine(buildFactTable(
      [SMALL_SOURCE],
      [fact('som-position', 'The senior officials meeting of 7 October 2020 reaffirmed the position of the 99th Summit.', ['What did the senior officials reaffirm about the 99th Summit?', 'Which 99th Summit position did senior officials restate?', 'What did senior officials say of the 99th Summit?'])],
      [],
    ));
    const { decision } = small.rank('When was the 99th Summit held?');
    expect(small.index.facts[decision.chosen!.fact]!.id).toBe('som-position');
    expect(decision.answered).toBe(false);
  });

  it('does not count facts giving the same value for what is asked as competing answers', () => {
    const table = engine.table;
    const venue = table.facts.filter((f) => f.gives.includes('where') && f.tags.includes('som-2019-chiang-rai'));
    if (venue.length >= 2) expect(agreeOn(venue[0]!, venue[1]!, new Set(['where']))).toBe(true);
    const chair = table.byId.get('amm53-chair')!;
    const press = table.byId.get('amm53-press-conference')!;
    expect(agreeOn(chair, press, new Set(['who']))).toBe(false);
  });

  it('does not count facts stating the same office as competing answers to which office someone holds', () => {
    const of = (id: string) => engine.table.byId.get(id)!;
    // The participants of AURED 7 include the ASEAN Secretary-General, whose definition is of that office.
    expect(shareOffice(of('aured7-participants'), of('term-asean-secretary-general'))).toBe(true);
    expect(shareOffice(of('amm53-chair'), of('som-2019-vietnam-head-of-delegation'))).toBe(false);
  });

  it('reads a name as named when the asker writes a glossary term inside it the short way ("Hội thảo ASEAN - LHQ")', () => {
    const at = (id: string) => engine.index.facts.findIndex((f) => f.id === id);
    const edition = (q: string) => shortfall(engine.index, at('aured7-theme'), engine.rank(q).query).notGiven;
    // The fact names "Hội thảo ASEAN – Liên Hợp Quốc lần thứ 7": LHQ stands for Liên Hợp Quốc inside it.
    expect(edition('Hội thảo ASEAN - LHQ ở Hà Nội là lần thứ mấy?')).toEqual([]);
    expect(edition('hoi thao asean - lhq lan thu may')).toEqual([]);
    // Without the UN the name is not named: which edition of some ASEAN workshop is not this fact's to say.
    expect(edition('Hội thảo ASEAN ở Hà Nội là lần thứ mấy?')).toEqual(['howMany']);
  });

  it('counts a fact stating the same office as the same answer where the decision does (fitting and evaluation labels)', () => {
    const at = (id: string) => engine.index.facts.findIndex((f) => f.id === id);
    const [participants, office] = [at('aured7-participants'), at('term-asean-secretary-general')];
    expect(engine.sameAnswer(participants, office, { kinds: new Set(), office: true })).toBe(true);
    // Asked anything else, they give different answers.
    expect(engine.sameAnswer(participants, office, NOTHING_ASKED)).toBe(false);
    expect(engine.sameAnswer(participants, office, { kinds: new Set(['who']), office: false })).toBe(false);
  });

  it('answers which office someone holds when the fact stating it and the office\'s definition agree', () => {
    const { decision } = engine.rank('Ông Lim Jock Hoi giữ cương vị gì?');
    expect(idOf(decision.chosen!.fact)).toBe('aured7-participants');
    expect(decision.runnerUp && idOf(decision.runnerUp.fact)).not.toBe('term-asean-secretary-general');
    expect(decision.answered).toBe(true);
  });
});

describe('the fitted models', () => {
  it('are fitted for the features the engine computes', () => {
    expect(FITTED_MODEL.ranker.features).toEqual(RANK_FEATURES);
    expect(FITTED_MODEL.answerer.features).toEqual(ANSWER_FEATURES);
    // The answerer is fitted with wrong answers weighted by their cost: its break-even score is 0.5.
    expect(FITTED_MODEL.threshold).toBe(0.5);
  });

  it('logistic fit finds the direction that separates the examples, and drops a feature fitted against its sign', () => {
    const examples = Array.from({ length: 200 }, (_, i) => {
      const x = (i % 20) / 20;
      const noise = ((i * 7919) % 13) / 13;
      return { x: [x, noise], y: (x > 0.5 ? 1 : 0) as 0 | 1 };
    });
    const free = fitLogistic(['signal', 'noise'], examples, 0.1);
    expect(free.weights[0]).toBeGreaterThan(1);
    expect(logit(free, [0.9, 0.5])).toBeGreaterThan(logit(free, [0.1, 0.5]));
    // Told the signal may only count against, the fit drops it rather than flip it.
    const signed = fitLogistic(['signal', 'noise'], examples, 0.1, [-1, 0]);
    expect(signed.weights[0]).toBe(0);
    // The same examples give the same model.
    expect(fitLogistic(['signal', 'noise'], examples, 0.1)).toEqual(free);
  });
});
