import { z } from 'zod';
import { candidateStages } from '../../../shared/candidates';
import { jdSectionIds } from '../../../shared/domain/jd/document';
import { INTERVIEW_LIMITS } from '../../../shared/interviews';
import { KIT_LIMITS, roundKinds, session } from '../../../shared/kits';
import {
  EXCHANGE_LIMITS,
  type ExchangeRecordType,
  exchangeRecordTypes,
  versionOrigin,
} from '../../../shared/pack-exchange';
import { attributeId, cappedText, questionDraft } from '../../../shared/questions';
import { roleSpec } from '../../../shared/roles';
import { recommendations } from '../../../shared/scorecards';

/**
 * The content of each record a transfer file carries, checked field by field with the same
 * limits the app's own forms use. The SHA-256 of a record is over JSON.stringify(body) as the
 * writer produced it, which JSON.parse and JSON.stringify give back unchanged.
 */

const id = z.uuid();
const text = (max: number) => cappedText(max, 'A text');
const labels = z.record(z.string().max(80), text(200));

/** The parts of a spec an interviewer needs; never pay, notes, company blurb or hiring manager. */
export const ROLE_SUMMARY_FIELDS = {
  title: true,
  qualifier: true,
  level: true,
  archetype: true,
  owns: true,
  service: true,
  scale: true,
  notOwned: true,
  first90Days: true,
  mustHaves: true,
  preferred: true,
  stack: true,
} as const;

export const roleSummaryBody = z.object({ summary: roleSpec.pick(ROLE_SUMMARY_FIELDS).strict() }).strict();
export const roleBody = z.object({ spec: roleSpec }).strict();

export const jdBody = z
  .object({
    roleId: id,
    sections: z
      .array(
        z
          .object({
            id: z.enum(jdSectionIds),
            heading: text(200),
            text: text(20_000),
            generated: text(20_000),
            guidance: text(4000),
          })
          .strict(),
      )
      .max(jdSectionIds.length),
    final: z.boolean(),
  })
  .strict();

/** A round of the loop with its kit, in order, and the calibration of each kit question. */
export const roundBody = z
  .object({
    roleId: id,
    position: z
      .number()
      .int()
      .min(0)
      .max(KIT_LIMITS.rounds * 4),
    kind: z.enum(roundKinds),
    name: text(KIT_LIMITS.roundName).pipe(z.string().trim().min(1)),
    minutes: z.number().int().min(1).max(KIT_LIMITS.roundMinutes),
    sessions: z.array(session).max(KIT_LIMITS.sessions),
    focusAttributes: z.array(attributeId).max(KIT_LIMITS.focusAttributes),
    focusLabels: labels,
    items: z
      .array(
        z
          .object({
            id,
            questionId: id,
            minutes: z.number().int().min(1).max(KIT_LIMITS.itemMinutes),
            measures: z.array(attributeId).max(KIT_LIMITS.focusAttributes),
            core: z.boolean(),
            agreedAnswer: text(KIT_LIMITS.agreedAnswer).nullable(),
          })
          .strict(),
      )
      .max(KIT_LIMITS.itemsPerRound),
  })
  .strict();

export const questionBody = questionDraft;

export const candidateSummaryBody = z
  .object({ roleId: id, name: text(120).pipe(z.string().trim().min(1)) })
  .strict();
export const candidateBody = candidateSummaryBody
  .extend({
    email: text(254).nullable(),
    phone: text(40).nullable(),
    source: text(120),
    stage: z.enum(candidateStages),
  })
  .strict();

/** Which candidate, round and interviewer a pack was made for. */
export const packBody = z
  .object({ roleId: id, candidateId: id, roundId: id, interviewer: text(INTERVIEW_LIMITS.interviewer) })
  .strict();

const rating = z.union([
  z.literal(1),
  z.literal(2),
  z.literal(3),
  z.literal(4),
  z.enum(['not-asked', 'insufficient']),
]);

const kitQuestion = z
  .object({
    topic: text(200),
    text: text(4000),
    strongAnswer: text(8000),
    anchors: z.tuple([text(2000), text(2000), text(2000), text(2000)]),
    probes: z.array(text(2000)).max(40),
    redFlags: z.array(text(2000)).max(40),
    attributes: z.array(attributeId).max(40),
    minutes: z.number().int().min(1).max(240),
  })
  .strict();

