// The shape of the curated fact table: sources (articles), facts and glossary terms, validated with zod.
import { z } from 'zod';

const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lowercase slug such as "amm-53-dates"');

const nonEmpty = z.string().trim().min(1, 'must not be empty');

/** A date with the precision the article supports; `inferred` records a year (or more) taken from context. */
export const partialDateSchema = z
  .strictObject({
    value: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'must be an ISO date: YYYY, YYYY-MM or YYYY-MM-DD'),
    precision: z.enum(['day', 'month', 'year']),
    /** Last day of a multi-day event (same precision rules as value). */
    end: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be YYYY-MM-DD').optional(),
    inferred: z.boolean().default(false),
  })
  .superRefine((d, ctx) => {
    const expected = { year: 4, month: 7, day: 10 }[d.precision];
    if (d.value.length !== expected) {
      ctx.addIssue({ code: 'custom', path: ['value'], message: `precision "${d.precision}" needs a value like ${{ year: '2020', month: '2020-11', day: '2020-11-23' }[d.precision]}` });
    }
    if (d.end && d.precision !== 'day') ctx.addIssue({ code: 'custom', path: ['end'], message: 'an end date needs day precision' });
    if (d.end && d.end < d.value) ctx.addIssue({ code: 'custom', path: ['end'], message: 'end is before value' });
  });

const bilingual = z.strictObject({ vi: nonEmpty, en: nonEmpty });

/**
 * `person` is someone named; `role` is an office the article gives without its holder's name ("the ASEAN Deputy
 * Secretary-General"): it can say who took part, but it does not answer a question that asks for a person's name.
 */
export const entityKinds = ['person', 'role', 'organisation', 'meeting', 'place', 'country', 'document', 'event', 'other'] as const;

export const entitySchema = z.strictObject({
  /** The name exactly as the cited article writes it (checked against the article). */
  name: nonEmpty,
  kind: z.enum(entityKinds),
  /** Role or title at the time of the article, e.g. "Thứ trưởng Bộ Ngoại giao" / "Deputy Foreign Minister". */
  title: bilingual.optional(),
  /** Other spellings (English, without diacritics, acronyms); not checked against the article. */
  aliases: z.array(nonEmpty).default([]),
});

export const sourceSchema = z.strictObject({
  id: slug,
  title: nonEmpty,
  /** The outlet's name as it presents itself; omitted when the page does not name it (citations then say so). */
  outlet: nonEmpty.optional(),
  author: nonEmpty.optional(),
  published: partialDateSchema,
  /** File name under the articles folder. */
  article: z.string().regex(/^[\w.-]+\.txt$/, 'must be a file name such as 000_45043e5635fbb40e.txt'),
  url: z.string().url().optional(),
});

/**
 * The kinds of value a fact gives, named by the question that asks for them: `who` (a person, or a body or country
 * acting), `when` (a date or period), `where` (a place), `howMany` (a count or amount), `why` (a reason or purpose),
 * `whatIs` (a definition). Questions about what was said, decided or discussed need none of these.
 */
export const valueKinds = ['who', 'when', 'where', 'howMany', 'why', 'whatIs'] as const;
export type ValueKind = (typeof valueKinds)[number];

