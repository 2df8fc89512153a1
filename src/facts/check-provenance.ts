// Provenance: what an answer states must be in the article it cites.
//
// Compared "folded": without diacritics, case or punctuation, as whole words ("Liên Hiệp Quốc" = "lien hiep quoc").
//
// 1. Figures and dates. Every number (thousands separators ignored) and every day-month pair in answer.vi and
//    answer.en, and a day-precision event date, must occur in a cited article; a year the fact records as inferred
//    from context is excused. This holds for facts and for glossary definitions that cite sources (a definition with
//    no sources is background knowledge, cites nothing and is not checked).
// 2. Entity names. Every entity name of a fact occurs in a cited article (aliases are other spellings, not checked).
// 3. Names in answers, for facts and cited definitions.
//    - answer.vi. A name run is a maximal run of words inside one clause (only spaces between them) that begins and
//      ends with a capitalised word and never has two lowercase words in a row: "Phạm Bình Minh", "Lim Jock Hoi",
//      "Hội đồng Bảo an Liên Hợp Quốc". The first word of a sentence does not count as capitalised. Every capitalised
//      word must lie in a piece that is found: a stretch of its run that occurs in a cited article and is either a
//      whole block of consecutive capitalised words or two words or more (so a title before a name need not be
//      worded as the article words it, "Thứ trưởng Ngoại giao Nguyễn Quốc Dũng", but a person's, place's or body's
//      name must be there whole, "Nguyễn Quốc Dũng", "Bồ Đào Nha", "Jakarta", and one common syllable never stands
//      for a name); or a form of a glossary entry (acronym or name, either language), found when any form of that
//      entry occurs in a cited article ("LHQ" where the article writes "Liên Hiệp Quốc"; a form may take in lowercase
//      words around the run: "Hiệp hội các quốc gia Đông Nam Á").
//    - answer.en. Runs of two or more capitalised words (joined by spaces, possibly by "of", "and", "the", "for",
//      "on", "in", "to", "at") must be covered by pieces, each occurring in a cited article, in the fact's own
//      answer.vi (itself checked above), in its entities' names or aliases, or in a form of a glossary entry found in
//      a cited article (a plural as its singular): "Deputy Foreign Minister Nguyen Quoc Dung" is the glossary's
//      "Deputy Foreign Minister" and the alias "Nguyen Quoc Dung"; "Lim Jock Hoi of Brunei" fails on "Brunei".
//    Never checked, by design (so that false alarms stay rare): lowercase words, a capitalised English word standing
//    alone, the first word of a sentence, month and weekday names (dates are checked above), a hyphenated word ending
//    in a lowercase part ("ASEAN-led"), a possessive's "'s" (it ends a run).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FactRecord, FactTable } from './fact-table.js';
import type { FactProblem } from './load-facts.js';
import type { GlossaryEntry } from './schema.js';
import { dayMonthsIn, MONTHS_EN, numbersIn } from './stated-values.js';
import { foldedText } from '../text/normalize.js';

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
  const glossary = glossaryForms(table.glossary);
  for (const fact of table.facts) {
    const at = table.origins.get(fact.id) ?? { file: '(facts)', line: 1 };
    const cited = fact.sources.map((s) => article(s.article)).filter((a): a is ArticleIndex => !!a);
    if (!cited.length) continue;
    const what = fact.kind === 'term' ? 'definition' : 'fact';
    const report = (message: string) => problems.push({ ...at, message: `${what} "${fact.id}": ${message}` });
    const inSome = (pred: (a: ArticleIndex) => boolean) => cited.some(pred);
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
    if (fact.kind === 'fact') {
      for (const entity of fact.entities) {
        const name = ` ${foldedText(entity.name)} `;
        if (!inSome((a) => a.folded.includes(name))) report(`the entity name "${entity.name}" is not in the cited article`);
      }
    }
    for (const name of missingNames(fact, cited, glossary)) report(name);
  }
  return problems;
}

// ── Names in answers ───────────────────────────────────────────────────────────────────────────────────────────

/** Every folded form of every glossary entry, and the forms of each entry. */
interface GlossaryForms {
  /** Folded form -> the entries it is a form of. */
  entriesOf: Map<string, string[]>;
  /** Entry id -> its folded forms. */
  formsOf: Map<string, string[]>;
}

function glossaryForms(glossary: readonly GlossaryEntry[]): GlossaryForms {
  const entriesOf = new Map<string, string[]>();
  const formsOf = new Map<string, string[]>();
  for (const entry of glossary) {
    const forms = [...new Set([...entry.acronyms, ...entry.names.vi, ...entry.names.en].map(foldedText).filter(Boolean))];
    formsOf.set(entry.id, forms);
    for (const f of forms) entriesOf.set(f, [...(entriesOf.get(f) ?? []), entry.id]);
  }
  return { entriesOf, formsOf };
}

