// The Discord adapter end to end: the real discord.js client against a fake gateway and REST API on 127.0.0.1.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { deployCommandsFromCli } from '../adapters/discord/cli.js';
import { createRoot } from '../adapters/root.js';
import { deployCommands, startDiscord, type DiscordAdapter } from '../adapters/discord/index.js';
import { openTestApp, type TestApp } from './helpers/test-app.js';
import { fixedClock } from '../src/model/clock.js';
import type { Digest } from '../src/app/digest/types.js';
import { loadFacts } from '../src/facts/load-facts.js';
import { SqliteStore } from '../src/store/SqliteStore.js';
import { APP_ID, ASKER, BOT_ID, BOT_USER, CHANNEL_ID, FakeDiscord, GONE_CHANNEL_ID, GUILD_ID, botMessage } from './helpers/fake-discord.js';
import { testConfig } from './helpers/fixtures.js';

const MANAGE_CHANNELS = String(1 << 4);
const NO_MENTIONS = { parse: [] };

/** A member listed in BRIEFING_ADMINS, with no permission of its own in the server. */
const CURATOR = { ...ASKER, id: '100000000000000077', username: 'curator', global_name: 'Curator' };

let fake: FakeDiscord;
let dir: string;
let dbPath: string;
let app: TestApp;
let adapter: DiscordAdapter;

beforeAll(async () => {
  fake = new FakeDiscord();
  await fake.start();
  dir = mkdtempSync(join(tmpdir(), 'briefing-discord-'));
  dbPath = join(dir, 'briefing.db');
  app = await openTestApp({
    config: testConfig({ discord: { token: 'fake-bot-token', apiUrl: fake.apiUrl }, dbPath, rateLimit: { userPerMinute: 10, channelPerMinute: 30 }, admins: [CURATOR.id] }),
    table: loadFacts({ dir: 'tests/fixtures/facts' }),
    store: new SqliteStore(dbPath),
    clock: fixedClock('2026-11-23T01:00:00.000Z'),
  });
  adapter = await startDiscord(app.context, { waitGuildTimeoutMs: 2000, readyTimeoutMs: 10_000 });
});

