import { Button, Checkbox, CloseButton, Group, Kbd, Paper, Stack, Text, TextInput } from '@mantine/core';
import { IconDownload, IconPlus, IconSearch, IconUpload } from '@tabler/icons-react';
import { type KeyboardEvent, type RefObject, useState } from 'react';
import type { ImportFormat } from '../../../../shared/exchange';
import type { QuestionOrder } from '../../../../shared/questions';
import { isMacPlatform } from '../../ui/shortcuts';
import { exportQuestions } from './export-questions';
import { ActiveFilters } from './FacetPanel';
import { countQuestions } from './labels';
import { QuestionSheetButton } from './QuestionSheetButton';
import { useShownPage } from './queries';
import { hasFilters, isEmptyQuery, useQuestionBankStore } from './question-bank-store';

interface ToolbarProps {
  searchRef: RefObject<HTMLInputElement | null>;
  onSearchKeyDown(event: KeyboardEvent<HTMLInputElement>): void;
  onImport(): void;
}

/** Search box, New, Import, the export buttons and the printable sheet. */
export function Toolbar({ searchRef, onSearchKeyDown, onImport }: ToolbarProps) {
  const text = useQuestionBankStore((state) => state.text);
  const setText = useQuestionBankStore((state) => state.setText);
  const clearSearch = useQuestionBankStore((state) => state.clearSearch);
  const openCreate = useQuestionBankStore((state) => state.openCreate);

  return (
    <Group gap="sm" wrap="wrap" align="center">
      <TextInput
        ref={searchRef}
        type="search"
        aria-label="Search questions"
        aria-keyshortcuts="/"
        placeholder="Search questions, answer guides and tags"
        leftSection={<IconSearch size={16} aria-hidden />}
        rightSection={
          text ? (
            <CloseButton
              size="sm"
              aria-label="Clear search box"
              onClick={() => {
                clearSearch();
                searchRef.current?.focus();
              }}
            />
          ) : (
            <Kbd size="xs" aria-hidden>
              /
            </Kbd>
          )
        }
        value={text}
        onChange={(event) => setText(event.currentTarget.value)}
        onKeyDown={onSearchKeyDown}
        autoComplete="off"
        spellCheck={false}
        maxLength={500}
        style={{ flex: '1 1 18rem' }}
      />
      <Group gap="xs" wrap="wrap">
        <Button
          leftSection={<IconPlus size={16} aria-hidden />}
          rightSection={
            <Kbd size="xs" aria-hidden>
              N
            </Kbd>
          }
          aria-keyshortcuts="N"
          onClick={openCreate}
        >
          New question
        </Button>
        <Button variant="default" leftSection={<IconUpload size={16} aria-hidden />} onClick={onImport}>
          Import questions
        </Button>
        <ExportButtons />
        <QuestionSheetButton />
      </Group>
    </Group>
  );
}

/** Export JSON / Export CSV: the whole bank, or only the matching questions when asked. */
function ExportButtons() {
  const [busy, setBusy] = useState<ImportFormat | null>(null);
  const setNotice = useQuestionBankStore((state) => state.setNotice);

  const run = async (format: ImportFormat) => {
    const { shown, exportOnlyMatching } = useQuestionBankStore.getState();
    setBusy(format);
    const only = exportOnlyMatching && shown && !isEmptyQuery(shown) ? shown : undefined;
    const result = await exportQuestions(format, only);
    setBusy(null);
    setNotice(
      result.ok
        ? { tone: 'success', message: result.message }
        : { tone: 'error', message: result.error.message },
    );
  };

  return (
    <>
      {(['json', 'csv'] as const).map((format) => (
        <Button
          key={format}
          variant="default"
          leftSection={<IconDownload size={16} aria-hidden />}
          loading={busy === format}
          disabled={busy !== null && busy !== format}
          onClick={() => void run(format)}
        >
          {`Export ${format.toUpperCase()}`}
        </Button>
      ))}
    </>
  );
}

/** How the list is ordered, after the count; text-first says why and how to get a ranking. */
function orderNote(order: QuestionOrder | null): string {
  return order === 'text-first'
    ? ', question text matches first (too many to rank: type more to see the best match first)'
    : ', best match first';
}

