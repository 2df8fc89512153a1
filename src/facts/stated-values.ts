// The figures and day-month dates a text states, as the fact checks read them (provenance, value kinds).

export const MONTHS_EN = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** Digit runs in a text; "5,000" and "5.000" both give 5000 so thousands separators do not matter. */
export function numbersIn(text: string): string[] {
  return (text.match(/\d+(?:[.,]\d{3})*/g) ?? []).map((n) => n.replace(/[.,]/g, ''));
}

/** Day-month pairs stated in English ("7 October", "October 7") or Vietnamese ("7/10", "7 tháng 10"). */
export function dayMonthsIn(text: string): [number, number][] {
  const out: [number, number][] = [];
  const t = text.toLowerCase();
  const monthAlt = MONTHS_EN.join('|');
  for (const m of t.matchAll(new RegExp(`\\b(\\d{1,2})(?:\\s*[-–]\\s*\\d{1,2})?\\s+(${monthAlt})\\b`, 'g'))) out.push([Number(m[1]), MONTHS_EN.indexOf(m[2]!) + 1]);
  for (const m of t.matchAll(new RegExp(`\\b(${monthAlt})\\s+(\\d{1,2})\\b`, 'g'))) out.push([Number(m[2]), MONTHS_EN.indexOf(m[1]!) + 1]);
  for (const m of t.matchAll(/\b(\d{1,2})\/(\d{1,2})(?:\/\d{4})?\b/g)) out.push([Number(m[1]), Number(m[2])]);
  return out.filter(([d, m]) => d >= 1 && d <= 31 && m >= 1 && m <= 12);
}
