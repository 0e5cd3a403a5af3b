import { Group, Skeleton, Text } from '@mantine/core';
import { memo, type Ref, useCallback, useState } from 'react';
import { labels, type QuestionHit } from '../../../../shared/questions';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { VirtualListbox } from '../../ui/VirtualListbox';
import { HighlightedText } from './HighlightedText';
import { PAGE_SIZE, useRowPages, useShownPage } from './queries';
import { useQuestionBankStore } from './question-bank-store';
import classes from './questions.module.css';

/** Every row is this tall: topic line, up to three lines of text (or two and the snippet). */
export const ROW_HEIGHT = 96;

const optionId = (index: number) => `question-option-${index}`;

const ResultRow = memo(function ResultRow({ hit, index }: { hit: QuestionHit | undefined; index: number }) {
  if (!hit) {
    return (
      <>
        <Text size="sm" c="dimmed">
          Loading question {index + 1}…
        </Text>
        <Skeleton height={10} mt={8} radius="sm" aria-hidden />
        <Skeleton height={10} mt={8} width="70%" radius="sm" aria-hidden />
      </>
    );
  }
  return (
    <>
      <Group justify="space-between" wrap="nowrap" gap="xs">
        <Text size="sm" fw={600} truncate>
          {hit.topic}
        </Text>
        <Text size="xs" c="dimmed" style={{ flexShrink: 0 }}>
          {labels.category[hit.category]} · {hit.minutes} min
        </Text>
      </Group>
      <Text size="sm" className={hit.snippet ? classes.clamp2 : classes.clamp3}>
        <HighlightedText value={hit.textHighlighted} />
      </Text>
      {hit.snippet ? (
        <Text size="xs" c="dimmed" truncate>
          <span>In the answer guide or tags: </span>
          <HighlightedText value={hit.snippet} />
        </Text>
      ) : null}
    </>
  );
});

interface ResultListProps {
  height: string;
  listRef: Ref<HTMLDivElement>;
  onOpen(): void;
}

/** The results as a virtual listbox that loads pages as they scroll into view. */
export function ResultList({ height, listRef, onOpen }: ResultListProps) {
  const shown = useQuestionBankStore((state) => state.shown);
  const activeIndex = useQuestionBankStore((state) => state.activeIndex);
  const setActiveIndex = useQuestionBankStore((state) => state.setActiveIndex);
  const total = useShownPage(shown)?.total ?? 0;
  const [range, setRange] = useState<[number, number]>([0, 0]);
  const { pages, error } = useRowPages(shown, range);
  const onRangeChange = useCallback((start: number, end: number) => setRange([start, end]), []);

  return (
    <>
      {error ? <ErrorAlert title="The search did not work" error={error} /> : null}
      <VirtualListbox
        label="Questions"
        count={total}
        rowHeight={ROW_HEIGHT}
        activeIndex={activeIndex}
        onActiveIndexChange={setActiveIndex}
        onActivate={onOpen}
        onRangeChange={onRangeChange}
        optionId={optionId}
        renderOption={(index) => (
          <ResultRow hit={pages[Math.floor(index / PAGE_SIZE)]?.[index % PAGE_SIZE]} index={index} />
        )}
        height={height}
        resetKey={JSON.stringify(shown)}
        className={classes.listbox}
        optionClassName={classes.option}
        listRef={listRef}
      />
    </>
  );
}
