// Discord rendering stays inside Discord's limits and carries the answer, its citation and working button ids.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { commandDefinitions } from '../adapters/discord/commands/index.js';
import { decodeButton, encodeButton } from '../adapters/discord/custom-ids.js';
import { LIMITS, embedLength, joinWithin, truncate } from '../adapters/discord/limits.js';
import { localeLanguage, mentionQuestion } from '../adapters/discord/mentions.js';
import { renderAnswer, renderList } from '../adapters/discord/render-answer.js';
import { renderChoices } from '../adapters/discord/render-choices.js';
import { renderDigest } from '../adapters/discord/render-digest.js';
import { restOptions } from '../adapters/discord/rest-limits.js';
import { discordIntents } from '../adapters/discord/start-discord.js';
import type { Answer, AnsweredFact, CitedSource } from '../src/model/answer.js';
import type { Digest } from '../src/app/digest/types.js';
import { GatewayIntentBits } from 'discord.js';
import { SAMPLE_SOURCE } from './helpers/fixtures.js';

const source = SAMPLE_SOURCE;

const fact = (id: string, answer: string, question: string, sources: CitedSource[] = [source]): AnsweredFact => ({ id, answer, question, date: '2020-09-09', sources, background: false });

const answered = (facts: AnsweredFact[], question = 'Who chaired AMM 53?'): Answer => ({
  question,
  answered: true,
  language: 'en',
  confidence: 0.9,
  facts,
  suggestions: [],
  text: facts[0]!.answer,
});

function allButtons(message: ReturnType<typeof renderAnswer>) {
  return message.components.flatMap((row) => row.components);
}

function expectWithinLimits(message: ReturnType<typeof renderAnswer>) {
  expect(message.embeds.length).toBeLessThanOrEqual(LIMITS.embedsPerMessage);
  expect(message.embeds.reduce((n, e) => n + embedLength(e), 0)).toBeLessThanOrEqual(LIMITS.embedsTotal);
  for (const e of message.embeds) {
    expect(e.title?.length ?? 0).toBeLessThanOrEqual(LIMITS.embedTitle);
    expect(e.description?.length ?? 0).toBeLessThanOrEqual(LIMITS.embedDescription);
    for (const f of e.fields ?? []) expect(f.value.length).toBeLessThanOrEqual(LIMITS.embedFieldValue);
  }
  expect(message.components.length).toBeLessThanOrEqual(LIMITS.rowsPerMessage);
  for (const row of message.components) expect(row.components.length).toBeLessThanOrEqual(LIMITS.buttonsPerRow);
  const ids = allButtons(message).map((b) => ('custom_id' in b ? b.custom_id : ''));
  expect(new Set(ids).size).toBe(ids.length);
  for (const b of allButtons(message)) {
    expect(('label' in b ? b.label?.length : 0) ?? 0).toBeLessThanOrEqual(LIMITS.buttonLabel);
    expect('custom_id' in b && b.custom_id.length).toBeLessThanOrEqual(LIMITS.customId);
  }
}

