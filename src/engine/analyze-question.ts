// Reads a question: its language, content words, glossary concepts, question type, date and the figures it names.
import type { Language } from '../facts/schema.js';
import { detectLanguage, type LanguageEvidence } from './detect-language.js';
import { rawTokens, type ConceptHit, type ConceptMatcher, type RawToken } from './ConceptMatcher.js';
import { COUNTED_ENDS, COUNTED_SPAN, EN_STOPWORDS, EVENT_WORDS, GENERIC_COUNTED, HOLDER_CUES, isStopword, isViStopword, KIND_NOUNS, KIND_OF, KIND_OF_GAP, NO_KIND_CUES, NAME_WORDS, OFFICE_CUES, OFFICE_NOUNS, ORDINAL_CUES, PERSON_CUES, PERSON_GAP, PERSON_NOUNS, PERSON_TITLE_WORDS, PERSON_TITLES, QUESTION_CUES, REPORT_WORDS, REPORTING_VERBS, SET_ASIDE_CUES, SOURCE_CUES, VENUE_CUES, VI_SHORT_FORMS, type QuestionType } from './lexicon.js';
import { fold, lower } from '../text/normalize.js';
import { figuresIn } from './figures.js';
import { editDistance } from './SpellingCorrector.js';
import { parseQueryDate, type QueryDate } from './parse-query-date.js';

export interface QuestionAnalysis {
  language: Language;
  tokens: RawToken[];
  /** Indexes (into tokens) of the words that carry the topic: what coverage is measured on. */
  content: number[];
  concepts: ConceptHit[];
  types: Set<QuestionType>;
  date?: QueryDate;
  /** Figures and years named outside a date: a fact must state each of them to answer. */
  numbers: string[];
  /** Years that say when ("năm 2025", "in 2019"): the fact must be from that year, not merely mention it. */
  years: number[];
  /** "What happened on 23/11/2020?": the date is the whole question. */
  dateOnly: boolean;
  /** Asks for the day ("ngày nào", "what date", "which day"): a fact that dates it only by month or year cannot say. */
  asksDay: boolean;
  /** Capitalised words inside the question (names, places, bodies): a fact must name them to answer. */
  names: number[];
  /** Asks who by a person's name ("which minister", "the ambassador's name"): a body or a country does not answer. */
  asksPerson: boolean;
  /** Asks where at a venue's precision ("which hotel", "khách sạn nào"): a fact naming only the city cannot say. */
  asksVenue: boolean;
  /** Asks who someone is ("X là ai?", "who is X?"), not who did something: with an office named, who holds it. */
  asksHolder: boolean;
  /** Asks which office someone holds ("giữ chức vụ gì", "what post"): answered by a fact stating its people's offices. */
  asksOffice: boolean;
  /** Asks for the report itself ("which outlet reported …", "ai viết bài …"): answered by its fact's source. */
  asksSource: boolean;
  /** Asks which edition or session something is ("lần thứ mấy", "which edition"): a how-many answered by an ordinal. */
  asksOrdinal: boolean;
  /**
   * The words right after a how-many cue (countedWords): what is counted is named there ("how many journalists
   * attended", "bao nhiêu nước đồng bảo trợ"), not elsewhere in the question ("… the press conference").
   */
  counted?: number[];
}

/**
 * The topic words right after a how-many cue, up to an article, preposition or auxiliary: "how many journalists
 * attended | the press conference", "bao nhiêu nhà nghiên cứu và chuyên gia | trong khu vực".
 */
function countedWords(tokens: readonly RawToken[], content: readonly number[], from: number): number[] {
  const topic = new Set(content);
  const out: number[] = [];
  if (GENERIC_COUNTED.has(tokens[from]?.folded ?? '')) return out;
  for (let i = from; i < tokens.length && i < from + COUNTED_SPAN; i++) {
    if (COUNTED_ENDS.has(tokens[i]!.folded)) break;
    // A word that is no topic word may still be what is counted ("mấy ngày": days).
    if (topic.has(i) || !isStopword(tokens[i]!.folded)) out.push(i);
  }
  return out;
}

