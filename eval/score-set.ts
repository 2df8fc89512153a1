// Scores answers to a question set (JSONL) with the rules of ../shared/eval/score.mjs, in process.
import { readFileSync } from 'node:fs';
import type { EngineAnswer } from '../src/model/answer.js';

export interface SetItem {
  id: string;
  lang: 'vi' | 'en';
  style: string;
  q: string;
  expect: { answered: boolean; terms?: string[][]; date?: string; article?: string };
}

export type Outcome = 'right' | 'wrong' | 'abstained';

export interface ItemResult {
  item: SetItem;
  /** In scope: right, wrong (answered, but not with what was expected) or abstained; out of scope: right or wrong. */
  outcome: Outcome;
  languageOk: boolean;
  why: string;
}

export const readSet = (file: string): SetItem[] =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as SetItem);

// The scorer's own folding and matching, kept identical so that in-process figures equal score.mjs's.
export const fold = (s: string): string =>
  ` ${String(s).normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd').toLowerCase().replace(/[^a-z0-9/]+/g, ' ').replace(/\s+/g, ' ').trim()} `;

const has = (text: string, term: string): boolean => {
  const t = fold(term).trim();
  let from = 0;
  for (;;) {
    const i = text.indexOf(` ${t}`, from);
    if (i < 0) return false;
    const next = text[i + 1 + t.length];
    if (!/[0-9]/.test(t.at(-1)!) || !/[0-9]/.test(next ?? ' ')) return true;
    from = i + 1;
  }
};

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const dateForms = (iso: string): string[] => {
  const [y, mm, dd] = iso.split('-') as [string, string, string];
  const m = String(+mm);
  const d = String(+dd);
  const mon = MONTHS[+mm - 1]!;
  const m3 = mon.slice(0, 3);
  const ords = [d, `${d}st`, `${d}nd`, `${d}rd`, `${d}th`];
  return [`${d}/${m}`, `${dd}/${mm}`, `${d}/${mm}`, `${dd}/${m}`, `${d} thang ${m}`, `${d} ${m} ${y}`, `${dd} ${mm} ${y}`, `${y} ${mm} ${dd}`,
    ...ords.flatMap((o) => [`${o} ${mon}`, `${mon} ${o}`, `${o} ${m3}`, `${m3} ${o}`, `${o} of ${mon}`])];
};

export function scoreItem(item: SetItem, answer: Pick<EngineAnswer, 'answered' | 'language' | 'facts'>): ItemResult {
  const top = answer.answered ? answer.facts[0] : undefined;
  const languageOk = answer.language === item.lang;
  if (!item.expect.answered) return { item, outcome: answer.answered ? 'wrong' : 'right', languageOk, why: answer.answered ? `answered ${top?.id}` : '' };
  if (!top) return { item, outcome: 'abstained', languageOk, why: 'no answer' };
  const text = fold(top.answer);
  const groups = [...(item.expect.terms ?? []), ...(item.expect.date ? [dateForms(item.expect.date)] : [])];
  const missing = groups.filter((g) => !g.some((alt) => has(text, alt)));
  const cited = !item.expect.article || top.sources.some((s) => s.article === item.expect.article);
  if (missing.length) return { item, outcome: 'wrong', languageOk, why: `${top.id}: missing ${JSON.stringify(missing.map((g) => g[0]))}` };
  if (!cited) return { item, outcome: 'wrong', languageOk, why: `${top.id}: wrong source` };
  return { item, outcome: 'right', languageOk, why: '' };
}

export interface SetScore {
  items: number;
  inScope: number;
  right: number;
  abstained: number;
  wrongInScope: number;
  outOfScope: number;
  outAbstained: number;
  /** The scorer's "wrong answers": in-scope answered wrongly plus out-of-scope answered, over all items. */
  wrong: number;
  languageOk: number;
}

export function tally(results: readonly ItemResult[]): SetScore {
  const s: SetScore = { items: results.length, inScope: 0, right: 0, abstained: 0, wrongInScope: 0, outOfScope: 0, outAbstained: 0, wrong: 0, languageOk: 0 };
  for (const r of results) {
    if (r.languageOk) s.languageOk++;
    if (r.item.expect.answered) {
      s.inScope++;
      if (r.outcome === 'right') s.right++;
      else if (r.outcome === 'abstained') s.abstained++;
      else (s.wrongInScope++, s.wrong++);
    } else {
      s.outOfScope++;
      if (r.outcome === 'right') s.outAbstained++;
      else s.wrong++;
    }
  }
  return s;
}
