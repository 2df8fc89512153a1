// One line naming a source, the same in every answer, digest and list: outlet, date, title, author.
import type { CitedSource } from './answer.js';
import { formatIsoDate } from './format-date.js';
import type { Language } from './language.js';
import { message } from './messages.js';

export function citationLine(s: CitedSource, language: Language): string {
  return message('citation.line', language, {
    outlet: s.outlet ?? message('citation.outletNotNamed', language),
    date: formatIsoDate(s.published, language),
    title: s.title,
    byline: s.author ? message('citation.byline', language, { author: s.author }) : '',
  });
}
