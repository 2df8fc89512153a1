// Questions the fact table itself provides (its curated questions, generated variants of them, near-domain traps), and
// questions written about its facts, labelled by fact.
import { readFileSync } from 'node:fs';
import { mulberry32, type Rng } from '../bench/prng.js';
import type { Engine } from '../src/engine/Engine.js';
import { questionsOf } from '../src/engine/FactIndex.js';
import type { Exclusion } from '../src/engine/Retriever.js';
import type { Entity, Language } from '../src/facts/schema.js';
import { NOTHING_ASKED, type Asked } from '../src/engine/values.js';
import { fold, hasDiacritics } from '../src/text/normalize.js';
import { rawTokens } from '../src/engine/ConceptMatcher.js';
import { EN_STOPWORDS, isStopword } from '../src/engine/lexicon.js';
import { RANK_FEATURES } from '../src/engine/features.js';

const COVERAGE = RANK_FEATURES.indexOf('coverage');

/** A question asked of the engine with part of the table left out, and what it should do. */
export interface Probe {
  text: string;
  /** The fact that answers it (for traps: the fact it was made from, which must not answer it). */
  fact: number;
  /** The curated question it is (question document number). */
  question: number;
  /** The curated question it was made from: itself, or the original of a variant or trap. */
  of: number;
  exclude: Exclusion;
  /** 'curated' (asked without itself), a variant kind, or 'trap:<what was replaced>'. */
  kind: string;
  /** Whether the engine should answer (with `fact` or an edition of it) or abstain. */
  answerable: boolean;
  language: Language;
  /** Other facts that answer it as well (a templated question two facts answer, such as the date of "the SOM"). */
  alsoAnswering?: readonly number[];
}

/** Whether answering a probe with a fact is right: its fact, another that answers it, or one giving the same value. */
export function answersProbe(engine: Engine, p: Probe, fact: number, asked: Asked = NOTHING_ASKED): boolean {
  return p.answerable && [p.fact, ...(p.alsoAnswering ?? [])].some((f) => engine.sameAnswer(f, fact, asked));
}

/** Every curated question, asked with itself left out of the index (leave-one-out). */
export function curatedProbes(engine: Engine): Probe[] {
  const { index } = engine;
  const out: Probe[] = [];
  index.facts.forEach((f, fact) => {
    const first = index.questionStart[fact]!;
    questionsOf(f).forEach((text, k) => {
      const question = first + k;
      const language: Language = k < f.questions.vi.length ? 'vi' : 'en';
      out.push({ text, fact, question, of: question, exclude: { questions: new Set([question]) }, kind: 'curated', answerable: true, language });
    });
  });
  return out;
}

/** Diacritics removed, case kept: how most Vietnamese questions are typed on a phone. */
export const withoutDiacritics = (s: string): string => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const wordRe = (form: string) => new RegExp(`(?<![\\p{L}\\p{N}])${escape(form)}(?![\\p{L}\\p{N}])`, 'iu');

/** One realistic typo in a word: two letters swapped, one dropped, doubled or replaced (never the first letter). */
export function typo(word: string, rng: Rng): string {
  const i = rng.int(1, word.length - 2);
  switch (rng.int(0, 3)) {
    case 0:
      return word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
    case 1:
      return word.slice(0, i) + word.slice(i + 1);
    case 2:
      return word.slice(0, i) + word[i] + word.slice(i);
    default: {
      const vowels = 'aeiou';
      const c = word[i]!.toLowerCase();
      const pool = vowels.includes(c) ? vowels : 'bcdfghklmnprstv';
      const other = pool.replace(c, '')[rng.int(0, pool.length - 2)]!;
      return word.slice(0, i) + other + word.slice(i + 1);
    }
  }
}

/**
 * Variants of each curated question, asked without the question they were made from: without diacritics, with a typo
 * in its rarest word, telegraphic (its function words dropped), an acronym spelled out or a name shortened to its
 * acronym, and the fact's question in the other language. A variant should be answered as its original is.
 */
