import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DB } from '../../../electron/core/db/schema';
import { candidateStages } from '../../../shared/candidates';
import { decisionOutcomes } from '../../../shared/debrief';
import { roundKinds } from '../../../shared/kits';
import { questionCategories, questionOrigins } from '../../../shared/questions';
import { recommendations } from '../../../shared/scorecards';
import { openTempCore, type TempCore } from '../../support/temp-db';

/**
 * schema.ts is what the compiler believes about the database; the migrations are what the
 * file holds. These tests hold the two together, so a row can be used as typed without a cast.
 */

/** Every column schema.ts declares: the compiler refuses a column too many or too few here. */
const declared: { [T in keyof DB]: Record<keyof DB[T], true> } = {
  candidate_notes: { seq: true, id: true, candidate_id: true, text: true, created_at: true },
  candidate_stage_events: { seq: true, candidate_id: true, stage: true, at: true },
  candidates: {
    seq: true,
    id: true,
    role_id: true,
    name: true,
    email: true,
    phone: true,
    source: true,
    stage: true,
    created_at: true,
    updated_at: true,
  },
  comp_edits: { row_id: true, figures: true, year: true, updated: true, edited_at: true },
  decisions: {
    seq: true,
    id: true,
    candidate_id: true,
    role_id: true,
    version: true,
    outcome: true,
    rationale: true,
    rejection_reason: true,
    decided_by: true,
    decided_at: true,
    change_reason: true,
    created_at: true,
  },
  interview_items: {
    seq: true,
    id: true,
    interview_id: true,
    question_id: true,
    position: true,
    ad_hoc: true,
    minutes: true,
    question: true,
    rating: true,
    evidence: true,
    judgement: true,
    red_flags: true,
    elapsed_ms: true,
    client_seq: true,
    created_at: true,
    updated_at: true,
    measures: true,
  },
  interviews: {
    seq: true,
    id: true,
    candidate_id: true,
    role_id: true,
    round_id: true,
    round_name: true,
    round_kind: true,
    round_minutes: true,
    focus_attributes: true,
    interviewer: true,
    interviewer_key: true,
    status: true,
    current_item_id: true,
    round_elapsed_ms: true,
    position_seq: true,
    started_at: true,
    ended_at: true,
    created_at: true,
    updated_at: true,
    focus_labels: true,
  },
  jd_versions: {
    seq: true,
    id: true,
    jd_id: true,
    created_at: true,
    formats: true,
    final: true,
    override_reason: true,
    text: true,
    sections: true,
  },
  jds: {
    seq: true,
    id: true,
    role_id: true,
    sections: true,
    revision: true,
    last_client_seq: true,
    final_at: true,
    created_at: true,
    updated_at: true,
  },
  kit_items: {
    seq: true,
    id: true,
    round_id: true,
    question_id: true,
    position: true,
    minutes: true,
    created_at: true,
    updated_at: true,
    measures: true,
  },
  loop_calibration: {
    role_id: true,
    question_id: true,
    core: true,
    agreed_answer: true,
    created_at: true,
    updated_at: true,
  },
  loop_rounds: {
    seq: true,
    id: true,
    role_id: true,
    position: true,
    kind: true,
    name: true,
    minutes: true,
    sessions: true,
    focus_attributes: true,
    created_at: true,
    updated_at: true,
    focus_labels: true,
  },
  loops: { role_id: true, created_at: true, updated_at: true },
  meta: { key: true, value: true },
  question_facets: { seq: true, facet: true, value: true },
  questions: {
    seq: true,
    id: true,
    category: true,
    topic: true,
    text: true,
    strong_answer: true,
    anchors: true,
    probes: true,
    red_flags: true,
    levels: true,
    archetypes: true,
    rounds: true,
    attributes: true,
    tags: true,
    minutes: true,
    origin: true,
    starter_revision: true,
    edited_by_user: true,
    created_at: true,
    updated_at: true,
    deleted_at: true,
  },
  rejection_reasons: { position: true, label: true },
  roles: {
    seq: true,
    id: true,
    spec: true,
    title: true,
    company: true,
    status: true,
    revision: true,
    last_client_seq: true,
    created_at: true,
    updated_at: true,
    archived_at: true,
    deleted_at: true,
  },
  scorecard_versions: {
    seq: true,
    id: true,
    scorecard_id: true,
    version: true,
    ratings: true,
    recommendation: true,
    summary: true,
    reason: true,
    submitted_at: true,
    created_at: true,
    updated_at: true,
  },
  scorecards: {
    seq: true,
    id: true,
    interview_id: true,
    candidate_id: true,
    interviewer: true,
    interviewer_key: true,
    status: true,
    version: true,
    ratings: true,
    recommendation: true,
    summary: true,
    reason: true,
    submitted_at: true,
    created_at: true,
    updated_at: true,
  },
  settings: { key: true, value: true, updated_at: true },
  transfer_packs: {
    seq: true,
    id: true,
    direction: true,
    role_id: true,
    candidate_id: true,
    round_id: true,
    interviewer: true,
    interviewer_key: true,
    created_at: true,
  },
  transfer_records: {
    seq: true,
    id: true,
    type: true,
    record_id: true,
    version: true,
    origin_install: true,
    origin_counter: true,
    origin_at: true,
    sha256: true,
    body: true,
    state: true,
    file_name: true,
    recorded_at: true,
  },
};

