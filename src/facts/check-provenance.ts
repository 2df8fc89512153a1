// Provenance: every figure, date and entity name of a fact must occur in the article it cites.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FactTable } from './fact-table.js';
import type { FactProblem } from './load-facts.js';
import { foldedText } from '../text/normalize.js';

const MONTHS_EN = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

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

interface ArticleIndex {
  folded: string;
  numbers: Set<string>;
  dayMonths: Set<string>;
}

function indexArticle(text: string): ArticleIndex {
  const dayMonths = new Set<string>();
  for (const [d, m] of dayMonthsIn(text)) dayMonths.add(`${d}/${m}`);
  // "3-4/12" and "9-12/9" state the first day of a range too.
  for (const m of text.matchAll(/\b(\d{1,2})\s*[-–]\s*(\d{1,2})\/(\d{1,2})\b/g)) dayMonths.add(`${Number(m[1])}/${Number(m[3])}`);
  for (const m of foldedText(text).matchAll(/\b(\d{1,2}) thang (\d{1,2})\b/g)) dayMonths.add(`${Number(m[1])}/${Number(m[2])}`);
  // Datelines such as "Ngày 7-10," write day and month with a hyphen after "ngày".
  for (const m of text.normalize('NFC').matchAll(/\b[Nn]gày\s+(\d{1,2})\s*-\s*(\d{1,2})(?![\d/])/g)) dayMonths.add(`${Number(m[1])}/${Number(m[2])}`);
  return { folded: ` ${foldedText(text)} `, numbers: new Set(numbersIn(text)), dayMonths };
}

/** Checks every fact and term against the articles it cites; returns the problems found (empty when clean). */
export function checkProvenance(table: FactTable, articlesDir: string): FactProblem[] {
  const problems: FactProblem[] = [];
  const articles = new Map<string, ArticleIndex | undefined>();
  const article = (file: string): ArticleIndex | undefined => {
    if (!articles.has(file)) {
      const path = join(articlesDir, file);
      articles.set(file, existsSync(path) ? indexArticle(readFileSync(path, 'utf8')) : undefined);
    }
    return articles.get(file);
  };
  for (const source of table.sources) {
    if (!article(source.article)) {
      const at = table.origins.get(`source:${source.id}`) ?? { file: '(facts)', line: 1 };
      problems.push({ ...at, message: `source "${source.id}": article file ${source.article} not found in ${articlesDir}` });
    }
  }
  for (const fact of table.facts) {
    const at = table.origins.get(fact.id) ?? { file: '(facts)', line: 1 };
    const cited = fact.sources.map((s) => article(s.article)).filter((a): a is ArticleIndex => !!a);
    if (!cited.length) continue;
    const report = (message: string) => problems.push({ ...at, message: `fact "${fact.id}": ${message}` });
    const inSome = (pred: (a: ArticleIndex) => boolean) => cited.some(pred);
    if (fact.kind === 'fact') {
      // A year recorded as inferred from context may be stated even though the article leaves it out.
      const inferredYears = new Set(fact.date?.inferred ? [fact.date.value, fact.date.end ?? ''].map((v) => v.slice(0, 4)) : []);
      for (const lang of ['vi', 'en'] as const) {
        for (const n of new Set(numbersIn(fact.answer[lang]))) {
          if (!inferredYears.has(n) && !inSome((a) => a.numbers.has(n))) report(`the figure ${n} in answer.${lang} is not in the cited article`);
        }
        for (const [d, m] of dayMonthsIn(fact.answer[lang])) {
          if (!inSome((a) => a.dayMonths.has(`${d}/${m}`))) report(`the date ${d}/${m} in answer.${lang} is not in the cited article`);
        }
      }
      if (fact.date?.precision === 'day') {
        const [, m, d] = fact.date.value.split('-').map(Number);
        if (!inSome((a) => a.dayMonths.has(`${d}/${m}`))) report(`the event date ${fact.date.value} (${d}/${m}) is not in the cited article`);
      }
    }
    for (const entity of fact.entities) {
      if (fact.kind === 'term') continue;
      const name = ` ${foldedText(entity.name)} `;
      if (!inSome((a) => a.folded.includes(name))) report(`the entity name "${entity.name}" is not in the cited article`);
    }
  }
  return problems;
}
