// Slack Block Kit rendering: escaping of user and fact text, citations, buttons, and Slack's size limits.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Answer, AnsweredFact } from '../src/model/answer.js';
import type { Digest, DigestItem } from '../src/app/digest/types.js';
import { decodeSlackText, escapeMrkdwn, questionFromSlack, safeMrkdwn, stripBotMention } from '../adapters/slack/mrkdwn.js';
import { LIMITS, actionId, feedbackValue, parseActionId, parseFeedbackValue, renderAnswer, renderList, renderText, type Block } from '../adapters/slack/render-answer.js';
import { renderDigest } from '../adapters/slack/render-digest.js';
import { SAMPLE_SOURCE } from './helpers/fixtures.js';

const source = SAMPLE_SOURCE;

const fact = (id: string, answer: string, question = `Question about ${id}?`): AnsweredFact => ({ id, answer, question, date: '2020-09-09', sources: [source], background: false });

const answered = (facts: AnsweredFact[], language: 'vi' | 'en' = 'en'): Answer => ({
  question: 'Who chaired AMM 53?',
  answered: true,
  language,
  confidence: 0.9,
  facts,
  suggestions: [],
  text: `${facts[0]!.answer}\n— ${source.outlet}`,
});

/** Every piece of text a block carries, mrkdwn or plain. */
function texts(blocks: Block[]): string[] {
  const out: string[] = [];
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      if ((o.type === 'mrkdwn' || o.type === 'plain_text') && typeof o.text === 'string') out.push(o.text);
      Object.values(o).forEach(walk);
    }
  };
  walk(blocks);
  return out;
}

function buttons(blocks: Block[]): { text: string; action_id: string; value: string }[] {
  return blocks.flatMap((b) => (b.type === 'actions' ? b.elements : [])).map((e) => {
    const b = e as { text: { text: string }; action_id: string; value: string };
    return { text: b.text.text, action_id: b.action_id, value: b.value };
  });
}

const DANGEROUS = /<!channel>|<!here>|<!everyone>|<@U/;

describe('mrkdwn escaping', () => {
  it('escapes &, < and > so broadcasts and mentions stay literal', () => {
    expect(escapeMrkdwn('a & <!channel> <@U123> <https://x|y>')).toBe('a &amp; &lt;!channel&gt; &lt;@U123&gt; &lt;https://x|y&gt;');
  });

  it('never leaves a raw angle bracket or a half entity, and respects the length limit', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), fc.integer({ min: 2, max: 300 }), (s, max) => {
        const out = safeMrkdwn(s, max);
        expect(out.length).toBeLessThanOrEqual(max);
        expect(out).not.toMatch(/[<>]/);
        // Every & starts a whole entity.
        expect(out.replace(/&(amp|lt|gt);/g, '')).not.toContain('&');
      }),
    );
  });

  it('strips only the bot mention and decodes what Slack escaped', () => {
    expect(stripBotMention('<@UBOT> who chaired <@UBOT|briefing> AMM 53? <@U123>', 'UBOT')).toBe('who chaired AMM 53? <@U123>');
    expect(decodeSlackText('a &amp;lt; b &lt;!channel&gt;')).toBe('a &lt; b <!channel>');
  });

  it('reduces Slack markup in a question to what the user sees, keeping typed angle brackets as text', () => {
    expect(questionFromSlack('<@UBOT> <!channel> <@U123> who chaired <#C1|asean> AMM 53? <https://x.example|link>', 'UBOT')).toBe('who chaired #asean AMM 53? link');
    expect(questionFromSlack('<@U123|alice> AMM &lt;53&gt; &amp; UN', 'UBOT')).toBe('@alice AMM <53> & UN');
  });
});

