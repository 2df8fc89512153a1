// Analyse, second half: turns the analysed question into what retrieval and re-ranking match on (term ids, weights).
import type { QuestionAnalysis } from './analyze-question.js';
import { heldTermId, type FactIndex } from './FactIndex.js';
import type { EngineOptions } from './options.js';
import type { SpellingCorrector } from './SpellingCorrector.js';
import { pairTerm, wordTerm } from './terms.js';
import { stem } from './stem.js';
import { SYNONYMS } from './lexicon.js';
import { fold } from '../text/normalize.js';

/** A synonym as the index holds it: its term (a stem, or a pair of stems) and its words' stems. */
interface Synonym {
  term: string;
  words: readonly string[];
}

/** Each synonym's term → the other words of its groups. */
const SYNONYMS_OF: ReadonlyMap<string, readonly Synonym[]> = (() => {
  const synonymOf = (phrase: string): Synonym => {
    const words = fold(phrase).split(' ').map(stem);
    return { term: words.length > 1 ? pairTerm(words[0]!, words[1]!) : words[0]!, words };
  };
  const out = new Map<string, Synonym[]>();
  for (const group of SYNONYMS) {
    const synonyms = group.map(synonymOf);
    for (const s of synonyms) {
      const list = out.get(s.term) ?? [];
      for (const o of synonyms) if (o.term !== s.term && !list.some((x) => x.term === o.term)) list.push(o);
      out.set(s.term, list);
    }
  }
  return out;
})();

/** One topic word of the question and the terms that stand for it in a fact. */
export interface Unit {
  /** Its position in the analysed tokens. */
  token: number;
  /** Term ids that count as this word: its stem, pairs with its neighbours, concepts over it, spelling corrections. */
  ids: number[];
  /** Credit of each id: 1, or a correction's similarity squared (a corrected word is only probably the one meant). */
  credits: number[];
  /** Rarity (idf over facts, capped): how much of the question this word is. */
  weight: number;
  /** False when nothing in the table stands for it, even after spelling correction. */
  known: boolean;
  /** Typed capitalised inside the question: a name the asker means precisely. */
  name: boolean;
  /** A name, a figure or part of a glossary term: a specific thing the question is about, not a descriptive word. */
  specific: boolean;
}

export interface Query {
  analysis: QuestionAnalysis;
  units: Unit[];
  /** Sum of the units' weights. */
  totalWeight: number;
  /** Retrieval terms with their query weights. */
  terms: { id: number; weight: number }[];
  /** Every term id that stands for some word of the question (to see which words of a curated question it has). */
  ids: Set<number>;
  /** Concept ids the question names, with their share of facts (rare ones are specifics a fact must hold). */
  concepts: { id: number; share: number }[];
  /** Share of the question's weight that nothing in the table stands for. */
  unknownShare: number;
  /**
   * The ids standing for the words naming what a how-many question counts (analysis.counted): each word's unit ids
   * (words, pairs, concepts, corrections), or its own term for a word that is no topic word ("mấy ngày").
   */
  counted?: number[];
}

/** Idf over facts, capped at the rarity of a word found in one fact in `rarity`. */
export function rarityOf(index: FactIndex, id: number, rarity: number): number {
  const n = index.facts.length;
  const df = id >= 0 ? index.factDf[id]! : 0;
  const cap = Math.log(1 + (rarity - 0.5) / 1.5);
  return Math.min(cap, Math.log(1 + (Math.max(n, df) - df + 0.5) / (df + 0.5)));
}