describe('renderAnswer', () => {
  it('puts the question in the title, the answer in the description and the full citation in a field', () => {
    const message = renderAnswer(answered([fact('amm53-chair', 'Pham Binh Minh chaired AMM 53.', 'Who chaired AMM 53?')]));
    const [embed] = message.embeds;
    expect(embed!.title).toBe('Who chaired AMM 53?');
    expect(embed!.description).toBe('Pham Binh Minh chaired AMM 53.');
    expect(embed!.fields).toEqual([{ name: 'Source', value: 'Báo Mẫu, 9 September 2020: “Khai mạc Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 53”, by Nguyễn Văn A' }]);
    expect(embed!.footer?.text).toBe('Event date: 9 September 2020');
  });

  it('offers related facts as buttons that explain them, then 👍/👎 feedback on the main fact', () => {
    const message = renderAnswer(answered([fact('amm53-chair', 'a', 'q'), fact('amm53-delegations', 'b', 'How many delegations attended AMM 53?')]));
    expect(message.components).toHaveLength(2);
    const [related, feedback] = message.components;
    expect(related!.components).toEqual([expect.objectContaining({ label: 'How many delegations attended AMM 53?', custom_id: 'x:en:amm53-delegations' })]);
    expect(feedback!.components.map((b) => ('custom_id' in b ? b.custom_id : ''))).toEqual(['fb:up:amm53-chair', 'fb:down:amm53-chair']);
    expect(decodeButton('x:en:amm53-delegations')).toEqual({ kind: 'explain', factId: 'amm53-delegations', language: 'en' });
  });

  it('offers suggestions as buttons and no feedback when the engine abstains', () => {
    const message = renderAnswer({
      question: 'Ai là tổng thống Pháp?',
      answered: false,
      language: 'vi',
      confidence: 0.1,
      facts: [],
      suggestions: [{ id: 'amm53-chair', question: 'Ai chủ trì AMM 53?' }],
      text: 'Chưa có thông tin về câu hỏi này.',
    });
    expect(message.embeds[0]!.description).toBe('Chưa có thông tin về câu hỏi này.');
    expect(message.embeds[0]!.fields).toBeUndefined();
    expect(allButtons(message).map((b) => ('custom_id' in b ? b.custom_id : ''))).toEqual(['x:vi:amm53-chair']);
  });

  it('stays inside every Discord limit with oversized questions, answers, sources and related facts', () => {
    const manySources = Array.from({ length: 30 }, (_, i) => ({ ...source, id: `s${i}`, title: 'T'.repeat(200) }));
    const related = Array.from({ length: 12 }, (_, i) => fact(`related-${i}`, 'x', `Q${i} `.repeat(60)));
    const longId = `f${'-x'.repeat(60)}`;
    const message = renderAnswer(answered([fact('main', 'A'.repeat(9000), 'q', manySources), ...related, fact(longId, 'y', 'long id')], 'Q'.repeat(400)));
    expectWithinLimits(message);
    expect(message.embeds[0]!.title!.endsWith('…')).toBe(true);
    expect(message.embeds[0]!.fields![0]!.value).toMatch(/… and \d+ more$/);
    expect(allButtons(message).some((b) => 'custom_id' in b && b.custom_id.includes(longId))).toBe(false);
  });

  it('stays inside the limits for any texts (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 7000 }), fc.string({ maxLength: 7000 }), fc.array(fc.string({ maxLength: 300 }), { maxLength: 8 }), (question, text, others) => {
        const facts = [fact('main', text, question), ...others.map((q, i) => fact(`r-${i}`, q, q))];
        expectWithinLimits(renderAnswer(answered(facts, question)));
      }),
      { numRuns: 100 },
    );
  });
});

describe('renderChoices', () => {
  it('returns at most 25 unique choices whose names and values fit in 100 characters', () => {
    const suggestions = Array.from({ length: 40 }, (_, i) => ({ id: `f-${i}`, question: `Question ${i % 30} ${'long '.repeat(40)}` }));
    const choices = renderChoices(suggestions);
    expect(choices).toHaveLength(25);
    expect(new Set(choices.map((c) => c.name)).size).toBe(25);
    for (const c of choices) {
      expect(c.name.length).toBeLessThanOrEqual(100);
      expect(c.value.length).toBeLessThanOrEqual(100);
    }
  });
});

describe('renderDigest', () => {
  const item = (i: number) => ({ factId: `f-${i}`, text: `Item ${i} ${'text '.repeat(150)}`, date: '2020-09-09', note: '6 years ago', sources: [source] });
  const digest = (sections: number, items: number): Digest => ({
    date: '2026-11-23',
    timezone: 'Asia/Ho_Chi_Minh',
    language: 'vi',
    header: 'Thứ Hai, 23/11/2026',
    sections: Array.from({ length: sections }, (_, s) => ({ kind: 'new-facts' as const, title: `Mục ${s}`, items: Array.from({ length: items }, (_, i) => item(i)) })),
    text: '…',
  });

  it('renders the header, then each section with its items and citations', () => {
    const [message] = renderDigest(digest(1, 2));
    expect(message!.embeds[0]!.title).toBe('Thứ Hai, 23/11/2026');
    expect(message!.embeds[1]!.title).toBe('Mục 0');
    expect(message!.embeds[1]!.description).toContain('Báo Mẫu, 9/9/2020');
    expect(message!.embeds[1]!.description).toContain('6 years ago');
  });

  it('splits a long digest into messages within 10 embeds and 6,000 characters, keeping the order', () => {
    const messages = renderDigest(digest(14, 20));
    expect(messages.length).toBeGreaterThan(1);
    for (const m of messages) {
      expect(m.embeds.length).toBeLessThanOrEqual(10);
      expect(m.embeds.reduce((n, e) => n + embedLength(e), 0)).toBeLessThanOrEqual(6000);
      for (const e of m.embeds) expect(e.description?.length ?? 0).toBeLessThanOrEqual(4096);
    }
    expect(messages.flatMap((m) => m.embeds.map((e) => e.title))).toEqual(['Thứ Hai, 23/11/2026', ...Array.from({ length: 14 }, (_, s) => `Mục ${s}`)]);
    expect(messages[0]!.embeds[1]!.description).toMatch(/… và \d+ mục khác$/);
  });
});

