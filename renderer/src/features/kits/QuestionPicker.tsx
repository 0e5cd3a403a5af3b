import { Checkbox, Group, Loader, Stack, Text, TextInput, UnstyledButton } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { type KeyboardEvent, useId, useState } from 'react';
import { labels, type QuestionHit, rounds, screenCategories } from '../../../../shared/questions';
import { readError } from '../../ui/query';
import { HighlightedText } from '../questions';
import classes from './kits.module.css';
import { useQuestionSearch } from './queries';

/** How many matches the picker lists at once; the search narrows the rest. */
export const PICKER_LIMIT = 8;
const DEBOUNCE_MS = 150;
const noHits: QuestionHit[] = [];

interface QuestionPickerProps {
  /** The round's name, for the field's label. */
  roundName: string;
  /** The round's kind; when it is one of the bank's rounds, matches can be narrowed to it. */
  roundKind: string;
  /** Questions already in the kit: marked, and not added twice. */
  inKit: ReadonlySet<string>;
  onPick(questionId: string): Promise<boolean>;
}

const isBankRound = (kind: string): kind is (typeof rounds)[number] =>
  (rounds as readonly string[]).includes(kind);

/**
 * A search box over the question bank with its matches below: arrows move through them,
 * Enter adds the highlighted one to the kit (a click does too). Focus stays in the box, so
 * several questions can be added in a row without the mouse.
 */
export function QuestionPicker({ roundName, roundKind, inKit, onPick }: QuestionPickerProps) {
  const [text, setText] = useState('');
  const [onlyThisRound, setOnlyThisRound] = useState(isBankRound(roundKind));
  const [searched] = useDebouncedValue(text, DEBOUNCE_MS);
  const filters = !(onlyThisRound && isBankRound(roundKind))
    ? {}
    : roundKind === 'screen'
      ? { round: [roundKind], category: [...screenCategories] }
      : { round: [roundKind] };
  const search = useQuestionSearch({ text: searched, filters, limit: PICKER_LIMIT, offset: 0 });
  const hits = search.data?.hits ?? noHits;
  const total = search.data?.total ?? null;
  const error = readError(search);
  const busy = search.isFetching;
  const [active, setActive] = useState(0);
  // New matches start with the first one highlighted.
  const [activeIn, setActiveIn] = useState(hits);
  if (activeIn !== hits) {
    setActiveIn(hits);
    setActive(0);
  }
  const listId = useId();

  const add = async (index: number) => {
    const hit = hits[index];
    if (!hit || inKit.has(hit.id)) return;
    await onPick(hit.id);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (hits.length === 0) return;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((i) => Math.min(hits.length - 1, Math.max(0, i + step)));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      void add(active);
    } else if (event.key === 'Escape' && text) {
      event.preventDefault();
      event.stopPropagation();
      setText('');
    }
  };

  const optionId = (index: number) => `${listId}-option-${index}`;
  const activeHit = hits[active];

  return (
    <Stack gap={6} className={classes.picker}>
      <TextInput
        label={`Add a question to ${roundName}`}
        placeholder="Search the bank: topic, words in the question…"
        leftSection={<IconSearch size={16} aria-hidden />}
        rightSection={busy ? <Loader size="xs" aria-hidden /> : null}
        value={text}
        onChange={(event) => setText(event.currentTarget.value)}
        onKeyDown={onKeyDown}
        role="combobox"
        aria-expanded={hits.length > 0}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={activeHit ? optionId(active) : undefined}
        error={error?.message}
      />
      <Group justify="space-between" gap="xs">
        {isBankRound(roundKind) ? (
          <Checkbox
            size="xs"
            label={`Only ${labels.round[roundKind].toLowerCase()} questions`}
            checked={onlyThisRound}
            onChange={(event) => setOnlyThisRound(event.currentTarget.checked)}
          />
        ) : (
          <span />
        )}
        <Text size="xs" c="dimmed" aria-live="polite">
          {total === null
            ? ''
            : total === 0
              ? 'Nothing matches.'
              : total > hits.length
                ? `First ${hits.length} of ${total} matches. ↑↓ to choose, Enter to add.`
                : `${total} ${total === 1 ? 'match' : 'matches'}. ↑↓ to choose, Enter to add.`}
        </Text>
      </Group>
      {/* The box keeps focus and points here with aria-activedescendant; clicks add too. */}
      <div id={listId} role="listbox" aria-label={`Matches for ${roundName}`} className={classes.pickerList}>
        {hits.map((hit, index) => {
          const added = inKit.has(hit.id);
          return (
            <UnstyledButton
              key={hit.id}
              id={optionId(index)}
              role="option"
              aria-selected={index === active}
              aria-disabled={added || undefined}
              tabIndex={-1}
              className={classes.pickerOption}
              onMouseDown={(event) => event.preventDefault()}
              onMouseEnter={() => setActive(index)}
              onClick={() => void add(index)}
            >
              <Group justify="space-between" wrap="nowrap" gap="xs">
                <Text size="sm" fw={600} truncate>
                  {hit.topic}
                </Text>
                <Text size="xs" c="dimmed" style={{ flexShrink: 0 }}>
                  {added ? 'In this kit · ' : ''}
                  {hit.minutes} min
                </Text>
              </Group>
              <Text size="xs" c="dimmed" lineClamp={1}>
                <HighlightedText value={hit.textHighlighted} />
              </Text>
            </UnstyledButton>
          );
        })}
      </div>
    </Stack>
  );
}
