import { Button, Menu } from '@mantine/core';
import { IconChevronDown, IconPrinter } from '@tabler/icons-react';
import { useState } from 'react';
import { type DocumentFormat, QUESTION_SHEET_MAX } from '../../../../shared/documents';
import { call } from '../../api';
import { exportDocument, PlaceholdersModal } from '../documents';
import { useQuestionBankStore } from './question-bank-store';

const FORMATS: { format: DocumentFormat; label: string }[] = [
  { format: 'pdf', label: 'PDF' },
  { format: 'docx', label: 'Word document (.docx)' },
  { format: 'both', label: 'PDF and Word' },
];

/** The ids of the questions the list shows, in its order; an error message when there are too many. */
async function shownQuestionIds(): Promise<{ ids: string[] } | { error: string }> {
  const { shown } = useQuestionBankStore.getState();
  if (!shown) return { error: 'The list is still loading.' };
  const result = await call('questions.search', {
    text: shown.text,
    filters: shown.filters,
    limit: QUESTION_SHEET_MAX,
    offset: 0,
  });
  if (!result.ok) return { error: result.error.message };
  const { hits, total } = result.value;
  if (total > QUESTION_SHEET_MAX) {
    return {
      error: `The list shows ${total} questions and a sheet takes at most ${QUESTION_SHEET_MAX}: narrow the search or the filters first.`,
    };
  }
  return { ids: hits.map((h) => h.id) };
}

/**
 * "Print sheet": the questions the list shows, as a printable interview sheet (each question
 * with its answer guide, anchors, probes, red flags and room for notes), in PDF, Word or both.
 */
export function QuestionSheetButton() {
  const total = useQuestionBankStore((state) => state.total);
  const setNotice = useQuestionBankStore((state) => state.setNotice);
  const [busy, setBusy] = useState(false);
  const [pending, setPending] = useState<{
    ids: string[];
    format: DocumentFormat;
    placeholders: string[];
  } | null>(null);

  const run = async (format: DocumentFormat, ids?: string[], removePlaceholders = false) => {
    setBusy(true);
    try {
      const picked = ids ? { ids } : await shownQuestionIds();
      if ('error' in picked) {
        setNotice({ tone: 'error', message: picked.error });
        return;
      }
      const outcome = await exportDocument({
        kind: 'question-sheet',
        questionIds: picked.ids,
        format,
        placeholders: removePlaceholders ? 'remove' : 'ask',
      });
      if (outcome.status === 'placeholders')
        setPending({ ids: picked.ids, format, placeholders: outcome.placeholders });
      else if (outcome.status === 'done') setNotice({ tone: 'success', message: outcome.message });
      else if (outcome.status === 'error') setNotice({ tone: 'error', message: outcome.error.message });
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <Button
            variant="default"
            leftSection={<IconPrinter size={16} aria-hidden />}
            rightSection={<IconChevronDown size={14} aria-hidden />}
            loading={busy}
            disabled={!total}
          >
            Print sheet
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Label>Sheet of the questions listed</Menu.Label>
          {FORMATS.map(({ format, label }) => (
            <Menu.Item key={format} onClick={() => void run(format)}>
              {label}
            </Menu.Item>
          ))}
        </Menu.Dropdown>
      </Menu>
      <PlaceholdersModal
        placeholders={pending?.placeholders ?? null}
        onBack={() => setPending(null)}
        onExportWithout={() => {
          const next = pending;
          setPending(null);
          if (next) void run(next.format, next.ids, true);
        }}
      />
    </>
  );
}
