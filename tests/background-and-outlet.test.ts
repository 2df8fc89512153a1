// A glossary definition no article states shows the background label instead of a citation, and a source that names no
// outlet says so, in the plain text, on Slack, on Discord and in the console, in both languages.
import { describe, expect, it } from 'vitest';
import { renderForConsole } from '../adapters/console/console-chat.js';
import { renderAnswer as renderDiscord } from '../adapters/discord/render-answer.js';
import { renderAnswer as renderSlack } from '../adapters/slack/render-answer.js';
import { withText } from '../src/app/answer-text.js';
import type { AnsweredFact, CitedSource, EngineAnswer } from '../src/model/answer.js';
import { citationLine } from '../src/model/citation.js';
import type { Language } from '../src/model/language.js';

const BACKGROUND = { vi: 'Thông tin nền (bảng thuật ngữ), không lấy từ các bài báo.', en: 'Background (glossary), not from the articles.' };
const NOT_NAMED = { vi: 'Không rõ tên báo', en: 'Outlet not named' };

const unnamed: CitedSource = { id: 's1', title: 'Một bài báo', outlet: null, author: null, published: '2020-09-09', article: 'a.txt' };

function answerWith(fact: Partial<AnsweredFact>, language: Language): EngineAnswer {
  const main: AnsweredFact = { id: 'term-coc', answer: 'COC là bộ quy tắc ứng xử.', question: 'COC là gì?', date: null, sources: [], background: false, ...fact };
  return { question: 'COC là gì?', answered: true, language, confidence: 1, facts: [main], suggestions: [] };
}

const slackTexts = (blocks: unknown): string => JSON.stringify(blocks);

describe.each(['vi', 'en'] as const)('in %s', (language) => {
  const background = answerWith({ background: true }, language);
  const cited = answerWith({ sources: [unnamed] }, language);

  it('the plain text labels background and names no outlet it does not know', () => {
    expect(withText(background).text).toBe(`COC là bộ quy tắc ứng xử.\n${BACKGROUND[language]}`);
    expect(withText(cited).text).toContain(NOT_NAMED[language]);
    expect(citationLine(unnamed, language).startsWith(`${NOT_NAMED[language]}, `)).toBe(true);
  });

  it('Slack shows the background label in place of a citation, and the unnamed outlet', () => {
    const bg = renderSlack(withText(background));
    expect(slackTexts(bg.blocks)).toContain(BACKGROUND[language]);
    expect(slackTexts(bg.blocks)).not.toContain('📰');
    expect(slackTexts(renderSlack(withText(cited)).blocks)).toContain(NOT_NAMED[language]);
  });

  it('Discord shows the background label in the source field, and the unnamed outlet', () => {
    const bg = renderDiscord(withText(background));
    expect(bg.embeds[0]!.fields?.[0]?.value).toBe(BACKGROUND[language]);
    expect(renderDiscord(withText(cited)).embeds[0]!.fields?.[0]?.value).toContain(NOT_NAMED[language]);
  });

  it('the console prints the label and the unnamed outlet', () => {
    expect(renderForConsole(withText(background)).text).toContain(BACKGROUND[language]);
    expect(renderForConsole(withText(cited)).text).toContain(NOT_NAMED[language]);
  });
});