/**
 * The values schema.ts allows in each column with a CHECK (col in (...)). `all<T>()` only
 * takes a list that names every member of T, so each list is exactly the declared type.
 */
const all =
  <T>() =>
  <const L extends readonly T[]>(list: L & ([T] extends [L[number]] ? unknown : never)): readonly T[] =>
    list;
type Column<T extends keyof DB, C extends keyof DB[T]> = Exclude<DB[T][C], null>;

const checked: Record<string, readonly (string | number)[]> = {
  'questions.category': all<Column<'questions', 'category'>>()(questionCategories),
  'questions.origin': all<Column<'questions', 'origin'>>()(questionOrigins),
  'loop_rounds.kind': all<Column<'loop_rounds', 'kind'>>()(roundKinds),
  'loop_calibration.core': all<Column<'loop_calibration', 'core'>>()([0, 1]),
  'jd_versions.final': all<Column<'jd_versions', 'final'>>()([0, 1]),
  'candidates.stage': all<Column<'candidates', 'stage'>>()(candidateStages),
  'interviews.status': all<Column<'interviews', 'status'>>()(['in-progress', 'ended']),
  'interview_items.ad_hoc': all<Column<'interview_items', 'ad_hoc'>>()([0, 1]),
  'interview_items.rating': all<Column<'interview_items', 'rating'>>()([
    '1',
    '2',
    '3',
    '4',
    'not-asked',
    'insufficient',
  ]),
  'scorecards.status': all<Column<'scorecards', 'status'>>()(['draft', 'submitted']),
  'scorecards.recommendation': all<Column<'scorecards', 'recommendation'>>()(recommendations),
  'scorecard_versions.recommendation': all<Column<'scorecard_versions', 'recommendation'>>()(recommendations),
  'decisions.outcome': all<Column<'decisions', 'outcome'>>()(decisionOutcomes),
  'transfer_records.state': all<Column<'transfer_records', 'state'>>()([
    'applied',
    'conflict',
    'dropped',
    'taken',
  ]),
  'transfer_packs.direction': all<Column<'transfer_packs', 'direction'>>()(['sent', 'received']),
};

let core: TempCore;
beforeAll(async () => {
  core = await openTempCore();
});
afterAll(async () => {
  await core.close();
});

const sorted = (values: Iterable<string | number>) => [...values].map(String).sort();

describe('schema.ts against the migrated database', () => {
  it('declares every table and column the migrations make, and no other', () => {
    const sqlite = core.database.sqlite;
    const tables = sqlite
      .prepare(
        `select name from sqlite_schema where type = 'table'
           and name not like 'sqlite\\_%' escape '\\' and name not like 'kysely\\_%' escape '\\'
           and name not like 'question\\_search%' escape '\\'`,
      )
      .all() as { name: string }[];
    const inFile = Object.fromEntries(
      tables.map(({ name }) => [
        name,
        sorted(
          (sqlite.prepare('select name from pragma_table_xinfo(?)').all(name) as { name: string }[]).map(
            (c) => c.name,
          ),
        ),
      ]),
    );
    const inTypes = Object.fromEntries(
      Object.entries(declared).map(([table, columns]) => [table, sorted(Object.keys(columns))]),
    );
    expect(inTypes).toEqual(inFile);
  });

  it('types each column with a CHECK (col in (...)) with exactly the values the check allows', () => {
    const sqlite = core.database.sqlite;
    const found: Record<string, string[]> = {};
    for (const { name, sql } of sqlite
      .prepare(`select name, sql from sqlite_schema where type = 'table' and sql is not null`)
      .all() as { name: string; sql: string }[]) {
      for (const [, column, list] of sql.matchAll(/\bcheck \((\w+) in \(([^)]*)\)\)/gi)) {
        found[`${name}.${column}`] = sorted(
          (list ?? '').split(',').map((v) => v.trim().replace(/^'|'$/g, '')),
        );
      }
    }
    const typed = Object.fromEntries(Object.entries(checked).map(([key, values]) => [key, sorted(values)]));
    expect(typed).toEqual(found);
  });
});
