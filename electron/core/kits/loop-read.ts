import type { Kysely } from 'kysely';
import { z } from 'zod';
import { coverageMatrix, labelOf, mustHaveLabels } from '../../../shared/domain/kits/coverage';
import { measuredAttributes, suggestMeasures } from '../../../shared/domain/kits/measures';
import { type CalibrationItem, KIT_LIMITS, type KitItem, type Loop, type Round } from '../../../shared/kits';
import type { RoleSpec } from '../../../shared/roles';
import { readJsonColumn, readStringList, readStringRecord } from '../db/json-column';
import type { DB } from '../db/schema';
import { liveRoleSpec } from '../roles/roles';
import { kitQuestionColumns, kitQuestionOf } from './kit-question';

// The read model of a loop: rounds, their kits, calibration and coverage, as the screens show them.

type Db = Kysely<DB>;

// The shape only: limits on names and minutes are for what people type, not for what is stored.
const sessionsShape = z.array(z.object({ name: z.string(), minutes: z.number() }));

/** The whole loop of a role as the screens show it; `spec` when the caller has just read it. */
export async function readLoop(db: Db, roleId: string, spec?: RoleSpec): Promise<Loop> {
  const { mustHaves } = spec ?? (await liveRoleSpec(db, roleId));
  const roundRows = await db
    .selectFrom('loop_rounds')
    .selectAll()
    .where('role_id', '=', roleId)
    .orderBy('position')
    .orderBy('seq')
    .execute();
  const itemRows =
    roundRows.length === 0
      ? []
      : await db
          .selectFrom('kit_items')
          .innerJoin('questions', 'questions.id', 'kit_items.question_id')
          .select([
            'kit_items.id',
            'kit_items.round_id',
            'kit_items.question_id',
            'kit_items.position',
            'kit_items.minutes',
            'kit_items.measures',
            ...kitQuestionColumns,
            'questions.minutes as question_minutes',
            'questions.deleted_at',
          ])
          .where(
            'kit_items.round_id',
            'in',
            roundRows.map((r) => r.id),
          )
          .orderBy('kit_items.position')
          .orderBy('kit_items.seq')
          .execute();

  const current = mustHaveLabels(mustHaves);
  const rounds: Round[] = roundRows.map((row) => {
    const focus = readStringList(row.focus_attributes, 'loop_rounds.focus_attributes');
    const focusLabels = focusLabelsOf(
      focus,
      readStringRecord(row.focus_labels, 'loop_rounds.focus_labels'),
      current,
    );
    const items: KitItem[] = itemRows
      .filter((item) => item.round_id === row.id)
      .map((item, position) => {
        const question = kitQuestionOf({ ...item, minutes: item.question_minutes });
        // A link to an attribute the round no longer focuses on is kept, unused, should it return.
        const measures = readStringList(item.measures, 'kit_items.measures').filter((a) => focus.includes(a));
        return {
          id: item.id,
          questionId: item.question_id,
          position,
          minutes: item.minutes,
          question,
          questionDeleted: item.deleted_at !== null,
          measures,
          suggestedMeasures: suggestMeasures(question, focus, focusLabels).filter(
            (a) => !measures.includes(a),
          ),
        };
      });
    return {
      id: row.id,
      roleId,
      position: row.position,
      kind: row.kind,
      name: row.name,
      minutes: row.minutes,
      sessions: readJsonColumn(sessionsShape, row.sessions, 'loop_rounds.sessions'),
      focusAttributes: focus,
      focusLabels,
      items,
      plannedMinutes: items.reduce((sum, item) => sum + item.minutes, 0),
      createdAt: row.created_at,
      updatedAt: row.updated_at,
    };
  });

  const calibration = await readCalibration(db, roleId, rounds);
  const coreCount = calibration.filter((c) => c.core).length;
  return {
    roleId,
    rounds,
    totalMinutes: rounds.reduce((sum, r) => sum + r.minutes, 0),
    calibration,
    coreCount,
    calibrationWarning:
      coreCount >= KIT_LIMITS.coreMin && coreCount <= KIT_LIMITS.coreMax
        ? null
        : `The panel should agree the strong answer of ${KIT_LIMITS.coreMin} or ${KIT_LIMITS.coreMax} core questions; ${coreCount} ${coreCount === 1 ? 'is' : 'are'} marked.`,
    coverage: coverageMatrix(
      mustHaves,
      rounds.map((r) => ({
        id: r.id,
        focusAttributes: r.focusAttributes,
        questionAttributes: r.items.map((i) => measuredAttributes(i.question, i.measures)),
      })),
    ),
  };
}

/**
 * The label of each focus attribute: the standard name, else the must-have line it is made
 * from today, else the line as it read when the attribute was picked (it may have been edited).
 */
export function focusLabelsOf(
  focus: readonly string[],
  stored: Record<string, string>,
  current: ReadonlyMap<string, string>,
): Record<string, string> {
  const known = new Map([...Object.entries(stored), ...current]);
  return Object.fromEntries(focus.map((attribute) => [attribute, labelOf(attribute, known)]));
}

async function readCalibration(db: Db, roleId: string, rounds: Round[]): Promise<CalibrationItem[]> {
  const stored = await db
    .selectFrom('loop_calibration')
    .leftJoin('questions', 'questions.id', 'loop_calibration.question_id')
    .select([
      'loop_calibration.question_id',
      'loop_calibration.core',
      'loop_calibration.agreed_answer',
      'questions.topic',
      'questions.text',
      'questions.strong_answer',
    ])
    .where('loop_calibration.role_id', '=', roleId)
    .execute();
  const byQuestion = new Map(stored.map((row) => [row.question_id, row]));
  const items = new Map<string, CalibrationItem>();
  for (const round of rounds) {
    for (const item of round.items) {
      const known = items.get(item.questionId);
      if (known) {
        known.roundIds.push(round.id);
        continue;
      }
      const row = byQuestion.get(item.questionId);
      const agreed = row?.agreed_answer ?? null;
      items.set(item.questionId, {
        questionId: item.questionId,
        topic: item.question.topic,
        text: item.question.text,
        core: row?.core === 1,
        agreedAnswer: agreed ?? item.question.strongAnswer,
        bankAnswer: item.question.strongAnswer,
        edited: agreed !== null && agreed !== item.question.strongAnswer,
        roundIds: [round.id],
      });
    }
  }
  // Marked core or agreed on, then taken out of every kit: still listed, so nothing is lost silently.
  for (const row of stored) {
    if (items.has(row.question_id) || row.text === null) continue;
    if (row.core !== 1 && row.agreed_answer === null) continue;
    items.set(row.question_id, {
      questionId: row.question_id,
      topic: row.topic ?? '',
      text: row.text,
      core: row.core === 1,
      agreedAnswer: row.agreed_answer ?? row.strong_answer ?? '',
      bankAnswer: row.strong_answer ?? '',
      edited: row.agreed_answer !== null && row.agreed_answer !== row.strong_answer,
      roundIds: [],
    });
  }
  return [...items.values()];
}
