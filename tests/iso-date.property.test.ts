// Reading ISO dates without splitting: the same numbers as splitting on "-", for every date form the schema allows.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dateParts, isoField } from '../src/engine/parse-query-date.js';

const pad = (n: number, width: number) => String(n).padStart(width, '0');
const isoDate = fc
  .tuple(fc.integer({ min: 1900, max: 2100 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }), fc.integer({ min: 1, max: 3 }))
  .map(([y, m, d, parts]) => [pad(y, 4), pad(m, 2), pad(d, 2)].slice(0, parts).join('-'));

/** The reading it replaced: split on "-", NaN and missing fields as 0. */
const bySplit = (iso: string, k: number) => {
  const x = Number(iso.split('-')[k]);
  return Number.isNaN(x) ? 0 : x;
};

describe('isoField', () => {
  it('reads year, month and day as splitting on "-" does, 0 for a field the date does not give', () => {
    fc.assert(
      fc.property(isoDate, (iso) => {
        for (const k of [0, 1, 2]) expect(isoField(iso, k)).toBe(bySplit(iso, k));
      }),
    );
  });

  it('gives 0, not a wrong number, for a field that is not digits', () => {
    expect(isoField('2020-xx-05', 1)).toBe(0);
    expect(isoField('2020-11-05', 2)).toBe(5);
    expect(isoField('', 0)).toBe(0);
  });

  it('makes dateParts of a range from its start and end', () => {
    fc.assert(
      fc.property(isoDate, isoDate, (value, end) => {
        const p = dateParts({ value, end, precision: 'day' } as Parameters<typeof dateParts>[0]);
        expect([p.year, p.month, p.day, p.endMonth, p.endDay, p.hasEnd]).toEqual([bySplit(value, 0), bySplit(value, 1), bySplit(value, 2), bySplit(end, 1), bySplit(end, 2), true]);
      }),
    );
  });
});
