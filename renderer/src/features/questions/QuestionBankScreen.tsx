import { Alert, Button, Center, Group, Loader, Stack } from '@mantine/core';
import { IconMessageQuestion, IconPlus, IconUpload } from '@tabler/icons-react';
import { type KeyboardEvent, type ReactNode, useCallback, useEffect, useRef } from 'react';
import { AreaEmptyState } from '../../ui/AreaEmptyState';
import { AreaPage } from '../../ui/AreaPage';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { queryClient } from '../../ui/query';
import { UndoToast } from '../../ui/UndoToast';
import { FacetPanel } from './FacetPanel';
import { ImportModal } from './ImportModal';
import { useImportStore } from './import-store';
import { NoResults, ResultsHeader, ShortcutHint, Toolbar } from './QuestionBankParts';
import { QuestionDetail } from './QuestionDetail';
import { QuestionFormModal } from './QuestionFormModal';
import {
  cachedTotal,
  questionKey,
  useActiveHit,
  useFacets,
  useQuestion,
  useSearchError,
  useShownPage,
} from './queries';
import { currentId, isEmptyQuery, useQuestionBankStore } from './question-bank-store';
import { deleteQuestion, duplicateQuestion, openEdit, undoDelete } from './question-writes';
import classes from './questions.module.css';
import { ResultList } from './ResultList';
import { useQuestionHotkeys } from './use-question-hotkeys';

/** Height of the three panes: the window less the header, title and toolbar above them. */
const PANE_HEIGHT = 'max(24rem, calc(100dvh - 20rem))';

