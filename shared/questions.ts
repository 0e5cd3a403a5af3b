import { z } from 'zod';

/** The vocabularies of a question, shared by the UI, the handlers, the importers and the starter bank. */
export const questionCategories = ['technical', 'systems', 'behavioural', 'culture'] as const;
export const levels = ['junior', 'mid', 'senior', 'lead'] as const;
export const archetypes = ['api', 'data', 'platform', 'edge', 'any'] as const;
export const rounds = ['screen', 'technical-screen', 'exercise', 'onsite'] as const;
export const questionOrigins = ['starter', 'custom', 'imported'] as const;

/**
 * The categories offered for the recruiter screen: fit, motivation, pay and timing are judged
 * there; capability (technical and systems questions) is judged in the later rounds.
 */
export const screenCategories = ['behavioural', 'culture'] as const;

/** The focus attributes every loop starts with; recruiters may add their own (same slug form). */
export const standardAttributes = [
  'api-design',
  'data-modelling-sql',
  'async-failure-modes',
  'testing',
  'security',
  'system-design',
  'communication',
  'collaboration',
] as const;

export const labels = {
  category: { technical: 'Technical', systems: 'Systems', behavioural: 'Behavioural', culture: 'Culture' },
  level: { junior: 'Junior', mid: 'Mid', senior: 'Senior', lead: 'Lead / staff' },
  archetype: {
    api: 'API / services',
    data: 'Data-intensive',
    platform: 'Platform / infrastructure',
    edge: 'Edge / BFF',
    any: 'Any archetype',
  },
  round: {
    screen: 'Recruiter screen',
    'technical-screen': 'Technical screen',
    exercise: 'Exercise',
    onsite: 'Onsite',
  },
  attribute: {
    'api-design': 'API design',
    'data-modelling-sql': 'Data modelling and SQL',
    'async-failure-modes': 'Async and failure modes',
    testing: 'Testing',
    security: 'Security',
    'system-design': 'System design',
    communication: 'Communication',
    collaboration: 'Collaboration',
  },
} as const;

export const LIMITS = {
  text: 1000,
  topic: 80,
  strongAnswer: 2000,
  anchor: 400,
  listItem: 300,
  listItems: 12,
  tag: 40,
  tags: 20,
  attributes: 12,
} as const;

// Tab, newline and carriage return are allowed; every other C0 control and DEL is refused.
// biome-ignore lint/suspicious/noControlCharactersInRegex: the point is to find them
export const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

/**
 * Text as typed or pasted, made storable: a vertical tab or form feed (Word's line and page
 * breaks, common in text copied from a PDF) becomes a newline, other controls go.
 */
export function withoutControlCharacters(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the point is to replace them
  return text.replace(/[\u000b\u000c]/g, '\n').replace(new RegExp(CONTROL_CHARACTERS.source, 'g'), '');
}

/**
 * Text of at most `max` characters without control characters, with the messages every form
 * gives ("The name is longer than 120 characters.", "The name contains control characters.").
 * `base` runs first: `z.string().trim()`, with a `.min` for a field that may not be empty.
 */
export const cappedText = (max: number, what: string, base: z.ZodString = z.string()) =>
  base
    .max(max, `${what} is longer than ${max} characters.`)
    .refine((s) => !CONTROL_CHARACTERS.test(s), `${what} contains control characters.`);

/** Capped text that is not empty once trimmed; stored as typed. */
export const requiredText = (max: number, what: string) =>
  cappedText(max, what).pipe(z.string().trim().min(1, `${what} is empty.`));

/** The id of a stored record; the message names what it should be ("That is not a role id."). */
export const recordId = (what: string) => z.uuid(`That is not ${what} id.`);

/** Printable text: no control characters except newline and tab; trimmed; never empty. */
const text = (max: number, what: string) =>
  cappedText(max, what, z.string().trim().min(1, `${what} is empty.`));

const list = <T extends z.ZodType>(item: T, max: number, what: string) =>
  z.array(item).max(max, `${what}: at most ${max}.`);

const nonEmptySet = <T extends string>(values: readonly [T, ...T[]], what: string) =>
  z
    .array(z.enum(values))
    .min(1, `Pick at least one ${what}.`)
    .transform((xs) => [...new Set(xs)]);

export const attributeId = z
  .string()
  .trim()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'An attribute is lower-case words joined by hyphens.')
  .max(40);