export interface Word {
  text: string;
  capitalised: boolean;
}

// A word: letters, digits and marks, possibly joined by an apostrophe, point, plus or hyphen ("ASEAN+3", "COVID-19").
const WORD = /[\p{L}\p{N}\p{M}]+(?:['’.+-][\p{L}\p{N}\p{M}]+)*\+?['’]?/gu;
const EN_JOINERS = new Set(['of', 'and', 'the', 'for', 'on', 'in', 'to', 'at']);
// Capitalised in English but not names: the date check covers them.
const EN_CALENDAR = new Set([...MONTHS_EN, 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

/**
 * The clauses of a text as lists of words: a clause ends at any punctuation between two words (only spaces join
 * the words of a clause) and after a possessive ("Viet Nam's", whose "'s" is dropped). A word is capitalised when it
 * begins with a capital letter, is not the first word of a sentence, and (hyphenated) does not end in a lowercase part
 * ("ASEAN-UN" is, "ASEAN-led" is not).
 */
export function clausesOf(text: string): Word[][] {
  const clauses: Word[][] = [];
  let clause: Word[] = [];
  let last = 0;
  const nfc = text.normalize('NFC');
  for (const m of nfc.matchAll(WORD)) {
    const between = nfc.slice(last, m.index);
    if (clause.length && !/^\s+$/.test(between)) {
      clauses.push(clause);
      clause = [];
    }
    const sentenceStart = last === 0 || /[.!?:]/.test(between);
    let raw = m[0];
    const possessive = /['’]s$/.test(raw);
    if (possessive) raw = raw.slice(0, -2);
    raw = raw.replace(/['’]$/, '');
    const lastPart = raw.split('-').pop()!;
    const capitalised = !sentenceStart && /^\p{Lu}/u.test(raw) && !/^\p{Ll}/u.test(lastPart) && !EN_CALENDAR.has(raw.toLowerCase());
    clause.push({ text: raw, capitalised });
    last = m.index + m[0].length;
    if (possessive) {
      clauses.push(clause);
      clause = [];
    }
  }
  if (clause.length) clauses.push(clause);
  return clauses;
}

/**
 * The run each word of a clause belongs to (-1 for none): runs are capitalised words joined by words `joins` accepts,
 * ending on a capitalised word, with at least `minCapitalised` capitalised words.
 */
function runIds(clause: readonly Word[], joins: (w: Word, prev: Word) => boolean, minCapitalised: number): number[] {
  const ids: number[] = clause.map(() => -1);
  let id = 0;
  let start = -1;
  const close = (end: number) => {
    let last = end - 1;
    while (last >= start && !clause[last]!.capitalised) last--;
    const words = clause.slice(start, last + 1);
    if (start >= 0 && words.filter((w) => w.capitalised).length >= minCapitalised) {
      for (let k = start; k <= last; k++) ids[k] = id;
      id++;
    }
    start = -1;
  };
  for (let i = 0; i < clause.length; i++) {
    const w = clause[i]!;
    if (start >= 0 && !w.capitalised && !joins(w, clause[i - 1]!)) close(i);
    if (start < 0 && w.capitalised) start = i;
  }
  if (start >= 0) close(clause.length);
  return ids;
}

function runsOf(text: string, joins: (w: Word, prev: Word) => boolean, minCapitalised: number): Word[][] {
  const runs: Word[][] = [];
  for (const clause of clausesOf(text)) {
    const ids = runIds(clause, joins, minCapitalised);
    clause.forEach((w, i) => {
      if (ids[i]! < 0) return;
      if (i === 0 || ids[i - 1] !== ids[i]) runs.push([]);
      runs[runs.length - 1]!.push(w);
    });
  }
  return runs;
}

const VI_JOINS = (_w: Word, prev: Word) => prev.capitalised;
const EN_JOINS = (w: Word) => EN_JOINERS.has(w.text.toLowerCase());

/** Name runs of a Vietnamese text: capitalised at both ends, never two lowercase words in a row ("Hội đồng Bảo an"). */
export const viNameRuns = (text: string): Word[][] => runsOf(text, VI_JOINS, 1);

/** Runs of an English text with two or more capitalised words, joined by spaces or by a few small words. */
export const enNameRuns = (text: string): Word[][] => runsOf(text, EN_JOINS, 2);

const has = (haystack: string, needle: string) => needle.length > 0 && haystack.includes(` ${needle} `);

/**
 * Whether every word of `words` that `mustCover` asks for is inside a piece `found` accepts (pieces do not overlap;
 * other words may be left out). When not, returns the first word left uncovered and the block of capitalised words
 * around it.
 */
function uncovered(
  words: readonly Word[],
  mustCover: (i: number) => boolean,
  found: (start: number, end: number) => boolean,
): { word: string; block: string } | undefined {
  const reach: boolean[] = [true];
  let furthest = 0;
  for (let i = 0; i < words.length; i++) {
    if (!reach[i]) continue;
    furthest = i;
    if (!mustCover(i)) reach[i + 1] = true;
    for (let j = i + 1; j <= words.length; j++) if (found(i, j)) reach[j] = true;
  }
  if (reach[words.length]) return undefined;
  // The furthest place the pieces reach is a word no piece covers.
  const stuck = furthest;
  let from = stuck;
  let to = stuck + 1;
  while (from > 0 && words[from - 1]!.capitalised) from--;
  while (to < words.length && words[to]!.capitalised) to++;
  return { word: words[stuck]!.text, block: words.slice(from, to).map((w) => w.text).join(' ') };
}

/** The problems with names in a fact's or definition's answers (messages without the fact prefix). */
function missingNames(fact: FactRecord, cited: ArticleIndex[], glossary: GlossaryForms): string[] {
  const inArticle = (s: string) => cited.some((a) => has(a.folded, s));
  const attested = new Map<string, boolean>();
  const entryAttested = (id: string) => {
    if (!attested.has(id)) attested.set(id, (glossary.formsOf.get(id) ?? []).some(inArticle));
    return attested.get(id)!;
  };
  /** A form of a glossary entry that occurs in a cited article, by any of its forms. */
  const glossaryForm = (s: string) => (glossary.entriesOf.get(s) ?? []).some(entryAttested);
  const out: string[] = [];

  // Vietnamese: every capitalised word must be inside a piece that is a glossary form found in the article (a form
  // may take in lowercase words around a name: "Hiệp hội các quốc gia Đông Nam Á"), or a word run the article has
  // inside one name run, made of a whole block of capitalised words or of two words or more (so that a single common
  // syllable never stands for a name).
  for (const clause of clausesOf(fact.answer.vi)) {
    const tokens = clause.map((w) => foldedText(w.text));
    const run = runIds(clause, VI_JOINS, 1);
    const blockStart = (i: number) => i === 0 || !clause[i - 1]!.capitalised;
    const blockEnd = (i: number) => i + 1 >= clause.length || !clause[i + 1]!.capitalised;
    const missing = uncovered(
      clause,
      (i) => clause[i]!.capitalised,
      (i, j) => {
        const piece = tokens.slice(i, j).join(' ');
        if (glossaryForm(piece)) return true;
        const inOneRun = run[i]! >= 0 && run.slice(i, j).every((r) => r === run[i]);
        const named = clause[i]!.capitalised && clause[j - 1]!.capitalised && (j - i >= 2 || (blockStart(i) && blockEnd(j - 1)));
        return inOneRun && named && inArticle(piece);
      },
    );
    if (missing) out.push(`the name "${missing.block}" in answer.vi is not in the cited article (no "${missing.word}")`);
  }

  // English: pieces found in the article, the Vietnamese answer, the entities or the glossary forms found in the article.
  const references = [
    ...cited.map((a) => a.folded),
    ` ${foldedText(fact.answer.vi)} `,
    ...(fact.kind === 'fact' ? fact.entities.flatMap((e) => [e.name, ...e.aliases]).map((n) => ` ${foldedText(n)} `) : []),
    ...[...glossary.formsOf].filter(([id]) => entryAttested(id)).flatMap(([, forms]) => forms.map((f) => ` ${f} `)),
  ];
  const inReferences = (s: string) => references.some((r) => has(r, s));
  for (const run of enNameRuns(fact.answer.en)) {
    const tokens = run.map((w) => foldedText(w.text));
    const missing = uncovered(
      run,
      (i) => run[i]!.capitalised,
      (i, j) => {
        if (!run[i]!.capitalised || !run[j - 1]!.capitalised) return false;
        const piece = tokens.slice(i, j).join(' ');
        // A plural is found as its singular ("ASEAN Summits").
        return inReferences(piece) || (/[a-z]{3}s$/.test(piece) && inReferences(piece.slice(0, -1)));
      },
    );
    if (missing) {
      const name = run.map((w) => w.text).join(' ');
      out.push(`the name "${name}" in answer.en is not in the cited article, the Vietnamese answer, the entities or the glossary (no "${missing.word}")`);
    }
  }
  return out;
}
