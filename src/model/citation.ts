// One line naming a source, the same in every answer, digest and list: outlet, date, title, author.
import type { CitedSource } from './answer.js';
import { formatIsoDate } from './format-date.js';
import type { Language } from './language.js';
import { message } from './messages.js';

/** How a surface writes a citation: its escaping of text, and the title as a link to the source's page. */
export interface CitationFormat {
  text(s: string): string;
  link(title: string, url: string): string;
}

/** Plain text: no escaping, the title without its link (the console, the CLI, fallback texts). */
const PLAIN: CitationFormat = { text: (s) => s, link: (title) => title };

/** Only web pages are linked: a source's url is checked as a URL by the schema, not for its scheme. */
const isWebPage = (url: string | undefined): url is string => !!url && /^https?:\/\/\S+$/i.test(url);

export function citationLine(s: CitedSource, language: Language, format: CitationFormat = PLAIN): string {
  return message('citation.line', language, {
    outlet: format.text(s.outlet ?? message('citation.outletNotNamed', language)),
    date: format.text(formatIsoDate(s.published, language)),
    title: isWebPage(s.url) ? format.link(s.title, s.url) : format.text(s.title),
    byline: s.author ? message('citation.byline', language, { author: format.text(s.author) }) : '',
  });
}
