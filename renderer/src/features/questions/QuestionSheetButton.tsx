import { QUESTION_SHEET_MAX } from '../../../../shared/documents';
import { fail, type Result } from '../../../../shared/result';
import { call } from '../../api';
import { ExportButton, type ExportSource } from '../documents';
import { useQuestionBankStore } from './question-bank-store';

/** The questions the list shows, in its order, as a sheet; refused when there are too many. */
async function shownQuestionsSheet(): Promise<Result<ExportSource>> {
  const { shown } = useQuestionBankStore.getState();
  if (!shown) return fail('bad_input', 'The list is still loading.');
  const result = await call('questions.search', {
    text: shown.text,
    filters: shown.filters,
    limit: QUESTION_SHEET_MAX,
    offset: 0,
  });
  if (!result.ok) return result;
  const { hits, total } = result.value;
  if (total > QUESTION_SHEET_MAX) {
    return fail(
      'bad_input',
      `The list shows ${total} questions and a sheet takes at most ${QUESTION_SHEET_MAX}: narrow the search or the filters first.`,
    );
  }
  return { ok: true, value: { kind: 'question-sheet', questionIds: hits.map((h) => h.id) } };
}

/**
 * "Print sheet": the questions the list shows, as a printable interview sheet (each question
 * with its answer guide, anchors, probes, red flags and room for notes), in PDF, Word or both.
 */
export function QuestionSheetButton() {
  const total = useQuestionBankStore((state) => state.total);
  const setNotice = useQuestionBankStore((state) => state.setNotice);
  return (
    <ExportButton
      label="Print sheet"
      menuLabel="Sheet of the questions listed"
      size="regular"
      disabled={!total}
      source={shownQuestionsSheet}
      onNotice={(notice) =>
        setNotice(notice.tone === 'success' ? notice : { tone: 'error', message: notice.error.message })
      }
    />
  );
}
