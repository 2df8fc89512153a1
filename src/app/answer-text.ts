// The plain-text rendering of an answer (fallback text, the console, the CLI): the fact with its source lines or the
// background label, or an honest "not in the table" (or "not sure enough") with the close topics.
import type { Answer, AnsweredFact, EngineAnswer } from '../model/answer.js';
import { citationLine } from '../model/citation.js';
import type { Language } from '../model/language.js';
import { message } from '../model/messages.js';

export function withText(answer: EngineAnswer, options: { emptyQuestion?: boolean } = {}): Answer {
  const { language } = answer;
  const main = answer.answered ? answer.facts[0] : undefined;
  let text: string;
  if (main) text = answeredText(main, language);
  else if (options.emptyQuestion) text = message('answer.pleaseAsk', language);
  else text = abstentionText(answer);
  return { ...answer, text };
}

/** The fact, then one "Source: …" line per source, or the background label for a glossary definition no article states. */
export function answeredText(fact: AnsweredFact, language: Language): string {
  if (fact.background) return [fact.answer, message('answer.background', language)].join('\n');
  return [fact.answer, ...fact.sources.map((s) => message('answer.sourceLine', language, { citation: citationLine(s, language) }))].join('\n');
}

function abstentionText({ language, suggestions, unsure }: EngineAnswer): string {
  const head = message(unsure ? 'answer.unsure' : 'answer.notInTable', language);
  if (!suggestions.length) return head;
  return [head, message('answer.closeTopicsIntro', language), ...suggestions.map((s) => `• ${s.question}`)].join('\n');
}
