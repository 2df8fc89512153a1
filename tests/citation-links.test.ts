// Citations with links: a source with a page URL carries it through citeSource to every surface; Slack and Discord
// render the title as a link (escaped), plain text and sources without a URL stay as they were.
import { describe, expect, it } from 'vitest';
import { renderAnswer as renderDiscord } from '../adapters/discord/render-answer.js';
import { renderDigest as renderDiscordDigest } from '../adapters/discord/render-digest.js';
import { citationLines, renderAnswer as renderSlack } from '../adapters/slack/render-answer.js';
import type { Digest } from '../src/app/digest/types.js';
import { citeSource } from '../src/facts/cite-source.js';
import type { Source } from '../src/facts/schema.js';
import type { Answer, CitedSource } from '../src/model/answer.js';
import { citationLine } from '../src/model/citation.js';

const SOURCE: Source = {
  id: 'src-link',
  title: 'AMM 53 <opens> [online] & more',
  outlet: 'Báo Mẫu',
  author: 'Nguyễn Văn A',
  published: { value: '2020-09-09', precision: 'day', inferred: false },
  article: '000_a.txt',
  url: 'https://example.org/amm-53?a=1|b=(2)',
};

const answer = (source: CitedSource): Answer => ({
  question: 'Who chaired AMM 53?',
  answered: true,
  language: 'en',
  confidence: 0.9,
  facts: [{ id: 'f', answer: 'Pham Binh Minh chaired AMM 53.', question: 'Who chaired AMM 53?', date: '2020-09-09', sources: [source], background: false }],
  suggestions: [],
  text: 'Pham Binh Minh chaired AMM 53.',
});

describe('citations with links', () => {
  it('citeSource carries the page URL, and leaves it out when the source has none', () => {
    expect(citeSource(SOURCE).url).toBe(SOURCE.url);
    const { url: _url, ...withoutUrl } = SOURCE;
    expect('url' in citeSource(withoutUrl)).toBe(false);
  });

  it('Slack links the escaped title to the page, the URL unable to break out of the link', () => {
    const [line] = citationLines({ sources: [citeSource(SOURCE)] }, 'en');
    expect(line).toBe('📰 Báo Mẫu, 9 September 2020: “<https://example.org/amm-53?a=1%7Cb=(2)|AMM 53 &lt;opens&gt; [online] &amp; more>”, by Nguyễn Văn A');
    expect(JSON.stringify(renderSlack(answer(citeSource(SOURCE))).blocks)).toContain('<https://example.org/amm-53?a=1%7Cb=(2)|');
  });

  it('Discord makes the title a masked link in the answer embed and the digest', () => {
    const field = renderDiscord(answer(citeSource(SOURCE))).embeds[0]!.fields![0]!.value;
    expect(field).toBe('Báo Mẫu, 9 September 2020: “[AMM 53 <opens> \\[online\\] & more](https://example.org/amm-53?a=1|b=%282%29)”, by Nguyễn Văn A');
    const digest: Digest = {
      date: '2026-09-09', timezone: 'UTC', language: 'en', header: 'Wednesday', text: '',
      sections: [{ kind: 'briefing-point', title: 'Briefing point', items: [{ factId: 'f', text: 'x', date: null, note: null, sources: [citeSource(SOURCE)] }] }],
    };
    expect(JSON.stringify(renderDiscordDigest(digest))).toContain('](https://example.org/amm-53?a=1|b=%282%29)');
  });

  it('keeps plain text and link-less sources as they were, and never links a page that is not http(s)', () => {
    expect(citationLine(citeSource(SOURCE), 'en')).toBe('Báo Mẫu, 9 September 2020: “AMM 53 <opens> [online] & more”, by Nguyễn Văn A');
    const { url: _url, ...plain } = SOURCE;
    expect(renderDiscord(answer(citeSource(plain))).embeds[0]!.fields![0]!.value).not.toContain('](');
    expect(citationLines({ sources: [{ ...citeSource(SOURCE), url: 'javascript:alert(1)' }] }, 'en')[0]).not.toContain('javascript:');
  });
});
