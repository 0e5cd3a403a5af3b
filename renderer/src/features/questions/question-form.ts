import {
  archetypes,
  levels,
  type QuestionDraft,
  type QuestionFilters,
  questionCategories,
  questionDraft,
  rounds,
} from '../../../../shared/questions';

/** The form as typed: lists of lines as one text each, minutes as typed. */
export interface QuestionFormValues {
  category: string;
  topic: string;
  text: string;
  strongAnswer: string;
  anchors: [string, string, string, string];
  /** One probe per line. */
  probes: string;
  /** One red flag per line. */
  redFlags: string;
  levels: string[];
  archetypes: string[];
  rounds: string[];
  attributes: string[];
  minutes: number | string;
  tags: string[];
}

export const ANCHOR_FIELDS = ['anchors.0', 'anchors.1', 'anchors.2', 'anchors.3'] as const;

export type FieldKey = Exclude<keyof QuestionFormValues, 'anchors'> | (typeof ANCHOR_FIELDS)[number];

export type FieldErrors = Partial<Record<FieldKey, string>>;

/** Form fields in the order they appear, so the first error can be focused. */
export const FIELD_ORDER: readonly FieldKey[] = [
  'category',
  'topic',
  'text',
  'strongAnswer',
  ...ANCHOR_FIELDS,
  'probes',
  'redFlags',
  'levels',
  'archetypes',
  'rounds',
  'attributes',
  'minutes',
  'tags',
];

const lines = (text: string) =>
  text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0);

const pick = <T extends string>(wanted: readonly string[] | undefined, allowed: readonly T[]): T[] =>
  (wanted ?? []).filter((v): v is T => (allowed as readonly string[]).includes(v));

/** The form for a new question; the filters in use suggest its category, levels and so on. */
export function newQuestionValues(filters: QuestionFilters = {}): QuestionFormValues {
  const category = pick(filters.category, questionCategories)[0] ?? 'technical';
  const chosenArchetypes = pick(filters.archetype, archetypes);
  return {
    category,
    topic: filters.topic?.length === 1 ? (filters.topic[0] ?? '') : '',
    text: '',
    strongAnswer: '',
    anchors: ['', '', '', ''],
    probes: '',
    redFlags: '',
    levels: pick(filters.level, levels),
    archetypes: chosenArchetypes.length > 0 ? chosenArchetypes : ['any'],
    rounds: pick(filters.round, rounds),
    attributes: [...(filters.attribute ?? [])],
    minutes: 10,
    tags: [],
  };
}

export function valuesFromDraft(draft: QuestionDraft): QuestionFormValues {
  return {
    category: draft.category,
    topic: draft.topic,
    text: draft.text,
    strongAnswer: draft.strongAnswer,
    anchors: [...draft.anchors],
    probes: draft.probes.join('\n'),
    redFlags: draft.redFlags.join('\n'),
    levels: [...draft.levels],
    archetypes: [...draft.archetypes],
    rounds: [...draft.rounds],
    attributes: [...draft.attributes],
    minutes: draft.minutes,
    tags: [...draft.tags],
  };
}

function toCandidate(values: QuestionFormValues) {
  const minutes =
    typeof values.minutes === 'number'
      ? values.minutes
      : values.minutes.trim() === ''
        ? Number.NaN
        : Number(values.minutes);
  return {
    category: values.category,
    topic: values.topic,
    text: values.text,
    strongAnswer: values.strongAnswer,
    anchors: values.anchors,
    probes: lines(values.probes),
    redFlags: lines(values.redFlags),
    levels: values.levels,
    archetypes: values.archetypes,
    rounds: values.rounds,
    attributes: values.attributes.map((a) => a.trim()).filter((a) => a.length > 0),
    minutes,
    tags: values.tags.map((t) => t.trim()).filter((t) => t.length > 0),
  };
}

type IssuePath = readonly PropertyKey[] | string;

interface IssueLike {
  path: IssuePath;
  message: string;
  code?: string;
}

const ITEM_NOUN: Partial<Record<FieldKey, string>> = {
  probes: 'Line',
  redFlags: 'Line',
  tags: 'Tag',
  attributes: 'Attribute',
};

/** The message a person should read for one problem, in the form's words. */
function explain(field: FieldKey, issue: IssueLike, item: number | undefined): string {
  if (field === 'minutes' && !issue.message.startsWith('Minutes')) {
    return 'Minutes must be a whole number from 1 to 240.';
  }
  if (field === 'category' && issue.message.startsWith('Invalid')) return 'Pick a category.';
  const noun = ITEM_NOUN[field];
  return noun && item !== undefined ? `${noun} ${item + 1}: ${issue.message}` : issue.message;
}

/**
 * Field errors from schema issues: the form's own check or a bad_input answer from the core
 * (whose paths start with "draft."). The first problem of each field wins.
 */
export function issuesToErrors(issues: readonly IssueLike[]): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const path = typeof issue.path === 'string' ? issue.path.split('.').filter(Boolean) : [...issue.path];
    if (path[0] === 'draft') path.shift();
    const [head, second] = path;
    if (typeof head !== 'string') continue;
    const index = second === undefined ? undefined : Number(second);
    let field: FieldKey | undefined;
    if (head === 'anchors') {
      field = index !== undefined && index >= 0 && index < 4 ? ANCHOR_FIELDS[index] : 'anchors.0';
    } else if ((FIELD_ORDER as readonly string[]).includes(head)) {
      field = head as FieldKey;
    }
    if (field && errors[field] === undefined) {
      errors[field] = explain(field, issue, Number.isInteger(index) ? index : undefined);
    }
  }
  return errors;
}

/** Checks the form with the same schema the core uses: a draft to save, or the errors per field. */
export function validate(
  values: QuestionFormValues,
): { ok: true; draft: QuestionDraft } | { ok: false; errors: FieldErrors } {
  const parsed = questionDraft.safeParse(toCandidate(values));
  if (parsed.success) return { ok: true, draft: parsed.data };
  return { ok: false, errors: issuesToErrors(parsed.error.issues) };
}

/** The form's rule for Mantine's useForm: the errors per field, none when it can be saved. */
export function checkValues(values: QuestionFormValues): FieldErrors {
  const checked = validate(values);
  return checked.ok ? {} : checked.errors;
}

/** The draft a checked form saves (only called once `checkValues` finds nothing). */
export function draftFromValues(values: QuestionFormValues): QuestionDraft {
  return questionDraft.parse(toCandidate(values));
}

export function firstErrorField(errors: FieldErrors): FieldKey | undefined {
  return FIELD_ORDER.find((field) => errors[field] !== undefined);
}