export function buildQuery(analysis: QuestionAnalysis, index: FactIndex, speller: SpellingCorrector, options: EngineOptions): Query {
  const { tokens } = analysis;
  // A term no fact holds (a word found only in event or role names) stands for nothing in retrieval or coverage; it
  // still counts among the ids, where those names are looked for.
  const anyId = (term: string): number => index.termIds.get(term) ?? -1;
  const id = (term: string): number => heldTermId(index, term);
  const words = tokens.map(wordTerm);
  const cap = rarityOf(index, -1, options.coverageRarity);
  const units: Unit[] = [];
  const terms = new Map<number, number>();
  const addTerm = (t: number, w: number) => t >= 0 && terms.set(t, Math.max(terms.get(t) ?? 0, w));
  const ids = new Set<number>();
  const conceptIdsAt = (i: number) => analysis.concepts.filter((c) => i >= c.start && i < c.end).map((c) => id(c.term)).filter((x) => x >= 0);
  const names = new Set(analysis.names);
  const inEntityName = new Set<number>();
  for (const hit of index.entityNames.find(tokens)) for (let k = hit.start; k < hit.end; k++) inEntityName.add(k);

  for (let i = 0; i < words.length; i++) {
    const w = anyId(words[i]!);
    if (w >= 0) ids.add(w);
    if (i + 1 < words.length) {
      const p = anyId(pairTerm(words[i]!, words[i + 1]!));
      if (p >= 0) ids.add(p);
    }
  }
  for (const c of analysis.concepts) {
    const c1 = id(c.term);
    if (c1 >= 0) ids.add(c1);
  }

  // A name of several words ("Association of Southeast Asian Nations", "Liên Hợp Quốc") weighs one word in
  // retrieval, as its acronym does: spelt out, its rare words would otherwise pull up the glossary entry defining it.
  const contentSet = new Set(analysis.content);
  const spanOf = (i: number) => analysis.concepts.find((c) => i >= c.start && i < c.end);
  const spanWords = (c: { start: number; end: number }) => {
    let n = 0;
    for (let k = c.start; k < c.end; k++) if (contentSet.has(k)) n++;
    return Math.max(1, n);
  };
  // A pair of syllables the answers of two facts or more hold (their content postings) is a word the table writes,
  // not two words that happen to meet in curated questions ("có chủ" of "có chủ đề gì").
  const inProse = (pair: number) => pair >= 0 && index.content.starts[pair + 1]! - index.content.starts[pair]! >= 2;
  for (const i of analysis.content) {
    const tok = tokens[i]!;
    const span = spanOf(i);
    const share = span ? 1 / spanWords(span) : 1;
    const alt: number[] = [];
    const credits: number[] = [];
    const push = (t: number, credit: number) => {
      if (t < 0 || alt.includes(t)) return;
      alt.push(t);
      credits.push(credit);
    };
    const word = id(words[i]!);
    const concepts = conceptIdsAt(i);
    // A Vietnamese syllable that forms with its neighbour a word the table's answers write is that word.
    const pairs = [i > 0 ? id(pairTerm(words[i - 1]!, words[i]!)) : -1, i + 1 < words.length ? id(pairTerm(words[i]!, words[i + 1]!)) : -1];
    const inWord = analysis.language === 'vi' && !concepts.length && !names.has(i) && !/\d/.test(tok.folded) && pairs.some(inProse);
    push(word, inWord ? options.syllableCredit : 1);
    for (const p of pairs) push(p, 1);
    for (const c of concepts) push(c, 1);
    let weight = word >= 0 ? rarityOf(index, word, options.coverageRarity) : Infinity;
    if (word < 0 && !/\d/.test(tok.folded) && tok.folded.length >= options.fuzzyMinLength - 1) {
      const fixes = speller.correct(tok.folded);
      if (tok.folded.length >= options.fuzzyMinLength && !concepts.length) {
        for (const f of fixes) {
          const fixed = stem(f.word);
          const t = id(fixed);
          push(t, f.similarity ** 2);
          addTerm(t, f.similarity);
          // Two edits away is a guess ("president" is two from "present"): it may reach and cover a fact, not name
          // the part, title, event or count a gate asks for. A typo is one edit (a swap counts as one).
          if (t < 0 || f.edits > 1) continue;
          ids.add(t);
          // Its pairs too, as typed right: a name's syllables are named by standing together (NameLists).
          for (const p of [i > 0 ? anyId(pairTerm(words[i - 1]!, fixed)) : -1, i + 1 < words.length ? anyId(pairTerm(fixed, words[i + 1]!)) : -1]) if (p >= 0) ids.add(p);
        }
      }
    }
    for (const t of alt) weight = Math.min(weight, rarityOf(index, t, options.coverageRarity));
    if (!Number.isFinite(weight)) weight = cap;
    // Words people use in place of the table's ("talks" for "negotiations"), as probably the one meant.
    const forms = [words[i]!];
    if (i > 0) forms.push(pairTerm(words[i - 1]!, words[i]!));
    if (i + 1 < words.length) forms.push(pairTerm(words[i]!, words[i + 1]!));
    for (const form of forms) {
      for (const synonym of SYNONYMS_OF.get(form) ?? []) {
        const t = id(synonym.term);
        if (t < 0 || alt.includes(t)) continue;
        push(t, options.synonymCredit);
        addTerm(t, share * options.synonymCredit);
        ids.add(t);
        // Its words too, so that a name written with it is named ("thương lượng COC" names "đàm phán COC").
        for (const w of synonym.words.map(anyId)) if (w >= 0) ids.add(w);
      }
    }
    // An English word's derivations ("adopted" for "adoption", "member" for "membership"): the same thing said as
    // another part of speech, as a synonym is. They help find and cover a fact, not name what a gate asks for.
    for (const related of derivationsOf(words[i]!)) {
      const t = id(related);
      if (t < 0 || alt.includes(t)) continue;
      push(t, options.synonymCredit);
      addTerm(t, share * options.synonymCredit);
    }
    const specific = names.has(i) || concepts.length > 0 || inEntityName.has(i) || /^\d+$/.test(tok.folded);
    units.push({ token: i, ids: alt, credits, weight, known: alt.length > 0, name: names.has(i), specific });
    addTerm(word, share);
  }
  // Adjacent topic words as a pair (within a name, its pairs together weigh one); concepts once each.
  for (let i = 0; i + 1 < words.length; i++) {
    if (!contentSet.has(i) || !contentSet.has(i + 1)) continue;
    const span = spanOf(i);
    const inName = span && i + 1 < span.end;
    addTerm(id(pairTerm(words[i]!, words[i + 1]!)), options.pairWeight * (inName ? 1 / Math.max(1, spanWords(span) - 1) : 1));
  }
  const concepts: Query['concepts'] = [];
  for (const c of analysis.concepts) {
    const c1 = id(c.term);
    // Something the glossary knows and no fact mentions (a country no article fact is about): every fact misses it.
    if (c1 < 0 && index.unmentioned.has(c.term) && !concepts.some((x) => x.id === -1)) concepts.push({ id: -1, share: 0 });
    if (c1 < 0 || concepts.some((x) => x.id === c1)) continue;
    addTerm(c1, options.conceptWeight);
    concepts.push({ id: c1, share: index.factDf[c1]! / Math.max(1, index.facts.length) });
  }
  const totalWeight = units.reduce((s, u) => s + u.weight, 0);
  const unknown = units.reduce((s, u) => s + (u.known ? 0 : u.weight), 0);
  return {
    analysis,
    units,
    totalWeight,
    terms: [...terms].map(([t, weight]) => ({ id: t, weight })),
    ids,
    concepts,
    unknownShare: totalWeight ? unknown / totalWeight : 0,
    ...(analysis.counted ? { counted: analysis.counted.flatMap((i) => units.find((u) => u.token === i)?.ids ?? [id(words[i]!)]) } : {}),
  };
}

/**
 * Derivational suffixes of English stems (as stem() leaves them: "representativ", "attendanc", "attende" for
 * "attendee", "participat" for "participated").
 */
const DERIVATIONS = ['ion', 'ation', 'ment', 'ship', 'manship', 'al', 'anc', 'enc', 'iv', 'ativ', 'er', 'or', 'ity', 'ant', 'ent', 'at', 'e'];

/**
 * The stems an English stem may derive from or into: by one suffix ("adopt" ↔ "adoption", "attende" ↔ "attend"), or
 * by trading one for another on the same root ("participant" ↔ "participat" ↔ "participation").
 */
export function derivationsOf(word: string): string[] {
  if (word.length < 4 || !/^[a-z]+$/.test(word)) return [];
  const roots = [word];
  for (const s of DERIVATIONS) if (word.endsWith(s) && word.length - s.length >= 5) roots.push(word.slice(0, -s.length));
  const out = new Set<string>();
  for (const root of roots) {
    if (root !== word) out.add(root);
    for (const s of DERIVATIONS) if (root + s !== word) out.add(root + s);
  }
  return [...out];
}