export const factSchema = z.strictObject({
  id: slug,
  /** Source ids this fact is drawn from. */
  sources: z.array(slug).min(1, 'a fact cites at least one source'),
  answer: bilingual,
  /** How people ask for it: at least three in all, at least one per language. */
  questions: z
    .strictObject({ vi: z.array(nonEmpty).min(1), en: z.array(nonEmpty).min(1) })
    .refine((q) => q.vi.length + q.en.length >= 3, 'needs at least 3 questions in all'),
  /**
   * The kinds of value the answer gives (`[]` for what was said, decided or discussed): a question asking for another
   * kind is not answered by this fact. Checked against the answer and entities when the table is loaded.
   */
  gives: z.array(z.enum(valueKinds)).refine((g) => new Set(g).size === g.length, 'lists a kind twice'),
  date: partialDateSchema.optional(),
  /**
   * What the fact's date and place are the date and place of: its meeting, ceremony, decision or document, each name
   * as people type it ("SOM", "Chiang Rai", "AMM 53", "nghị quyết"). A question asking when or where is answered only
   * when it names one of them: a fact dating a SOM does not say when the summit it cites was held.
   */
  event: z.array(nonEmpty).default([]),
  /**
   * The part the people, bodies or countries the fact gives as "who" played in its event, each as people ask for it
   * ("chủ trì", "chaired", "hosted", "head of Viet Nam's delegation"). A question asking who is answered only when it
   * names one of them together with one of the fact's `event` names (or a `title`): a fact naming who spoke at a
   * summit does not say who chaired it, and the chair of a press conference on AMM 53 is not the chair of AMM 53.
   */
  roles: z.array(nonEmpty).default([]),
  /**
   * The offices and standing they hold apart from any one event ("Thứ trưởng Bộ Ngoại giao", "Deputy Foreign
   * Minister", "ASEAN Chair 2020", "non-permanent member"): naming one asks who holds it, whatever the event.
   */
  titles: z.array(nonEmpty).default([]),
  /**
   * What its count counts, each as people name it ("đoàn", "phái đoàn", "delegations"): a question asking how many is
   * answered only when it names one of them, so a fact counting the delegations at AMM 53 does not answer "how many
   * journalists attended AMM 53?".
   */
  counts: z.array(nonEmpty).default([]),
  entities: z.array(entitySchema).default([]),
  tags: z.array(slug).default([]),
});

export const articleFileSchema = z.strictObject({
  sources: z.array(sourceSchema).default([]),
  facts: z.array(factSchema).default([]),
});

export const glossaryEntrySchema = z.strictObject({
  id: slug,
  /** Short forms users type: "LHQ", "UN", "COC", "AMM". Matched as whole words. */
  acronyms: z.array(nonEmpty).default([]),
  /** Full names in each language; every form is a synonym of every other in query expansion. */
  names: z.strictObject({ vi: z.array(nonEmpty).min(1), en: z.array(nonEmpty).min(1) }),
  /** What the term means, answerable on its own ("What is the COC?"). Omit for pure synonyms (country names). */
  answer: bilingual.optional(),
  /**
   * Articles that state what the definition says; cited when it is the answer, and every figure and name in it is
   * checked against them. A definition with no sources is background knowledge: it is shown as such, citing none.
   */
  sources: z.array(slug).default([]),
  /**
   * More ways of asking for the definition ("COC viết tắt của gì?", "coc la gi", "What does COC stand for?"), added to
   * the generated "X là gì?" / "What is X?" of every form. Only for an entry with an `answer`.
   */
  questions: z.strictObject({ vi: z.array(nonEmpty).default([]), en: z.array(nonEmpty).default([]) }).optional(),
  tags: z.array(slug).default([]),
}).refine((e) => !e.questions || e.answer, { path: ['questions'], message: 'questions need an answer to be asked for' });

export const glossaryFileSchema = z.strictObject({ terms: z.array(glossaryEntrySchema) });

export type PartialDate = z.infer<typeof partialDateSchema>;
export type Entity = z.infer<typeof entitySchema>;
export type Source = z.infer<typeof sourceSchema>;
/**
 * A fact as the table holds it. The fact files must state `gives` (the schema requires it); a fact built in code
 * (tests, the benchmark's generated facts) may leave it out, which means none.
 */
export type Fact = Omit<z.infer<typeof factSchema>, 'gives' | 'event' | 'roles' | 'titles' | 'counts'> & {
  gives?: ValueKind[];
  event?: string[];
  roles?: string[];
  titles?: string[];
  counts?: string[];
};
export type GlossaryEntry = z.infer<typeof glossaryEntrySchema>;
// The engine and the evaluation name the language from here; the model defines it.
export type { Language } from '../model/language.js';
