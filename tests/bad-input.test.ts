// Bad input end to end through the real Slack (Bolt, HTTP) and Discord (discord.js) adapters against fakes: every
// input gets a short clear reply, nothing crashes, and nothing the bot sends can ping anyone.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DiscordAdapter } from '../adapters/discord/index.js';
import type { SlackHandle } from '../adapters/slack/index.js';
import { openTestApp, type TestApp } from './helpers/test-app.js';
import { fixedClock } from '../src/model/clock.js';
import { createLogger } from '../adapters/create-logger.js';
import { loadFacts } from '../src/facts/load-facts.js';
import { SqliteStore } from '../src/store/SqliteStore.js';
import { BOT_ID, CHANNEL_ID, type FakeDiscord } from './helpers/fake-discord.js';
import { startFakePlatforms, type FakePlatforms } from './helpers/fake-platforms.js';
import { BOT_USER, type SlackSender, waitFor, type FakeSlack } from './helpers/fake-slack.js';

const SIGNING_SECRET = 'bad-input-signing-secret';
/** Anything that would notify people in Slack if it reached a message unescaped. */
const SLACK_PING = /<!channel|<!here|<!everyone|<!subteam|<@[UWB]/;
const HINT = /What would you like to know\?/;
const ANSWER = /Pham Binh Minh/;

type Expect = 'hint' | 'answer' | 'reply';
interface Case {
  name: string;
  text: string;
  /** What the reply must be on Slack (/ask) and Discord (/ask); 'reply' is any short, well-formed reply. */
  expect: Expect;
  /** When Discord differs (Slack markup is plain text there, and may leave the engine unsure). */
  discord?: Expect;
}

const CASES: Case[] = [
  { name: 'empty', text: '', expect: 'hint' },
  { name: 'whitespace only', text: ' \t \n  \u00a0 ', expect: 'hint' },
  { name: '50,000 characters of words', text: 'Who chaired AMM 53? '.repeat(2500), expect: 'reply' },
  { name: '50,000 characters without a space', text: 'a'.repeat(50_000), expect: 'reply' },
  { name: 'control and zero-width characters inside a real question', text: '\u0000\u0007Who\u200b chaired\u200d AMM\u0085 53?\ufeff\u202e', expect: 'answer' },
  { name: 'zero-width characters only', text: '\u200b\u200c\u200d\ufeff\u2060', expect: 'hint' },
  { name: 'emoji only', text: '🙂🎉🇻🇳👍🏽', expect: 'hint' },
  { name: 'a lone surrogate', text: '\ud800 AMM 53 \udc00', expect: 'reply' },
  { name: 'mixed scripts with Vietnamese', text: 'AMM 53 中国 العربية Россия ai chủ trì?', expect: 'reply' },
  { name: 'Slack broadcasts, user and channel mentions', text: '<!channel> <!here> <!everyone> <@U123> <#C1|general> who chaired AMM 53?', expect: 'answer', discord: 'reply' },
  { name: 'Slack markup only', text: '<!channel> <@U123>', expect: 'reply' },
  { name: 'plain @everyone and @here', text: '@everyone @here who chaired AMM 53?', expect: 'answer' },
  { name: 'Discord user, role and channel mentions', text: '<@123> <@!123> <@&456> <#789> who chaired AMM 53?', expect: 'answer' },
  { name: 'code blocks', text: '```\nrm -rf / <!channel>\n```\n`who chaired AMM 53?`', expect: 'reply' },
  { name: 'links', text: '<https://evil.example|click here> https://evil.example/?q=<!channel>&x=<@U999> who chaired AMM 53', expect: 'reply' },
  { name: 'markdown and HTML', text: '**bold** _x_ ~~y~~ <script>alert(1)</script> &amp; &lt;!channel&gt;', expect: 'reply' },
];

let platforms: FakePlatforms;
let slackFake: FakeSlack;
let discordFake: FakeDiscord;
let app: TestApp;
let slack: SlackHandle;
let discord: DiscordAdapter;
let sender: SlackSender;
const logLines: string[] = [];

beforeAll(async () => {
  platforms = await startFakePlatforms({
    name: 'bad-input',
    slackBotToken: 'xoxb-bad-input-token',
    signingSecret: SIGNING_SECRET,
    discordToken: 'bad-input-discord-token',
    // Every case comes from one user; rate limits have their own tests.
    config: { rateLimit: { userPerMinute: 1000, channelPerMinute: 1000 }, logLevel: 'debug' },
  });
  ({ slack: slackFake, discord: discordFake } = platforms);
  app = await openTestApp({
    config: platforms.config,
    table: loadFacts({ dir: 'tests/fixtures/facts' }),
    store: new SqliteStore(platforms.config.dbPath),
    clock: fixedClock('2026-09-09T00:00:00Z'),
    logger: createLogger({ level: 'debug', destination: { write: (line: string) => void logLines.push(line) } }),
  });
  ({ slack, discord, sender } = await platforms.startAdapters(app.context));
});

afterAll(async () => {
  await platforms?.close();
});

function checkReply(text: string, expected: Expect): void {
  if (expected === 'hint') {
    expect(text).toMatch(HINT);
    expect(text.length).toBeLessThan(300);
  }
  if (expected === 'answer') expect(text).toMatch(ANSWER);
  expect(text.trim().length).toBeGreaterThan(0);
}