describe('renderAnswer', () => {
  it('puts the answer in a section and the citation (outlet, date, title, author) in a context block', () => {
    const msg = renderAnswer(answered([fact('amm53-chair', 'Pham Binh Minh chaired AMM 53.')]));
    expect(msg.blocks[0]).toMatchObject({ type: 'section', text: { type: 'mrkdwn', text: 'Pham Binh Minh chaired AMM 53.' } });
    const ctx = msg.blocks.find((b) => b.type === 'context');
    expect(texts(ctx ? [ctx] : []).join(' ')).toBe('📰 Báo Mẫu, 9 September 2020: “Khai mạc Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 53”, by Nguyễn Văn A');
    expect(msg.text).toContain('Pham Binh Minh chaired AMM 53.');
  });

  it('cites in Vietnamese for a Vietnamese answer', () => {
    const msg = renderAnswer(answered([fact('amm53-chair', 'Ông Phạm Bình Minh chủ trì.')], 'vi'));
    expect(texts(msg.blocks).join('\n')).toContain('Báo Mẫu, 9/9/2020: “Khai mạc Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 53”, tác giả Nguyễn Văn A');
  });

  it('offers related facts as See also buttons whose value is the fact id, plus 👍/👎 for the answer', () => {
    const msg = renderAnswer(answered([fact('a', 'A.'), fact('b', 'B.', 'How many delegations attended AMM 53?'), fact('c', 'C.')]));
    const bs = buttons(msg.blocks);
    const seeAlso = bs.filter((b) => parseActionId(b.action_id)?.kind === 'seeAlso');
    expect(seeAlso.map((b) => b.value)).toEqual(['b', 'c']);
    expect(seeAlso[0]!.text).toBe('How many delegations attended AMM 53?');
    const votes = bs.filter((b) => parseActionId(b.action_id)?.kind.startsWith('feedback'));
    // 👍/👎 carry the fact and the question it answered, so the vote is recorded with its question.
    expect(votes.map((b) => [parseActionId(b.action_id)!.kind, parseFeedbackValue(b.value!)])).toEqual([
      ['feedbackUp', { factId: 'a', question: 'Who chaired AMM 53?' }],
      ['feedbackDown', { factId: 'a', question: 'Who chaired AMM 53?' }],
    ]);
    expect(parseFeedbackValue(feedbackValue('x', 'a <b> & c'))).toEqual({ factId: 'x', question: 'a <b> & c' });
    expect(parseFeedbackValue('x')).toEqual({ factId: 'x', question: null });
    // Slack rejects duplicate action ids within a block.
    for (const block of msg.blocks.filter((b) => b.type === 'actions')) {
      const ids = (block as { elements: { action_id: string }[] }).elements.map((e) => e.action_id);
      expect(new Set(ids).size).toBe(ids.length);
    }
  });

  it('round-trips the reply language through the action id', () => {
    expect(parseActionId(actionId('suggestion', 'vi', 2))).toEqual({ kind: 'suggestion', language: 'vi' });
    expect(parseActionId('someone_else:vi:0')).toBeUndefined();
  });

  it('shows the abstention text and suggestions as buttons, without feedback buttons', () => {
    const answer: Answer = {
      question: 'weather?',
      answered: false,
      language: 'en',
      confidence: 0.1,
      facts: [],
      suggestions: [{ id: 'amm53-chair', question: 'Who chaired AMM 53?' }],
      text: "I don't have a sourced answer to that.",
    };
    const msg = renderAnswer(answer);
    expect(texts(msg.blocks)[0]).toBe("I don't have a sourced answer to that.");
    expect(texts(msg.blocks)).toContain('*Close topics*');
    expect(buttons(msg.blocks)).toEqual([{ text: 'Who chaired AMM 53?', action_id: actionId('suggestion', 'en', 0), value: 'amm53-chair' }]);
  });

  it('does not list suggestions twice when the abstention text already lists them', () => {
    const answer: Answer = {
      question: 'x',
      answered: false,
      language: 'en',
      confidence: 0,
      facts: [],
      suggestions: [{ id: 'amm53-chair', question: 'Who chaired AMM 53?' }, { id: 'term-amm', question: 'What is AMM?' }],
      text: 'No sourced answer.\nClose topics you can ask about:\n• Who chaired AMM 53?\n• What is AMM?',
    };
    const msg = renderAnswer(answer);
    expect(texts(msg.blocks)[0]).toBe('No sourced answer.\nClose topics you can ask about:');
    expect(buttons(msg.blocks).map((b) => b.value)).toEqual(['amm53-chair', 'term-amm']);
    expect(msg.text).toContain('• What is AMM?');
  });

  it('never lets user or fact text produce a broadcast or a mention', () => {
    const evil = 'Ask <!channel> <!here> <!everyone> and <@U123> & <https://evil.example|click>';
    const answer: Answer = {
      question: evil,
      answered: true,
      language: 'en',
      confidence: 1,
      facts: [fact('a', evil, evil), fact('b', evil, evil)],
      suggestions: [{ id: 'b', question: evil }],
      text: evil,
    };
    const msg = renderAnswer(answer);
    const all = JSON.stringify(msg);
    expect(all).not.toMatch(DANGEROUS);
    expect(all).not.toContain('<https');
    expect(msg.text).toContain('&lt;!channel&gt;');
  });

  it('stays within Slack limits for huge texts and long questions', () => {
    const long = 'x'.repeat(10_000);
    const many = Array.from({ length: 30 }, (_, i) => fact(`f-${i}`, long, `${'q'.repeat(200)} ${i}`));
    const msg = renderAnswer(answered(many), { maxRelated: 30 });
    expect(msg.blocks.length).toBeLessThanOrEqual(LIMITS.blocks);
    for (const t of texts(msg.blocks)) expect(t.length).toBeLessThanOrEqual(LIMITS.sectionText);
    for (const b of buttons(msg.blocks)) {
      expect(b.text.length).toBeLessThanOrEqual(LIMITS.buttonText);
      expect(b.value.length).toBeLessThanOrEqual(LIMITS.actionValue);
    }
    for (const block of msg.blocks) if (block.type === 'actions') expect(block.elements.length).toBeLessThanOrEqual(LIMITS.actionsElements);
    expect(msg.text.length).toBeLessThanOrEqual(LIMITS.fallbackText);
  });
});