export function variantProbes(engine: Engine, curated: readonly Probe[], seed: number): Probe[] {
  const rng = mulberry32(seed);
  const { index, table } = engine;
  const out: Probe[] = [];
  const forms = table.glossary
    .filter((g) => g.acronyms.length)
    .flatMap((g) => [
      ...g.acronyms.map((a) => ({ form: a, swap: (l: Language) => g.names[l][0]! })),
      ...[...g.names.vi, ...g.names.en].map((n) => ({ form: n, swap: (l: Language) => acronymIn(g, l) })),
    ])
    .sort((a, b) => b.form.length - a.form.length);
  for (const p of curated) {
    const add = (kind: string, text: string, exclude: Exclusion = p.exclude) => {
      if (text !== p.text) out.push({ ...p, text, kind, exclude });
    };
    if (hasDiacritics(p.text)) add('no-diacritics', withoutDiacritics(p.text));
    const words = rawTokens(p.text)
      .filter((t) => t.raw.length >= 5 && /^\p{L}+$/u.test(t.raw) && !isStopword(t.folded))
      .map((t) => ({ raw: t.raw, df: index.factDf[index.termIds.get(t.folded) ?? -1] ?? 0 }))
      .sort((a, b) => a.df - b.df);
    if (words[0]) add('typo', p.text.replace(wordRe(words[0].raw), typo(words[0].raw, rng)));
    // Telegraphic, as typed on a phone: the question's words without its function words ("ai chu tri amm 53").
    const kept = rawTokens(p.text).filter((t) => !isStopword(t.folded) || /^(who|when|where|why|ai|dau|nao)$/.test(t.folded));
    if (kept.length >= 2) add('telegraphic', kept.map((t) => t.raw).join(' '));
    const hit = forms.find((f) => wordRe(f.form).test(p.text));
    const swapped = hit?.swap(p.language);
    if (hit && swapped) add('acronym-swap', p.text.replace(wordRe(hit.form), swapped));
    const f = index.facts[p.fact]!;
    const k = p.question - index.questionStart[p.fact]!;
    const other = p.language === 'vi' ? f.questions.en : f.questions.vi;
    const at = p.language === 'vi' ? k : k - f.questions.vi.length;
    const counterpart = other[at % Math.max(1, other.length)];
    if (counterpart) {
      // The fact's own question in the other language: another curated question, asked without itself.
      const question = index.questionStart[p.fact]! + (p.language === 'vi' ? f.questions.vi.length : 0) + (at % other.length);
      out.push({ ...p, text: counterpart, kind: 'other-language', language: p.language === 'vi' ? 'en' : 'vi', question, exclude: { questions: new Set([question]) } });
    }
  }
  return out;
}

/**
 * The acronym a question in one language would use: not one spelled from the initials of a name in the other language
 * only ("LHQ" is Liên Hợp Quốc's, "UN" United Nations'), so an English question never gets "the LHQ"; none when
 * every acronym of the entry is the other language's ("NQ", nghị quyết, for "resolution").
 */
function acronymIn(g: { acronyms: readonly string[]; names: Record<Language, readonly string[]> }, language: Language): string | undefined {
  const initials = (name: string) => fold(name).split(/[^a-z0-9]+/).filter((w) => w && !EN_STOPWORDS.has(w)).map((w) => w[0]).join('');
  const of = (l: Language) => new Set(g.names[l].map(initials));
  const own = of(language);
  const other = of(language === 'vi' ? 'en' : 'vi');
  const key = (a: string) => fold(a).replace(/[^a-z0-9]/g, '');
  return g.acronyms.find((a) => own.has(key(a))) ?? g.acronyms.find((a) => !other.has(key(a)));
}

interface Specific {
  what: 'year' | 'number' | 'person' | 'country' | 'meeting' | 'organisation';
  /** The text in the question to replace. */
  found: string;
  /** Replacements the fact does not hold, in preference order. */
  replacements: string[];
}

