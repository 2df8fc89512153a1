// The curator's review in the application: the grouping rule, the rows numbered (and kept for `review accept`), 👎 with
// their question, the figures and days, the period read from "7d" or a date, rows the table answers now left out,
// the text and the self-contained HTML page; recording off at BRIEFING_HISTORY_DAYS=0 and rows past it deleted.
import { describe, expect, it } from 'vitest';
import { Briefing } from '../src/app/Briefing.js';
import type { Origin } from '../src/app/commands.js';
import { groupQuestions, jaccard, type AskedQuestion } from '../src/app/curation/group-questions.js';
import { periodStart } from '../src/app/curation/period.js';
import { reviewText } from '../src/app/curation/review-text.js';
import { reviewPage } from '../src/cli/review-page.js';
import { createEngine } from '../src/engine/create-engine.js';
import { loadFacts } from '../src/facts/load-facts.js';
import { UserError } from '../src/model/errors.js';
import { silentLogger } from '../src/model/logger.js';
import { SqliteStore } from '../src/store/SqliteStore.js';

const table = loadFacts({ dir: 'tests/fixtures/facts' });
const engine = createEngine(table);
const CHAT = { ask: '/ask', help: '/briefing help', sources: '/briefing sources', digest: '/briefing digest' };
const slack = (userId: string, channelId = 'C1'): Origin => ({ platform: 'slack', commands: CHAT, userId, channelId });
const discord = (userId: string): Origin => ({ platform: 'discord', commands: CHAT, userId, channelId: 'D1' });

const ask = (question: string, at: string, extra: Partial<AskedQuestion> = {}): AskedQuestion => ({ question, language: 'vi', factId: null, confidence: 0.3, userHash: 'u1', at, ...extra });

describe('grouping unanswered questions', () => {
  it('makes one row of one question asked several ways: folded spellings and wordings sharing half their words', () => {
    const groups = groupQuestions([
      ask('AMM 54 tổ chức ở đâu?', '2026-11-20T01:00:00Z', { userHash: 'a', factId: 'venue', confidence: 0.4 }),
      ask('amm 54 to chuc o dau', '2026-11-20T02:00:00Z', { userHash: 'b', factId: 'venue', confidence: 0.5 }),
      ask('AMM 54 tổ chức ở đâu', '2026-11-20T03:00:00Z', { userHash: 'a', factId: 'other', confidence: 0.6 }),
      ask('AMM 54 được tổ chức tại đâu?', '2026-11-21T01:00:00Z', { userHash: 'c', factId: 'venue', confidence: 0.45 }),
      ask('Ai chủ trì AMM 54?', '2026-11-21T02:00:00Z', { userHash: 'c' }),
    ]);
    expect(groups).toHaveLength(2);
    expect(groups[0]).toMatchObject({
      wording: 'AMM 54 tổ chức ở đâu?',
      count: 4,
      askers: 3,
      variants: [
        { text: 'AMM 54 tổ chức ở đâu?', count: 3 },
        { text: 'AMM 54 được tổ chức tại đâu?', count: 1 },
      ],
      // The fact found closest most often, with the best confidence it had.
      closest: { id: 'venue', confidence: 0.5 },
      lastAsked: '2026-11-21T01:00:00Z',
    });
    expect(groups[1]).toMatchObject({ wording: 'Ai chủ trì AMM 54?', count: 1, closest: null });
  });

  it('keeps questions naming other numbers apart, however many words they share', () => {
    const groups = groupQuestions([ask('AMM 54 tổ chức ở đâu?', '2026-11-20T01:00:00Z'), ask('AMM 53 tổ chức ở đâu?', '2026-11-20T02:00:00Z')]);
    expect(groups.map((g) => g.wording).sort()).toEqual(['AMM 53 tổ chức ở đâu?', 'AMM 54 tổ chức ở đâu?']);
    expect(jaccard(new Set(['a', 'b', 'c']), new Set(['b', 'c', 'd']))).toBe(0.5);
  });
});

describe('the review period', () => {
  const now = new Date('2026-11-23T01:00:00Z');
  it('reads a length back from now or a local date from its midnight, and refuses anything else', () => {
    expect(periodStart('7d', now, 'UTC').toISOString()).toBe('2026-11-16T01:00:00.000Z');
    expect(periodStart('24h', now, 'UTC').toISOString()).toBe('2026-11-22T01:00:00.000Z');
    expect(periodStart('2w', now, 'UTC').toISOString()).toBe('2026-11-09T01:00:00.000Z');
    expect(periodStart('2026-11-01', now, 'Asia/Ho_Chi_Minh').toISOString()).toBe('2026-10-31T17:00:00.000Z');
    expect(() => periodStart('last week', now, 'UTC')).toThrow(UserError);
    expect(() => periodStart('2026-13-01', now, 'UTC')).toThrow(/Invalid period “2026-13-01”/);
  });
});

