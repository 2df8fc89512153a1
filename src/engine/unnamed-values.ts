// Curation check: a curated question must name what the value it asks belongs to (the event for when and where, the
// part played for who), or the engine would not answer it with its own fact.
import type { FactProblem } from '../facts/load-facts.js';
import type { Engine } from './Engine.js';
import { eventNamed, questionsOf, roleNamed } from './FactIndex.js';

/**
 * Curated questions that ask a fact when or where without naming its event (any of its event names, or its date),
 * or who without naming the part its people played (any of its role names). Either a way of naming it is missing
 * from `event` or `roles`, or the question asks about something the fact only cites, and it teaches the engine to
 * answer for the wrong thing.
 */
export function unnamedValueQuestions(engine: Engine): FactProblem[] {
  const { index, table } = engine;
  const problems: FactProblem[] = [];
  index.facts.forEach((f, fact) => {
    if (!f.event.length && !f.roles.length) return;
    const origin = table.origins.get(f.id) ?? { file: 'facts', line: 1 };
    questionsOf(f).forEach((text) => {
      const { query } = engine.rank(text);
      const a = query.analysis;
      if (!a.dateOnly && (a.types.has('when') || a.types.has('where')) && !eventNamed(index, fact, query.ids, a.date)) {
        problems.push({ ...origin, message: `fact "${f.id}": the question "${text}" asks when or where but names none of its event names` });
      }
      if (a.types.has('who') && !roleNamed(index, fact, query.ids)) {
        problems.push({ ...origin, message: `fact "${f.id}": the question "${text}" asks who but names none of its roles` });
      }
    });
  });
  return problems;
}
