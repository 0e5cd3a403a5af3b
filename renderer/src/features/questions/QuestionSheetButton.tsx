import { QUESTION_SHEET_MAX } from '../../../../shared/documents';
import type { QuestionSearchResult } from '../../../../shared/questions';
import { fail, type Result } from '../../../../shared/result';
import { coreQuery, queryClient, readError } from '../../ui/query';
import { ExportButton, type ExportSource } from '../documents';
import { useShownPage } from './queries';
import { useQuestionBankStore } from './question-bank-store';

/** The questions the list shows, in its order, as a sheet; refused when there are too many. */
async function shownQuestionsSheet(): Promise<Result<ExportSource>> {
  const { shown } = useQuestionBankStore.getState();
  if (!shown) return fail('bad_input', 'The list is still loading.');
  const search = coreQuery('questions.search', {
    text: shown.text,
    filters: shown.filters,
    limit: QUESTION_SHEET_MAX,
    offset: 0,
  });
  let answer: QuestionSearchResult;
  try {
    answer = await queryClient.fetchQuery(search);
  } catch (error) {
    return {
      ok: false,
      error: readError({ error: error as Error }) ?? { code: 'internal', message: String(error) },
    };
  }
  const { hits, total } = answer;
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
  const total = useShownPage(useQuestionBankStore((state) => state.shown))?.total;
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
