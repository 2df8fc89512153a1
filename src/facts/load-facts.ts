// Reads the YAML fact files, validates them and reports every problem with its file and line.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative, resolve } from 'node:path';
import type { Document } from 'yaml';
import type { z } from 'zod';
import { articleFileSchema, glossaryFileSchema, type Fact, type GlossaryEntry, type Source } from './schema.js';
import type { FactTable } from './fact-table.js';
import { buildFactTable } from './fact-table.js';
import { givesProblems } from './check-gives.js';
import { openTableCache, type FactFileText, type TableParts } from './table-cache.js';

// yaml is required only when a file is parsed or edited: a start served from the table cache skips its ~50 ms import.
const require = createRequire(import.meta.url);
export const yaml = (): typeof import('yaml') => require('yaml') as typeof import('yaml');

export interface FactProblem {
  file: string;
  line: number;
  message: string;
}

/** Thrown when the fact table cannot be served as a whole: the bot refuses to start on part of a table. */
export class FactTableError extends Error {
  constructor(readonly problems: FactProblem[]) {
    super(`the fact table has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n${problems.map(formatProblem).join('\n')}`);
    this.name = 'FactTableError';
  }
}

export const formatProblem = (p: FactProblem): string => `${p.file}:${p.line}: ${p.message}`;

interface ParsedFile<T> {
  file: string;
  data?: T;
  /** Line of the node at a path inside the file (1-based), for cross-file checks after parsing. */
  lineOf: (path: (string | number)[]) => number;
}

function parseYaml<S extends z.ZodType>(file: string, text: string, schema: S, problems: FactProblem[]): ParsedFile<z.infer<S>> {
  const { isNode, LineCounter, parseDocument } = yaml();
  const lineCounter = new LineCounter();
  const doc: Document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const lineOf = (path: (string | number)[]): number => {
    for (let depth = path.length; depth >= 0; depth--) {
      const node = depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth), true);
      if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line;
    }
    return 1;
  };
  // Without prettyErrors, yaml leaves linePos unset: the line comes from the error's offset.
  if (doc.errors.length) {
    // The first syntax error only: the parser's later ones in the same file mostly follow from it.
    const [e] = doc.errors;
    const more = doc.errors.length > 1 ? ` (the parser's ${doc.errors.length - 1} later error(s) in this file not shown)` : '';
    problems.push({ file, line: e!.linePos?.[0].line ?? lineCounter.linePos(e!.pos[0]).line, message: `YAML: ${e!.message.split('\n')[0]}${more}` });
    return { file, lineOf };
  }
  const result = schema.safeParse(doc.toJS());
  if (!result.success) {
    for (const issue of result.error.issues) {
      const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
      problems.push({ file, line: lineOf(path), message: `${path.join('.') || '(file)'}: ${issue.message}` });
    }
    return { file, lineOf };
  }
  return { file, data: result.data, lineOf };
}

export interface LoadOptions {
  /** Folder holding `glossary.yaml` and `articles/*.yaml`. */
  dir: string;
  /** Paths in messages are shown relative to this folder. */
  cwd?: string;
  /**
   * Folder for a compiled copy of the valid table (table-cache.ts), reused until any fact file's content changes.
   * Default: none, every file is parsed and validated on each load.
   */
  cacheDir?: string;
  /** File contents to read instead of the disk's, by absolute path: an edit validated with the table before it is written. */
  texts?: ReadonlyMap<string, string>;
}

/** Where a fact folder keeps its files: the loader, `facts add-question` and the reload watcher all read this layout. */
export const factFolder = (dir: string) => ({ articles: join(dir, 'articles'), glossary: join(dir, 'glossary.yaml') });

/** Whether a file name in the articles folder is a fact file. */
export const isFactFileName = (name: string): boolean => /\.ya?ml$/.test(name);

/** Loads and cross-checks every fact file; throws FactTableError listing all problems rather than serving part of a table. */
export function loadFacts({ dir, cwd = process.cwd(), cacheDir, texts }: LoadOptions): FactTable {
  const show = (p: string) => relative(cwd, p) || p;
  const read = (p: string) => texts?.get(resolve(p)) ?? readFileSync(p, 'utf8');
  const { articles: articleDir, glossary: glossaryPath } = factFolder(dir);
  let names: string[] = [];
  try {
    names = readdirSync(articleDir).filter(isFactFileName).sort();
  } catch {
    throw new FactTableError([{ file: show(articleDir), line: 1, message: 'the fact folder is missing: set BRIEFING_FACTS_DIR to the folder that holds glossary.yaml and articles/' }]);
  }
  const articles: FactFileText[] = [];
  for (const name of names) {
    const path = join(articleDir, name);
    if (!statSync(path).isFile()) continue;
    articles.push({ file: show(path), text: read(path) });
  }
  let glossary: FactFileText | undefined;
  try {
    glossary = { file: show(glossaryPath), text: read(glossaryPath) };
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
  }

  const cache = cacheDir === undefined ? undefined : openTableCache(cacheDir, dir, cwd, glossary ? [...articles, glossary] : articles);
  let parts = cache?.read();
  if (!parts) {
    parts = checkFiles(articles, glossary);
    cache?.write(parts);
  }
  return buildFactTable(parts.sources, parts.facts, parts.glossary, new Map(parts.origins));
}

