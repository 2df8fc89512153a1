// The application's shared rules, the same for every surface: feedback, unknown facts, the digest permission, help in
// the surface's spelling, and one decision of the reply language per request.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Briefing } from '../src/app/Briefing.js';
import type { CommandSpelling, Origin } from '../src/app/commands.js';
import { createEngine } from '../src/engine/create-engine.js';
import { buildFactTable } from '../src/facts/fact-table.js';
import { loadFacts } from '../src/facts/load-facts.js';
import { fixedClock } from '../src/model/clock.js';
import type { Logger } from '../src/model/logger.js';
import { SqliteStore } from '../src/store/SqliteStore.js';
import { refusal } from './helpers/refusal.js';

const table = loadFacts({ dir: 'tests/fixtures/facts' });
const engine = createEngine(table);
const CHAT: CommandSpelling = { ask: '/ask', help: '/briefing help', sources: '/briefing sources', digest: '/briefing digest' };
const CONSOLE: CommandSpelling = { ask: '', help: ':help', sources: ':sources' };
const origin = (commands: CommandSpelling = CHAT): Origin => ({ platform: 'discord', commands, userId: 'U1', channelId: 'C1', workspaceId: 'G1' });

let store: SqliteStore;
let warnings: unknown[];
let briefing: Briefing;

beforeEach(() => {
  store = new SqliteStore(':memory:');
  warnings = [];
  const logger = { error() {}, info() {}, debug() {}, warn: (o: unknown) => void warnings.push(o), child: () => logger } as unknown as Logger;
  briefing = new Briefing({
    settings: { maxQuestionLength: 500, rateLimit: { userPerMinute: 100, channelPerMinute: 100 }, digestTime: '07:30', timezone: 'Asia/Ho_Chi_Minh' },
    table,
    engine,
    store,
    clock: fixedClock('2026-09-09T00:00:00Z'),
    logger,
  });
});
afterEach(() => store.close());

describe('feedback', () => {
  it('records a vote on a fact of the table and thanks in the language of the click', () => {
    expect(briefing.feedback({ origin: origin(), factId: 'amm53-chair', vote: 'up', question: 'Who chaired AMM 53?', language: 'vi' }).text).toBe('Cảm ơn bạn đã góp ý.');
    expect(store.db.prepare('SELECT platform, fact_id, vote FROM feedback').all()).toEqual([{ platform: 'discord', fact_id: 'amm53-chair', vote: 'up' }]);
  });

  it('thanks for a vote on a fact no longer in the table, logs it and stores nothing', () => {
    expect(briefing.feedback({ origin: origin(), factId: 'gone-fact', vote: 'down', question: null, language: 'en' }).text).toBe('Thanks for the feedback.');
    expect(store.db.prepare('SELECT COUNT(*) AS n FROM feedback').get()).toEqual({ n: 0 });
    expect(warnings).toHaveLength(1);
  });
});

describe('refusals', () => {
  it('an unknown fact is refused in the language of the click', () => {
    const e = refusal(() => briefing.explain({ origin: origin(), factId: 'gone-fact', language: 'vi' }));
    expect(e.identifier).toBe('UnknownFact');
    expect(e.language).toBe('vi');
    expect(e.reply(e.language!)).toBe('Thông tin này không còn trong bảng dữ kiện.');
  });

  it('digest on and off need a member who may manage the channel, when the surface can tell', () => {
    const digest = (mayManageChannel: boolean | undefined) =>
      briefing.command({ kind: 'digest', origin: origin(), language: 'en', digest: { action: 'on' }, mayManageChannel });
    expect(refusal(() => digest(false))).toMatchObject({ identifier: 'Forbidden', language: 'en' });
    expect(store.listSubscriptions()).toEqual([]);
    expect(digest(true)).toMatchObject({ kind: 'digest', result: { kind: 'subscribed', audience: 'channel' } });
    expect(digest(undefined)).toMatchObject({ kind: 'digest', result: { kind: 'subscribed' } });
  });
});

describe('the reply language, decided once', () => {
  it('is the language of the question for answers and refusals alike', () => {
    const vi = briefing.ask({ origin: origin(), text: 'Ai chủ trì AMM 53?', language: 'en' });
    expect(vi.language).toBe('vi');
    const empty = refusal(() => briefing.ask({ origin: origin(), text: '🙂', language: 'vi' }));
    expect(empty).toMatchObject({ identifier: 'EmptyQuestion', language: 'vi' });
    expect(empty.reply('vi')).toContain('`/ask AMM 53 diễn ra khi nào?`');
  });

  it('an English question naming a Vietnamese person is answered, and would be refused, in English', () => {
    expect(briefing.ask({ origin: origin(), text: 'Who is Phạm Bình Minh?', language: 'vi' }).language).toBe('en');
  });
});

describe('help', () => {
  it('spells the commands as the surface does, and lists the digest only where there is one', () => {
    const chat = briefing.help(origin(), 'en').text;
    expect(chat).toContain('`/ask <question>`');
    expect(chat).toContain('`/briefing digest on [HH:MM] [vi|en]`');
    const console = briefing.help(origin(CONSOLE), 'en').text;
    expect(console).toContain('`<question>`');
    expect(console).toContain('`:sources`');
    expect(console).not.toContain('digest');
  });
});

describe('one-shot answers', () => {
  it('answer() neither refuses nor limits: nothing to ask gets the "please ask" answer', () => {
    const a = briefing.answer('   ');
    expect(a).toMatchObject({ question: '', answered: false, language: 'en' });
    expect(a.text).toMatch(/Please ask a question/);
  });
});

describe('health', () => {
  it('is ok with the database answering and facts loaded', () => {
    expect(briefing.health()).toMatchObject({ ok: true, facts: table.facts.length, database: { ok: true } });
  });

  it('is not ok with an empty fact table, even with the database answering (every question would be refused)', () => {
    const empty = buildFactTable([], [], []);
    const bare = new Briefing({
      settings: { maxQuestionLength: 500, rateLimit: { userPerMinute: 100, channelPerMinute: 100 }, digestTime: '07:30', timezone: 'Asia/Ho_Chi_Minh' },
      table: empty,
      engine: createEngine(empty),
      store,
      clock: fixedClock('2026-09-09T00:00:00Z'),
      logger: { error() {}, info() {}, debug() {}, warn() {}, child() { return this; } } as unknown as Logger,
    });
    expect(bare.health()).toMatchObject({ ok: false, facts: 0, database: { ok: true } });
  });
});