/**
 * Near-domain traps: a curated question with one specific (year, figure or ordinal, person, country, meeting,
 * organisation) replaced by one its fact does not hold. A trap is kept only when no other fact holds the new value
 * and answers most of the question: then nothing in the table answers it, and the engine must abstain.
 */
export function trapProbes(engine: Engine, curated: readonly Probe[], seed: number): Probe[] {
  const rng = mulberry32(seed);
  const { index } = engine;
  const factText = index.facts.map((f) => fold([f.answer.vi, f.answer.en, ...questionsOf(f), ...f.entities.flatMap((e) => [e.name, ...e.aliases])].join(' ')));
  const holds = (fact: number, value: string) => ` ${factText[fact]!.replace(/[^a-z0-9]+/g, ' ')} `.includes(` ${fold(value).replace(/[^a-z0-9]+/g, ' ').trim()} `);
  const byKind = new Map<Entity['kind'], string[]>();
  for (const f of index.facts) {
    for (const e of f.entities) {
      const list = byKind.get(e.kind) ?? [];
      for (const name of [e.name, ...e.aliases]) if (!list.includes(name)) list.push(name);
      byKind.set(e.kind, list);
    }
  }
  const out: Probe[] = [];
  for (const p of curated) {
    const f = index.facts[p.fact]!;
    if (f.kind !== 'fact') continue;
    const specifics: Specific[] = [];
    for (const m of p.text.matchAll(/(?<![\d/.-])(\d{1,4})(?:st|nd|rd|th)?(?![\d/.-])/g)) {
      const v = Number(m[1]);
      const year = v >= 1900 && v <= 2100;
      const steps = year ? [1, -1, 2, -2, 3, -3] : [1, 2, -1, 3, -2, 4];
      specifics.push({ what: year ? 'year' : 'number', found: m[1]!, replacements: steps.map((d) => String(v + d)).filter((x) => Number(x) > 0 && !holds(p.fact, x)) });
    }
    for (const kind of ['person', 'country', 'meeting', 'organisation'] as const) {
      const mine = f.entities.filter((e) => e.kind === kind).flatMap((e) => [e.name, ...e.aliases]);
      const found = mine.sort((a, b) => b.length - a.length).find((name) => wordRe(name).test(p.text));
      if (!found) continue;
      const ascii = !hasDiacritics(p.text);
      const others = (byKind.get(kind) ?? []).filter((name) => !holds(p.fact, name) && (!ascii || !hasDiacritics(name)));
      specifics.push({ what: kind, found, replacements: rng.shuffle([...others]) });
    }
    for (const s of specifics) {
      for (const value of s.replacements.slice(0, 4)) {
        const text = p.text.replace(s.what === 'year' || s.what === 'number' ? new RegExp(`(?<![\\d/.-])${s.found}(?=(st|nd|rd|th)?(?![\\d/.-]))`) : wordRe(s.found), value);
        if (text === p.text) continue;
        // Kept only when no fact holding the new value covers most of the question: then nothing answers it.
        const ranking = engine.rank(text);
        const answerable = ranking.ranked.slice(0, 5).some((r) => r.fact !== p.fact && holds(r.fact, value) && r.features[COVERAGE]! >= 0.75);
        if (answerable) continue;
        out.push({ ...p, text, kind: `trap:${s.what}`, answerable: false, exclude: {} });
        break;
      }
    }
  }
  return out;
}

/**
 * Questions about something else in a question's frame: a curated question's topic words replaced by another
 * article's (its cue and function words kept), so the best fact covers at most part of it: "how many" of a topic
 * no fact joins. Kept only when no retrieved fact covers most of it. Traps change one specific; these change the
 * subject, as an off-topic question does.
 */
