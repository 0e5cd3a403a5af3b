import type { Generated } from 'kysely';
import type { CandidateStage } from '../../../shared/candidates';
import type { DecisionOutcome } from '../../../shared/debrief';
import type { InterviewStatus } from '../../../shared/interviews';
import type { RoundKind } from '../../../shared/kits';
import type { Question } from '../../../shared/questions';
import type { Recommendation } from '../../../shared/scorecards';

/**
 * A column whose CHECK allows only some values is typed with them (test/core/db/schema-types
 * holds the two together); a 0/1 integer is a Flag.
 */
export type Flag = 0 | 1;
/** interview_items.rating: a score is stored as its digit. */
export type StoredRating = '1' | '2' | '3' | '4' | 'not-asked' | 'insufficient';
export type ScorecardStatus = 'draft' | 'submitted';
export type TransferRecordState = 'applied' | 'conflict' | 'dropped' | 'taken';

/** Row types of every table, as Kysely sees them. Each migration that adds a table adds it here. */
export interface MetaTable {
  key: string;
  value: string;
}

export interface SettingsTable {
  key: string;
  /** JSON text of the value. */
  value: string;
  updated_at: string;
}

export interface DB {
  meta: MetaTable;
  settings: SettingsTable;
  questions: QuestionsTable;
  question_facets: QuestionFacetsTable;
  roles: RolesTable;
  comp_edits: CompEditsTable;
  loops: LoopsTable;
  loop_rounds: LoopRoundsTable;
  kit_items: KitItemsTable;
  loop_calibration: LoopCalibrationTable;
  candidates: CandidatesTable;
  interviews: InterviewsTable;
  interview_items: InterviewItemsTable;
  scorecards: ScorecardsTable;
  scorecard_versions: ScorecardVersionsTable;
  jds: JdsTable;
  jd_versions: JdVersionsTable;
  decisions: DecisionsTable;
  rejection_reasons: RejectionReasonsTable;
  candidate_stage_events: CandidateStageEventsTable;
  candidate_notes: CandidateNotesTable;
  transfer_records: TransferRecordsTable;
  transfer_packs: TransferPacksTable;
}

export type { Generated };

/** The loop of a role (0006). */
export interface LoopsTable {
  role_id: string;
  created_at: string;
  updated_at: string;
}

export interface LoopRoundsTable {
  seq: Generated<number>;
  id: string;
  role_id: string;
  position: number;
  kind: RoundKind;
  name: string;
  minutes: number;
  /** JSON arrays: [{ name, minutes }] and ["api-design", ...]. */
  sessions: string;
  focus_attributes: string;
  created_at: string;
  updated_at: string;
  /** 0008: JSON object, focus attribute id -> label, for those made from a must-have. */
  focus_labels: Generated<string>;
}

export interface KitItemsTable {
  seq: Generated<number>;
  id: string;
  round_id: string;
  question_id: string;
  position: number;
  minutes: number;
  created_at: string;
  updated_at: string;
  /** 0008: JSON array of the focus attributes the recruiter linked the question to. */
  measures: Generated<string>;
}

export interface LoopCalibrationTable {
  role_id: string;
  question_id: string;
  core: Flag;
  agreed_answer: string | null;
  created_at: string;
  updated_at: string;
}

/** Candidates, interviews and scorecards (0007). */
export interface CandidatesTable {
  seq: Generated<number>;
  id: string;
  role_id: string;
  name: string;
  email: string | null;
  phone: string | null;
  source: string;
  stage: CandidateStage;
  created_at: string;
  updated_at: string;
}

export interface InterviewsTable {
  seq: Generated<number>;
  id: string;
  candidate_id: string;
  role_id: string;
  round_id: string | null;
  round_name: string;
  round_kind: string;
  round_minutes: number;
  /** JSON array of attribute ids. */
  focus_attributes: string;
  interviewer: string;
  /** The name trimmed and lower-cased: who is who for the scorecard visibility rule. */
  interviewer_key: string;
  status: InterviewStatus;
  current_item_id: string | null;
  round_elapsed_ms: number;
  position_seq: Generated<number>;
  started_at: string;
  ended_at: string | null;
  created_at: string;
  updated_at: string;
  /** 0008: JSON object, focus attribute id -> label, copied from the round at the start. */
  focus_labels: Generated<string>;
}