afterAll(async () => {
  await adapter?.stop();
  await fake?.close();
  app?.store.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const askCommand = (question: string) => ({ id: '300', name: 'ask', type: 1, options: [{ name: 'question', type: 3, value: question }] });
const digestCommand = (sub: string, options: { name: string; type: number; value: string }[] = []) => ({
  id: '301',
  name: 'briefing',
  type: 1,
  options: [{ name: 'digest', type: 2, options: [{ name: sub, type: 1, options }] }],
});
/** A bot answer with one embed titled `title`, as buttons are clicked on (type 20: a reply to a slash command). */
const answerMessage = (title: string) =>
  botMessage(fake.snowflake(), CHANNEL_ID, { timestamp: '2026-11-23T01:00:00.000Z', embeds: [{ title, description: '…' }], type: 20 });

describe('Discord connection', () => {
  it('identifies with only the Guilds and GuildMessages intents, using the REST base from DISCORD_API_URL', () => {
    expect(fake.identifies).toHaveLength(1);
    expect(fake.identifies[0].intents).toBe((1 << 0) | (1 << 9));
    expect(fake.requests.some((r) => r.path === '/api/v10/gateway/bot' && r.authorization === 'Bot fake-bot-token')).toBe(true);
    expect(adapter.client.user.id).toBe(BOT_ID);
  });
});

describe('/ask', () => {
  it('replies with the answer and its citation as an embed, pinging no one', async () => {
    const req = await fake.interact(fake.interaction(2, askCommand('Who chaired AMM 53?')));
    expect(req.body.type).toBe(4);
    const data = req.body.data;
    expect(data.allowed_mentions).toEqual(NO_MENTIONS);
    const embed = data.embeds[0];
    expect(embed.title).toBe('Who chaired AMM 53?');
    expect(embed.description).toContain('Pham Binh Minh');
    const citation = embed.fields[0].value as string;
    for (const part of ['Báo Mẫu', '9 September 2020', 'Khai mạc Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 53', 'Nguyễn Văn A']) expect(citation).toContain(part);
    const customIds = data.components.flatMap((row: any) => row.components.map((b: any) => b.custom_id));
    expect(customIds).toEqual(expect.arrayContaining(['fb:up:amm53-chair', 'fb:down:amm53-chair']));
    expect(data.flags ?? 0).toBe(0);
  });

  it('suggests known questions while typing: at most 25 choices, each within 100 characters', async () => {
    const req = await fake.interact(fake.interaction(4, { id: '300', name: 'ask', type: 1, options: [{ name: 'question', type: 3, value: 'AMM 53', focused: true }] }));
    expect(req.body.type).toBe(8);
    const choices = req.body.data.choices as { name: string; value: string }[];
    expect(choices.length).toBeGreaterThan(0);
    expect(choices.length).toBeLessThanOrEqual(25);
    for (const c of choices) {
      expect(c.name.length).toBeGreaterThan(0);
      expect(c.name.length).toBeLessThanOrEqual(100);
      expect(c.value.length).toBeLessThanOrEqual(100);
    }
    expect(choices.map((c) => c.value).join(' ')).toMatch(/AMM 53/);
  });
});

describe('buttons', () => {
  it('answers a related-fact click through explain, in the language of the message', async () => {
    const req = await fake.interact(fake.interaction(3, { custom_id: 'x:vi:amm53-delegations', component_type: 2 }, { message: answerMessage('Ai chủ trì AMM 53?') }));
    expect(req.body.type).toBe(4);
    expect(req.body.data.allowed_mentions).toEqual(NO_MENTIONS);
    expect(req.body.data.embeds[0].description).toBe('AMM 53 có 27 đoàn tham dự.');
    expect(req.body.data.embeds[0].fields[0].value).toContain('Báo Mẫu, 9/9/2020');
  });

  it('stores 👍/👎 feedback in the SQLite file with the question from the answer embed', async () => {
    const up = await fake.interact(fake.interaction(3, { custom_id: 'fb:up:amm53-chair', component_type: 2 }, { message: answerMessage('Who chaired AMM 53?') }));
    await fake.interact(fake.interaction(3, { custom_id: 'fb:down:amm53-chair', component_type: 2 }, { message: answerMessage('Who chaired AMM 53?') }));
    expect(up.body.data.flags).toBe(64);
    expect(up.body.data.allowed_mentions).toEqual(NO_MENTIONS);
    const db = new Database(dbPath, { readonly: true });
    const rows = db.prepare('SELECT platform, user_id, channel_id, fact_id, question, vote FROM feedback ORDER BY id').all();
    db.close();
    // The voter is stored as a salted hash, the same for both votes, never as the Discord id.
    const voter = expect.stringMatching(/^[0-9a-f]{32}$/);
    expect(rows).toEqual([
      { platform: 'discord', user_id: voter, channel_id: CHANNEL_ID, fact_id: 'amm53-chair', question: 'Who chaired AMM 53?', vote: 'up' },
      { platform: 'discord', user_id: voter, channel_id: CHANNEL_ID, fact_id: 'amm53-chair', question: 'Who chaired AMM 53?', vote: 'down' },
    ]);
    expect(new Set(rows.map((r: any) => r.user_id)).size).toBe(1);
  });

  it('answers an unknown fact id with a short ephemeral error', async () => {
    const req = await fake.interact(fake.interaction(3, { custom_id: 'x:en:no-such-fact', component_type: 2 }, { message: answerMessage('?') }));
    expect(req.body.data.flags).toBe(64);
    expect(req.body.data.content).toBe('That item is no longer in the fact table.');
    expect(req.body.data.allowed_mentions).toEqual(NO_MENTIONS);
  });
});

describe('/briefing', () => {
  it('refuses digest on without Manage Channels, ephemerally, and subscribes nothing', async () => {
    const req = await fake.interact(fake.interaction(2, digestCommand('on', [{ name: 'time', type: 3, value: '07:30' }])));
    expect(req.body.data.flags).toBe(64);
    expect(req.body.data.content).toMatch(/Manage Channels/);
    expect(req.body.data.allowed_mentions).toEqual(NO_MENTIONS);
    expect(app.store.getSubscription('discord', CHANNEL_ID)).toBeUndefined();
  });

  it('subscribes the channel for a member with Manage Channels, with the time and language options', async () => {
    const req = await fake.interact(
      fake.interaction(2, digestCommand('on', [{ name: 'time', type: 3, value: '06:45' }, { name: 'language', type: 3, value: 'vi' }]), { permissions: MANAGE_CHANNELS }),
    );
    expect(req.body.data.flags ?? 0).toBe(0);
    expect(req.body.data.allowed_mentions).toEqual(NO_MENTIONS);
    expect(req.body.data.embeds[0].description).toMatch(/06:45/);
    expect(app.store.getSubscription('discord', CHANNEL_ID)).toMatchObject({ time: '06:45', language: 'vi', workspaceId: GUILD_ID });
  });

  it('lets a BRIEFING_ADMINS member without Manage Channels turn the digest off', async () => {
    const interaction = fake.interaction(2, digestCommand('off'));
    const req = await fake.interact(Object.assign(interaction, { member: { ...interaction.member, user: CURATOR } }));
    expect(req.body.data.flags ?? 0).toBe(0);
    expect(req.body.data.embeds[0].description).toBe('Daily digest off for this channel.');
    expect(app.store.getSubscription('discord', CHANNEL_ID)).toBeUndefined();
    // Put back as the test before left it.
    await fake.interact(fake.interaction(2, digestCommand('on', [{ name: 'time', type: 3, value: '06:45' }, { name: 'language', type: 3, value: 'vi' }]), { permissions: MANAGE_CHANNELS }));
  });

  it('answers a bad digest time with the core’s message in the user’s language', async () => {
    const req = await fake.interact(fake.interaction(2, digestCommand('on', [{ name: 'time', type: 3, value: '25:00' }]), { permissions: MANAGE_CHANNELS, locale: 'vi' }));
    expect(req.body.data.flags).toBe(64);
    expect(req.body.data.content).toMatch(/Giờ không hợp lệ/);
  });

  it('previews the digest as embeds, only to the asker', async () => {
    const req = await fake.interact(fake.interaction(2, digestCommand('preview')));
    expect(req.body.data.flags).toBe(64);
    expect(req.body.data.embeds.length).toBeGreaterThan(0);
    expect(req.body.data.allowed_mentions).toEqual(NO_MENTIONS);
  });

  it('lists the sources with their citation lines', async () => {
    const req = await fake.interact(fake.interaction(2, { id: '301', name: 'briefing', type: 1, options: [{ name: 'sources', type: 1 }] }));
    expect(req.body.data.embeds[0].description).toContain('Báo Mẫu, 9 September 2020');
    expect(req.body.data.allowed_mentions).toEqual(NO_MENTIONS);
  });
});

describe('@mentions', () => {
  const message = (author: Record<string, unknown>, content: string) => fake.mention(content, { author });

  it('answers a mention as a reply to that message and ignores bots, itself included', async () => {
    const from = fake.requests.length;
    fake.dispatch('MESSAGE_CREATE', message(BOT_USER, `<@${BOT_ID}> Who chaired AMM 53?`));
    fake.dispatch('MESSAGE_CREATE', message({ ...ASKER, id: '100000000000000030', bot: true }, `<@${BOT_ID}> Who chaired AMM 53?`));
    const human = message(ASKER, `<@${BOT_ID}> Who chaired AMM 53? @everyone`);
    fake.dispatch('MESSAGE_CREATE', human);
    const req = await fake.waitFor((r) => r.method === 'POST' && r.path === `/api/v10/channels/${CHANNEL_ID}/messages`, from);
    expect(req.body.message_reference).toMatchObject({ message_id: human.id });
    expect(req.body.allowed_mentions).toEqual(NO_MENTIONS);
    // A broadcast typed as text is not part of the question (the application drops it), nor can the reply ping.
    expect(req.body.embeds[0].title).toBe('Who chaired AMM 53?');
    expect(req.body.embeds[0].description).toContain('Pham Binh Minh');
    // Gateway events are handled in order, so the bots' messages would have been answered first.
    expect(fake.requests.slice(from).filter((r) => r.path.endsWith('/messages'))).toHaveLength(1);
  });
});

describe('digest transport', () => {
  const digest: Digest = {
    date: '2026-11-23',
    timezone: 'Asia/Ho_Chi_Minh',
    language: 'en',
    header: 'Monday, 23 November 2026',
    sections: [
      {
        kind: 'briefing-point',
        title: 'Briefing point',
        items: [
          {
            factId: 'amm53-chair',
            text: 'Deputy Prime Minister and Foreign Minister Pham Binh Minh chaired AMM 53.',
            date: '2020-09-09',
            note: null,
            sources: [{ id: 'sample-amm53', title: 'Khai mạc AMM 53', outlet: 'Báo Mẫu', author: null, published: '2020-09-09', article: 'sample_article.txt' }],
          },
        ],
      },
    ],
    text: 'Monday, 23 November 2026 …',
  };
  const subscription = (channelId: string) => ({ platform: 'discord' as const, channelId, workspaceId: GUILD_ID, time: '07:30', timezone: 'Asia/Ho_Chi_Minh', language: 'en' as const, createdAt: '2026-11-01T00:00:00.000Z' });

  it('posts the digest to the channel as embeds, with a nonce Discord de-duplicates on retry', async () => {
    const from = fake.requests.length;
    await adapter.transport.send(subscription(CHANNEL_ID), digest, { id: 'discord:100000000000000004:2026-11-23', attempt: 1, claimedAt: new Date(), lookFirst: false });
    const req = await fake.waitFor((r) => r.method === 'POST' && r.path === `/api/v10/channels/${CHANNEL_ID}/messages`, from);
    expect(adapter.transport.platform).toBe('discord');
    expect(req.body.allowed_mentions).toEqual(NO_MENTIONS);
    expect(req.body.embeds[0].title).toBe('Monday, 23 November 2026');
    expect(req.body.embeds[1].title).toBe('Briefing point');
    expect(req.body.embeds[1].description).toContain('Pham Binh Minh');
    expect(req.body.embeds[1].description).toContain('Báo Mẫu, 9 September 2020');
    expect(req.body.enforce_nonce).toBe(true);
    expect(req.body.nonce.length).toBeLessThanOrEqual(25);
  });

  it('asked to look first (a retry, or a claim taken over after a crash), finds the digest among the bot\'s messages and posts nothing', async () => {
    const claimedAt = new Date(Date.now() - 1000);
    const delivery = { id: 'discord:100000000000000004:2026-11-24', attempt: 1, claimedAt, lookFirst: false };
    const tomorrow = { ...digest, date: '2026-11-24', header: 'Tuesday, 24 November 2026' };
    expect(await adapter.transport.send(subscription(CHANNEL_ID), tomorrow, delivery)).toBe('sent');
    const posts = () => fake.requests.filter((r) => r.method === 'POST' && r.path === `/api/v10/channels/${CHANNEL_ID}/messages`).length;
    const before = posts();
    expect(await adapter.transport.send(subscription(CHANNEL_ID), tomorrow, { ...delivery, attempt: 2, lookFirst: true })).toBe('found');
    expect(posts()).toBe(before);
    expect(fake.requests.at(-1)).toMatchObject({ method: 'GET', path: `/api/v10/channels/${CHANNEL_ID}/messages` });
    // Another day's digest is not mistaken for it: looked for, not found, posted.
    const later = { ...digest, date: '2026-11-25', header: 'Wednesday, 25 November 2026' };
    expect(await adapter.transport.send(subscription(CHANNEL_ID), later, { ...delivery, id: 'other', lookFirst: true })).toBe('sent');
    expect(posts()).toBe(before + 1);
  });

  it('marks a send to a deleted channel as permanent so the scheduler does not retry', async () => {
    await expect(adapter.transport.send(subscription(GONE_CHANNEL_ID), digest)).rejects.toMatchObject({ permanent: true });
  });
});

describe('deploy-commands', () => {
  it('registers /ask and /briefing in one guild, fetching the application id when not configured', async () => {
    const from = fake.requests.length;
    const result = await deployCommands(app.context, { guildId: GUILD_ID });
    expect(fake.requests.slice(from).map((r) => `${r.method} ${r.path}`)).toEqual([
      'GET /api/v10/oauth2/applications/@me',
      `PUT /api/v10/applications/${APP_ID}/guilds/${GUILD_ID}/commands`,
    ]);
    const put = fake.requests.at(-1)!;
    expect(put.authorization).toBe('Bot fake-bot-token');
    expect(put.body.map((c: any) => c.name)).toEqual(['ask', 'briefing']);
    expect(put.body[0].options[0]).toMatchObject({ name: 'question', type: 3, required: true, autocomplete: true });
    const digestGroup = put.body[1].options.find((o: any) => o.name === 'digest');
    expect(digestGroup.options.map((o: any) => o.name)).toEqual(['on', 'off', 'preview', 'status']);
    expect(result).toMatchObject({ applicationId: APP_ID, scope: { guildId: GUILD_ID } });
  });

  it('registers globally with the configured application id', async () => {
    const from = fake.requests.length;
    const configured = { ...app.context, config: { ...app.context.config, discord: { ...app.context.config.discord!, applicationId: APP_ID } } };
    await deployCommands(configured, {});
    expect(fake.requests.slice(from).map((r) => `${r.method} ${r.path}`)).toEqual([`PUT /api/v10/applications/${APP_ID}/commands`]);
  });

  it('runs the `briefing discord deploy-commands --guild ID` action from the environment', async () => {
    Object.assign(process.env, {
      DISCORD_TOKEN: 'fake-bot-token',
      DISCORD_API_URL: fake.apiUrl,
      BRIEFING_DB: join(dir, 'cli.db'),
      BRIEFING_FACTS_DIR: 'tests/fixtures/facts',
      LOG_LEVEL: 'silent',
    });
    const out = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    const from = fake.requests.length;
    let printed: string;
    try {
      await deployCommandsFromCli(createRoot(), { guild: GUILD_ID });
      printed = out.mock.calls.map((c) => String(c[0])).join('');
    } finally {
      out.mockRestore();
    }
    expect(fake.requests.slice(from).map((r) => `${r.method} ${r.path}`)).toContain(`PUT /api/v10/applications/${APP_ID}/guilds/${GUILD_ID}/commands`);
    expect(printed).toBe(`Registered /ask, /briefing in guild ${GUILD_ID} for application ${APP_ID}.\n`);
  });
});