/** What a person writes when creating or editing a question. */
export const questionDraft = z
  .object({
    category: z.enum(questionCategories),
    topic: text(LIMITS.topic, 'The topic'),
    text: text(LIMITS.text, 'The question'),
    strongAnswer: text(LIMITS.strongAnswer, 'What a strong answer shows'),
    /** 1 = clearly weak .. 4 = clearly strong. */
    anchors: z.tuple([
      text(LIMITS.anchor, 'Anchor 1'),
      text(LIMITS.anchor, 'Anchor 2'),
      text(LIMITS.anchor, 'Anchor 3'),
      text(LIMITS.anchor, 'Anchor 4'),
    ]),
    probes: list(text(LIMITS.listItem, 'A probe'), LIMITS.listItems, 'Probes'),
    redFlags: list(text(LIMITS.listItem, 'A red flag'), LIMITS.listItems, 'Red flags'),
    levels: nonEmptySet(levels, 'level'),
    archetypes: nonEmptySet(archetypes, 'archetype'),
    rounds: nonEmptySet(rounds, 'round'),
    attributes: list(attributeId, LIMITS.attributes, 'Attributes').min(1, 'Pick at least one attribute.'),
    minutes: z.number().int('Minutes must be a whole number.').min(1).max(240),
    tags: list(text(LIMITS.tag, 'A tag'), LIMITS.tags, 'Tags'),
  })
  .strict();

export type QuestionDraft = z.infer<typeof questionDraft>;

/** A question of the shipped starter bank: a stable id and a revision, so updates never clobber edits. */
export const starterQuestion = questionDraft.extend({
  id: z.uuid(),
  revision: z.number().int().min(1),
});

export type StarterQuestion = z.infer<typeof starterQuestion>;

/** A question as stored: the draft plus identity, origin and history. */
export interface Question extends QuestionDraft {
  id: string;
  origin: (typeof questionOrigins)[number];
  createdAt: string;
  updatedAt: string;
  /** Revision of the shipped starter question it came from; null for the user's own. */
  starterRevision: number | null;
  editedByUser: boolean;
}

/** Marks around highlighted matches in search results; control characters never occur in stored text. */
export const HIGHLIGHT_START = '\u0002';
export const HIGHLIGHT_END = '\u0003';

export interface QuestionHit {
  id: string;
  category: Question['category'];
  topic: string;
  /** The question text with matches between HIGHLIGHT_START and HIGHLIGHT_END. */
  textHighlighted: string;
  /** Where the best match is, when it is not in the text (strong answer or tags); else null. */
  snippet: string | null;
  levels: Question['levels'];
  archetypes: Question['archetypes'];
  rounds: Question['rounds'];
  minutes: number;
  origin: Question['origin'];
  updatedAt: string;
}

export const facetNames = [
  'category',
  'topic',
  'level',
  'archetype',
  'round',
  'attribute',
  'origin',
] as const;
export type FacetName = (typeof facetNames)[number];

const facetValues = z.array(z.string().trim().min(1).max(80)).max(50);

export const questionFilters = z
  .object({
    category: facetValues.optional(),
    topic: facetValues.optional(),
    level: facetValues.optional(),
    archetype: facetValues.optional(),
    round: facetValues.optional(),
    attribute: facetValues.optional(),
    origin: facetValues.optional(),
  })
  .strict();

export type QuestionFilters = z.infer<typeof questionFilters>;

export const questionSearchInput = z
  .object({
    text: z.string().max(500, 'The search is longer than 500 characters.').default(''),
    filters: questionFilters.default({}),
    limit: z.number().int().min(1).max(500).default(50),
    offset: z.number().int().min(0).default(0),
  })
  .strict();

export type QuestionSearchInput = z.input<typeof questionSearchInput>;

/**
 * How the hits are ordered: `relevance` is best match first; `text-first` is used when a search
 * matches too many questions to rank them all within a keystroke (a letter or two typed): the
 * questions with every word in their text come first, then the rest, oldest first within each.
 * Without words the list is by topic.
 */
export type QuestionOrder = 'relevance' | 'text-first' | 'topic';

export interface QuestionSearchResult {
  hits: QuestionHit[];
  /** How many questions match (always exact: counting walks the index without ranking it). */
  total: number;
  order: QuestionOrder;
}

/**
 * How many questions a facet value would give. `approximate` when a broad search was counted
 * from a spread sample of its matches: the count is rounded and must be shown as "about N".
 */
export interface FacetCount {
  value: string;
  count: number;
  approximate?: true;
}

export type FacetCounts = Record<FacetName, FacetCount[]>;
