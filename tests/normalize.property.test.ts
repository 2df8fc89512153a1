// Properties of text normalisation and of the engine on arbitrary input: total, stable, deterministic.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../src/engine/create-engine.js';
import type { Engine } from '../src/engine/types.js';
import { loadFacts } from '../src/facts/load-facts.js';
import { clean, fold, tokenize } from '../src/text/normalize.js';
import { withText } from '../src/app/answer-text.js';
import { withShortFormsSpelt } from '../src/engine/analyze-question.js';
import { VI_SHORT_FORMS } from '../src/engine/lexicon.js';

// Every kind of string fast-check can make: printable graphemes, any code point, composite graphemes, raw bytes.
const anyString = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 60 }),
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.string({ unit: 'grapheme-composite', maxLength: 60 }),
  fc.string({ unit: 'binary-ascii', maxLength: 60 }),
  fc.string({ maxLength: 60 }),
);

// Vietnamese-looking text: accented letters, đ, combining marks typed separately, invisible and control characters.
const vietnameseish = fc
  .array(
    fc.constantFrom(
      'Đà', 'Nẵng', 'Hà', 'Nội', 'chủ', 'trì', 'AMM', '53', 'HĐBA', 'LHQ', 'đồng', 'bảo', 'trợ', 'ĐHĐ', 'ư', 'ơ',
      'a\u0301', 'e\u0323\u0302', 'D\u0111', ' ', '\u200b', '\ufeff', '\u0007', '\t', '/', '-', '2020', '?', 'İ', 'ẞ',
    ),
    { maxLength: 30 },
  )
  .map((parts) => parts.join(''));

const text = fc.oneof(anyString, vietnameseish);
const COMBINING = /[\u0300-\u036f]/;

describe('fold', () => {
  it('folds Vietnamese to plain lowercase ASCII', () => {
    expect(fold('Đà Nẵng')).toBe('da nang');
    expect(fold('HĐBA Liên Hợp Quốc')).toBe('hdba lien hop quoc');
    // Decomposed input (as some keyboards send it) folds the same as precomposed.
    expect(fold('Đa\u0300 Na\u0306\u0303ng')).toBe('da nang');
  });

  it('never throws, and its output is lowercase with no combining diacritics', () => {
    fc.assert(
      fc.property(text, (s) => {
        const f = fold(s);
        expect(f).toBe(f.toLowerCase());
        expect(f).not.toMatch(COMBINING);
        expect(f).not.toMatch(/[đĐ]/);
      }),
      { numRuns: 1000 },
    );
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(text, (s) => {
        expect(fold(fold(s))).toBe(fold(s));
      }),
      { numRuns: 1000 },
    );
  });
});

describe('tokenize', () => {
  it('never throws and yields non-empty [a-z0-9]+ folded tokens', () => {
    fc.assert(
      fc.property(text, (s) => {
        for (const t of tokenize(s)) {
          expect(t.folded).toMatch(/^[a-z0-9]+$/);
          expect(t.exact.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('splits slash dates and ranges into separate numbers', () => {
    expect(tokenize('Ngày 23/11/2020, nhiệm kỳ 2020-2021').map((t) => t.folded)).toEqual(['ngay', '23', '11', '2020', 'nhiem', 'ky', '2020', '2021']);
  });
});

describe('clean', () => {
  it('strips zero-width and control characters and collapses whitespace', () => {
    expect(clean('\ufeffAMM\u200b 53\u0007\u0000?\u00ad ')).toBe('AMM 53 ?');
    expect(clean('a\u200cb\u200dc\u2060d\u202ee')).toBe('abcde');
  });

  it('never leaves zero-width, bidi or control characters, nor outer or doubled whitespace', () => {
    fc.assert(
      fc.property(text, (s) => {
        const c = clean(s);
        expect(c).not.toMatch(/[\u200b-\u200f\u202a-\u202e\u2060-\u2069\u061c\ufeff\u00ad\u0000-\u001f\u007f-\u009f]/);
        expect(c).toBe(c.trim());
        expect(c).not.toMatch(/\s\s/);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('short forms spelt out', () => {
  // Vietnamese-looking text with the short forms people type mixed in, in any case, glued to punctuation or not.
  const withForms = fc
    .array(fc.oneof(fc.constantFrom(...Object.keys(VI_SHORT_FORMS), 'TT', 'Phó TT', 'ĐS', 'BN'), vietnameseish, anyString), { maxLength: 12 })
    .chain((parts) => fc.array(fc.constantFrom(' ', '', '?', ',', '/'), { minLength: parts.length, maxLength: parts.length }).map((gaps) => parts.map((p, i) => p + gaps[i]).join('')));

  it('never throws, and spelling out again changes nothing (no full form holds a short one)', () => {
    fc.assert(
      fc.property(fc.oneof(text, withForms), (s) => {
        const once = withShortFormsSpelt(s);
        expect(withShortFormsSpelt(once)).toBe(once);
      }),
    );
  });

  it('leaves a text with no short form as typed (composed)', () => {
    fc.assert(
      fc.property(vietnameseish, (s) => {
        expect(withShortFormsSpelt(s)).toBe(s.normalize('NFC'));
      }),
    );
  });
});

describe('engine on arbitrary input', () => {
  let engine: Engine;
  let twin: Engine;

  beforeAll(() => {
    const table = loadFacts({ dir: 'facts' });
    engine = createEngine(table);
    // A second engine over the same table: answers must not depend on caches warmed by earlier questions.
    twin = createEngine(table);
  });

  const longText = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 2000 }),
    fc.string({ unit: 'grapheme', maxLength: 2000 }),
    vietnameseish,
    fc.array(fc.constantFrom('AMM', '53', 'who', 'ai', 'chủ trì', 'COC', '23/11/2020', 'là gì', 'bao nhieu', '?', ' '), { maxLength: 400 }).map((w) => w.join(' ')),
  );

  it('ask never throws, is deterministic and returns a well-formed answer', () => {
    fc.assert(
      fc.property(longText, (s) => {
        const a = engine.ask(s);
        const again = JSON.stringify(engine.ask(s));
        expect(again).toBe(JSON.stringify(a));
        expect(JSON.stringify(twin.ask(s))).toBe(JSON.stringify(a));
        expect(['vi', 'en']).toContain(a.language);
        expect(a.confidence).toBeGreaterThanOrEqual(0);
        expect(a.confidence).toBeLessThanOrEqual(1);
        expect(a.suggestions.length).toBeLessThanOrEqual(3);
        expect(a.answered).toBe(a.facts.length > 0);
        expect(withText(a).text.length).toBeGreaterThan(0);
      }),
      { numRuns: 200 },
    );
  });

  it('complete never throws and respects its limit', () => {
    fc.assert(
      fc.property(longText, fc.integer({ min: 0, max: 30 }), (s, limit) => {
        const out = engine.complete(s, limit);
        expect(out.length).toBeLessThanOrEqual(limit);
        for (const o of out) expect(engine.table.byId.has(o.id)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