export function mixedTopicProbes(engine: Engine, curated: readonly Probe[], seed: number): Probe[] {
  const rng = mulberry32(seed);
  const { index } = engine;
  const articleOf = (fact: number) => index.facts[fact]!.sources[0]?.id ?? index.facts[fact]!.id;
  const topicOf = (text: string) => {
    const a = engine.rank(text).query.analysis;
    return a.content.map((i) => a.tokens[i]!.raw);
  };
  const out: Probe[] = [];
  for (const p of curated) {
    if (rng.next() >= 1 / 3) continue;
    const mine = topicOf(p.text);
    if (mine.length < 2) continue;
    const others = curated.filter((o) => o.language === p.language && articleOf(o.fact) !== articleOf(p.fact));
    const other = others[rng.int(0, others.length - 1)];
    if (!other) continue;
    // Its first topic words stay, the rest become the other question's: half one subject, half another.
    const keep = Math.ceil(mine.length / 2);
    const theirs = topicOf(other.text).slice(0, mine.length - keep);
    if (theirs.length < mine.length - keep) continue;
    let k = 0;
    const text = p.text.replace(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu, (w) => {
      if (k >= mine.length || w !== mine[k]) return w;
      return k++ < keep ? w : theirs[k - 1 - keep]!;
    });
    if (k < mine.length || text === p.text) continue;
    const ranking = engine.rank(text);
    if (ranking.ranked.slice(0, 5).some((r) => r.features[COVERAGE]! >= 0.75)) continue;
    out.push({ ...p, text, kind: 'trap:mixed-topic', answerable: false, exclude: {} });
  }
  return out;
}

/** Questions asking one kind of value about an entity, by its kind; {e} is the entity's name. */
/**
 * `role`: the words (folded) of what is asked about the entity (the office for who, founding for when, the seat for
 * where): a fact answers only if its answer states it, as the fact naming who chaired a meeting does and one naming
 * who spoke at it does not.
 */
interface EntityTemplates {
  vi: string[];
  en: string[];
  role?: string[];
}

const ENTITY_QUESTIONS: Partial<Record<Entity['kind'], Partial<Record<'who' | 'when' | 'where', EntityTemplates>>>> = {
  meeting: {
    when: { vi: ['{e} diễn ra khi nào?', '{e} được tổ chức vào ngày nào?'], en: ['When was {e} held?', 'When did {e} take place?'] },
    where: { vi: ['{e} diễn ra ở đâu?', '{e} được tổ chức tại đâu?'], en: ['Where was {e} held?', 'Where did {e} take place?'] },
    who: { vi: ['Ai chủ trì {e}?', 'Ai chủ tọa {e}?'], en: ['Who chaired {e}?', 'Who presided over {e}?'], role: ['chu tri', 'chu toa', 'chair', 'presid'] },
  },
  event: {
    when: { vi: ['{e} diễn ra khi nào?', '{e} vào ngày nào?'], en: ['When did {e} take place?', 'On what date was {e}?'] },
    where: { vi: ['{e} diễn ra ở đâu?'], en: ['Where did {e} take place?'] },
  },
  document: {
    when: { vi: ['{e} được thông qua khi nào?', '{e} được ký vào ngày nào?'], en: ['When was {e} adopted?', 'When was {e} signed?'] },
    who: { vi: ['Ai soạn thảo {e}?'], en: ['Who drafted {e}?'], role: ['soan thao', 'draft'] },
  },
  organisation: {
    who: {
      vi: ['Ai đứng đầu {e}?', 'Người đứng đầu {e} là ai?'],
      en: ['Who heads {e}?', 'Who leads {e}?'],
      role: ['dung dau', 'head', 'lead', 'tong thu ky', 'secretary general', 'chu tich', 'chairman', 'giam doc', 'director'],
    },
    where: { vi: ['Trụ sở của {e} ở đâu?'], en: ['Where is {e} based?'], role: ['tru so', 'headquarter', 'based', 'seat'] },
    when: { vi: ['{e} được thành lập khi nào?'], en: ['When was {e} founded?'], role: ['thanh lap', 'found', 'establish'] },
  },
};

/**
 * Questions about the entities facts name, by the kinds of value asked of such an entity ("when was the 36th ASEAN
 * Summit held?"). A fact that gives that kind of the entity answers it: for when and where, one whose event names
 * name it; for who, one about it (named in most of its curated questions) that states the office asked. A fact that
 * only mentions the entity in passing does not, though it may give a date of its own. Where no fact answers, the
 * question is a near-domain trap; where one does, it is a question for that fact.
 */