/**
 * Each cue phrase as its folded words (to find it) and its words as written (to check accented words against); a cue
 * of no type (NO_KIND_CUES) takes its words and asks no kind of value.
 */
const CUE_PHRASES = [...(Object.entries(QUESTION_CUES) as [QuestionType | null, string[]][]), [null, NO_KIND_CUES] as const].flatMap(([type, phrases]) =>
  phrases.map((p) => ({ type, words: p.split(' ').map((w) => fold(w)), exact: p.split(' ').map((w) => lower(w)) })),
);

/** Cue phrases by their first word, so each question is scanned once however many cues there are. */
const CUES_BY_FIRST_WORD = new Map<string, (typeof CUE_PHRASES)[number][]>();
for (const cue of CUE_PHRASES) {
  const list = CUES_BY_FIRST_WORD.get(cue.words[0]!) ?? [];
  list.push(cue);
  CUES_BY_FIRST_WORD.set(cue.words[0]!, list);
}

/** "năm gần đây", "tháng qua", "năm trở lại đây" at i: a recent period ("mấy năm gần đây": these last few years). */
function recentPeriod(words: readonly string[], i: number): boolean {
  if (!PERIOD_WORDS.has(words[i] ?? '')) return false;
  const next = words.slice(i + 1, i + 4).join(' ');
  return next.startsWith('gan day') || next.startsWith('qua') || next.startsWith('tro lai day');
}
const PERIOD_WORDS = new Set(['nam', 'thang', 'tuan', 'ngay']);

/** Words after a preposition left without its object: a time phrase ("… with on 10 September", "… with in 2020"). */
const STRANDED_BEFORE = new Set(['on', 'in', 'at', 'during', 'before', 'after', 'last', 'this', 'that', 'when']);

/** Marks question-type cue phrases; returns the types and the token positions the cues used. */
export function findCues(
  tokens: readonly RawToken[],
  language: Language,
  isKnown?: (folded: string) => boolean,
): { types: Set<QuestionType>; used: Set<number>; kindWords: Set<number>; afterCount?: number; gappedCue?: string } {
  const types = new Set<QuestionType>();
  const used = new Set<number>();
  const kindWords = new Set<number>();
  const words = tokens.map((t) => (isKnown ? questionWordMeant(t.folded, isKnown) : t.folded));
  const found: { at: number; type: QuestionType | null; length: number }[] = [];
  for (let i = 0; i < words.length; i++) {
    for (const { type, words: cue, exact } of CUES_BY_FIRST_WORD.get(words[i]!) ?? []) {
      // "may" is Vietnamese "mấy" (how many) only in Vietnamese questions, and not in "mấy năm gần đây / qua"
      // ("these last few years"), which says when, not how many.
      if (cue.length === 1 && cue[0] === 'may' && (language !== 'vi' || recentPeriod(words, i + 1))) continue;
      if (i + cue.length > words.length) continue;
      // A word typed with its accents is the cue only if they are the cue's own (a mistyped one is read as its cue).
      const matches = (w: string, k: number) => {
        const t = tokens[i + k]!;
        // The noun closing an English cue may be plural: "which officials", "which cities".
        if (k > 0 && k === cue.length - 1 && /^[a-z]+$/.test(exact[k]!) && pluralsOf(w).includes(words[i + k]!)) return true;
        // A word capitalised inside the question, typed without the cue's accents, is a name: "Việt Nam nào" is not
        // "năm nào" (which year).
        if (i + k > 0 && t.exact === t.folded && exact[k] !== w && /^\p{Lu}/u.test(t.raw)) return false;
        return words[i + k] === w && (t.exact === t.folded || t.exact === exact[k] || t.folded !== w);
      };
      if (cue.every(matches)) found.push({ at: i, type, length: cue.length });
    }
  }
  words.forEach((w, i) => w === SOME_QUESTION_WORD && used.add(i));
  // The longest cue wins its words: "tháng mấy" (which month) asks when, and its "mấy" is not also "how many".
  found.sort((x, y) => y.length - x.length || x.at - y.at);
  let afterCount: number | undefined;
  for (const c of found) {
    if (Array.from({ length: c.length }, (_, k) => c.at + k).some((i) => used.has(i))) continue;
    if (c.type) types.add(c.type);
    if (c.type === 'howMany') afterCount = c.at + c.length;
    for (let k = 0; k < c.length; k++) used.add(c.at + k);
  }
  // "Who did the ministers hold a dialogue with (on 10 September)?": a who whose "with" is left without its object
  // (the question or a time phrase follows) asks a counterpart, as "with whom" does.
  const stranded = (i: number) => i === words.length - 1 || STRANDED_BEFORE.has(words[i + 1]!);
  if (language === 'en' && words.some((w, i) => w === 'with' && stranded(i))) types.delete('who');
  const gapped = personCueWithGap(words, language, used);
  if (gapped) {
    types.add('who');
    for (const i of gapped.at) used.add(i);
  }
  const kindOf = findKindOf(tokens, words, language, used);
  if (kindOf) {
    types.add('whatIs');
    for (const i of kindOf.cue) used.add(i);
    for (const i of kindOf.kind) kindWords.add(i);
  }
  return { types, used, kindWords, afterCount, ...(gapped ? { gappedCue: gapped.cue } : {}) };
}