/** The application over the fixture table with a clock the test moves, and its store. */
function app(historyDays?: number) {
  let now = new Date('2026-11-20T01:00:00Z');
  const store = new SqliteStore(':memory:');
  const briefing = new Briefing({
    settings: {
      maxQuestionLength: 500,
      rateLimit: { userPerMinute: 100, channelPerMinute: 100 },
      digestTime: '07:30',
      timezone: 'Asia/Ho_Chi_Minh',
      admins: ['UCURATOR'],
      ...(historyDays === undefined ? {} : { historyDays }),
    },
    table,
    engine,
    store,
    clock: () => now,
    logger: silentLogger,
  });
  return { briefing, store, at: (iso: string) => void (now = new Date(iso)) };
}

const tables = ['asked_questions', 'topic_clicks', 'feedback'] as const;
const counts = (store: SqliteStore) => Object.fromEntries(tables.map((t) => [t, (store.db.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n]));

describe('the review', () => {
  it('numbers the unanswered rows, lists 👎 with their question, counts by platform, language and day', () => {
    const { briefing, store, at } = app();
    briefing.ask({ origin: slack('U1'), text: 'Who chaired AMM 53?', language: 'en' });
    briefing.ask({ origin: slack('U2'), text: 'Ai dẫn dắt AMM 53?', language: 'vi' });
    at('2026-11-21T03:00:00Z');
    briefing.ask({ origin: discord('100000000000000020'), text: 'ai dan dat AMM 53', language: 'vi' });
    briefing.ask({ origin: discord('100000000000000020'), text: 'AMM 53 do ai dẫn dắt', language: 'vi' });
    briefing.ask({ origin: discord('100000000000000020'), text: 'zzqx qwv', language: 'en' });
    briefing.explain({ origin: slack('U1'), factId: 'amm53-delegations', language: 'en' });
    briefing.feedback({ origin: discord('100000000000000021'), factId: 'amm53-chair', vote: 'down', question: 'Who chaired AMM 53?', language: 'en' });
    briefing.feedback({ origin: slack('U1'), factId: 'amm53-chair', vote: 'up', question: 'Who chaired AMM 53?', language: 'en' });
    at('2026-11-22T01:00:00Z');

    const review = briefing.review({ since: '7d', language: 'en' });
    expect(review.unanswered).toEqual([
      {
        n: 1,
        wording: 'Ai dẫn dắt AMM 53?',
        language: 'vi',
        count: 3,
        askers: 2,
        // The same words without diacritics are the same wording; other words in common make a variant.
        variants: [
          { text: 'Ai dẫn dắt AMM 53?', count: 2 },
          { text: 'AMM 53 do ai dẫn dắt', count: 1 },
        ],
        closest: { id: 'amm53-chair', question: 'Ai chủ trì AMM 53?', confidence: expect.any(Number) },
        lastAsked: '2026-11-21T03:00:00.000Z',
      },
      expect.objectContaining({ n: 2, wording: 'zzqx qwv', count: 1, closest: null }),
    ]);
    expect(review.downvoted).toEqual([{ fact: { id: 'amm53-chair', question: 'Who chaired AMM 53?' }, question: 'Who chaired AMM 53?', count: 1, lastAt: '2026-11-21T03:00:00.000Z' }]);
    expect(review.figures).toMatchObject({
      questions: 5,
      answered: 1,
      share: 0.2,
      byPlatform: [
        { key: 'discord', questions: 3, answered: 0, share: 0 },
        { key: 'slack', questions: 2, answered: 1, share: 0.5 },
      ],
      topFacts: [{ id: 'amm53-chair', question: 'Who chaired AMM 53?', count: 1 }],
      votes: { up: 1, down: 1 },
      clicks: 1,
      resolved: 0,
    });
    // Days in BRIEFING_TIMEZONE, every day of the period, empty ones included.
    expect(review.days.filter((d) => d.questions)).toEqual([
      { date: '2026-11-20', questions: 2, answered: 1 },
      { date: '2026-11-21', questions: 3, answered: 0 },
    ]);
    expect(review.days).toHaveLength(8);
    // Row numbers are kept for `review accept N`.
    expect(store.reviewRow(1)).toEqual({ n: 1, wording: 'Ai dẫn dắt AMM 53?', language: 'vi', factId: 'amm53-chair' });

    const text = reviewText(review, 'briefing review accept N [FACT-ID]');
    expect(text).toContain('Unanswered questions: 2 groups, 4 asks');
    expect(text).toContain('1. “Ai dẫn dắt AMM 53?” ×3 (vi; askers: 2)');
    expect(text).toContain('closest: amm53-chair “Ai chủ trì AMM 53?”, confidence 0.');
    expect(text).toContain('also asked as: “AMM 53 do ai dẫn dắt” ×1');
    expect(text).toContain('amm53-chair ×1: asked “Who chaired AMM 53?”');
    expect(text).toContain('Questions: 5, answered 20% (1)');
    expect(text).toContain('By platform: discord 3 (0% answered), slack 2 (50% answered)');
    store.close();
  });

  it('leaves out a row the table answers now, and counts it', () => {
    const { briefing, store } = app();
    briefing.ask({ origin: slack('U1'), text: 'zzqx qwv', language: 'en' });
    // Recorded as abstained, but the engine answers it now (as after `facts add-question`).
    store.recordAsked({ platform: 'slack', channelId: 'C1', userHash: null, language: 'en', answered: false, factId: 'amm53-chair', confidence: 0.3, question: 'Who chaired AMM 53?' }, new Date('2026-11-20T01:00:00Z'));
    const review = briefing.review({ since: '7d', language: 'en' });
    expect(review.unanswered.map((r) => r.wording)).toEqual(['zzqx qwv']);
    expect(review.figures.resolved).toBe(1);
    store.close();
  });

  it('shows a curator the top rows in chat, privately; anyone else is told it is not theirs to see', () => {
    const { briefing, store } = app();
    briefing.ask({ origin: slack('U1'), text: 'Ai dẫn dắt AMM 53?', language: 'vi' });
    const result = briefing.command({ kind: 'review', origin: slack('UCURATOR'), language: 'en' });
    expect(result).toMatchObject({ kind: 'review', audience: 'asker', title: 'Unanswered questions, last 7 days' });
    if (result.kind !== 'review') throw new Error('expected a review');
    expect(result.lines).toEqual([expect.stringMatching(/^1\. “Ai dẫn dắt AMM 53\?” ×1 \(vi; askers: 1\); closest: amm53-chair “Ai chủ trì AMM 53\?”, confidence 0\.\d\d$/)]);
    let refused: unknown;
    try {
      briefing.command({ kind: 'review', origin: slack('U1'), language: 'vi' });
    } catch (error) {
      refused = error;
    }
    expect(refused).toBeInstanceOf(UserError);
    expect((refused as UserError).identifier).toBe('Forbidden');
    expect((refused as UserError).reply('vi')).toContain('BRIEFING_ADMINS');
    store.close();
  });

  it('writes one self-contained page: no script, nothing fetched, a chart per day, the rows escaped', () => {
    const { briefing, store } = app();
    briefing.ask({ origin: slack('U1'), text: 'Ai <b>dẫn dắt</b> AMM 53?', language: 'vi' });
    briefing.ask({ origin: slack('U2'), text: 'Who chaired AMM 53?', language: 'en' });
    const page = reviewPage(briefing.review({ since: '3d', language: 'vi' }), 'briefing review accept N [FACT-ID]');
    expect(page).toMatch(/^<!doctype html>/);
    expect(page).not.toMatch(/<script|<link|<img|<iframe|src=|href=|url\(|https?:/i);
    expect(page).toContain('<svg');
    expect(page.match(/<rect /g)).toHaveLength(4);
    expect(page).toContain('Ai &#60;b&#62;dẫn dắt&#60;/b&#62; AMM 53?');
    expect(page).toContain('<code>briefing review accept N [FACT-ID]</code>');
    expect(page).toContain('Câu hỏi và tỷ lệ được trả lời theo ngày');
    store.close();
  });
});

describe('how long the history is kept', () => {
  it('deletes questions, votes and clicks older than BRIEFING_HISTORY_DAYS', () => {
    const { briefing, store, at } = app(30);
    briefing.ask({ origin: slack('U1'), text: 'zzqx qwv', language: 'en' });
    briefing.explain({ origin: slack('U1'), factId: 'amm53-chair', language: 'en' });
    briefing.feedback({ origin: slack('U1'), factId: 'amm53-chair', vote: 'down', question: 'Who chaired AMM 53?', language: 'en' });
    briefing.review({ since: '7d', language: 'en' });
    expect(counts(store)).toEqual({ asked_questions: 1, topic_clicks: 1, feedback: 1 });
    at('2026-12-19T01:00:00Z');
    briefing.ask({ origin: slack('U1'), text: 'Who chaired AMM 53?', language: 'en' });
    // 29 days on: all kept.
    expect(counts(store)).toEqual({ asked_questions: 2, topic_clicks: 1, feedback: 1 });
    at('2026-12-20T01:00:01Z');
    briefing.ready();
    expect(counts(store)).toEqual({ asked_questions: 1, topic_clicks: 0, feedback: 0 });
    expect(store.reviewRow(1)).toBeUndefined();
    store.close();
  });

  it('records nothing at 0, and deletes what an earlier setting kept', () => {
    const { briefing, store } = app(0);
    store.recordAsked({ platform: 'slack', channelId: 'C1', userHash: null, language: 'en', answered: true, factId: 'amm53-chair', confidence: 0.9, question: null }, new Date('2026-11-19T00:00:00Z'));
    briefing.ready();
    briefing.ask({ origin: slack('U1'), text: 'zzqx qwv', language: 'en' });
    briefing.explain({ origin: slack('U1'), factId: 'amm53-chair', language: 'en' });
    expect(briefing.feedback({ origin: slack('U1'), factId: 'amm53-chair', vote: 'down', question: 'x', language: 'en' }).text).toBe('Thanks for the feedback.');
    expect(counts(store)).toEqual({ asked_questions: 0, topic_clicks: 0, feedback: 0 });
    expect(briefing.review({ since: '7d', language: 'en' }).figures.questions).toBe(0);
    store.close();
  });
});
