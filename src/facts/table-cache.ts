// A compiled copy of a valid fact table on disk, so that one-shot commands (`briefing ask`) skip YAML and validation.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Fact, GlossaryEntry, Source } from './schema.js';

/** Bump when the layout of a cache file changes. */
const FORMAT = 1;

/** What loadFacts hands to buildFactTable: a validated, cross-checked table. */
export interface TableParts {
  sources: Source[];
  facts: Fact[];
  glossary: GlossaryEntry[];
  origins: [string, { file: string; line: number }][];
}

/** One fact file as loadFacts read it: its name as shown in messages, and its text. */
export interface FactFileText {
  file: string;
  text: string;
}

export interface TableCache {
  /** The cached parts when they were compiled from exactly these files by this code; undefined otherwise. */
  read(): TableParts | undefined;
  /** Stores the parts for the next start; never throws (a read-only or full disk only costs the speed-up). */
  write(parts: TableParts): void;
}

const hash = (...parts: string[]) => {
  const h = createHash('sha256');
  for (const p of parts) h.update(`${p.length}:`).update(p);
  return h.digest('hex');
};

let code: string | undefined;

/**
 * What turns fact files into a table besides their content: the loader's, schema's and load-time checks' own source
 * (a new default or rule changes the table) and the yaml and zod versions. Undefined when it cannot be read: then nothing is cached.
 */
function codeIdentity(): string | undefined {
  if (code !== undefined) return code;
  try {
    const self = fileURLToPath(import.meta.url);
    // Siblings in the same form as this module: .js under dist/, .ts under the tests.
    const sibling = (name: string) => readFileSync(join(self, '..', `${name}${extname(self)}`), 'utf8');
    const require = createRequire(import.meta.url);
    const version = (pkg: string) => (require(`${pkg}/package.json`) as { version: string }).version;
    code = hash(String(FORMAT), version('yaml'), version('zod'), sibling('load-facts'), sibling('schema'), sibling('check-gives'), sibling('stated-values'), sibling('table-cache'));
  } catch {
    return undefined;
  }
  return code;
}

/**
 * The cache of the table in `dir` read from `cwd` (messages name files relative to it), in `cacheDir`: one file per
 * fact folder, replaced whenever its key changes. The key covers the name and full content of every fact file, never
 * their times, so an edit is always seen, whatever a checkout or copy does to modification times.
 */
export function openTableCache(cacheDir: string, dir: string, cwd: string, files: FactFileText[]): TableCache | undefined {
  const identity = codeIdentity();
  if (identity === undefined) return undefined;
  const key = hash(identity, ...files.flatMap((f) => [f.file, f.text]));
  const path = join(cacheDir, `facts-${hash(resolve(cwd, dir), resolve(cwd)).slice(0, 16)}.json`);
  return {
    read() {
      try {
        const data = JSON.parse(readFileSync(path, 'utf8')) as Partial<TableParts> & { key?: unknown };
        if (data.key !== key) return undefined;
        const { sources, facts, glossary, origins } = data;
        if (!Array.isArray(sources) || !Array.isArray(facts) || !Array.isArray(glossary) || !Array.isArray(origins)) return undefined;
        return { sources, facts, glossary, origins };
      } catch {
        // Missing, unreadable or corrupt: load from the fact files as if there were no cache.
        return undefined;
      }
    },
    write(parts) {
      // Written aside then renamed: a concurrent start reads the old file or the new one, never half of one.
      const temp = `${path}.${process.pid}.${Date.now()}.tmp`;
      try {
        mkdirSync(cacheDir, { recursive: true });
        writeFileSync(temp, JSON.stringify({ key, ...parts }));
        renameSync(temp, path);
      } catch {
        try {
          rmSync(temp, { force: true });
        } catch {
          // Nothing more to do: the cache is an optimisation.
        }
      }
    },
  };
}