/**
 * A who-cue whose person noun stands a describing word or two from its question word ("which UN official", "ngoại
 * trưởng Mỹ nào"): the positions of the question word and the noun, and the cue as if adjacent.
 */
function personCueWithGap(words: readonly string[], language: Language, used: ReadonlySet<number>): { at: number[]; cue: string } | undefined {
  const free = (from: number, to: number) => {
    for (let k = from; k < to; k++) if (used.has(k) || COUNTED_ENDS.has(words[k]!) || SOME_QUESTION_WORDS.has(words[k]!)) return false;
    return true;
  };
  for (const noun of PERSON_NOUNS[language]) {
    const n = noun.split(' ');
    for (let i = 0; i + n.length <= words.length; i++) {
      const singular = (w: string, k: number) => words[i + k] === w || (language === 'en' && k === n.length - 1 && pluralsOf(w).includes(words[i + k]!));
      if (!n.every(singular) || n.some((_, k) => used.has(i + k))) continue;
      const nounAt = n.map((_, k) => i + k);
      for (let gap = 1; gap <= PERSON_GAP; gap++) {
        if (language === 'en') {
          const q = i - gap - 1;
          if (q >= 0 && (words[q] === 'which' || words[q] === 'what') && !used.has(q) && free(q + 1, i)) return { at: [q, ...nounAt], cue: `which ${noun}` };
        } else {
          const q = i + n.length + gap;
          if (q < words.length && words[q] === 'nao' && !used.has(q) && free(i + n.length, q)) return { at: [...nounAt, q], cue: `${noun} nao` };
        }
      }
    }
  }
  return undefined;
}
const SOME_QUESTION_WORDS = new Set(['which', 'what', 'who', 'nao', 'ai', 'gi']);

/** An English noun's plural forms: "official" → "officials", "city" → "cities", "address" → "addresses". */
const pluralsOf = (w: string): string[] => (w.endsWith('y') ? [`${w.slice(0, -1)}ies`] : [`${w}s`, `${w}es`]);

/**
 * "What kind of body is X?", "X là cơ quan gì?": the cue's positions and the words naming the kind, which stay
 * topic words (the definition says what X is) but are not another subject.
 */
