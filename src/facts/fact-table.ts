// The loaded fact table: facts with their sources resolved, and glossary definitions served as facts too.
import type { Entity, Fact, GlossaryEntry, PartialDate, Source, ValueKind } from './schema.js';
import { foldedText } from '../text/normalize.js';

export interface FactRecord {
  id: string;
  /** 'term' records come from glossary definitions ("What is the COC?"). */
  kind: 'fact' | 'term';
  answer: { vi: string; en: string };
  questions: { vi: string[]; en: string[] };
  /** The kinds of value the answer gives (who, when, where, how many, why, what is). */
  gives: readonly ValueKind[];
  date?: PartialDate;
  /** What its date and place belong to, as people name it (see the schema's `event`). */
  event: readonly string[];
  /** The part its "who" played in its event, as people name it (see the schema's `roles`). */
  roles: readonly string[];
  /** The offices its "who" hold apart from the event (see the schema's `titles`). */
  titles: readonly string[];
  /** What its count counts, as people name it (see the schema's `counts`). */
  counts: readonly string[];
  entities: Entity[];
  tags: string[];
  sources: Source[];
  /** A glossary definition no article states: shown as background, citing no source. */
  background: boolean;
}

export interface FactTable {
  readonly sources: readonly Source[];
  readonly facts: readonly FactRecord[];
  readonly glossary: readonly GlossaryEntry[];
  readonly byId: ReadonlyMap<string, FactRecord>;
  readonly sourceById: ReadonlyMap<string, Source>;
  /** Where each fact, term and source was defined ("facts/articles/x.yaml:12"), for error messages. */
  readonly origins: ReadonlyMap<string, { file: string; line: number }>;
}

/** The questions in order, without repeats (compared without case, diacritics or punctuation). */
function distinct(questions: string[]): string[] {
  const seen = new Set<string>();
  return questions.filter((q) => {
    const key = foldedText(q);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function termRecord(entry: GlossaryEntry, sourceById: Map<string, Source>): FactRecord | undefined {
  if (!entry.answer) return undefined;
  const sources = entry.sources.map((id) => sourceById.get(id)).filter((s): s is Source => !!s);
  const forms = { vi: [...entry.acronyms, ...entry.names.vi], en: [...entry.acronyms, ...entry.names.en] };
  return {
    id: entry.id,
    kind: 'term',
    answer: entry.answer,
    questions: {
      vi: distinct([...forms.vi.map((f) => `${f} là gì?`), ...(entry.questions?.vi ?? [])]),
      en: distinct([...forms.en.map((f) => `What is ${f}?`), ...(entry.questions?.en ?? [])]),
    },
    gives: ['whatIs'],
    event: [],
    roles: [],
    titles: [],
    counts: [],
    entities: [...entry.names.vi, ...entry.names.en].map((name) => ({ name, kind: 'other' as const, aliases: entry.acronyms })),
    tags: entry.tags,
    sources,
    background: sources.length === 0,
  };
}

/** Assembles a table from already validated parts; ids are assumed unique and references resolvable. */
export function buildFactTable(
  sources: Source[],
  facts: Fact[],
  glossary: GlossaryEntry[],
  origins: ReadonlyMap<string, { file: string; line: number }> = new Map(),
): FactTable {
  const sourceById = new Map(sources.map((s) => [s.id, s]));
  const records: FactRecord[] = facts.map((f) => ({
    id: f.id,
    kind: 'fact',
    answer: f.answer,
    questions: f.questions,
    gives: f.gives ?? [],
    date: f.date,
    event: f.event ?? [],
    roles: f.roles ?? [],
    titles: f.titles ?? [],
    counts: f.counts ?? [],
    entities: f.entities,
    tags: f.tags,
    sources: f.sources.map((id) => sourceById.get(id)).filter((s): s is Source => !!s),
    background: false,
  }));
  for (const entry of glossary) {
    const term = termRecord(entry, sourceById);
    if (term) records.push(term);
  }
  return Object.freeze({
    sources,
    facts: records,
    glossary,
    byId: new Map(records.map((r) => [r.id, r])),
    sourceById,
    origins,
  });
}
