// Builds the question-answering engine over a fact table (first cut: replaced by the indexed engine).
import Fuse from 'fuse.js';
import { citeSource, type Answer } from '../core/answer.js';
import type { FactRecord, FactTable } from '../facts/fact-table.js';
import type { Language } from '../facts/schema.js';
import { hasDiacritics } from '../text/normalize.js';
import type { Engine } from './types.js';

export interface EngineOptions {
  maxQuestionLength?: number;
}

export function createEngine(table: FactTable, options: EngineOptions = {}): Engine {
  const docs = table.facts.map((f) => ({ f, text: [...f.questions.vi, ...f.questions.en].join(' \n ') }));
  const fuse = new Fuse(docs, { keys: ['text'], includeScore: true, ignoreLocation: true, threshold: 0.4 });
  const toAnswer = (question: string, language: Language, f: FactRecord | undefined, confidence: number): Answer => ({
    question,
    answered: !!f,
    language,
    confidence,
    facts: f ? [{ id: f.id, answer: f.answer[language], question: f.questions[language][0]!, date: f.date?.value ?? null, sources: f.sources.map(citeSource) }] : [],
    suggestions: [],
    text: f ? f.answer[language] : language === 'vi' ? 'Chưa có thông tin.' : 'No answer.',
  });
  return {
    table,
    ask(question) {
      const q = String(question).slice(0, options.maxQuestionLength ?? 500);
      const language: Language = hasDiacritics(q) ? 'vi' : 'en';
      const hit = fuse.search(q)[0];
      return toAnswer(q, language, hit?.item.f, hit ? 1 - (hit.score ?? 1) : 0);
    },
    explain(id, language) {
      const f = table.byId.get(id);
      return f ? toAnswer(f.questions[language][0]!, language, f, 1) : undefined;
    },
    complete(partial, limit = 25) {
      return fuse.search(partial, { limit }).map((h) => ({ id: h.item.f.id, question: h.item.f.questions.en[0]! }));
    },
  };
}
