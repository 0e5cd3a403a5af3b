import { z } from 'zod';
import { cappedText } from './questions';

/** Candidates, kept minimal. Deleting one removes every row about them, for good. */
export const candidateStages = [
  'new',
  'screening',
  'interviewing',
  'offer',
  'hired',
  'rejected',
  'withdrawn',
] as const;
export type CandidateStage = (typeof candidateStages)[number];

export const candidateStageLabels: Record<CandidateStage, string> = {
  new: 'New',
  screening: 'Screening',
  interviewing: 'Interviewing',
  offer: 'Offer',
  hired: 'Hired',
  rejected: 'Rejected',
  withdrawn: 'Withdrawn',
};

export const CANDIDATE_LIMITS = { name: 120, email: 254, phone: 40, source: 120 } as const;

const clean = (max: number, what: string) => cappedText(max, what, z.string().trim());

const candidateName = clean(CANDIDATE_LIMITS.name, 'The name').pipe(z.string().min(1, 'The name is empty.'));
/** Empty or null means none. */
const email = clean(CANDIDATE_LIMITS.email, 'The email')
  .refine(
    (s) => s === '' || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(s),
    'That does not look like an email address.',
  )
  .nullable();
const phone = clean(CANDIDATE_LIMITS.phone, 'The phone number')
  .refine(
    (s) =>
      s === '' ||
      (/^\+?[0-9 ().\-/]+(?:\s*(?:x|ext\.?)\s*\d+)?$/i.test(s) && /\d{3,}/.test(s.replace(/\D/g, ''))),
    'That does not look like a phone number.',
  )
  .nullable();
const source = clean(CANDIDATE_LIMITS.source, 'The source');

export interface Candidate {
  id: string;
  roleId: string;
  name: string;
  email: string | null;
  phone: string | null;
  /** Where they came from (referral, job board...); may be empty. */
  source: string;
  stage: CandidateStage;
  createdAt: string;
  updatedAt: string;
}

/** A row of the list: the candidate and how far their interviews are. */
export interface CandidateListItem extends Candidate {
  interviewCount: number;
  submittedScorecards: number;
  lastInterviewAt: string | null;
}

/** What `candidates.delete` removed, so the UI can say what went. */
export interface CandidateDeleteResult {
  id: string;
  removed: {
    candidates: number;
    interviews: number;
    interviewItems: number;
    scorecards: number;
    scorecardVersions: number;
  };
  /**
   * False while another Reqdesk window or command reads the file: the old copies of the rows
   * in the write-ahead log are erased when it lets go (Reqdesk keeps trying).
   */
  erasedFromDisk: boolean;
}

export const CANDIDATE_LIST_MAX = 1000;
/**
 * `text` keeps the candidates whose name holds it (any case); `limit` caps the list at the
 * newest N, so a screen or the command palette never carries a pipeline of thousands.
 */
export const candidateListInput = z
  .object({
    roleId: z.uuid().optional(),
    text: cappedText(CANDIDATE_LIMITS.name, 'The search').optional(),
    limit: z.number().int().min(1).max(CANDIDATE_LIST_MAX).optional(),
  })
  .strict();
export const candidateByIdInput = z.object({ id: z.uuid('That is not a candidate id.') }).strict();
export const candidateCreateInput = z
  .object({
    name: candidateName,
    email: email.optional(),
    phone: phone.optional(),
    roleId: z.uuid('That is not a role id.'),
    source: source.default(''),
    stage: z.enum(candidateStages).default('new'),
  })
  .strict();
/** Fields left out stay as they are; email/phone null or '' clears them. */
export const candidateUpdateInput = z
  .object({
    id: z.uuid('That is not a candidate id.'),
    name: candidateName.optional(),
    email: email.optional(),
    phone: phone.optional(),
    roleId: z.uuid('That is not a role id.').optional(),
    source: source.optional(),
    stage: z.enum(candidateStages).optional(),
  })
  .strict();
