import type { Question, QuestionDraft } from '../../../../shared/questions';
import type { Result } from '../../../../shared/result';
import { call } from '../../api';
import { CoreReadError, coreQuery, queryClient, setCoreData } from '../../ui/query';
import { cachedHit, questionKey } from './queries';
import { type FormTarget, useQuestionBankStore } from './question-bank-store';

/**
 * The question bank's writes: each calls the core, then reads the bank again (selecting
 * what it made or brought back) and says what happened.
 */

const bank = useQuestionBankStore;

const sayError = (message: string) => bank.setState({ notice: { tone: 'error', message } });

/** Opens the edit dialog on the newest version of a question, read from the database. */
export async function openEdit(id: string): Promise<void> {
  try {
    const question = await queryClient.fetchQuery(coreQuery('questions.get', { id }));
    bank.setState({ form: { mode: 'edit', question } });
  } catch (error) {
    sayError(error instanceof CoreReadError ? error.data.message : String(error));
  }
}

/** Saves the dialog's question (new, or over the version it opened); the saved one is selected. */
export async function saveQuestion(target: FormTarget, draft: QuestionDraft): Promise<Result<Question>> {
  const result =
    target.mode === 'create'
      ? await call('questions.create', { draft })
      : await call('questions.update', {
          id: target.question.id,
          draft,
          expectedUpdatedAt: target.question.updatedAt,
        });
  if (result.ok) {
    bank.setState({ form: null });
    setCoreData('questions.get', { id: result.value.id }, result.value);
    await bank.getState().refresh({ select: result.value.id });
  }
  return result;
}

export async function duplicateQuestion(id: string): Promise<void> {
  const result = await call('questions.duplicate', { id });
  if (!result.ok) return sayError(result.error.message);
  bank.setState({
    notice: { tone: 'success', message: `Made a copy of “${result.value.topic}”. The copy is selected.` },
  });
  await bank.getState().refresh({ select: result.value.id });
}

/** The topic of a question on screen (in the detail pane or the list), for the undo message. */
function topicOf(id: string): string | undefined {
  const { shown, activeIndex } = bank.getState();
  const active = activeIndex === null ? undefined : cachedHit(shown, activeIndex);
  return queryClient.getQueryData(questionKey(id))?.topic ?? (active?.id === id ? active.topic : undefined);
}

/** Deletes at once, offering Undo; the selection stays at the same row. */
export async function deleteQuestion(id: string): Promise<void> {
  const topic = topicOf(id);
  const result = await call('questions.delete', { id });
  if (!result.ok) return sayError(result.error.message);
  bank.setState({ deleted: { id, topic: topic ?? 'the question' } });
  await bank.getState().refresh({ keepIndex: true });
}

/** Brings the last deleted question back and selects it. */
export async function undoDelete(): Promise<void> {
  const deleted = bank.getState().deleted;
  if (!deleted) return;
  bank.setState({ deleted: null });
  const result = await call('questions.restore', { id: deleted.id });
  if (!result.ok) return sayError(result.error.message);
  bank.setState({ notice: { tone: 'success', message: `Restored “${result.value.topic}”.` } });
  await bank.getState().refresh({ select: deleted.id });
}