/** An ended interview: the questions as asked and the notes on each, which the scorecard's evidence is read from. */
export const interviewBody = z
  .object({
    candidateId: id,
    roleId: id,
    roundId: id.nullable(),
    roundName: text(KIT_LIMITS.roundName),
    roundKind: z.enum(roundKinds),
    roundMinutes: z.number().int().min(1).max(KIT_LIMITS.roundMinutes),
    focusAttributes: z.array(attributeId).max(KIT_LIMITS.focusAttributes),
    focusLabels: labels,
    interviewer: text(INTERVIEW_LIMITS.interviewer).pipe(z.string().trim().min(1)),
    startedAt: text(40),
    endedAt: text(40),
    roundElapsedMs: z.number().int().min(0).max(INTERVIEW_LIMITS.elapsedMs),
    items: z
      .array(
        z
          .object({
            id,
            questionId: id,
            adHoc: z.boolean(),
            minutes: z.number().int().min(1).max(KIT_LIMITS.itemMinutes),
            question: kitQuestion,
            measures: z.array(attributeId).max(KIT_LIMITS.focusAttributes),
            rating: rating.nullable(),
            evidence: text(INTERVIEW_LIMITS.note),
            judgement: text(INTERVIEW_LIMITS.note),
            redFlags: z.array(text(INTERVIEW_LIMITS.redFlag)).max(INTERVIEW_LIMITS.redFlags * 4),
            elapsedMs: z.number().int().min(0).max(INTERVIEW_LIMITS.elapsedMs),
          })
          .strict(),
      )
      .max(KIT_LIMITS.itemsPerRound * 2),
  })
  .strict();

/** One submitted version of a scorecard (the record's version is the scorecard's). */
export const scorecardBody = z
  .object({
    interviewId: id,
    candidateId: id,
    interviewer: text(INTERVIEW_LIMITS.interviewer).pipe(z.string().trim().min(1)),
    ratings: z
      .array(
        z
          .object({
            attribute: attributeId,
            rating: z.union([
              z.literal(1),
              z.literal(2),
              z.literal(3),
              z.literal(4),
              z.literal('not-assessed'),
            ]),
            note: text(INTERVIEW_LIMITS.attributeNote),
          })
          .strict(),
      )
      .max(32),
    recommendation: z.enum(recommendations),
    summary: text(INTERVIEW_LIMITS.summary).pipe(z.string().trim().min(1)),
    reason: text(INTERVIEW_LIMITS.reason).nullable(),
    submittedAt: text(40),
  })
  .strict();

export const bodySchemas: Record<ExchangeRecordType, z.ZodType> = {
  role: roleBody,
  'role-summary': roleSummaryBody,
  jd: jdBody,
  round: roundBody,
  question: questionBody,
  candidate: candidateBody,
  'candidate-summary': candidateSummaryBody,
  pack: packBody,
  interview: interviewBody,
  scorecard: scorecardBody,
};

/** A record as it travels: stable id, version, who made that version, and the content. */
export const transferRecord = z
  .object({
    type: z.enum(exchangeRecordTypes),
    id,
    version: z.number().int().min(1).max(1_000_000),
    origin: versionOrigin,
    body: z.unknown(),
  })
  .strict();
export type TransferRecord = z.infer<typeof transferRecord>;

export const transferPayload = z
  .object({
    /** The pack a pack file carries, or the pack a scorecard answers (null: made without a pack). */
    packId: id.nullable(),
    /** For people: what the file is about ("Ada Lovelace, System design, for Dana Kim"). */
    title: text(300),
    records: z.array(transferRecord).max(EXCHANGE_LIMITS.records),
  })
  .strict();
export type TransferPayload = z.infer<typeof transferPayload>;

export type RoundBody = z.infer<typeof roundBody>;
export type InterviewBody = z.infer<typeof interviewBody>;
export type ScorecardBody = z.infer<typeof scorecardBody>;
export type PackBody = z.infer<typeof packBody>;
export type CandidateBody = z.infer<typeof candidateBody>;
export type JdBody = z.infer<typeof jdBody>;