export interface InterviewItemsTable {
  seq: Generated<number>;
  id: string;
  interview_id: string;
  question_id: string;
  position: number;
  ad_hoc: Flag;
  minutes: number;
  /** JSON of a KitQuestion: the snapshot. */
  question: string;
  /** '1'..'4', 'not-asked', 'insufficient' or null. */
  rating: StoredRating | null;
  evidence: Generated<string>;
  judgement: Generated<string>;
  /** JSON array of strings. */
  red_flags: Generated<string>;
  elapsed_ms: Generated<number>;
  client_seq: Generated<number>;
  created_at: string;
  updated_at: string;
  /** 0008: JSON array of the focus attributes the question was linked to (beyond its own attributes). */
  measures: Generated<string>;
}

export interface ScorecardsTable {
  seq: Generated<number>;
  id: string;
  interview_id: string;
  candidate_id: string;
  interviewer: string;
  interviewer_key: string;
  status: ScorecardStatus;
  version: number;
  /** JSON array of { attribute, rating, note }. */
  ratings: string;
  recommendation: Recommendation | null;
  summary: string;
  reason: string | null;
  submitted_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface ScorecardVersionsTable {
  seq: Generated<number>;
  id: string;
  scorecard_id: string;
  version: number;
  ratings: string;
  recommendation: Recommendation;
  summary: string;
  reason: string | null;
  submitted_at: string;
  created_at: string;
  updated_at: string;
}

export interface QuestionsTable {
  seq: Generated<number>;
  id: string;
  category: Question['category'];
  topic: string;
  text: string;
  strong_answer: string;
  /** JSON arrays of strings. */
  anchors: string;
  probes: string;
  red_flags: string;
  levels: string;
  archetypes: string;
  rounds: string;
  attributes: string;
  tags: string;
  minutes: number;
  origin: Question['origin'];
  starter_revision: number | null;
  edited_by_user: Generated<number>;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
}

export interface QuestionFacetsTable {
  seq: number;
  facet: string;
  value: string;
}

export interface RolesTable {
  seq: Generated<number>;
  id: string;
  /** JSON text of a RoleSpec. */
  spec: string;
  /** Generated from spec; read-only. */
  title: Generated<string | null>;
  company: Generated<string | null>;
  status: Generated<string | null>;
  revision: Generated<number>;
  last_client_seq: Generated<number>;
  created_at: string;
  updated_at: string;
  archived_at: string | null;
  deleted_at: string | null;
}

export interface CompEditsTable {
  /** Id of the edited row in the shipped comp data. */
  row_id: string;
  /** JSON object of the changed figures, e.g. {"min":120000}. */
  figures: string;
  year: number | null;
  /** YYYY-MM-DD: when the user says the figures were last checked. */
  updated: string;
  edited_at: string;
}

export interface JdsTable {
  seq: Generated<number>;
  id: string;
  role_id: string;
  /** JSON array of { id, heading, text, generated }. */
  sections: string;
  revision: Generated<number>;
  last_client_seq: Generated<number>;
  final_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface JdVersionsTable {
  seq: Generated<number>;
  id: string;
  jd_id: string;
  created_at: string;
  /** JSON array: ["docx", "pdf"]. */
  formats: string;
  /** 1 when the JD was marked final at export. */
  final: Flag;
  override_reason: string | null;
  /** The snapshot, flat. */
  text: string;
  /** JSON array of { id, heading, text }. */
  sections: string;
}

/** Debrief decisions, the rejection reasons list, stage timeline and candidate notes (0009). */
export interface DecisionsTable {
  seq: Generated<number>;
  id: string;
  candidate_id: string;
  role_id: string;
  version: number;
  outcome: DecisionOutcome;
  rationale: string;
  rejection_reason: string | null;
  decided_by: string;
  decided_at: string;
  change_reason: string | null;
  created_at: string;
}

export interface RejectionReasonsTable {
  position: number;
  label: string;
}

export interface CandidateStageEventsTable {
  seq: Generated<number>;
  candidate_id: string;
  stage: string;
  at: string;
}

export interface CandidateNotesTable {
  seq: Generated<number>;
  id: string;
  candidate_id: string;
  text: string;
  created_at: string;
}

/** Transfer files between installs: every version sent or received, and the packs (0010). */
export interface TransferRecordsTable {
  seq: Generated<number>;
  id: string;
  type: string;
  record_id: string;
  version: number;
  origin_install: string;
  origin_counter: number;
  origin_at: string;
  sha256: string;
  /** JSON of the record's content, as it travelled. */
  body: string;
  /** applied | conflict (kept, waiting for a person) | dropped (local kept) | taken (became the next version). */
  state: TransferRecordState;
  file_name: string | null;
  recorded_at: string;
}

export interface TransferPacksTable {
  seq: Generated<number>;
  id: string;
  direction: 'sent' | 'received';
  role_id: string;
  candidate_id: string;
  round_id: string;
  interviewer: string;
  interviewer_key: string;
  created_at: string;
}
