import { z } from 'zod';
import { attributeId, cappedText } from './questions';

/**
 * The interview loop of a role and the kit of each round. Positions are 0-based.
 * Every mutation channel returns the whole updated `Loop`, so a screen can replace its copy.
 */
export const roundKinds = ['screen', 'technical-screen', 'exercise', 'onsite', 'custom'] as const;
export type RoundKind = (typeof roundKinds)[number];

export const KIT_LIMITS = {
  roundName: 80,
  sessionName: 80,
  sessions: 12,
  rounds: 12,
  roundMinutes: 600,
  itemMinutes: 240,
  itemsPerRound: 60,
  focusAttributes: 16,
  agreedAnswer: 4000,
  /** The calibration meeting agrees the strong answer of this many core questions. */
  coreMin: 7,
  coreMax: 8,
} as const;

const name = (max: number, what: string) =>
  cappedText(max, what, z.string().trim().min(1, `${what} is empty.`));

const minutes = (max: number) =>
  z
    .number()
    .int('Minutes must be a whole number.')
    .min(1, 'At least one minute.')
    .max(max, `At most ${max} minutes.`);

export const session = z
  .object({
    name: name(KIT_LIMITS.sessionName, 'The session name'),
    minutes: minutes(KIT_LIMITS.roundMinutes),
  })
  .strict();
export type Session = z.infer<typeof session>;

/** The parts of a bank question a kit shows (taken from the bank when read; snapshotted by an interview). */
export interface KitQuestion {
  topic: string;
  text: string;
  strongAnswer: string;
  anchors: [string, string, string, string];
  probes: string[];
  redFlags: string[];
  attributes: string[];
  /** The bank's suggested minutes (the kit item has its own budget). */
  minutes: number;
}

export interface KitItem {
  id: string;
  questionId: string;
  position: number;
  /** Time budget of this question in this round. */
  minutes: number;
  question: KitQuestion;
  /** True when the question was deleted from the bank since; the kit keeps showing it. */
  questionDeleted: boolean;
  /** Focus attributes of the round the recruiter linked the question to, beyond its own attributes. */
  measures: string[];
  /** Focus attributes it seems to measure (from its attributes, topic and words), not linked yet. */
  suggestedMeasures: string[];
}

export interface Round {
  id: string;
  roleId: string;
  position: number;
  kind: RoundKind;
  name: string;
  /** Length of the round. */
  minutes: number;
  /** Parts of the round (the onsite's sessions); may be empty. */
  sessions: Session[];
  focusAttributes: string[];
  /** The label of every focus attribute (a must-have's text, never its id). */
  focusLabels: Record<string, string>;
  items: KitItem[];
  /** Sum of the items' minutes, to set against `minutes`. */
  plannedMinutes: number;
  createdAt: string;
  updatedAt: string;
}

/** One question of the loop for the calibration meeting. */
export interface CalibrationItem {
  questionId: string;
  topic: string;
  text: string;
  core: boolean;
  /** What the panel agreed a strong answer shows; the bank's guidance until someone changes it. */
  agreedAnswer: string;
  /** The bank's strong answer (the default). */
  bankAnswer: string;
  /** True when agreedAnswer was written for this role (differs from the bank's). */
  edited: boolean;
  /** Rounds whose kit holds the question (empty if it was taken out of every kit but is still marked). */
  roundIds: string[];
}

export interface CoverageAttribute {
  /** Attribute id: a standard slug, or a slug made from a must-have that maps to none. */
  attribute: string;
  label: string;
  mustHave: boolean;
  standard: boolean;
  /** The must-have lines of the role that map to this attribute. */
  mustHaveText: string[];
  /** Ids of the rounds covering it (a focus attribute of the round, or an attribute of a kit question). */
  rounds: string[];
  /** Kit questions of the loop that measure it (their own attributes or a link to it). */
  questions: number;
}

export interface CoverageWarning {
  attribute: string;
  kind: 'must-have-uncovered' | 'thin' | 'must-have-unmeasured';
  message: string;
}

export interface CoverageMatrix {
  attributes: CoverageAttribute[];
  warnings: CoverageWarning[];
}

export interface Loop {
  roleId: string;
  rounds: Round[];
  /** Sum of the rounds' lengths. */
  totalMinutes: number;
  calibration: CalibrationItem[];
  coreCount: number;
  /** Set when fewer than 7 or more than 8 questions are marked core; null when the count is right. */
  calibrationWarning: string | null;
  coverage: CoverageMatrix;
}

const id = (what: string) => z.uuid(`That is not ${what} id.`);

export const loopGetInput = z.object({ roleId: id('a role') }).strict();
export const addRoundInput = z
  .object({
    roleId: id('a role'),
    name: name(KIT_LIMITS.roundName, 'The round name'),
    kind: z.enum(roundKinds).default('custom'),
    minutes: minutes(KIT_LIMITS.roundMinutes).default(45),
    /** Where to insert it; at the end when left out. */
    position: z.number().int().min(0).optional(),
  })
  .strict();
export const updateRoundInput = z
  .object({
    id: id('a round'),
    name: name(KIT_LIMITS.roundName, 'The round name').optional(),
    minutes: minutes(KIT_LIMITS.roundMinutes).optional(),
    sessions: z.array(session).max(KIT_LIMITS.sessions).optional(),
    focusAttributes: z
      .array(attributeId)
      .max(KIT_LIMITS.focusAttributes)
      .transform((xs) => [...new Set(xs)])
      .optional(),
  })
  .strict();
export const roundByIdInput = z.object({ id: id('a round') }).strict();
export const moveInput = z.object({ id: z.uuid(), toPosition: z.number().int().min(0) }).strict();
export const kitAddInput = z
  .object({
    roundId: id('a round'),
    questionId: id('a question'),
    position: z.number().int().min(0).optional(),
  })
  .strict();
export const kitItemByIdInput = z.object({ id: id('a kit item') }).strict();
export const kitItemsByIdInput = z
  .object({
    ids: z
      .array(id('a kit item'))
      .min(1, 'No questions were named.')
      .max(KIT_LIMITS.itemsPerRound, `A kit holds at most ${KIT_LIMITS.itemsPerRound} questions.`)
      .refine((ids) => new Set(ids).size === ids.length, 'A question is named twice.'),
  })
  .strict();
/** Links a kit question to the focus attributes of its round it measures (the whole set). */
export const kitMeasuresInput = z
  .object({
    id: id('a kit item'),
    attributes: z
      .array(attributeId)
      .max(KIT_LIMITS.focusAttributes)
      .transform((xs) => [...new Set(xs)]),
  })
  .strict();
export const kitSuggestInput = z.object({ roundId: id('a round') }).strict();

/** What "Suggest questions" added to a kit, so it can be said and undone. */
export interface KitSuggestResult {
  loop: Loop;
  addedItemIds: string[];
  addedMinutes: number;
}

/** Minutes a suggestion leaves free in a round of half an hour or more: introductions, the candidate's questions. */
export const SUGGEST_SPARE_MINUTES = 5;
export const kitMinutesInput = z
  .object({ id: id('a kit item'), minutes: minutes(KIT_LIMITS.itemMinutes) })
  .strict();
export const calibrationInput = z
  .object({
    roleId: id('a role'),
    questionId: id('a question'),
    core: z.boolean(),
    /** A string sets the agreed answer; null goes back to the bank's; left out keeps it. */
    agreedAnswer: cappedText(KIT_LIMITS.agreedAnswer, 'The agreed answer', z.string().trim())
      .nullable()
      .optional(),
  })
  .strict();