export function QuestionBankScreen() {
  const shown = useQuestionBankStore((state) => state.shown);
  const asked = useQuestionBankStore((state) => state.asked);
  const filters = useQuestionBankStore((state) => state.filters);
  const activeIndex = useQuestionBankStore((state) => state.activeIndex);
  const pinnedId = useQuestionBankStore((state) => state.pinnedId);
  const deleted = useQuestionBankStore((state) => state.deleted);
  const notice = useQuestionBankStore((state) => state.notice);
  const total = useShownPage(shown)?.total ?? null;
  const searchError = useSearchError(asked);
  const facets = useFacets(shown, asked);
  const activeHit = useActiveHit(shown, activeIndex);
  const id = activeIndex === null ? pinnedId : (activeHit?.id ?? null);
  const { question, error: detailError } = useQuestion(id);
  const bank = useQuestionBankStore.getState;
  const pickError = useImportStore((state) => state.pickError);

  const searchRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLDivElement>(null);
  const detailRef = useRef<HTMLElement>(null);
  const fileRef = useRef<HTMLInputElement>(null);
  /** The question whose detail should take focus once loaded (Enter pressed before it was). */
  const wantDetailFocus = useRef<string | null>(null);

  // Fresh results on every visit (the search and filters are kept between visits).
  useEffect(() => {
    void useQuestionBankStore.getState().search({ keepIndex: true });
  }, []);

  const focusSearch = useCallback(() => {
    searchRef.current?.focus();
    searchRef.current?.select();
  }, []);
  const focusList = useCallback(() => listRef.current?.focus(), []);
  const openDetail = useCallback(() => {
    const wanted = currentId(useQuestionBankStore.getState());
    if (wanted === null) return;
    if (detailRef.current && queryClient.getQueryData(questionKey(wanted))) {
      wantDetailFocus.current = null;
      detailRef.current.focus();
    } else {
      wantDetailFocus.current = wanted;
    }
  }, []);
  // Enter before the question had loaded: focus it once it is there (if still the one wanted).
  useEffect(() => {
    if (question && wantDetailFocus.current === question.id && detailRef.current) {
      wantDetailFocus.current = null;
      detailRef.current.focus();
    }
  }, [question]);

  useQuestionHotkeys({
    focusSearch,
    focusList,
    openDetail,
    inDetail: (target) => detailRef.current?.contains(target) ?? false,
  });

  const onSearchKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const state = bank();
    if (event.key === 'ArrowDown' && (cachedTotal(state.shown) ?? 0) > 0) {
      event.preventDefault();
      if (state.activeIndex === null) state.setActiveIndex(0);
      focusList();
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const pending = state.shown === null || state.shown.text !== state.text;
      if (pending) void state.search().then(openDetail);
      else if (currentId(state)) openDetail();
    } else if (event.key === 'Escape' && state.text !== '') {
      event.preventDefault();
      state.clearSearch();
    }
  };

  const openFilePicker = () => fileRef.current?.click();
  const bankEmpty = total === 0 && shown !== null && isEmptyQuery(shown);
  const withFilters = Object.keys(filters).length > 0;

  const fileInput = (
    <input
      ref={fileRef}
      type="file"
      accept=".json,.csv,application/json,text/csv"
      aria-label="Choose a file to import"
      style={{ display: 'none' }}
      onChange={(event) => {
        const picked = event.currentTarget.files?.[0];
        event.currentTarget.value = '';
        if (picked) void useImportStore.getState().start(picked);
      }}
    />
  );

  const messages = (
    <>
      {pickError ? (
        <ErrorAlert
          title="The file was not imported"
          error={{ code: 'bad_input', message: pickError }}
          onClose={() => useImportStore.getState().dismissPickError()}
        />
      ) : null}
      {notice ? (
        notice.tone === 'error' ? (
          <ErrorAlert
            title="That did not work"
            error={{ code: 'internal', message: notice.message }}
            onClose={() => bank().setNotice(null)}
          />
        ) : (
          <Alert
            color="teal"
            variant="light"
            role="status"
            withCloseButton
            closeButtonLabel="Dismiss"
            onClose={() => bank().setNotice(null)}
          >
            {notice.message}
          </Alert>
        )
      ) : null}
      {searchError ? <ErrorAlert title="The search did not work" error={searchError} /> : null}
    </>
  );

  let body: ReactNode;
  if (total === null && !searchError) {
    body = (
      <Center py="xl">
        <Loader aria-label="Loading questions" />
      </Center>
    );
  } else if (bankEmpty) {
    body = (
      <AreaEmptyState
        icon={IconMessageQuestion}
        title="Your question bank is empty"
        description="Write your first question, or import a bank from a Reqdesk JSON export or a spreadsheet saved as CSV."
        points={[
          'Each question carries what a strong answer shows and four rating anchors',
          'Filter by level, round and focus attribute while you plan a loop',
          'Search it mid-call: results appear as you type',
        ]}
        actions={
          <Group gap="sm">
            <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => bank().openCreate()}>
              New question
            </Button>
            <Button
              variant="default"
              leftSection={<IconUpload size={16} aria-hidden />}
              onClick={openFilePicker}
            >
              Import questions
            </Button>
          </Group>
        }
      />
    );
  } else {
    body = (
      <>
        <Toolbar searchRef={searchRef} onSearchKeyDown={onSearchKeyDown} onImport={openFilePicker} />
        <ShortcutHint />
        <div className={classes.layout}>
          <FacetPanel
            facets={facets}
            filters={filters}
            onToggle={(facet, value) => bank().toggleFilter(facet, value)}
            height={PANE_HEIGHT}
          />
          <Stack gap="xs" style={{ minWidth: 0 }}>
            <ResultsHeader showClearFilters={total !== 0} />
            {total === 0 ? (
              <NoResults withFilters={withFilters} />
            ) : (
              <ResultList height={`calc(${PANE_HEIGHT} - 2.5rem)`} listRef={listRef} onOpen={openDetail} />
            )}
          </Stack>
          <QuestionDetail
            question={question}
            loading={id !== null && question === null && detailError === null}
            error={question === null ? detailError : null}
            height={PANE_HEIGHT}
            paneRef={detailRef}
            onEdit={() => {
              if (question) void openEdit(question.id);
            }}
            onDuplicate={() => {
              if (question) void duplicateQuestion(question.id);
            }}
            onDelete={() => {
              if (question) void deleteQuestion(question.id).then(focusList);
            }}
          />
        </div>
      </>
    );
  }

  return (
    <AreaPage
      title="Question bank"
      lead="Questions for backend interviews, each with a guide to what a strong answer sounds like."
      width="wide"
    >
      {fileInput}
      {messages}
      {body}
      <QuestionFormModal />
      <ImportModal />
      {deleted ? (
        <UndoToast
          message={`Deleted “${deleted.topic}”.`}
          onUndo={() => void undoDelete()}
          onDismiss={bank().dismissUndo}
        />
      ) : null}
    </AreaPage>
  );
}
