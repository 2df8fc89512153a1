// Adds a curated question to a fact (or a glossary definition) in its YAML file. yaml's Document API finds the list and
// where it ends; the one new item is written into the file's text in the list's own style (block or flow), so the
// rest of the file (layout, folded answers, comments) stays byte for byte; the result is parsed back and must differ
// from the original by that item alone, and the whole table is validated with it before the file is written.
import { readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
// yaml itself (load-facts' yaml()) loads only when a question is added: every start imports this module.
import type { Document, Node, YAMLMap, YAMLSeq } from 'yaml';
import { UserError } from '../model/errors.js';
import type { Language } from '../model/language.js';
import { later } from '../model/messages.js';
import type { FactTable } from './fact-table.js';
import { FactTableError, factFolder, isFactFileName, loadFacts, yaml } from './load-facts.js';

/** The fact fields a curator's wording may add names to, in the order they are written. */
export const NAME_FIELDS = ['event', 'roles', 'counts'] as const;

export interface QuestionToAdd {
  /** The fact folder (glossary.yaml and articles/). */
  dir: string;
  factId: string;
  language: Language;
  wording: string;
  /** Names to add to the fact's `event`, `roles` and `counts` with it (the wording names them in words they lack). */
  names?: { event?: readonly string[]; roles?: readonly string[]; counts?: readonly string[] };
  /** Paths in the result and in problems are relative to this folder (default: the working directory). */
  cwd?: string;
}

export interface QuestionAdded {
  /** The file, relative to cwd, and the line of the new item. */
  file: string;
  line: number;
  /** The table with the question, validated. */
  table: FactTable;
}

/** Adds the question and writes the file (atomically); throws UserError 'UnknownFact', or FactTableError with nothing written. */
export function addQuestionToFile({ dir, factId, language, wording, names = {}, cwd = process.cwd() }: QuestionToAdd): QuestionAdded {
  const found = locate(dir, factId);
  if (!found) throw new UserError('UnknownFact', later('curation.unknownFact', { factId }), { factId });
  const { path, text, doc, entry } = found;
  const file = relative(cwd, path) || path;
  const expected = doc.toJS() as Record<string, unknown>;
  // The names first (they come after the questions in no fixed place), each on the text as edited so far; then the
  // question, whose line is reported.
  let edited = { text, offset: 1 };
  for (const field of NAME_FIELDS) {
    for (const name of names[field] ?? []) {
      if (!edited.offset) break;
      edited = insertItem(edited.text, yaml().parseDocument(edited.text), [...entry, field], name);
      addAt(expected, [...entry, field], name);
    }
  }
  const edit = edited.offset ? insertQuestion(edited.text, yaml().parseDocument(edited.text), entry, language, wording) : edited;
  addAt(expected, [...entry, 'questions', language], wording);
  const after = yaml().parseDocument(edit.text);
  if (!edit.offset || after.errors.length || JSON.stringify(after.toJS()) !== JSON.stringify(expected)) {
    const line = lineAt(text, (doc.getIn(entry, true) as Node).range?.[0] ?? 0);
    throw new FactTableError([{ file, line, message: `the question could not be added to "${factId}" without changing more of the file: add it by hand` }]);
  }
  const table = loadFacts({ dir, cwd, texts: new Map([[resolve(path), edit.text]]) });
  writeAtomically(path, edit.text);
  return { file, line: lineAt(edit.text, edit.offset), table };
}

interface Located {
  path: string;
  text: string;
  doc: Document;
  /** Path of the fact's (or definition's) map in the document: ['facts', i] or ['terms', i]. */
  entry: (string | number)[];
}

/** The file and entry that define `factId`: a fact in articles/*.yaml, or a definition in glossary.yaml. */
function locate(dir: string, factId: string): Located | undefined {
  const { isMap, isSeq, parseDocument } = yaml();
  const { articles, glossary } = factFolder(dir);
  let names: string[] = [];
  try {
    names = readdirSync(articles).filter(isFactFileName).sort();
  } catch {
    // No articles folder: the glossary alone may still define it.
  }
  const candidates = [...names.map((n) => [join(articles, n), 'facts'] as const), [glossary, 'terms'] as const];
  for (const [path, list] of candidates) {
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch {
      continue;
    }
    if (!text.includes(factId)) continue;
    const doc = parseDocument(text);
    const items = doc.get(list);
    if (!isSeq(items)) continue;
    const index = items.items.findIndex((item) => isMap(item) && item.get('id') === factId);
    if (index >= 0) return { path, text, doc, entry: [list, index] };
  }
  return undefined;
}

/** The text with the question added, and the offset where the new item starts (0 when no place for it was found). */
function insertQuestion(text: string, doc: Document, entry: (string | number)[], language: Language, wording: string): { text: string; offset: number } {
  const edit = insertItem(text, doc, [...entry, 'questions', language], wording);
  if (edit.offset) return edit;
  // No questions at all (a glossary definition): the whole map.
  const map = doc.getIn(entry, true);
  if (yaml().isMap(map)) return intoMap(text, map, `questions: { ${language}: [${flowItem(wording)}] }`);
  return { text, offset: 0 };
}

/** The text with an item added to the list at `path`, the list made in its parent map when there is none. */
function insertItem(text: string, doc: Document, path: (string | number)[], item: string): { text: string; offset: number } {
  const { isMap, isSeq } = yaml();
  const list = doc.getIn(path, true);
  if (isSeq(list)) return list.flow ? intoFlow(text, list, flowItem(item)) : intoBlockSeq(text, list, item);
  const map = doc.getIn(path.slice(0, -1), true);
  if (isMap(map)) return intoMap(text, map, `${String(path.at(-1))}: [${flowItem(item)}]`);
  return { text, offset: 0 };
}

/** A scalar as yaml writes it inside a flow collection ("[…]"): plain when that reads back the same, quoted otherwise. */
function flowItem(wording: string): string {
  return new (yaml().Document)([wording]).toString({ lineWidth: 0, collectionStyle: 'flow', flowCollectionPadding: false }).trim().slice(1, -1);
}

/** "- item" on a new line after the list's last item, at the column of its dashes. */
function intoBlockSeq(text: string, list: YAMLSeq, wording: string): { text: string; offset: number } {
  const first = list.range?.[0] ?? 0;
  const column = first - lineStart(text, first);
  const item = new (yaml().Document)([wording]).toString({ lineWidth: 0, collectionStyle: 'block' }).trimEnd();
  return insertLine(text, list.range?.[1] ?? 0, `${' '.repeat(column)}${item}`, 2);
}

/** `key: value` on a new line after a block map's last entry, or `, key: value` before a flow map's "}". */
function intoMap(text: string, map: YAMLMap, pair: string): { text: string; offset: number } {
  if (map.flow) return intoFlow(text, map, pair);
  const firstKey = (map.items[0]?.key as Node | undefined)?.range?.[0];
  if (firstKey === undefined) return { text, offset: 0 };
  return insertLine(text, map.range?.[1] ?? 0, `${' '.repeat(firstKey - lineStart(text, firstKey))}${pair}`, 0);
}

/** Adds an item before a flow collection's closing bracket, after its last item (and its comma, if it has one). */
function intoFlow(text: string, node: YAMLSeq | YAMLMap, item: string): { text: string; offset: number } {
  const [start = 0, end = 0] = node.range ?? [];
  const close = text.lastIndexOf(yaml().isSeq(node) ? ']' : '}', end - 1);
  if (close <= start) return { text, offset: 0 };
  let last = close - 1;
  while (last > start && /\s/.test(text[last]!)) last--;
  const separator = text[last] === '[' || text[last] === '{' ? '' : text[last] === ',' ? ' ' : ', ';
  const offset = last + 1 + separator.length;
  return { text: `${text.slice(0, last + 1)}${separator}${item}${text.slice(last + 1)}`, offset };
}

/** Inserts `line` after the line where the node ending at `end` has its last character; `skip`: the item's own prefix. */
function insertLine(text: string, end: number, line: string, skip: number): { text: string; offset: number } {
  let last = end;
  while (last > 0 && /\s/.test(text[last - 1]!)) last--;
  const eol = text.indexOf('\n', last);
  const at = eol < 0 ? text.length : eol;
  const indent = line.length - line.trimStart().length;
  return { text: `${text.slice(0, at)}\n${line}${text.slice(at)}`, offset: at + 1 + indent + skip };
}

const lineStart = (text: string, offset: number): number => text.lastIndexOf('\n', offset - 1) + 1;

const lineAt = (text: string, offset: number): number => text.slice(0, offset).split('\n').length;

/** Appends `value` to the array at `path`, making the maps and array on the way. */
function addAt(root: Record<string, unknown>, path: (string | number)[], value: string): void {
  let node: Record<string | number, unknown> = root;
  for (const key of path.slice(0, -1)) node = (node[key] ??= {}) as Record<string | number, unknown>;
  const last = path.at(-1)!;
  ((node[last] ??= []) as unknown[]).push(value);
}

/** Writes beside the file and renames over it: a reader (serve's watcher) never sees half a file. */
function writeAtomically(path: string, text: string): void {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    writeFileSync(temporary, text, { mode: statSync(path).mode });
    renameSync(temporary, path);
  } finally {
    rmSync(temporary, { force: true });
  }
}
