// Analyse: stems, spelling correction, figures, asked kinds and the dates a fact states, each on its own.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeQuestion } from '../src/engine/analyze-question.js';
import { derivationsOf } from '../src/engine/build-query.js';
import { ConceptMatcher, rawTokens } from '../src/engine/ConceptMatcher.js';
import { figuresIn } from '../src/engine/figures.js';
import { isWrittenStopword } from '../src/engine/lexicon.js';
import { datesIn } from '../src/engine/parse-query-date.js';
import { editDistance, SpellingCorrector } from '../src/engine/SpellingCorrector.js';
import { stem } from '../src/engine/stem.js';

const matcher = new ConceptMatcher([], new Set());
const analyse = (q: string, isKnown?: (w: string) => boolean) => analyzeQuestion(q, matcher, undefined, isKnown);

describe('stem', () => {
  it.each([
    ['chaired', 'chair'], ['chairs', 'chair'], ['chairing', 'chair'], ['meetings', 'meet'], ['countries', 'country'],
    ['approved', 'approv'], ['approve', 'approv'], ['planned', 'plan'], ['discussed', 'discuss'], ['theme', 'theme'],
  ])('meets %s with its other forms at %s', (word, expected) => {
    expect(stem(word)).toBe(expected);
  });

  it.each([
    ['organization', 'organisation'], ['organized', 'organised'], ['analyze', 'analyse'], ['dialog', 'dialogue'],
    ['dialogs', 'dialogues'], ['center', 'centre'], ['centers', 'centres'], ['theater', 'theatre'], ['honor', 'honour'],
    ['labor', 'labour'], ['favorite', 'favourite'], ['program', 'programme'], ['programs', 'programmes'],
    ['traveled', 'travelled'], ['canceled', 'cancelled'],
  ])('meets the American %s with the British %s', (american, british) => {
    expect(stem(american)).toBe(stem(british));
  });

  it('changes no word that merely ends like another spelling: short ones, and the common -er and -or endings', () => {
    for (const w of ['tour', 'four', 'hour', 'your', 'size', 'prize', 'blog', 'well', 'spell', 'floor', 'minister']) expect(stem(w)).toBe(w);
  });

  it('leaves Vietnamese syllables as they are', () => {
    for (const w of ['nghieng', 'truong', 'nguyen', 'thanh', 'khoe', 'nhieu', 'quoc']) expect(stem(w)).toBe(w);
  });

  it('gives a word and its -s, -ed and -ing forms one stem', () => {
    // Words ending in a single consonant other than s (the shapes whose inflections are plain suffixes).
    const word = fc.stringMatching(/^[a-z]{2,6}[bcdfghjklmnpqrtvwxz]$/).filter((w) => w.at(-1) !== w.at(-2) && !/(ed|ing|ie)$/.test(w));
    fc.assert(
      fc.property(word, (w) => {
        expect(stem(`${w}s`)).toBe(stem(w));
        expect(stem(`${w}ed`)).toBe(stem(w));
        if (w.length >= 3) expect(stem(`${w}ing`)).toBe(stem(w));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('derivations', () => {
  it('relates an English stem to the stems one suffix away, both ways', () => {
    expect(derivationsOf('adopt')).toContain('adoption');
    expect(derivationsOf('adoption')).toContain('adopt');
    expect(derivationsOf('member')).toContain('membership');
    expect(derivationsOf('propos')).toContain('proposal');
    expect(derivationsOf('agreement')).toContain('agree');
  });

  it('relates the stems of one root across suffixes, and an agent noun in -ee to its verb', () => {
    // "participants" and "participated" stem apart ("participant", "participat"); "attendees" to "attende".
    expect(derivationsOf('participant')).toContain('participat');
    expect(derivationsOf('participat')).toContain('participant');
    expect(derivationsOf('participant')).toContain('participation');
    expect(derivationsOf('attende')).toContain('attend');
    expect(derivationsOf('attend')).toContain('attende');
  });

  it('strips no suffix that would leave a stem of under five letters, and leaves Vietnamese and figures alone', () => {
    expect(derivationsOf('member')).not.toContain('memb');
    expect(derivationsOf('center')).not.toContain('cent');
    expect(derivationsOf('2020')).toEqual([]);
    expect(derivationsOf('hội')).toEqual([]);
  });
});

describe('spelling correction', () => {
  it('counts an adjacent swap as one edit, and is symmetric', () => {
    expect(editDistance('foriegn', 'foreign')).toBe(1);
    expect(editDistance('asaen', 'asean')).toBe(1);
    fc.assert(
      fc.property(fc.string({ maxLength: 8 }), fc.string({ maxLength: 8 }), (a, b) => {
        expect(editDistance(a, b)).toBe(editDistance(b, a));
      }),
    );
  });

  it('corrects to the closest words of the table', () => {
    const speller = new SpellingCorrector(['foreign', 'forest', 'asean', 'leader', 'trung', 'truc'], 6);
    expect(speller.correct('foriegn').map((c) => c.word)).toEqual(['foreign']);
    expect(speller.correct('ledaer').map((c) => c.word)).toEqual(['leader']);
    expect(speller.correct('trug').map((c) => c.word)).toContain('trung');
    expect(speller.correct('xyzzy')).toHaveLength(0);
  });
});

describe('function words in names', () => {
  it.each([
    [{ exact: 'sự', folded: 'su' }, true],
    [{ exact: 'su', folded: 'su' }, true],
    [{ exact: 'sứ', folded: 'su' }, false],
    [{ exact: 'thời', folded: 'thoi' }, false],
    [{ exact: 'tại', folded: 'tai' }, true],
  ])('%j is a function word: %s (a syllable with diacritics only as itself)', (token, expected) => {
    expect(isWrittenStopword(token)).toBe(expected);
  });
});

describe('figures', () => {
  it.each([
    ['AMM 53 (từ ngày 9/9 đến ngày 12/9/2020)', ['53', '2020']],
    ['từ 3/12 đến 4/12/2019', ['2019']],
    ['talks on 26 to 28 November 2019', ['2019']],
    ['5,000 peacekeepers and 27 delegations', ['5000', '27']],
    ['nhiệm kỳ 2020-2021', ['2020', '2021']],
  ])('%s states %j (a date gives its year only)', (text, expected) => {
    expect(figuresIn(text)).toEqual(expected);
  });

  it.each([
    ['When was the first ASEAN-UN Summit?', ['1']],
    ['Hội nghị Cấp cao ASEAN - LHQ đầu tiên diễn ra khi nào?', ['1']],
    ['nghi quyet lan dau duoc dua ra nam 2002', ['2002', '1']],
    ['the second ASEAN+3 Foreign Ministers\' Meeting', ['3', '2']],
    // A weekday is no ordinal ("thứ Hai" is Monday), nor is a word that only begins like one.
    ['Thứ Hai, ngày 7/9/2020', ['2020']],
    ['Firstly, the dialogue', []],
  ])('%s states %j (an ordinal in words is a figure)', (text, expected) => {
    expect(figuresIn(text)).toEqual(expected);
  });
});

describe('dates an answer states', () => {
  it('reads days, ranges (a day without its year takes the next full date\'s) and months', () => {
    const dates = datesIn('SOM ASEAN (từ ngày 6/3 đến ngày 8/3/2019) hẹn hoàn tất trước tháng 8/2019.');
    expect(dates.map((d) => [d.year, d.month, d.day])).toEqual([[2019, 3, 6], [2019, 3, 8], [2019, 8, 0]]);
  });
});

describe('question analysis', () => {
  it('reads what a how-many question counts from the words right after its cue, up to an article or preposition', () => {
    const counted = (q: string) => {
      const a = analyse(q);
      return (a.counted ?? []).map((i) => a.tokens[i]!.folded).join(' ');
    };
    // The press conference is where the journalists were, not what is counted.
    expect(counted('How many journalists attended the press conference?')).toBe('journalists attended');
    expect(counted('How many national and regional delegations attended?')).toBe('national regional delegations attended');
    expect(counted('Bao nhiêu nhà nghiên cứu và chuyên gia trong khu vực tham dự?')).toBe('nha nghien cuu chuyen gia');
    // A word that is no topic word may be what is counted: days.
    expect(counted('hoi thao hop may ngay')).toBe('ngay');
    // Countries counted as such: as what is said by the rest of the question, which must name the fact's count.
    expect(counted('How many nations backed the text as co-sponsors?')).toBe('');
    expect(counted('How many states signed it?')).toBe('');
    expect(counted('Bao nhiêu nước đứng tên bảo trợ?')).toBe('nuoc dung ten bao tro');
    // No how-many cue, nothing counted.
    expect(analyse('Who chaired the press conference?').counted).toBeUndefined();
  });

  it.each([
    ['Ai chủ trì AMM 53?', ['who']],
    ['AMM 53 diễn ra khi nào?', ['when']],
    ['Hội nghị diễn ra tháng mấy?', ['when']],
    ['lần thứ mấy', ['howMany']],
    ['How many delegations attended?', ['howMany']],
    ['Tại sao Triều Tiên vắng mặt?', ['why']],
    ['Where was it held?', ['where']],
    ['aured 7 thu truong nao khai mac', ['who']],
    // Accents typed are read: "kỷ lục nào" (which records) is not "lúc nào" (when), though both fold alike.
    ['Nghị quyết đã xác lập những kỷ lục nào?', []],
    ['ky luc nao', ['when']],
    // Telegraphic, the kind as a noun.
    ['AMM 53 opening date', ['when']],
    ['ASEAN-UN dialogue venue', ['where']],
    // A definition asked in other words (with no glossary here, only a question of cue words alone keeps it).
    ['What is meant by it?', ['whatIs']],
    ['định nghĩa', ['whatIs']],
  ])('%s asks %j', (q, kinds) => {
    expect([...analyse(q).types].sort()).toEqual(kinds);
  });

  it('finds the shorter glossary names inside a longer one, not the longer one itself', () => {
    const glossary = [
      { id: 'term-un', acronyms: ['LHQ'], names: { vi: ['Liên Hợp Quốc'], en: ['United Nations'] } },
      { id: 'term-unsc', acronyms: ['HĐBA'], names: { vi: ['Hội đồng Bảo an Liên Hợp Quốc'], en: [] } },
    ];
    const m = new ConceptMatcher(glossary, new Set());
    const inside = m.inside(rawTokens('Hội đồng Bảo an Liên Hợp Quốc'), '@term-unsc');
    expect(inside).toEqual([{ term: '@term-un', start: 4, end: 7 }]);
    expect(m.inside(rawTokens('Liên Hợp Quốc'), '@term-un')).toEqual([]);
  });

  it('reads the first word as a name only when the table knows it, never writes it in lowercase and declares it a name', () => {
    // "Canada", "Peru": names wherever they stand; "Which", "Đại" (of "Đại sứ quán") are capitalised only as the first
    // word, and so is "Besides", which the table writes only where a sentence starts (never in lowercase either).
    const lowercase = new Set(['which', 'dai', 'su', 'quan']);
    const table = new ConceptMatcher([], lowercase);
    const known = (w: string) => ['canada', 'peru', 'which', 'dai', 'su', 'quan', 'hosted', 'som', 'besides'].includes(w);
    const declared = (w: string) => ['canada', 'peru', 'som'].includes(w);
    const names = (q: string) => {
      const a = analyzeQuestion(q, table, undefined, known, undefined, declared);
      return a.names.map((i) => a.tokens[i]!.raw);
    };
    expect(names('Besides Canada who hosted the SOM?')).toEqual(['Canada', 'SOM']);
    expect(names('Canada hosted the SOM?')).toEqual(['Canada', 'SOM']);
    expect(names('Peru hosted the SOM?')).toEqual(['Peru', 'SOM']);
    expect(names('Which country hosted the SOM?')).toEqual(['SOM']);
    expect(names('Đại sứ quán hosted the SOM?')).toEqual(['SOM']);
    // A word the table does not know is no name it can check.
    expect(names('Narnia hosted the SOM?')).toEqual(['SOM']);
  });

  it('sets aside what a leading "besides", "apart from" or "ngoài" clause names: the answer is about something else', () => {
    const glossary = [{ id: 'term-aichr', acronyms: ['AICHR'], names: { vi: [], en: [] } }];
    const read = (q: string) => {
      const a = analyzeQuestion(q, new ConceptMatcher(glossary, new Set()));
      return { topic: a.content.map((i) => a.tokens[i]!.folded), numbers: a.numbers, concepts: a.concepts.length };
    };
    expect(read('Apart from the AICHR dialogue of 2020, which other dialogue did Minh chair at AMM 53?')).toEqual({
      topic: ['dialogue', 'minh', 'chair', 'amm', '53'],
      numbers: ['53'],
      concepts: 0,
    });
    expect(read('Ngoài Trung Quốc, ASEAN họp với đối tác nào?').topic).toEqual(['asean', 'hop', 'doi', 'tac']);
    // Not a clause before a comma (nothing is set aside), nor "ngoại" (foreign) typed without its accent.
    expect(read('Which dialogue besides the AICHR one did Minh chair?').concepts).toBe(1);
    expect(read('Ngoai truong Minh, chu tri AICHR?').topic).toContain('truong');
  });

  it('reads a definition asked through the kind of thing it is, the kind no other topic', () => {
    const glossary = [{ id: 'term-arf', acronyms: ['ARF'], names: { vi: ['Diễn đàn Khu vực ASEAN'], en: ['ASEAN Regional Forum'] } }];
    const withTerm = new ConceptMatcher(glossary as never, new Set());
    const kinds = (q: string) => [...analyzeQuestion(q, withTerm).types];
    expect(kinds('ARF là diễn đàn gì?')).toEqual(['whatIs']);
    expect(kinds('arf la dien dan gi')).toEqual(['whatIs']);
    expect(kinds('What kind of forum is the ARF?')).toEqual(['whatIs']);
    // English puts the kind after a bare "what" too, as Vietnamese puts it after "là" — only a kind of thing, though.
    expect(kinds('What forum is the ARF?')).toEqual(['whatIs']);
    expect(kinds('what body is arf')).toEqual(['whatIs']);
    expect(kinds('What role is the ARF?')).toEqual([]);
    // "Refer to" asks what an acronym stands for, as "refers to" does.
    expect(kinds('What does ARF refer to?')).toEqual(['whatIs']);
    // A verb of saying asks what a text or a speaker states, though "what does" opens "what does the ARF do?".
    expect(kinds('What does the ARF say?')).toEqual([]);
    expect(kinds('What did the ARF mention?')).toEqual([]);
    expect(kinds('What does the ARF do?')).toEqual(['whatIs']);
    // The same shape around another subject asks for a value, not a definition.
    expect(kinds('Chủ đề của ARF là vấn đề gì?')).toEqual([]);
    // Accents typed are read: "lá" is not "là".
    expect(kinds('ARF lá diễn đàn gì')).toEqual([]);
    // A definition is of no particular time: with a date, it asks what that meeting was.
    expect(kinds('arf thang 3 2019 la dien dan gi')).toEqual([]);
  });

  it('reads a definition asked as which kind of thing it is, anywhere in the question, and by its full name', () => {
    const glossary = [{ id: 'term-arf', acronyms: ['ARF'], names: { vi: ['Diễn đàn Khu vực ASEAN'], en: ['ASEAN Regional Forum'] } }];
    const withTerm = new ConceptMatcher(glossary as never, new Set());
    const read = (q: string) => analyzeQuestion(q, withTerm);
    const kinds = (q: string) => [...read(q).types];
    expect(kinds('ARF là diễn đàn nào?')).toEqual(['whatIs']);
    expect(kinds('arf la to chuc nao')).toEqual(['whatIs']);
    expect(kinds('ARF viết tắt tên của diễn đàn nào?')).toEqual(['whatIs']);
    expect(kinds('Which forum is ARF short for?')).toEqual(['whatIs']);
    expect(kinds('tên đầy đủ của ARF')).toEqual(['whatIs']);
    // "What's" as typed, apostrophe or not.
    expect(kinds("What's the ARF?")).toEqual(['whatIs']);
    expect(kinds('whats arf')).toEqual(['whatIs']);
    expect(kinds("What's the full name of the ARF?")).toEqual(['whatIs']);
    // Its full name is the term's expansion, not a person's name...
    expect(kinds('What is the full name of the ARF?')).toEqual(['whatIs']);
    expect(read('What is the full name of the ARF?').asksPerson).toBe(false);
    // ...but the full name of whoever holds an office only a person holds is a person's, the office a term or not.
    const withOffice = new ConceptMatcher([...glossary, { id: 'term-asean-sg', acronyms: [], names: { vi: ['Tổng thư ký ASEAN'], en: ['ASEAN Secretary-General'] } }] as never, new Set());
    const office = analyzeQuestion('Tên đầy đủ của Tổng thư ký ASEAN là gì?', withOffice);
    expect(office.asksPerson).toBe(true);
    expect([...office.types]).toContain('who');
    // Kind words do not make a definition of a question about something else, with a definition cue or without.
    expect(kinds('What does the ARF forum mean for Vietnam?')).toEqual([]);
    expect(kinds('ARF là diễn đàn nào của Việt Nam?')).toEqual([]);
    expect(kinds('Which forum met in Hanoi?')).toEqual([]);
    // Kind words are the question's language's: folded "ten" is Vietnamese "tên", not the English number.
    expect(kinds('What does ARF ten mean?')).toEqual([]);
  });

  it('reads a mistyped question word the table does not know as the question word', () => {
    expect([...analyse('Whoo chaired it?', () => false).types]).toEqual(['who']);
    expect([...analyse('hoi nghi thág mấy', () => false).types]).toEqual(['when']);
    // "hwo" is one edit from "who" and from "how": a question word of no kind we can tell, and no topic.
    const hwo = analyse('hwo chaired it?', () => false);
    expect(hwo.types.size).toBe(0);
    expect(hwo.content.map((i) => hwo.tokens[i]!.folded)).toEqual(['chaired']);
  });

  it('reads a question asking which edition or session as how many, answered by an ordinal', () => {
    for (const q of ['AMM lần thứ mấy họp trực tuyến?', 'dai hoi dong khoa may thong qua nghi quyet', 'Which edition of the AURED was held in Hanoi?', 'Kỳ họp thứ mấy của Đại hội đồng?']) {
      const a = analyse(q);
      expect(a.asksOrdinal).toBe(true);
      expect(a.types.has('howMany')).toBe(true);
    }
    // Its cue words are not its topic.
    const a = analyse('AMM lần thứ mấy họp trực tuyến?');
    expect(a.content.map((i) => a.tokens[i]!.folded)).not.toContain('thu');
    // A count, and the weekday, are not an edition.
    expect(analyse('Bao nhiêu nước dự AMM 53?').asksOrdinal).toBe(false);
    expect(analyse('AMM 53 khai mạc ngày thứ mấy?').asksOrdinal).toBe(false);
  });

  it('knows when a question asks for the day itself', () => {
    expect(analyse('AMM 53 họp ngày nào?').asksDay).toBe(true);
    expect(analyse('When was AMM 53?').asksDay).toBe(false);
    expect(analyse('On what date was it adopted?').asksDay).toBe(true);
    expect(analyse('Ngày ASEAN - Nhật Bản diễn ra vào ngày cụ thể nào?').asksDay).toBe(true);
    expect(analyse('What was the specific date of the SOM in Chiang Rai?').asksDay).toBe(true);
  });

  it('knows when a question asks for a person by name, and not when a body or a country can answer', () => {
    // A title fused with the question word, or a name asked together with a title a person holds.
    expect(analyse('Which minister chaired AMM 53?').asksPerson).toBe(true);
    expect(analyse('ten nguoi dai dien dai su quan du hop la gi').asksPerson).toBe(true);
    expect(analyse('What is the name of the ASEAN Deputy Secretary-General at the SOM?').types.has('who')).toBe(true);
    // A country chairs ASEAN; a declaration has a name but is not a person.
    expect(analyse('Ai là Chủ tịch ASEAN năm 2020?').asksPerson).toBe(false);
    expect(analyse('What is the name of the declaration on the post-2025 vision?').asksPerson).toBe(false);
    // "ten" is a number in English.
    expect(analyse('Which ten countries are ASEAN members?').asksPerson).toBe(false);
  });

  it('takes a year that says when as a year, and a figure outside a date as a figure', () => {
    const a = analyse('Nghị quyết năm 2018 có bao nhiêu nước đồng bảo trợ, AMM 53?');
    expect(a.years).toEqual([2018]);
    expect(a.numbers).toContain('53');
  });
});