describe.each(CASES.map((c, i) => ({ ...c, i })))('$name', ({ text, expect: expected, discord: onDiscord = expected, i }) => {
  it('Slack /ask: a short clear reply with nothing that pings', async () => {
    const path = await sender.command('/ask', text, { channel: `CASK${i}` });
    const [reply] = await waitFor(() => slackFake.responsesAt(path).length > 0 && slackFake.responsesAt(path), `/ask reply for ${i}`);
    const json = JSON.stringify(reply);
    expect(json).not.toMatch(SLACK_PING);
    expect(json.length).toBeLessThan(20_000);
    const shown = `${String(reply!.text)}\n${JSON.stringify(reply!.blocks)}`;
    checkReply(shown, expected);
    if (expected === 'hint') expect(reply!.response_type).toBe('ephemeral');
  });

  it('Slack @mention: a reply in the thread or privately, with nothing that pings', async () => {
    const channel = `CMEN${i}`;
    await sender.event({ type: 'app_mention', user: 'UASKER', text: `<@${BOT_USER}> ${text}`, ts: `17000000${10 + i}.000100`, channel, event_ts: `17000000${10 + i}.000100` });
    const [call] = await waitFor(
      () => [...slackFake.posted('chat.postMessage', channel), ...slackFake.posted('chat.postEphemeral', channel)].length > 0 && [...slackFake.posted('chat.postMessage', channel), ...slackFake.posted('chat.postEphemeral', channel)],
      `mention reply for ${i}`,
    );
    const json = JSON.stringify(call!.body);
    expect(json).not.toMatch(SLACK_PING);
    expect(json.length).toBeLessThan(20_000);
    checkReply(`${String(call!.body.text)}\n${JSON.stringify(call!.body.blocks)}`, expected === 'hint' || text.replace(/<[^>]*>/g, '').trim() === '' ? 'reply' : expected);
  });

  it('Discord /ask: an embed or an ephemeral hint, with allowed_mentions parse []', async () => {
    const req = await interact(interaction(2, { id: '300', name: 'ask', type: 1, options: [{ name: 'question', type: 3, value: text }] }));
    expect(req.body.type).toBe(4);
    const data = req.body.data;
    expect(data.allowed_mentions).toEqual({ parse: [] });
    const shown = `${data.content ?? ''}\n${JSON.stringify(data.embeds ?? [])}`;
    checkReply(shown, onDiscord);
    if (onDiscord === 'hint') expect(data.flags).toBe(64);
    for (const e of data.embeds ?? []) expect((e.title ?? '').length).toBeLessThanOrEqual(256);
    expect(JSON.stringify(data).length).toBeLessThan(20_000);
  });

  it('Discord @mention: a reply to the message, with allowed_mentions parse []', async () => {
    const from = discordFake.requests.length;
    discordFake.dispatch('MESSAGE_CREATE', message(`<@${BOT_ID}> ${text}`));
    const req = await discordFake.waitFor((r) => r.method === 'POST' && r.path === `/api/v10/channels/${CHANNEL_ID}/messages`, from);
    expect(req.body.allowed_mentions).toEqual({ parse: [] });
    const shown = `${req.body.content ?? ''}\n${JSON.stringify(req.body.embeds ?? [])}`;
    // A bare mention is answered with the help, which is also a clear short reply.
    checkReply(shown, onDiscord === 'hint' ? 'reply' : onDiscord);
    expect(JSON.stringify(req.body).length).toBeLessThan(20_000);
  });

  it('Discord autocomplete: at most 25 choices within 100 characters, never an error', async () => {
    const req = await interact(interaction(4, { id: '300', name: 'ask', type: 1, options: [{ name: 'question', type: 3, value: text, focused: true }] }));
    expect(req.body.type).toBe(8);
    const choices = req.body.data.choices as { name: string; value: string }[];
    expect(choices.length).toBeLessThanOrEqual(25);
    for (const c of choices) expect(c.name.length).toBeLessThanOrEqual(100);
  });
});

describe('after every bad input', () => {
  it('no handler crashed, and every Discord message carried allowed_mentions parse []', () => {
    expect(logLines.filter((l) => l.includes('handler failed'))).toEqual([]);
    const posts = discordFake.requests.filter((r) => r.method === 'POST' && r.body && typeof r.body === 'object');
    expect(posts.length).toBeGreaterThan(CASES.length);
    for (const r of posts) {
      if (r.body.type === 8) continue; // autocomplete choices are not messages
      expect(r.body.data?.allowed_mentions ?? r.body.allowed_mentions).toEqual({ parse: [] });
    }
    expect(JSON.stringify(slackFake.calls) + JSON.stringify(slackFake.responses)).not.toMatch(SLACK_PING);
  });
});

// Discord payloads as the gateway sends them, from the fake's asker.
const interaction = (type: number, data: Record<string, unknown>) => discordFake.interaction(type, data);
const interact = (payload: ReturnType<typeof interaction>) => discordFake.interact(payload);
const message = (content: string) => discordFake.mention(content, { mentionEveryone: content.includes('@everyone') });
