// The quick implementation the engine is compared with: plain fuse.js over each fact's questions and answers.
import Fuse from 'fuse.js';
import type { FactRecord, FactTable } from '../src/facts/fact-table.js';

export interface BaselineAnswer {
  answered: boolean;
  factId?: string;
}

export interface Baseline {
  ask(question: string): BaselineAnswer;
}

export function createBaseline(table: FactTable): Baseline {
  const fuse = new Fuse<FactRecord>(table.facts as FactRecord[], {
    keys: ['questions.vi', 'questions.en', 'answer.vi', 'answer.en'],
    includeScore: true,
    ignoreLocation: true,
    threshold: 0.4,
  });
  return {
    ask(question: string): BaselineAnswer {
      const top = fuse.search(question, { limit: 1 })[0];
      return top ? { answered: true, factId: top.item.id } : { answered: false };
    },
  };
}
