// The messages module: every key in both languages with the same placeholders, filled in as asked.
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../src/model/language.js';
import { later, message, MESSAGES, render, unitFor, type MessageKey } from '../src/model/messages.js';

const placeholders = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();

describe('messages', () => {
  const keys = Object.keys(MESSAGES) as MessageKey[];

  it.each(keys)('%s has a text in each language with the same placeholders', (key) => {
    const texts = MESSAGES[key] as Record<string, string>;
    expect(Object.keys(texts).sort()).toEqual([...LANGUAGES].sort());
    for (const language of LANGUAGES) expect(texts[language]!.trim().length, `${key} ${language}`).toBeGreaterThan(0);
    expect(placeholders(texts.vi!)).toEqual(placeholders(texts.en!));
  });

  it('fills placeholders, also with another message put in the same language', () => {
    const retry = later('error.rateLimitedUser', { seconds: 30, secondsUnit: later('unit.seconds') });
    expect(render(retry, 'en')).toBe('You are asking a little fast. Please try again in 30 seconds.');
    expect(render(retry, 'vi')).toBe('Bạn đang hỏi hơi nhanh. Vui lòng thử lại sau 30 giây.');
    expect(message('answer.sourceLine', 'en', { citation: 'Báo Mẫu' })).toBe('Source: Báo Mẫu');
    expect(unitFor(1, 'year', 'en')).toBe('year');
    expect(unitFor(2, 'year', 'en')).toBe('years');
  });

  it('holds no platform command spelling: surfaces pass theirs', () => {
    const all = JSON.stringify(MESSAGES);
    expect(all).not.toMatch(/\/ask|\/briefing|:help/);
  });
});