function findKindOf(tokens: readonly RawToken[], words: readonly string[], language: Language, used: ReadonlySet<number>): { cue: number[]; kind: number[] } | undefined {
  const free = (i: number) => i < words.length && !used.has(i);
  const range = (from: number, to: number) => Array.from({ length: to - from }, (_, k) => from + k);
  if (language === 'en') {
    for (const open of KIND_OF.en.open) {
      const cue = open.split(' ');
      for (let i = 0; i + cue.length < words.length; i++) {
        if (!cue.every((w, k) => words[i + k] === w && free(i + k))) continue;
        const from = i + cue.length;
        for (let j = from + 1; j <= from + KIND_OF_GAP && j < words.length; j++) {
          if (KIND_OF.en.close.includes(words[j]!)) return { cue: range(i, from), kind: range(from, j) };
        }
      }
    }
    for (let i = 0; i + 2 < words.length; i++) {
      if (words[i] !== KIND_OF.en.bare || !free(i)) continue;
      for (let j = i + 2; j <= i + 1 + KIND_OF_GAP && j < words.length; j++) {
        const kind = range(i + 1, j);
        if (KIND_OF.en.close.includes(words[j]!) && kind.every(free) && kind.some((k) => KIND_NOUNS.en.includes(words[k]!))) return { cue: [i], kind };
      }
    }
    return undefined;
  }
  // Typed with accents, only "là … gì" itself ("lá", "gỉ" are other words).
  const is = (i: number, folded: string, exact: string) => words[i] === folded && free(i) && (tokens[i]!.exact === folded || tokens[i]!.exact === exact);
  for (let i = 0; i < words.length; i++) {
    if (!is(i, KIND_OF.vi.open, 'là')) continue;
    for (let j = i + 2; j <= i + 1 + KIND_OF_GAP && j < words.length; j++) {
      if ((is(j, KIND_OF.vi.close, 'gì') || is(j, KIND_OF.vi.which, 'nào')) && range(i + 1, j).every(free)) return { cue: [i, j], kind: range(i + 1, j) };
    }
  }
  return undefined;
}

/**
 * The positions of the words that carry a question's topic: not its question cues (`used`), function words or event
 * words, though a word inside a glossary concept always counts; with a date, not the date's own words either.
 */
export function topicWords(
  tokens: readonly RawToken[],
  concepts: readonly { start: number; end: number }[],
  language: Language,
  used: ReadonlySet<number>,
  date?: QueryDate,
): number[] {
  const isStop = (t: RawToken) => (language === 'en' ? EN_STOPWORDS.has(t.folded) : isViStopword(t));
  const dateNumbers = new Set(date?.numbers ?? []);
  const out: number[] = [];
  tokens.forEach((t, i) => {
    if (/^\d+$/.test(t.folded) && dateNumbers.has(String(Number(t.folded)))) return;
    const inConcept = concepts.some((c) => i >= c.start && i < c.end);
    if (!inConcept && (used.has(i) || isStop(t) || EVENT_WORDS.has(t.folded))) return;
    // Month words and "ngày/tháng/năm" belong to the date, not the topic.
    if (date && !inConcept && isMonthWord(t.folded)) return;
    out.push(i);
  });
  return out;
}

/** The tokens with each misspelt word replaced by its one correction (as typed in lowercase: never an acronym). */
function corrected(tokens: readonly RawToken[], correct: (folded: string) => string | undefined): readonly RawToken[] {
  let out: RawToken[] | undefined;
  tokens.forEach((t, i) => {
    const word = /\d/.test(t.folded) ? undefined : correct(t.folded);
    if (!word) return;
    out ??= [...tokens];
    out[i] = { folded: word, exact: word, raw: word };
  });
  return out ?? tokens;
}

/**
 * The leading set-aside clause of a question, up to its comma ("Besides the AICHR dialogue,"): its length in
 * characters and in tokens, both 0 when there is none.
 */
function setAside(text: string): { chars: number; tokens: number } {
  const m = SET_ASIDE.exec(text);
  const tokens = m ? rawTokens(m[0]).length : 0;
  return tokens > 1 ? { chars: m![0].length, tokens } : { chars: 0, tokens: 0 };
}
const SET_ASIDE = new RegExp(`^\\s*(?:${SET_ASIDE_CUES.join('|')})\\s[^,;:?]+[,;:]`, 'iu');

