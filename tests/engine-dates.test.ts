// Dates in questions: parsing the forms users type, fitting them to fact dates, and answering "what happened on …".
import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../src/engine/create-engine.js';
import { dateFit, parseQueryDate } from '../src/engine/parse-query-date.js';
import type { Engine } from '../src/engine/types.js';
import type { PartialDate } from '../src/facts/schema.js';
import { loadFacts } from '../src/facts/load-facts.js';

const day = (value: string, end?: string): PartialDate => ({ value, precision: 'day', end, inferred: false });
const month = (value: string): PartialDate => ({ value, precision: 'month', inferred: false });
const year = (value: string): PartialDate => ({ value, precision: 'year', inferred: false });

describe('parseQueryDate', () => {
  it.each([
    ['Ngày 23/11/2020 có sự kiện gì?', { year: 2020, month: 11, day: 23 }],
    ['ngày 7 tháng 9 năm 2020 có gì', { year: 2020, month: 9, day: 7 }],
    ['ngay 7 thang 9 nam 2020', { year: 2020, month: 9, day: 7 }],
    ['What happened on 7 September 2020?', { year: 2020, month: 9, day: 7 }],
    ['What happened on September 7, 2020?', { year: 2020, month: 9, day: 7 }],
    ['What happened on the 3rd of December 2019?', { year: 2019, month: 12, day: 3 }],
    ['2020-11-23', { year: 2020, month: 11, day: 23 }],
    ['What happened in March 2019?', { year: 2019, month: 3, day: undefined }],
    ['Sự kiện tháng 3/2018', { year: 2018, month: 3, day: undefined }],
    ['Có gì ngày 23/11?', { year: undefined, month: 11, day: 23 }],
    // A month alone says which meeting is meant; its year, when written elsewhere in the question, goes with it.
    ['ai chu tri som thang 10', { year: undefined, month: 10, day: undefined }],
    ['Where did the senior officials meet in June?', { year: undefined, month: 6, day: undefined }],
    ['Hội nghị giữa năm 2019 (tháng 6) họp ở đâu?', { year: 2019, month: 6, day: undefined }],
    ['In 2019, which SOM took place in early March?', { year: 2019, month: 3, day: undefined }],
    ['SOM 2019 hay 2020, tháng 10?', { year: undefined, month: 10, day: undefined }],
  ])('reads %j', (text, expected) => {
    const d = parseQueryDate(text);
    expect(d).toBeDefined();
    expect({ year: d!.year, month: d!.month, day: d!.day }).toEqual(expected);
  });

  it('records the numbers the date was written with', () => {
    expect(parseQueryDate('Ngày 07/09/2020')!.numbers.sort()).toEqual(['2020', '7', '9']);
  });

  it.each(['AMM 53 diễn ra khi nào?', 'Who chaired AMM 53?', 'nhiệm kỳ 2020-2021', 'UNSC member for 2020-2021', 'Hội nghị cấp cao lần thứ 37', 'Đàm phán kéo dài 2 tháng', 'What may ASEAN do next?', '', 'COC là gì?', '31/2/2020', '13/13/2020'])(
    'finds no date in %j',
    (text) => {
      expect(parseQueryDate(text)).toBeUndefined();
    },
  );
});

describe('dateFit', () => {
  const q = (text: string) => parseQueryDate(text)!;

  it('matches the same day', () => {
    expect(dateFit(q('23/11/2020'), day('2020-11-23'))).toBe('match');
  });

  it('matches a day inside a multi-day event, including its first and last days', () => {
    const amm53 = day('2020-09-09', '2020-09-12');
    expect(dateFit(q('10/9/2020'), amm53)).toBe('match');
    expect(dateFit(q('9/9/2020'), amm53)).toBe('match');
    expect(dateFit(q('12/9/2020'), amm53)).toBe('match');
    expect(dateFit(q('8/9/2020'), amm53)).toBe('mismatch');
    expect(dateFit(q('13/9/2020'), amm53)).toBe('mismatch');
  });

  it('matches a range that crosses a month boundary', () => {
    expect(dateFit(q('1/12/2019'), day('2019-11-29', '2019-12-02'))).toBe('match');
  });

  it('is coarser when the fact knows only the month or year', () => {
    expect(dateFit(q('7/10/2020'), month('2020-10'))).toBe('coarser');
    expect(dateFit(q('7/10/2020'), year('2020'))).toBe('coarser');
  });

  it('matches a month question against a day in that month', () => {
    expect(dateFit(q('in March 2019'), day('2019-03-06', '2019-03-08'))).toBe('match');
    expect(dateFit(q('tháng 10/2020'), month('2020-10'))).toBe('match');
  });

  it('is a mismatch on another year, month or day', () => {
    expect(dateFit(q('23/11/2021'), day('2020-11-23'))).toBe('mismatch');
    expect(dateFit(q('23/10/2020'), day('2020-11-23'))).toBe('mismatch');
    expect(dateFit(q('24/11/2020'), day('2020-11-23'))).toBe('mismatch');
    expect(dateFit(q('in March 2021'), year('2020'))).toBe('mismatch');
  });

  it('matches a date without a year on day and month', () => {
    expect(dateFit(q('23/11'), day('2020-11-23'))).toBe('match');
    expect(dateFit(q('24/11'), day('2020-11-23'))).toBe('mismatch');
  });

  it('is none when the fact has no date', () => {
    expect(dateFit(q('23/11/2020'), undefined)).toBe('none');
  });
});

describe('date questions end to end', () => {
  let engine: Engine;

  beforeAll(() => {
    engine = createEngine(loadFacts({ dir: 'facts' }));
  });

  it.each([
    'Ngày 23/11/2020 có sự kiện gì?',
    'What happened on 23 November 2020?',
    'ngay 23/11/2020 co gi',
    'What happened on 3 December 2019?',
    'Ngày 18/11/2019 có sự kiện gì?',
    'Sự kiện nào diễn ra ngày 29/3/2019?',
    'What happened on September 9, 2020?',
    'Ngày 26 tháng 11 năm 2019 có sự kiện gì?',
    'What events took place on 7 September 2020?',
    'What happened on 10 September 2020?',
  ])('%s answers with a fact dated that day', (question) => {
    const asked = parseQueryDate(question)!;
    expect(asked.day).toBeDefined();
    const a = engine.ask(question);
    expect(a.answered).toBe(true);
    const fact = engine.table.byId.get(a.facts[0]!.id)!;
    expect(dateFit(asked, fact.date)).toBe('match');
    expect(a.facts[0]!.date).toBe(fact.date!.value);
  });

  it('does not answer a date with no events in the table', () => {
    for (const q of ['Ngày 5/5/2021 có sự kiện gì?', 'What happened on 1 January 2022?', 'What happened in March 2021?']) {
      expect(engine.ask(q).answered, q).toBe(false);
    }
  });
});
