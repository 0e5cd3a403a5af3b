import { Badge, Group, Kbd, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { type KeyboardEvent, useMemo, useRef, useState } from 'react';
import { labels, type QuestionHit } from '../../../../shared/questions';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { readError } from '../../ui/query';
import { HighlightedText } from '../questions';
import classes from './interviews.module.css';
import { useLiveStore } from './live-store';
import { useBankSearch } from './queries';

const SEARCH_DELAY_MS = 120;
const RESULTS = 8;
/** Asked for beyond RESULTS, so the list stays full after leaving out what the interview has. */
const SPARE = 24;

/** `/` in live mode: search the whole bank, Enter puts the chosen question after the current one. */
export function AdHocSearch() {
  const open = useLiveStore((s) => s.searchOpen);
  const setOpen = useLiveStore((s) => s.setSearchOpen);
  const insert = useLiveStore((s) => s.insertAdHoc);
  // The questions already in this interview, only while open (a string: typing a note, which
  // makes a new interview, does not re-render this).
  const questionIds = useLiveStore((s) =>
    s.searchOpen ? (s.interview?.items.map((i) => i.questionId).join('\n') ?? '') : '',
  );
  const actionError = useLiveStore((s) => s.actionError);
  // A question already in this interview cannot be added twice: it is never offered.
  const inInterview = useMemo(
    () => new Set(questionIds === '' ? [] : questionIds.split('\n')),
    [questionIds],
  );
  const [text, setText] = useState('');
  // Asked a short pause after the last key; the answer to the latest text is the one shown.
  const [asked] = useDebouncedValue(text, SEARCH_DELAY_MS);
  const search = useBankSearch(asked, RESULTS + SPARE, open);
  const error = readError(search);
  const { hits, total } = useMemo(() => {
    if (!search.data) return { hits: [], total: 0 };
    const fresh = search.data.hits.filter((hit) => !inInterview.has(hit.id));
    const left = search.data.hits.length - fresh.length;
    return { hits: fresh.slice(0, RESULTS), total: Math.max(0, search.data.total - left) };
  }, [search.data, inInterview]);
  // The choice belongs to the hits it was made in: with new hits, Enter adds the first again.
  const [choice, setChoice] = useState({ hits, at: 0 });
  const active = choice.hits === hits ? choice.at : 0;
  const setActive = (at: number) => setChoice({ hits, at });
  const [busy, setBusy] = useState(false);
  /** Set when a question went in: focus then goes to it, not back to where it was. */
  const inserted = useRef(false);

  const close = () => {
    setOpen(false);
    setText('');
  };

  const choose = async (hit: QuestionHit | undefined) => {
    if (!hit || busy) return;
    setBusy(true);
    inserted.current = await insert(hit.id);
    setBusy(false);
    if (inserted.current) setText('');
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive(Math.min(Math.max(0, active + step), Math.max(0, hits.length - 1)));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      void choose(hits[active]);
    }
  };

  const optionId = (i: number) => `adhoc-hit-${i}`;

  return (
    <Modal
      opened={open}
      onClose={close}
      title="Add a question from the bank"
      size="lg"
      yOffset="12vh"
      returnFocus
      onExitTransitionEnd={() => {
        if (!inserted.current) return;
        inserted.current = false;
        document.getElementById('live-question')?.focus();
      }}
    >
      <Stack gap="sm">
        <TextInput
          data-autofocus
          placeholder="Search the whole bank…"
          aria-label="Search the question bank"
          leftSection={<IconSearch size={16} aria-hidden />}
          value={text}
          onChange={(event) => setText(event.currentTarget.value)}
          onKeyDown={onKeyDown}
          role="combobox"
          aria-expanded={hits.length > 0}
          aria-controls="adhoc-hits"
          aria-activedescendant={hits[active] ? optionId(active) : undefined}
        />
        {error ? <ErrorAlert title="The bank could not be searched" error={error} /> : null}
        {actionError ? <ErrorAlert title="That question could not be added" error={actionError} /> : null}
        <div id="adhoc-hits" role="listbox" aria-label="Questions found">
          {hits.map((hit, i) => (
            // biome-ignore lint/a11y/useKeyWithClickEvents: the search box owns the keys (arrows, Enter) of this list
            <div
              key={hit.id}
              id={optionId(i)}
              role="option"
              aria-selected={i === active}
              tabIndex={-1}
              className={classes.hit}
              onMouseEnter={() => setActive(i)}
              onClick={() => void choose(hit)}
            >
              <Text size="sm" lineClamp={2}>
                <HighlightedText value={hit.textHighlighted} />
              </Text>
              <Group gap={6} mt={2}>
                <Badge size="xs" variant="light" color="gray">
                  {labels.category[hit.category]}
                </Badge>
                <Text size="xs" c="dimmed">
                  {hit.topic} · {hit.minutes} min
                </Text>
              </Group>
            </div>
          ))}
        </div>
        <Text size="xs" c="dimmed">
          {total > hits.length ? `${hits.length} of ${total} shown. ` : ''}
          <Kbd size="xs">↑</Kbd> <Kbd size="xs">↓</Kbd> to choose, <Kbd size="xs">Enter</Kbd> to add it after
          this question, <Kbd size="xs">Esc</Kbd> to go back.
        </Text>
      </Stack>
    </Modal>
  );
}