/** When-cues that ask for the day itself, not only the month or the year. */
const DAY_CUES = [
  'ngay nao', 'ngay may', 'what date', 'which date', 'what day', 'which day', 'exact date', 'chinh xac ngay', 'ngay cu the',
  'cu the ngay', 'specific date', 'precise date', 'exact day', 'specific day',
];

/** Question words, and the longer words of Vietnamese cue phrases ("tháng mấy", "bao nhiêu", "người nào"). */
const EN_QUESTION_WORDS = ['who', 'what', 'when', 'where', 'which', 'how', 'why'];
const QUESTION_WORDS = [...EN_QUESTION_WORDS, 'thang', 'ngay', 'nhieu', 'nguoi'];

/** What findCues reads for a mistyped question word whose meaning is unclear: no kind, but no topic either. */
const SOME_QUESTION_WORD = '?';

/**
 * "whoo", "wehn", "thág": a word the table does not know, one edit from exactly one question word, is that word
 * mistyped. One edit from several ("hwo": "who" or "how") it is still a question word, of no kind we can tell.
 */
function questionWordMeant(word: string, isKnown: (folded: string) => boolean): string {
  if (word.length < 3 || word.length > 6 || QUESTION_WORDS.includes(word) || isStopword(word) || isKnown(word)) return word;
  const close = QUESTION_WORDS.filter((q) => editDistance(word, q, 1) <= 1);
  if (close.length === 1 && close[0]![0] === word[0]) return close[0]!;
  return close.length > 1 && close.every((q) => EN_QUESTION_WORDS.includes(q)) ? SOME_QUESTION_WORD : word;
}

/**
 * `correct` gives the one word of the table a misspelt word is closest to (none when it is known or several are as
 * close): names of several words are found through it ("asean travle corridor"), as a single word is in retrieval.
 */
