// The quick implementations the engine is compared with: plain fuse.js, and MiniSearch (BM25 with fuzzy and prefix).
import Fuse from 'fuse.js';
import MiniSearch from 'minisearch';
import type { FactRecord, FactTable } from '../src/facts/fact-table.js';

export interface BaselineAnswer {
  answered: boolean;
  factId?: string;
}

export interface Baseline {
  readonly name: string;
  ask(question: string): BaselineAnswer;
}

export type BaselineName = 'fuse' | 'minisearch';
export const BASELINES: readonly BaselineName[] = ['fuse', 'minisearch'];

export function createBaseline(name: BaselineName, table: FactTable): Baseline {
  return name === 'fuse' ? fuseBaseline(table) : miniSearchBaseline(table);
}

/** fuse.js over each fact's questions and answers; answer = top hit. It scans every fact for every question. */
function fuseBaseline(table: FactTable): Baseline {
  const fuse = new Fuse<FactRecord>(table.facts as FactRecord[], {
    keys: ['questions.vi', 'questions.en', 'answer.vi', 'answer.en'],
    includeScore: true,
    ignoreLocation: true,
    threshold: 0.4,
  });
  return {
    name: 'fuse.js',
    ask(question: string): BaselineAnswer {
      const top = fuse.search(question, { limit: 1 })[0];
      return top ? { answered: true, factId: top.item.id } : { answered: false };
    },
  };
}

/**
 * MiniSearch with its defaults, as a developer would first set it up: BM25 over the questions and answers, fuzzy
 * (0.2) and prefix matching, diacritics folded; answer = top hit.
 */
function miniSearchBaseline(table: FactTable): Baseline {
  const fold = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd').toLowerCase();
  const ms = new MiniSearch<{ id: number; questions: string; answers: string }>({
    fields: ['questions', 'answers'],
    processTerm: (term) => fold(term),
    searchOptions: { fuzzy: 0.2, prefix: true },
  });
  ms.addAll(table.facts.map((f, id) => ({ id, questions: [...f.questions.vi, ...f.questions.en].join('\n'), answers: `${f.answer.vi}\n${f.answer.en}` })));
  return {
    name: 'MiniSearch',
    ask(question: string): BaselineAnswer {
      const top = ms.search(question)[0];
      return top ? { answered: true, factId: table.facts[top.id as number]!.id } : { answered: false };
    },
  };
}
