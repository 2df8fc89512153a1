// `/briefing digest on|off|preview|(status)`: Slack's parsing, the stored subscription, replies, and typed errors.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config/config.js';
import { openTestApp, type TestApp } from './helpers/test-app.js';
import { parseDigestArgs, parseOnOptions } from '../adapters/slack/parse-briefing-command.js';
import type { Briefing } from '../src/app/Briefing.js';
import type { DigestResult } from '../src/app/commands.js';
import { parseTime, parseTimezone } from '../src/app/digest/digest-command.js';
import type { Platform } from '../src/app/store-port.js';
import type { Language } from '../src/model/language.js';
import { SqliteStore } from '../src/store/SqliteStore.js';
import { fixtureTable, settableClock, tempDir } from './digest-fixtures.js';
import { refusal } from './helpers/refusal.js';

let tmp: ReturnType<typeof tempDir>;
let app: TestApp;
let briefing: Briefing;
let clock: ReturnType<typeof settableClock>;

beforeEach(async () => {
  tmp = tempDir();
  clock = settableClock('2026-11-23T03:00:00Z'); // 10:00 in Ha Noi
  app = await openTestApp({ config: loadConfig({ BRIEFING_DB: tmp.db }), table: fixtureTable(), store: new SqliteStore(tmp.db), clock });
  ({ briefing } = app);
});
afterEach(() => {
  app.store.close();
  tmp.cleanup();
});

interface Ctx {
  language: Language;
  channelId: string;
  platform: Platform;
}
const ctx = (language: Language = 'vi', channelId = 'C1'): Ctx => ({ language, channelId, platform: 'slack' });

/** `/briefing digest <args>` as Slack parses it, run by the application in the context's language. */
function runDigestCommand(args: string, c: Ctx): DigestResult {
  const origin = { platform: c.platform, commands: { ask: '/ask', help: '/briefing help', sources: '/briefing sources', digest: '/briefing digest' }, channelId: c.channelId, workspaceId: 'T1' };
  const result = briefing.command({ kind: 'digest', origin, language: c.language, digest: parseDigestArgs(args.trim().split(/\s+/)) });
  if (result.kind !== 'digest') throw new Error('expected a digest result');
  return result.result;
}

describe('parsing', () => {
  it('reads time, language and zone in any order', () => {
    expect(parseOnOptions(['07:30', 'en', 'America/New_York'])).toEqual({ time: '07:30', language: 'en', timezone: 'America/New_York' });
    expect(parseOnOptions(['Europe/Paris', '7h', 'VI'])).toEqual({ time: '7h', language: 'vi', timezone: 'Europe/Paris' });
    expect(parseOnOptions([])).toEqual({});
    expect(parseTime('7:05')).toBe('07:05');
    expect(parseTime('23h59')).toBe('23:59');
    expect(parseTimezone('asia/ho_chi_minh')).toBe('Asia/Ho_Chi_Minh');
    expect(parseTimezone('UTC')).toBe('UTC');
  });

  it('rejects bad times, zones and words with typed errors in both languages', () => {
    for (const t of ['25:00', '07:60', '7:5', '0730', '12:30pm']) {
      expect(refusal(() => parseTime(t)).identifier).toBe('BadDigestTime');
    }
    const tz = refusal(() => parseTimezone('Mars/Olympus_Mons'));
    expect(tz.identifier).toBe('BadTimezone');
    expect(tz.reply('vi')).toContain('Múi giờ không hợp lệ');
    expect(tz.reply('en')).toContain('Asia/Ho_Chi_Minh');
    expect(refusal(() => parseOnOptions(['fr'])).identifier).toBe('BadCommand');
    expect(refusal(() => parseOnOptions(['07:30', '08:00'])).identifier).toBe('BadCommand');
    expect(refusal(() => parseOnOptions(['vi', 'en'])).identifier).toBe('BadCommand');
  });

  it('rejects unknown verbs and extra words through the command', () => {
    expect(refusal(() => runDigestCommand('daily', ctx())).identifier).toBe('BadCommand');
    expect(refusal(() => runDigestCommand('off now', ctx())).identifier).toBe('BadCommand');
    expect(refusal(() => runDigestCommand('preview en', ctx())).identifier).toBe('BadCommand');
    expect(refusal(() => runDigestCommand('on 24:00', ctx())).identifier).toBe('BadDigestTime');
    const zone = refusal(() => runDigestCommand('on Asia/Nowhere', ctx('en')));
    expect(zone.reply(zone.language!)).toMatch(/^Unknown time zone/);
    expect(app.store.listSubscriptions()).toEqual([]);
  });
});

