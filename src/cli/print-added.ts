// What `facts add-question` and `review accept` print: where the wording went and the answer it gets now.
import type { AddedQuestion } from '../app/curation/Curation.js';
import { message } from '../model/messages.js';
import { NAME_FIELDS } from '../facts/add-question.js';

/** Where the wording went, then the answer it gets now (as `briefing ask` prints it), and a note when the engine does not answer it with that fact. */
export function printAdded(added: AddedQuestion): void {
  const { language, answer } = added;
  const lines = [
    message('curation.added', language, { wording: added.wording, language, factId: added.factId, where: `${added.file}:${added.line}` }),
    ...NAME_FIELDS
      .filter((field) => added.names?.[field].length)
      .map((field) => message('curation.namesAdded', language, { factId: added.factId, field, names: added.names![field].map((n) => `“${n}”`).join(', ') })),
    message('curation.answerNow', language),
    answer.text,
  ];
  if (!answer.answered || answer.facts[0]?.id !== added.factId) lines.push(message('curation.notAnsweredBy', language, { factId: added.factId }));
  process.stdout.write(`${lines.join('\n')}\n`);
}