/** The count of matches, the filters in use, and the export scope. */
export function ResultsHeader({ showClearFilters }: { showClearFilters: boolean }) {
  const shown = useQuestionBankStore((state) => state.shown);
  const firstPage = useShownPage(shown);
  const total = firstPage?.total ?? null;
  const order = firstPage?.order ?? null;
  const filters = useQuestionBankStore((state) => state.filters);
  const toggleFilter = useQuestionBankStore((state) => state.toggleFilter);
  const clearFilters = useQuestionBankStore((state) => state.clearFilters);
  const exportOnlyMatching = useQuestionBankStore((state) => state.exportOnlyMatching);
  const setExportOnlyMatching = useQuestionBankStore((state) => state.setExportOnlyMatching);
  const narrowed = shown !== null && !isEmptyQuery(shown);

  return (
    <Stack gap={6}>
      <Group justify="space-between" gap="xs" wrap="wrap" mih={28}>
        <Text size="sm" fw={600} role="status" aria-live="polite" aria-atomic>
          <span data-testid="question-total">{total === null ? 'Searching…' : countQuestions(total)}</span>
          {narrowed && shown.text.trim() ? (
            <Text span size="sm" c="dimmed" fw={400}>
              {' '}
              matching “{shown.text.trim()}”{total ? orderNote(order) : ''}
            </Text>
          ) : null}
        </Text>
        {narrowed && (total ?? 0) > 0 ? (
          <Checkbox
            size="xs"
            label="Export only these"
            checked={exportOnlyMatching}
            onChange={(event) => setExportOnlyMatching(event.currentTarget.checked)}
          />
        ) : null}
      </Group>
      {hasFilters(filters) ? (
        <ActiveFilters
          filters={filters}
          onRemove={(facet, value) => toggleFilter(facet, value)}
          onClear={clearFilters}
          showClear={showClearFilters}
        />
      ) : null}
    </Stack>
  );
}

/** Nothing matches: say so, and offer the way back. */
export function NoResults({ withFilters }: { withFilters: boolean }) {
  const text = useQuestionBankStore((state) => state.shown?.text.trim() ?? '');
  const clearFilters = useQuestionBankStore((state) => state.clearFilters);
  const clearSearch = useQuestionBankStore((state) => state.clearSearch);
  const words = text.split(/\s+/).filter(Boolean).length;
  return (
    <Paper withBorder radius="md" p="lg">
      <Stack gap="xs" align="flex-start">
        <Text fw={700}>No questions match</Text>
        <Text size="sm">
          {text ? `Nothing matches “${text}”` : 'Nothing matches these filters'}
          {text && withFilters ? ' with these filters' : ''}.{' '}
          {withFilters
            ? 'Try clearing the filters.'
            : words > 1
              ? 'Try fewer or shorter words: every word has to match.'
              : 'Try a shorter word or the start of one: “cach” finds “caching”.'}
        </Text>
        <Group gap="xs">
          {withFilters ? (
            <Button size="xs" onClick={clearFilters}>
              Clear filters
            </Button>
          ) : null}
          {text ? (
            <Button size="xs" variant="default" onClick={clearSearch}>
              Clear search
            </Button>
          ) : null}
        </Group>
      </Stack>
    </Paper>
  );
}

/** The keyboard map, always in view. */
export function ShortcutHint() {
  const items: [string, string][] = [
    ['/', 'search'],
    ['↑ ↓', 'move'],
    ['Enter', 'open'],
    ['E', 'edit'],
    ['N', 'new'],
    ['Del', 'delete'],
    ['Esc', 'back'],
    [isMacPlatform() ? '⌘Z' : 'Ctrl+Z', 'undo'],
  ];
  return (
    <Group gap="md" wrap="wrap" aria-label="Keyboard shortcuts" role="note">
      {items.map(([keys, what]) => (
        <Text key={what} size="xs" c="dimmed">
          <Kbd size="xs">{keys}</Kbd> {what}
        </Text>
      ))}
    </Group>
  );
}
