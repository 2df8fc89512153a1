// Question types read from cue words: "mấy" asks how many, except in "mấy năm gần đây" (these last few years).
import { describe, expect, it } from 'vitest';
import { analyzeQuestion, withShortFormsSpelt } from '../src/engine/analyze-question.js';
import { ConceptMatcher } from '../src/engine/ConceptMatcher.js';

const matcher = new ConceptMatcher([], new Set());
const types = (q: string) => [...analyzeQuestion(q, matcher).types];

describe('question cues', () => {
  it.each(['AMM 53 có mấy đoàn tham dự?', 'ASEAN có mấy nước thành viên?', 'Việt Nam làm Chủ tịch ASEAN mấy lần?'])('reads %j as how many', (q) => {
    expect(types(q)).toContain('howMany');
  });

  it.each([
    'Hợp tác ASEAN - LHQ mấy năm gần đây ra sao?',
    'Quan hệ hai bên mấy tháng qua thế nào?',
    'Vai trò của ASEAN mấy năm trở lại đây có gì mới?',
  ])('does not read %j as how many: a recent period says when', (q) => {
    expect(types(q)).not.toContain('howMany');
  });

  it('reads an English cue with its noun in the plural as the singular does', () => {
    expect(types('Which officials took part in the online SOM?')).toContain('who');
    expect(types('Which cities hosted the SOM meetings in 2019?')).toContain('where');
    expect(types('Which official took part in the online SOM?')).toContain('who');
  });

  it.each(['Which ASEAN officials joined the talks?', 'Which Chinese leaders met the delegation?', 'Bộ trưởng Nhật Bản nào phát biểu tại hội nghị?', 'Đại sứ Việt Nam nào trình bày nghị quyết?'])(
    'reads %j as who: a person asked by office with a describing word between',
    (q) => expect(types(q)).toContain('who'),
  );

  it('reads a capitalised word typed without a cue\'s accents as a name, not the cue ("Việt Nam nào" is no "năm nào")', () => {
    expect(types('Lãnh đạo Việt Nam nào điều hành đối thoại?')).toEqual(['who']);
    expect(types('Đàm phán COC bắt đầu năm nào?')).toEqual(['when']);
  });

  it('asks for a person\'s name when the office between its describing words is one only a person holds', () => {
    expect(analyzeQuestion('Which ASEAN foreign minister chaired the meeting?', matcher).asksPerson).toBe(true);
    expect(analyzeQuestion('Ngoại trưởng Nhật nào tới Hà Nội?', matcher).asksPerson).toBe(true);
  });

  it.each(['What did the minister say at the meeting?', 'What was the ambassador\'s message?', 'Bộ trưởng của nước nào phát biểu?'])(
    'does not read %j as asking which person: an auxiliary, article or preposition stands between',
    (q) => expect(analyzeQuestion(q, matcher).asksPerson).toBe(false),
  );

  it.each(['Which country drafted the 2020 ASEAN-UN resolution?', 'Which body adopted the resolution?', 'Which member states sit on the UNSC?', 'nuoc nao de xuat nghi quyet', 'Quốc gia nào làm Chủ tịch ASEAN 2020?', 'Những nước nào đại diện ASEAN tại HĐBA?'])(
    'reads %j as who: a country or body that did something',
    (q) => expect(types(q)).toEqual(['who']),
  );

  it.each(['In which country was the SOM held?', 'SOM họp ở nước nào?', 'som hop tai nuoc nao'])('reads %j as where: the country is the place', (q) => {
    expect(types(q)).toEqual(['where']);
  });

  it.each(['ASEAN+3 gồm những nước nào?', 'asean cong 3 gom nhung nuoc nao', 'Which countries make up the East Asia Summit?', 'Which countries are ASEAN dialogue partners?'])(
    'reads %j as asking no kind of value: the members are what the group is',
    (q) => expect(types(q)).toEqual([]),
  );

  it.each(['ASEAN cam kết phối hợp với nước nào về COC?', 'With which countries will ASEAN hold commemorative summits?'])(
    'reads %j as asking no kind of value: a counterpart, not who did it',
    (q) => expect(types(q)).toEqual([]),
  );

  it.each(['ASEAN cam kết phối hợp với ai để sớm hoàn tất COC?', 'asean lam viec voi ai ve coc', 'ASEAN sẽ bàn với những ai về COC?', 'With whom did ASEAN pledge to finish the COC?', 'Who did the senior officials talk with?', 'Who did the ministers meet with on 9 September?'])(
    'reads %j as asking no kind of value: whom something was done with',
    (q) => expect(types(q)).toEqual([]),
  );

  it('still reads who when "with" has its object: the one who did it with someone named', () => {
    expect(types('Who met with the Chinese side in Beijing?')).toEqual(['who']);
  });

  it('ends what a how-many question counts at a Vietnamese verb of taking part, as English ends it at an article', () => {
    const counted = (q: string) => {
      const a = analyzeQuestion(q, matcher);
      return (a.counted ?? []).map((i) => a.tokens[i]!.folded).join(' ');
    };
    expect(counted('Bao nhiêu nhà báo dự họp báo?')).toBe('nha bao');
    expect(counted('Có bao nhiêu đoàn tham dự hội nghị?')).toBe('doan');
    expect(counted('How many journalists attended the press conference?')).toBe('journalists attended');
  });

  it('reads "lần mấy" as which edition, and "mấy lần" as how many times', () => {
    expect(analyzeQuestion('AMM lần mấy diễn ra tháng 9/2020?', matcher).asksOrdinal).toBe(true);
    expect(analyzeQuestion('aured ha noi 2019 la lan may', matcher).asksOrdinal).toBe(true);
    expect(analyzeQuestion('Việt Nam làm Chủ tịch ASEAN mấy lần?', matcher).asksOrdinal).toBe(false);
  });

  it.each(['Ông Phạm Bình Minh giữ chức gì năm 2020?', 'ong quy giu chuc vu gi o lhq', 'Ông Lim Jock Hoi giữ cương vị gì?', 'What post did Nguyen Quoc Dung hold in 2019?'])(
    'reads %j as asking which office someone holds, its cue no part of the topic',
    (q) => {
      const a = analyzeQuestion(q, matcher);
      expect(a.asksOffice).toBe(true);
      expect(a.content.map((i) => a.tokens[i]!.folded)).not.toContain('post');
      expect(a.content.map((i) => a.tokens[i]!.folded)).not.toContain('vi');
    },
  );

  it.each(['Với cương vị Chủ tịch ASEAN, Việt Nam cam kết gì về COC?', 'Việt Nam giữ chức Chủ tịch ASEAN năm nào?', 'Liên Hợp Quốc là tổ chức gì?', 'What position did the SOM take on the travel corridor?'])(
    'does not read %j as asking an office: one stated, an organisation, or a stance',
    (q) => expect(analyzeQuestion(q, matcher).asksOffice).toBe(false),
  );

  it('reads the short forms Vietnamese askers type as the words they stand for, and only in Vietnamese', () => {
    const topic = (q: string) => { const a = analyzeQuestion(q, matcher); return a.content.map((i) => a.tokens[i]!.folded); };
    expect(types('amm 53 có bn đoàn tham dự?')).toContain('howMany');
    expect(topic('TT Dũng nói j về COC?')).toEqual(topic('Thứ trưởng Dũng nói gì về COC?'));
    expect(topic('Phó TT Phạm Bình Minh chủ trì hội nghị nào?')).toEqual(topic('Phó Thủ tướng Phạm Bình Minh chủ trì hội nghị nào?'));
    expect(topic('ĐS Đặng Đình Quý trình bày nghị quyết ko?')).toEqual(topic('Đại sứ Đặng Đình Quý trình bày nghị quyết không?'));
    expect(topic('TT Dũng nói j về COC?')).toContain('truong');
    expect(withShortFormsSpelt('tt dung noi j ve coc ko')).toBe('thứ trưởng dung noi gì ve coc không');
    expect(types('How many ASEAN members trade 5 bn USD with China?')).toContain('howMany');
    expect(topic('Did ASEAN trade pass 5 bn USD in 2020?')).toContain('bn');
  });

  it('reads "may" as "mấy" only in Vietnamese', () => {
    expect(types('What may ASEAN decide at the summit?')).not.toContain('howMany');
  });

  describe('asking for the report itself', () => {
    const read = (q: string) => analyzeQuestion(q, matcher);
    const topic = (q: string) => { const a = read(q); return a.content.map((i) => a.tokens[i]!.folded); };

    it.each(['Báo nào đưa tin về AMM 53?', 'ai viet bai ve AMM 53', 'Who wrote the article on AMM 53?', 'Which outlet reported the AMM 53 press conference?', 'bai ve AMM 53 la cua co quan bao nao', 'bai bao nao noi ve AMM 53', 'What is the source for the AMM 53 dates?'])(
      'reads %j as asking for the source, with no kind of value of the fact',
      (q) => {
        expect(read(q).asksSource).toBe(true);
        expect([...read(q).types]).toEqual([]);
      },
    );

    it('keeps the topic and drops the words naming the report', () => {
      expect(topic('Who wrote the article on AMM 53?')).toEqual(['amm', '53']);
      expect(topic('bai ve AMM 53 la cua co quan bao nao')).toEqual(['amm', '53']);
    });

    it('does not read "họp báo nào" (which press conference) as asking for a newspaper', () => {
      expect(read('Thứ trưởng thông báo tại cuộc họp báo nào?').asksSource).toBe(false);
      expect(read('thu truong thong bao tai cuoc hop bao nao').asksSource).toBe(false);
      expect(read('Who chaired AMM 53?').asksSource).toBe(false);
    });
  });
});