describe('subscribing', () => {
  it('`on` with no options uses the configured time and zone and the user\'s language', () => {
    const r = runDigestCommand('on', ctx('en'));
    expect(r.kind).toBe('subscribed');
    if (r.kind !== 'subscribed') return;
    expect(r.subscription).toMatchObject({ platform: 'slack', channelId: 'C1', workspaceId: 'T1', time: '07:30', timezone: 'Asia/Ho_Chi_Minh', language: 'en' });
    // Subscribed at 10:00 local, after today's 07:30: the first digest is tomorrow's.
    expect(r.text).toBe('Daily digest on for this channel: 07:30 (Asia/Ho_Chi_Minh), in English. Next one: 07:30 on 24 November 2026.');
    expect(app.store.getSubscription('slack', 'C1')).toEqual(r.subscription);
  });

  it('`on HH:MM vi Zone` stores them; a later `on` changes only what it names', () => {
    const r = runDigestCommand('  on 18:15 vi America/New_York ', ctx('en'));
    expect(r).toMatchObject({ kind: 'subscribed', subscription: { time: '18:15', language: 'vi', timezone: 'America/New_York' } });
    // 03:00Z is 22:00 on the 22nd in New York: the next 18:15 there is on the 23rd.
    expect(r.text).toContain('Next one: 18:15 on 23 November 2026');
    const again = runDigestCommand('on 06:00', ctx('vi'));
    expect(again).toMatchObject({ subscription: { time: '06:00', language: 'vi', timezone: 'America/New_York' } });
    expect(again.text).toBe('Đã bật điểm tin hằng ngày cho kênh này: 06:00 (America/New_York), bằng tiếng Việt. Bản tiếp theo: 06:00 ngày 23/11/2026.');
    expect(app.store.listSubscriptions()).toHaveLength(1);
  });

  it('`off` removes the subscription and says whether there was one', () => {
    runDigestCommand('on', ctx());
    expect(runDigestCommand('off', ctx())).toEqual({ kind: 'unsubscribed', audience: 'channel', language: 'vi', existed: true, text: 'Đã tắt điểm tin hằng ngày cho kênh này.' });
    expect(runDigestCommand('OFF', ctx('en'))).toEqual({ kind: 'unsubscribed', audience: 'channel', language: 'en', existed: false, text: 'This channel had no daily digest.' });
    expect(app.store.getSubscription('slack', 'C1')).toBeUndefined();
  });

  it('status (empty args) tells how to subscribe, then the setting and the next delivery', () => {
    const none = runDigestCommand('', ctx('en'));
    expect(none).toMatchObject({ kind: 'status', subscription: undefined });
    expect(none.text).toContain('/briefing digest on');
    runDigestCommand('on 07:30 en', ctx());
    const status = runDigestCommand('status', ctx('vi'));
    expect(status).toMatchObject({ kind: 'status', subscription: { time: '07:30', language: 'en' } });
    expect(status.text).toBe('Kênh này nhận điểm tin hằng ngày: 07:30 (Asia/Ho_Chi_Minh), bằng tiếng Anh. Bản tiếp theo: 07:30 ngày 24/11/2026.');
    // The same channel id on another platform is another channel.
    expect(runDigestCommand('', { ...ctx(), platform: 'discord' })).toMatchObject({ kind: 'status', subscription: undefined });
  });
});

describe('preview', () => {
  it('builds today\'s digest in the channel\'s zone and language without recording a send', () => {
    clock.set('2026-11-22T18:00:00Z'); // 01:00 on the 23rd in Ha Noi, 13:00 on the 22nd in New York
    const p = runDigestCommand('preview', ctx('en'));
    expect(p.kind).toBe('preview');
    if (p.kind !== 'preview') return;
    expect(p.digest).toMatchObject({ date: '2026-11-23', language: 'en', header: 'Monday, 23 November 2026' });
    expect(p.digest.sections.map((s) => s.kind)).toEqual(['on-this-day', 'coming-up', 'briefing-point']);
    expect(p.text).toBe(p.digest.text);

    runDigestCommand('on vi America/New_York', ctx('en'));
    const ny = runDigestCommand('preview', ctx('en'));
    expect(ny.kind === 'preview' && ny.digest).toMatchObject({ date: '2026-11-22', language: 'vi', header: 'Chủ Nhật, 22/11/2026' });
    expect(app.store.listDigestSends('slack', 'C1')).toEqual([]);
  });
});