export function analyzeQuestion(
  typed: string,
  matcher: ConceptMatcher,
  evidence?: LanguageEvidence,
  isKnown?: (folded: string) => boolean,
  correct?: (folded: string) => string | undefined,
  isNameWord?: (folded: string) => boolean,
  isPersonWord?: (folded: string) => boolean,
): QuestionAnalysis {
  const language = detectLanguage(typed, evidence);
  const text = language === 'vi' ? withShortFormsSpelt(typed) : typed;
  const tokens = rawTokens(text);
  // "Besides China and Japan, which partners …": what a leading set-aside clause names is what the answer is not
  // about, so its words, names, concepts and figures are no part of the topic.
  const aside = setAside(text);
  const asideEnd = aside.tokens;
  const concepts = matcher.find(correct ? corrected(tokens, correct) : tokens).filter((c) => c.start >= asideEnd);
  const { types, used, kindWords, afterCount, gappedCue } = findCues(tokens, language, isKnown);
  for (let i = 0; i < asideEnd; i++) used.add(i);
  // Asked for the report, its cue and the words naming the report ("article", "bài báo") are not the topic, and the
  // value asked is the source: "who wrote" asks no person of the fact.
  const foldedWords = tokens.map((t) => t.folded);
  const sourceCue = phrasesAt(foldedWords, SOURCE_CUES);
  const asksSource = sourceCue.length > 0;
  if (asksSource) {
    types.clear();
    for (const i of sourceCue) used.add(i);
    tokens.forEach((t, i) => REPORT_WORDS.has(t.folded) && used.add(i));
  }
  // "Lần thứ mấy", "which edition": how many, answered by the ordinal a fact names the thing with ("ngày thứ mấy" asks
  // the weekday).
  const weekday = (i: number) => foldedWords[i - 1] === 'ngay' || (foldedWords[i - 1] === 'thu' && foldedWords[i - 2] === 'ngay');
  const ordinalCue = asksSource ? [] : phrasesAt(foldedWords, ORDINAL_CUES).filter((i) => !weekday(i));
  const asksOrdinal = ordinalCue.length > 0;
  if (asksOrdinal) {
    types.add('howMany');
    for (const i of ordinalCue) used.add(i);
  }
  // "Giữ chức gì", "what post": the office someone holds, a value of its own (unnamed-values, decide); its words ask,
  // they are not the topic.
  const officeCue = asksSource ? [] : phrasesAt(foldedWords, OFFICE_CUES);
  let asksOffice = officeCue.length > 0;
  for (const i of officeCue) used.add(i);
  const date = parseQueryDate(text);
  const dateNumbers = new Set(date?.numbers ?? []);
  const numbers = new Set<string>();
  const years = new Set<number>();
  for (const n of figuresIn(text.slice(aside.chars))) if (!dateNumbers.has(n)) numbers.add(n);
  tokens.forEach((t, i) => {
    if (i >= asideEnd && /^\d+$/.test(t.folded) && !dateNumbers.has(String(Number(t.folded))) && isTemporalYear(tokens, i)) years.add(Number(t.folded));
  });
  const content = topicWords(tokens, concepts, language, used, date);
  const dateOnly = !!date && content.length === 0;
  // A bare figure ("53", "2020") names no topic: without a date there is nothing to answer.
  if (!date && content.every((i) => /^\d+$/.test(tokens[i]!.folded))) content.length = 0;
  // Capitalised words after the first are names the user means precisely ("Japan", "Nobel", "Khiari"); the first word
  // is capitalised anyway, and is a name only when the table knows it, never writes it in lowercase and has it in a
  // name it declares ("Canada hosted …", not "Which …", "Besides …" or "Đại sứ quán …": the table writes those
  // capitalised only where a sentence starts).
  const names = content.filter((i) => {
    const t = tokens[i]!;
    if (!/^\p{Lu}/u.test(t.raw) || /^\d/.test(t.raw) || isMonthWord(t.folded)) return false;
    return i > 0 || (!!isKnown?.(t.folded) && !matcher.writtenLowercase(t.folded) && !!isNameWord?.(t.folded));
  });
  // "X là gì?" asks for a definition only when X is a glossary term and nothing else (but the kind it is asked as),
  // and of no particular time: "som asean thang 3 2019 la hoi nghi gi" asks what that meeting was.
  const timeless = !date && years.size === 0;
  if (language === 'en' && tokens.some((t) => REPORTING_VERBS.has(t.folded))) types.delete('whatIs');
  if (types.has('whatIs')) for (const i of phrasesAt(foldedWords, KIND_NOUNS[language])) kindWords.add(i);
  if (types.has('whatIs') && (!timeless || !content.every((i) => kindWords.has(i) || concepts.some((c) => i >= c.start && i < c.end)))) types.delete('whatIs');
  const folded = ` ${foldedWords.join(' ')} `;
  const asksDay = types.has('when') && DAY_CUES.some((c) => folded.includes(` ${c} `));
  const has = (phrase: string) => folded.includes(` ${phrase} `) || phrase === gappedCue;
  // Asked the name of a glossary term alone ("what is the full name of the AIPR?"), the name is its expansion; the
  // name of a title only a person holds is still a person's.
  const nameOfTerm = types.has('whatIs') && !PERSON_TITLES.some(has);
  const asksHolder = HOLDER_CUES.some(has);
  // "Who is the UN Secretary-General?", "Ai là Trưởng đoàn SOM?": who holds an office only a person holds is a person.
  const asksPerson = !asksSource && !nameOfTerm && (PERSON_CUES.some(has) || ((NAME_WORDS[language].some(has) || asksHolder) && PERSON_TITLES.some(has)));
  if (asksPerson) types.add('who');
  const asksVenue = !asksSource && VENUE_CUES.some(has);
  // Asked of a person the table names and nothing else (their title, an honorific, an office noun aside), who they
  // are ("Đặng Đình Quý là ai?", "Who is Guterres?") or their office noun ("What is Dang Dinh Quy's position?",
  // "Chức vụ của ông Quý là gì?") is the office they hold, as "ông Quý giữ chức vụ gì?" asks.
  const personal = (i: number) => !!isPersonWord?.(tokens[i]!.folded);
  const officeNoun = new Set(phrasesAt(foldedWords, OFFICE_NOUNS));
  const possessive = (i: number) => language === 'en' && tokens[i]!.folded === 's' && i > 0;
  const ofPersonAlone = content.some(personal) && content.every((i) => personal(i) || PERSON_TITLE_WORDS.has(tokens[i]!.folded) || officeNoun.has(i) || possessive(i));
  const whoTheyAre = asksHolder && types.size === 1 && types.has('who');
  const theirOffice = content.some((i) => officeNoun.has(i)) && [...types].every((t) => t === 'whatIs');
  if (!asksOffice && !asksSource && ofPersonAlone && (whoTheyAre || theirOffice)) {
    asksOffice = true;
    types.clear();
  }
  if (asksVenue) types.add('where');
  const counted = afterCount === undefined ? undefined : countedWords(tokens, content, afterCount);
  return { language, tokens, content, concepts, types, date, numbers: [...numbers], years: [...years], dateOnly, asksDay, names, asksPerson, asksVenue, asksHolder, asksOffice, asksSource, asksOrdinal, ...(counted?.length ? { counted } : {}) };
}