export function entityProbes(engine: Engine, seed: number): Probe[] {
  const rng = mulberry32(seed);
  const { index } = engine;
  const norm = (s: string) => ` ${fold(s).replace(/[^a-z0-9]+/g, ' ').trim()} `;
  const questionsFolded = index.facts.map((f) => questionsOf(f).map(norm));
  const isAbout = (fact: number, names: readonly string[]) => {
    const qs = questionsFolded[fact]!;
    const hits = qs.filter((q) => names.some((n) => q.includes(norm(n)))).length;
    return hits >= 2 && hits * 2 >= qs.length;
  };
  const answers = index.facts.map((f) => norm(`${f.answer.vi} ${f.answer.en}`));
  const statesRole = (fact: number, role: readonly string[]) => role.some((r) => answers[fact]!.includes(` ${r}`));
  const out: Probe[] = [];
  const seen = new Set<string>();
  index.facts.forEach((f) => {
    for (const e of f.entities) {
      const names = [e.name, ...e.aliases];
      for (const [kind, templates] of Object.entries(ENTITY_QUESTIONS[e.kind] ?? {}) as ['who' | 'when' | 'where', EntityTemplates][]) {
        const key = `${norm(e.name)}:${kind}`;
        if (seen.has(key)) continue;
        seen.add(key);
        // A date or place is its event's: a fact naming what its date and place belong to answers when and where
        // for that only; who (and a fact naming no event) goes by what the fact is about.
        const answering = index.facts
          .map((_, g) => g)
          .filter((g) => {
            const h = index.facts[g]!;
            if (!h.gives.includes(kind)) return false;
            if (templates.role && !statesRole(g, templates.role)) return false;
            if (kind === 'who') return isAbout(g, names);
            if (!h.event.length) return isAbout(g, names);
            return names.some((n) => h.event.some((ev) => norm(n).includes(norm(ev))));
          });
        for (const language of ['vi', 'en'] as const) {
          const name = language === 'vi' ? e.name : (e.aliases.find((a) => !hasDiacritics(a)) ?? withoutDiacritics(e.name));
          const text = rng.pick(templates[language]).replace('{e}', name);
          const fact = answering[0] ?? index.facts.indexOf(f);
          const kindOf = answering.length ? `entity:${kind}` : `trap:off-subject`;
          out.push({ text, fact, question: -1, of: -1, exclude: {}, kind: kindOf, answerable: answering.length > 0, language, alsoAnswering: answering.slice(1) });
        }
      }
    }
  });
  return out;
}

/** Each fact's (and definition's) number in the engine's index, by id. */
export const factNumbers = (engine: Engine): Map<string, number> => new Map(engine.index.facts.map((f, i) => [f.id, i]));

/** One line of `eval/written.jsonl`. */
interface WrittenQuestion {
  q: string;
  fact: string;
  answerable: boolean;
  lang: Language;
}

/**
 * Questions written about the table's facts by helpers who saw each fact's answer and the articles, not its curated
 * questions nor any question set (`eval/written.jsonl`): four ways of asking each fact in users' own words, and
 * near-domain traps on the same subjects that no fact answers. None is in the index, so each is asked whole. Labelled
 * by fact, they show what generated traps cannot: how often a trap a person writes is answered.
 */
export function writtenProbes(engine: Engine, file: string): Probe[] {
  const number = factNumbers(engine);
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l, i) => {
      const w = JSON.parse(l) as WrittenQuestion;
      const fact = number.get(w.fact);
      if (fact === undefined) throw new Error(`${file}:${i + 1}: names no fact or definition of the table: ${w.fact}`);
      return { text: w.q, fact, question: -1, of: -1, exclude: {}, kind: w.answerable ? 'written' : 'trap:written', answerable: w.answerable, language: w.lang };
    });
}