describe('renderText and renderList', () => {
  it('escapes help text placeholders such as <question>', () => {
    expect(renderText('`/ask <question>`').blocks[0]).toMatchObject({ text: { text: '`/ask &lt;question&gt;`' } });
  });

  it('packs a long list into at most 50 blocks and says how many lines were left out', () => {
    const lines = Array.from({ length: 2000 }, (_, i) => `Outlet ${i}, 1 January 2020: “${'t'.repeat(120)}”`);
    const msg = renderList('Sources', lines);
    expect(msg.blocks.length).toBeLessThanOrEqual(LIMITS.blocks);
    for (const t of texts(msg.blocks)) expect(t.length).toBeLessThanOrEqual(LIMITS.sectionText);
    expect(texts(msg.blocks).at(-1)).toMatch(/^… \+\d+$/);
  });
});

describe('renderDigest', () => {
  const item = (i: number, text = `Item ${i}`): DigestItem => ({ factId: `f-${i}`, text, date: '2020-09-09', note: '6 years ago', sources: [source] });
  const digest = (sections: Digest['sections']): Digest => ({
    date: '2026-09-09',
    timezone: 'Asia/Ho_Chi_Minh',
    language: 'en',
    header: 'Wednesday, 9 September 2026',
    sections,
    text: 'plain digest',
  });

  it('renders a header, each section title and each item with its citation', () => {
    const msg = renderDigest(digest([
      { kind: 'on-this-day', title: 'On this day', items: [item(1, 'AMM 53 opened <!here>')] },
      { kind: 'briefing-point', title: 'Briefing point', items: [item(2)] },
    ]));
    expect(msg.blocks[0]).toEqual({ type: 'header', text: { type: 'plain_text', text: 'Wednesday, 9 September 2026', emoji: true } });
    const all = texts(msg.blocks);
    expect(all).toContain('*On this day*');
    expect(all).toContain('• AMM 53 opened &lt;!here&gt; _(9 September 2020 · 6 years ago)_');
    expect(all.filter((t) => t.startsWith('📰 Báo Mẫu'))).toHaveLength(2);
    expect(msg.text).toBe('plain digest');
    expect(JSON.stringify(msg)).not.toMatch(DANGEROUS);
  });

  it('never exceeds 50 blocks, and says it was shortened', () => {
    const items = Array.from({ length: 60 }, (_, i) => item(i));
    const msg = renderDigest(digest([{ kind: 'new-facts', title: 'New', items }, { kind: 'briefing-point', title: 'Point', items: [item(99)] }]));
    expect(msg.blocks.length).toBeLessThanOrEqual(LIMITS.blocks);
    expect(texts(msg.blocks).at(-1)).toBe('Shortened to fit in one Slack message.');
  });
});