/** Parses, validates and cross-checks the files; throws FactTableError on any problem. */
function checkFiles(articles: FactFileText[], glossaryFile: FactFileText | undefined): TableParts {
  const problems: FactProblem[] = [];
  // A file that did not parse or validate defines none of its sources, so every citation of them elsewhere would be
  // reported too: those knock-on problems are counted against the file (one line) instead of listed.
  const unreadIds = new Map<string, string>();
  const noteUnread = (parsed: ParsedFile<unknown>, text: string) => {
    if (parsed.data) return;
    for (const m of text.matchAll(/^\s*-?\s*id:\s*["']?([a-z0-9-]+)/gm)) unreadIds.set(m[1]!, parsed.file);
  };
  const knockOn = new Map<string, number>();
  const sources: { src: Source; file: ParsedFile<unknown>; index: number }[] = [];
  const facts: { fact: Fact; file: ParsedFile<unknown>; index: number }[] = [];
  for (const { file, text } of articles) {
    const parsed = parseYaml(file, text, articleFileSchema, problems);
    noteUnread(parsed, text);
    parsed.data?.sources.forEach((src, index) => sources.push({ src, file: parsed, index }));
    parsed.data?.facts.forEach((fact, index) => facts.push({ fact, file: parsed, index }));
  }
  let glossary: { entry: GlossaryEntry; file: ParsedFile<unknown>; index: number }[] = [];
  if (glossaryFile) {
    const parsed = parseYaml(glossaryFile.file, glossaryFile.text, glossaryFileSchema, problems);
    glossary = (parsed.data?.terms ?? []).map((entry, index) => ({ entry, file: parsed, index }));
  }

  const seenSource = new Map<string, string>();
  for (const { src, file, index } of sources) {
    const where = `${file.file}:${file.lineOf(['sources', index, 'id'])}`;
    const first = seenSource.get(src.id);
    if (first) problems.push({ file: file.file, line: file.lineOf(['sources', index, 'id']), message: `duplicate source id "${src.id}" (first at ${first})` });
    else seenSource.set(src.id, where);
  }
  const seenId = new Map<string, string>();
  const checkIds = (id: string, file: ParsedFile<unknown>, path: (string | number)[], refs: string[], refPath: (string | number)[]) => {
    const line = file.lineOf(path);
    const first = seenId.get(id);
    if (first) problems.push({ file: file.file, line, message: `duplicate id "${id}" (first at ${first})` });
    else seenId.set(id, `${file.file}:${line}`);
    refs.forEach((ref, i) => {
      if (seenSource.has(ref)) return;
      const unreadIn = unreadIds.get(ref);
      if (unreadIn) knockOn.set(unreadIn, (knockOn.get(unreadIn) ?? 0) + 1);
      else problems.push({ file: file.file, line: file.lineOf([...refPath, i]), message: `unknown source id "${ref}"` });
    });
  };
  for (const { fact, file, index } of facts) {
    checkIds(fact.id, file, ['facts', index, 'id'], fact.sources, ['facts', index, 'sources']);
    for (const message of givesProblems(fact)) problems.push({ file: file.file, line: file.lineOf(['facts', index, 'gives']), message: `fact "${fact.id}": ${message}` });
  }
  for (const { entry, file, index } of glossary) checkIds(entry.id, file, ['terms', index, 'id'], entry.sources, ['terms', index, 'sources']);

  if (knockOn.size) {
    // Right after the file's own problems: the root cause first, then what it explains.
    for (const [file, count] of knockOn) {
      const after = problems.findLastIndex((p) => p.file === file) + 1;
      const line = problems[after - 1]?.line ?? 1;
      problems.splice(after, 0, { file, line, message: `and ${count} citation${count === 1 ? '' : 's'} elsewhere of the sources this file defines (not checked until it reads)` });
    }
  }
  if (problems.length) throw new FactTableError(problems);
  const origins: TableParts['origins'] = [];
  for (const { src, file, index } of sources) origins.push([`source:${src.id}`, { file: file.file, line: file.lineOf(['sources', index, 'id']) }]);
  for (const { fact, file, index } of facts) origins.push([fact.id, { file: file.file, line: file.lineOf(['facts', index, 'id']) }]);
  for (const { entry, file, index } of glossary) origins.push([entry.id, { file: file.file, line: file.lineOf(['terms', index, 'id']) }]);
  return {
    sources: sources.map((s) => s.src),
    facts: facts.map((f) => f.fact),
    glossary: glossary.map((g) => g.entry),
    origins,
  };
}
