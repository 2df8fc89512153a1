// A fact table source as answers and digests cite it.
import type { CitedSource } from '../model/answer.js';
import type { Source } from './schema.js';

export function citeSource(s: Source): CitedSource {
  return {
    id: s.id,
    title: s.title,
    outlet: s.outlet ?? null,
    author: s.author ?? null,
    published: s.published.value,
    article: s.article,
    ...(s.url ? { url: s.url } : {}),
  };
}