/** The positions of the words of every whole-word occurrence of the phrases (folded) in the folded words. */
function phrasesAt(words: readonly string[], phrases: readonly string[]): number[] {
  const out: number[] = [];
  for (const phrase of phrases) {
    const p = phrase.split(' ');
    for (let i = 0; i + p.length <= words.length; i++) if (p.every((w, k) => words[i + k] === w)) for (let k = 0; k < p.length; k++) out.push(i + k);
  }
  return out;
}

const MONTH_WORDS = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'thang', 'ngay', 'nam', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec']);
const isMonthWord = (w: string) => MONTH_WORDS.has(w);

/**
 * "năm 2025", "in 2019", "the 2018 resolution": a year that says when, not which document ("Vision 2025", "the 2030
 * Agenda", "Ủy ban quốc gia ASEAN 2020"), which a fact may name without being from that year.
 */
function isTemporalYear(tokens: readonly RawToken[], i: number): boolean {
  if (!/^(19|20)\d\d$/.test(tokens[i]!.folded)) return false;
  const before = tokens[i - 1]?.folded;
  if (before === 'the') return !NAMED_BY_YEAR.has(tokens[i + 1]?.folded ?? '');
  return [before, tokens[i - 2]?.folded].some((w) => w === 'nam' || w === 'in' || w === 'during' || w === 'year');
}

/** Words that a year before them names ("the 2030 Agenda"), rather than dates. */
const NAMED_BY_YEAR = new Set(['agenda', 'vision', 'plan', 'convention', 'declaration', 'charter', 'roadmap']);


// Longest first, so that "phó tt" (phó thủ tướng) is read before "tt" (thứ trưởng).
const SHORT_FORM = new RegExp(
  `(?<![\\p{L}\\p{N}])(${Object.keys(VI_SHORT_FORMS).sort((a, b) => b.length - a.length).join('|')})(?![\\p{L}\\p{N}])`,
  'gu',
);

/**
 * A Vietnamese question with its short forms spelt out ("TT Dũng nói j" → "thứ trưởng Dũng nói gì"): found in the
 * folded text, one character for each typed one, and replaced in the typed text.
 */
export function withShortFormsSpelt(text: string): string {
  const chars = [...text.normalize('NFC')];
  // One folded unit per character, so that a match's place in the folded text is its place in the typed one.
  const foldChar = (c: string) => {
    const f = fold(c);
    return f.length === 1 ? f : '_';
  };
  const folded = chars.map(foldChar).join('');
  let out = '';
  let at = 0;
  for (const m of folded.matchAll(SHORT_FORM)) {
    out += chars.slice(at, m.index).join('') + VI_SHORT_FORMS[m[1]!]!;
    at = m.index + m[0].length;
  }
  return out + chars.slice(at).join('');
}
