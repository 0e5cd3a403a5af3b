import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { caller } from '../../support/core-caller';
import { makeDraft } from '../../support/question-draft';
import { openTempCore, type TempCore } from '../../support/temp-db';
import { startedInterview } from '../interviews/fixtures';

/**
 * SQLite's CHECKs hold a JSON column to valid JSON (and the anchors to four items), not to the
 * shape the code reads: a hand edit can leave a list of numbers or an object there. A read names
 * the damaged column and changes nothing, instead of handing a screen a field of the wrong type.
 * (The damaged values below all pass the table's CHECK constraints.)
 */
let core: TempCore;
const api = caller(() => core.ctx);

beforeEach(async () => {
  core = await openTempCore();
});
afterEach(async () => {
  await core.close();
});

async function createQuestion(): Promise<string> {
  const { id } = await api.call<{ id: string }>('questions.create', { draft: makeDraft() });
  return id;
}

describe('reading JSON columns', () => {
  it('reads back what was written, lists and anchors alike', async () => {
    const id = await createQuestion();
    const question = await api.call<{ anchors: string[]; tags: string[]; levels: string[] }>(
      'questions.get',
      { id },
    );
    expect(question.anchors).toEqual(makeDraft().anchors);
    expect(question.tags).toEqual(makeDraft().tags);
    expect(question.levels).toEqual(makeDraft().levels);
  });

  it.each([
    ['tags', '{"not":"a list"}', 'questions.tags'],
    ['tags', '[null]', 'questions.tags'],
    ['anchors', '[1, 2, 3, 4]', 'questions.anchors'],
    ['levels', '["senior", "principal"]', 'questions.levels'],
    ['probes', '[1, 2]', 'questions.probes'],
  ])(
    'refuses a damaged %s value (%s), naming the column, and leaves the row as it is',
    async (column, damaged, named) => {
      const id = await createQuestion();
      core.database.sqlite.prepare(`UPDATE questions SET ${column} = ? WHERE id = ?`).run(damaged, id);

      const error = await api.refusal('questions.get', { id });
      expect(error.code).toBe('db_corrupt');
      expect(error.message).toContain(named);
      expect(error.message).toContain('Nothing was changed');
      const stored = core.database.sqlite
        .prepare(`SELECT ${column} AS value FROM questions WHERE id = ?`)
        .get(id) as {
        value: string;
      };
      expect(stored.value).toBe(damaged);
    },
  );

  it('refuses a search page holding a damaged facet list rather than showing a wrong one', async () => {
    const id = await createQuestion();
    core.database.sqlite.prepare('UPDATE questions SET rounds = ? WHERE id = ?').run('"onsite"', id);
    const error = await api.refusal('questions.search', { text: '', filters: {}, limit: 20, offset: 0 });
    expect(error.code).toBe('db_corrupt');
    expect(error.message).toContain('questions.rounds');
  });

  it('refuses to export a pack whose round holds a damaged list, naming the column, rather than send a file the other laptop would refuse', async () => {
    const setup = await startedInterview(core.ctx, 'Recruiter Self');
    core.database.sqlite
      .prepare('UPDATE loop_rounds SET focus_attributes = ? WHERE id = ?')
      .run('[1, 2]', setup.round.id);
    const error = await api.refusal('exchange.export', {
      kind: 'pack',
      candidateId: setup.candidate.id,
      roundId: setup.round.id,
      interviewer: 'Dana Kim',
    });
    expect(error.code).toBe('db_corrupt');
    expect(error.message).toContain('loop_rounds.focus_attributes');
  });
});
