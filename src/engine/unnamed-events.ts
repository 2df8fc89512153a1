// Curation check: a curated question asking when or where must name what the fact's date and place belong to.
import type { FactProblem } from '../facts/load-facts.js';
import type { Engine } from './Engine.js';
import { eventNamed, questionsOf } from './FactIndex.js';

/**
 * Curated questions that ask a fact when or where without naming its event (any of its event names, or its date):
 * the engine would not answer them with the fact. Either a way of naming the event is missing from `event`, or the
 * question asks the date of something the fact only cites, and it teaches the engine to answer for the wrong thing.
 */
export function unnamedEventQuestions(engine: Engine): FactProblem[] {
  const { index, table } = engine;
  const problems: FactProblem[] = [];
  index.facts.forEach((f, fact) => {
    if (!f.event.length) return;
    questionsOf(f).forEach((text) => {
      const { query } = engine.rank(text);
      const a = query.analysis;
      if (a.dateOnly || !(a.types.has('when') || a.types.has('where'))) return;
      if (eventNamed(index, fact, query.ids, a.date)) return;
      const origin = table.origins.get(f.id) ?? { file: 'facts', line: 1 };
      problems.push({ ...origin, message: `fact "${f.id}": the question "${text}" asks when or where but names none of its event names` });
    });
  });
  return problems;
}