describe('text helpers', () => {
  it('truncate never exceeds the limit nor splits a surrogate pair', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), fc.integer({ min: 1, max: 200 }), (s, max) => {
        const out = truncate(s, max);
        expect(out.length).toBeLessThanOrEqual(max);
        // A lone high surrogate at the end would mean a pair was cut in half.
        expect(/[\ud800-\udbff]$/.test(out.replace(/…$/, ''))).toBe(false);
      }),
    );
    expect(truncate('😀😀😀', 4)).toBe('😀…');
  });

  it('joinWithin keeps whole lines and counts the hidden ones', () => {
    expect(joinWithin(['aaaa', 'bbbb', 'cccc'], 12, (n) => `+${n}`)).toBe('aaaa\nbbbb\n+1');
    expect(joinWithin(['aa', 'bb'], 100, (n) => `+${n}`)).toBe('aa\nbb');
  });

  it('reads the question out of an explicit mention of the bot only', () => {
    expect(mentionQuestion('<@42> Ai chủ trì AMM 53?  <@!42>', '42')).toBe('Ai chủ trì AMM 53?');
    expect(mentionQuestion('<@42>', '42')).toBe('');
    expect(mentionQuestion('<@7> who chaired AMM 53?', '42')).toBeUndefined();
    expect(mentionQuestion('<@420> hello', '42')).toBeUndefined();
  });

  it('maps Discord locales to the reply language', () => {
    expect(localeLanguage('vi')).toBe('vi');
    expect(localeLanguage('en-GB')).toBe('en');
    expect(localeLanguage(undefined)).toBe('en');
  });

  it('rejects custom ids this adapter did not make, and ids that would not fit', () => {
    expect(decodeButton('something-else')).toBeUndefined();
    expect(decodeButton('x:fr:amm53-chair')).toBeUndefined();
    expect(encodeButton({ kind: 'feedback', factId: 'a'.repeat(100), vote: 'up' })).toBeUndefined();
    expect(decodeButton(encodeButton({ kind: 'feedback', factId: 'amm53-chair', vote: 'down' })!)).toEqual({ kind: 'feedback', factId: 'amm53-chair', vote: 'down' });
  });
});

describe('client and command settings', () => {
  it('asks for Guilds always and GuildMessages only to answer mentions, never the privileged MessageContent', () => {
    expect(discordIntents({ mentions: true })).toEqual([GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages]);
    expect(discordIntents({ mentions: false })).toEqual([GatewayIntentBits.Guilds]);
    expect(restOptions('http://127.0.0.1:9/api/')).toEqual({ api: 'http://127.0.0.1:9/api' });
    expect(restOptions(undefined)).toEqual({});
  });

  it('defines commands Discord accepts: valid names, descriptions within 100 characters, autocomplete on /ask', () => {
    const commands = commandDefinitions(500);
    const walk = (options: any[] | undefined): any[] => (options ?? []).flatMap((o) => [o, ...walk(o.options)]);
    for (const c of [...commands, ...commands.flatMap((c) => walk(c.options))]) {
      expect(c.name).toMatch(/^[-_\p{L}\p{N}]{1,32}$/u);
      expect(c.name).toBe(c.name.toLowerCase());
      expect(c.description.length).toBeGreaterThan(0);
      expect(c.description.length).toBeLessThanOrEqual(100);
      for (const d of Object.values(c.description_localizations ?? {}) as string[]) expect(d.length).toBeLessThanOrEqual(100);
    }
    expect(commands[0]!.options![0]).toMatchObject({ name: 'question', autocomplete: true, max_length: 500 });
  });
});

describe('renderList', () => {
  it('fits a long list in one embed and says how many lines were left out', () => {
    const message = renderList('Sources', Array.from({ length: 200 }, (_, i) => `Outlet ${i}, 2020: “${'t'.repeat(60)}”`), 'en');
    expect(message.embeds[0]!.description!.length).toBeLessThanOrEqual(4096);
    expect(message.embeds[0]!.description).toMatch(/… and \d+ more$/);
  });
});
