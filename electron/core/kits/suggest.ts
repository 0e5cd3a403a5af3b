import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { pickSuggestions } from '../../../shared/domain/kits/suggest';
import { KIT_LIMITS, type KitSuggestResult, SUGGEST_SPARE_MINUTES } from '../../../shared/kits';
import { rounds as bankRounds, screenCategories } from '../../../shared/questions';
import type { CoreContext } from '../context';
import { readStringList } from '../db/json-column';
import { liveRoleSpec } from '../roles/roles';
import { itemIds, mutate, roundRow } from './loop-store';

/** A facet of the question (`questions` as q) has one of the values. */
const hasFacet = (facet: string, values: string[]) =>
  sql<boolean>`exists (select 1 from question_facets f where f.seq = q.seq and f.facet = ${facet}
    and f.value in (${sql.join(values)}))`;

/**
 * `kit.suggest`: adds bank questions to the end of a round's kit until its time is used (less
 * a few spare minutes), chosen by pickSuggestions. Candidates are the bank's live questions
 * for the round's kind (a custom round takes any), the role's archetype (or any archetype) and
 * level, and not in any kit of this loop already: the same question twice in a loop only
 * repeats what the panel heard.
 */
export async function suggestKit(ctx: CoreContext, roundId: string): Promise<KitSuggestResult> {
  const addedItemIds: string[] = [];
  let addedMinutes = 0;
  const loop = await mutate(
    ctx,
    async (db) => (await roundRow(db, roundId)).role_id,
    async (db, roleId) => {
      const round = await roundRow(db, roundId);
      const spec = await liveRoleSpec(db, roleId);
      const kit = await db
        .selectFrom('kit_items')
        .innerJoin('questions', 'questions.id', 'kit_items.question_id')
        .select(['kit_items.minutes', 'questions.attributes', 'questions.category'])
        .where('kit_items.round_id', '=', roundId)
        .execute();
      const focus = readStringList(round.focus_attributes, 'loop_rounds.focus_attributes');
      const planned = kit.reduce((sum, item) => sum + item.minutes, 0);
      const spare = round.minutes >= 30 ? SUGGEST_SPARE_MINUTES : 0;
      const minutesLeft = round.minutes - spare - planned;
      const room = KIT_LIMITS.itemsPerRound - kit.length;
      if (minutesLeft <= 0 || room <= 0) return;

      let query = db
        .selectFrom('questions as q')
        .select(['q.id', 'q.topic', 'q.category', 'q.attributes', 'q.minutes', 'q.origin'])
        .where('q.deleted_at', 'is', null)
        .where('q.minutes', '<=', minutesLeft)
        .where(({ not, exists, selectFrom }) =>
          not(
            exists(
              selectFrom('kit_items as k')
                .innerJoin('loop_rounds as r', 'r.id', 'k.round_id')
                .select('k.id')
                .whereRef('k.question_id', '=', 'q.id')
                .where('r.role_id', '=', roleId),
            ),
          ),
        );
      if ((bankRounds as readonly string[]).includes(round.kind))
        query = query.where(hasFacet('round', [round.kind]));
      if (round.kind === 'screen') query = query.where('q.category', 'in', [...screenCategories]);
      if (spec.archetype) query = query.where(hasFacet('archetype', [spec.archetype, 'any']));
      if (spec.level) query = query.where(hasFacet('level', [spec.level]));
      const candidates = (await query.execute()).map((q) => ({
        id: q.id,
        topic: q.topic,
        category: q.category,
        attributes: readStringList(q.attributes, 'questions.attributes'),
        minutes: q.minutes,
        starter: q.origin === 'starter',
      }));

      const picked = pickSuggestions({
        candidates,
        focus,
        inKit: kit.map((item) =>
          focus.length > 0 ? readStringList(item.attributes, 'questions.attributes') : [item.category],
        ),
        minutesLeft,
        maxItems: room,
      });
      const byId = new Map(candidates.map((c) => [c.id, c]));
      let position = (await itemIds(db, roundId)).length;
      const now = ctx.clock().toISOString();
      for (const questionId of picked) {
        const minutes = Math.min(byId.get(questionId)?.minutes ?? 1, KIT_LIMITS.itemMinutes);
        const id = randomUUID();
        await db
          .insertInto('kit_items')
          .values({
            id,
            round_id: roundId,
            question_id: questionId,
            position: position++,
            minutes,
            created_at: now,
            updated_at: now,
          })
          .execute();
        addedItemIds.push(id);
        addedMinutes += minutes;
      }
    },
  );
  return { loop, addedItemIds, addedMinutes };
}
