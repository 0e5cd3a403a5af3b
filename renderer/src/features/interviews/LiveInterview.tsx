import { Button, Center, Group, Kbd, Loader, Modal, Stack, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useEffect, useMemo, useRef } from 'react';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { useFocusModeStore } from '../../ui/focus-mode';
import { openRoute } from '../../ui/router';
import { isMacPlatform } from '../../ui/shortcuts';
import { useSaveBeforeLeaving } from '../../ui/use-save-before-leaving';
import { AdHocSearch } from './AdHocSearch';
import { BackToInterviews } from './BackToInterviews';
import { GuidePane, QuestionOutline } from './GuidePane';
import classes from './interviews.module.css';
import { KeyHints, RoundClock, SaveIndicator } from './LiveParts';
import { hasUnsavedInterviewEdits, useLiveStore } from './live-store';
import { QuestionPane, type QuestionPaneRefs } from './QuestionPane';
import { type LiveHotkeyTargets, useLiveHotkeys } from './use-live-hotkeys';

const END_KEY = isMacPlatform() ? '⌘Enter' : 'Ctrl+Enter';
const END_KEY_ARIA = isMacPlatform() ? 'Meta+Enter' : 'Control+Enter';

/**
 * Saves on the way out: leaving the window, hiding it, closing it. The shared hook flushes the
 * notes and holds a close while they are not saved; live mode also stores the position then,
 * and flushes when the window merely loses focus.
 */
function useFlushWhenLeaving(): void {
  useSaveBeforeLeaving(hasUnsavedInterviewEdits, useLiveStore);
  useEffect(() => {
    const live = () => useLiveStore.getState();
    const onHide = () => {
      if (document.visibilityState === 'hidden') void live().savePosition();
    };
    const onBlur = () => void live().flush();
    const onUnload = () => void live().savePosition();
    document.addEventListener('visibilitychange', onHide);
    window.addEventListener('blur', onBlur);
    window.addEventListener('beforeunload', onUnload);
    return () => {
      document.removeEventListener('visibilitychange', onHide);
      window.removeEventListener('blur', onBlur);
      window.removeEventListener('beforeunload', onUnload);
    };
  }, []);
}

function EndConfirm({ onEnded }: { onEnded: (id: string) => void }) {
  const open = useLiveStore((s) => s.confirmEndOpen);
  const ending = useLiveStore((s) => s.ending);
  const setOpen = useLiveStore((s) => s.setConfirmEndOpen);
  const unrated = useLiveStore((s) => s.interview?.items.filter((i) => i.rating === null).length ?? 0);
  const end = async () => {
    const id = await useLiveStore.getState().end();
    if (id) onEnded(id);
  };
  return (
    <Modal opened={open} onClose={() => setOpen(false)} title="End this interview?" size="md">
      <Stack gap="md">
        <Text size="sm">
          The clocks stop and the scorecard opens.
          {unrated > 0
            ? ` ${unrated === 1 ? 'One question has' : `${unrated} questions have`} no rating; they count as not rated.`
            : ''}
        </Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={() => setOpen(false)}>
            Keep going
          </Button>
          <Button data-autofocus onClick={() => void end()} loading={ending}>
            End and score
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

/** The thin bar over live mode: who, which round, the round clock, the save state, the actions. */
function LiveBar({ id }: { id: string }) {
  const candidateName = useLiveStore((s) => s.interview?.candidateName ?? '');
  const roundName = useLiveStore((s) => s.interview?.roundName ?? '');
  const interviewer = useLiveStore((s) => s.interview?.interviewer ?? '');
  const ended = useLiveStore((s) => s.interview?.status !== 'in-progress');
  const saveState = useLiveStore((s) => s.saveState);
  const guideOpen = useLiveStore((s) => s.guideOpen);
  return (
    <header className={classes.bar}>
      <BackToInterviews />
      <div className={classes.barTitle}>
        <Title order={1} size="h5" lineClamp={1}>
          {candidateName}
          <Text span c="dimmed" fw={400}>
            {' '}
            · {roundName} · {interviewer}
          </Text>
        </Title>
      </div>
      <RoundClock />
      <SaveIndicator state={saveState} />
      <Button
        variant="subtle"
        color="gray"
        size="compact-sm"
        rightSection={<Kbd size="xs">G</Kbd>}
        aria-keyshortcuts="G"
        aria-pressed={guideOpen}
        onClick={() => useLiveStore.getState().toggleGuide()}
      >
        Guide
      </Button>
      {ended ? (
        <Button onClick={() => openRoute({ area: 'interviews', view: 'scorecard', id })}>
          Open the scorecard
        </Button>
      ) : (
        <>
          <Button
            variant="default"
            leftSection={<IconPlus size={16} aria-hidden />}
            rightSection={<Kbd size="xs">/</Kbd>}
            aria-keyshortcuts="/"
            onClick={() => useLiveStore.getState().setSearchOpen(true)}
          >
            Add a question
          </Button>
          <Button
            rightSection={<Kbd size="xs">{END_KEY}</Kbd>}
            aria-keyshortcuts={END_KEY_ARIA}
            onClick={() => useLiveStore.getState().setConfirmEndOpen(true)}
          >
            End interview
          </Button>
        </>
      )}
    </header>
  );
}

/**
 * The question on screen and its guide: the only part that follows the current item, so a
 * keystroke in the notes re-renders this, not the whole frame.
 */
function CurrentQuestion({ refs }: { refs: QuestionPaneRefs }) {
  const item = useLiveStore((s) => s.interview?.items[s.index]);
  const index = useLiveStore((s) => s.index);
  const actionError = useLiveStore((s) => s.actionError);
  const guideOpen = useLiveStore((s) => s.guideOpen);
  return (
    <>
      <section className={classes.main} aria-label="Current question">
        {actionError ? (
          <ErrorAlert
            title="That did not work"
            error={actionError}
            onClose={() => useLiveStore.getState().dismissError()}
          />
        ) : null}
        {item ? (
          <QuestionPane item={item} index={index} refs={refs} />
        ) : (
          <Text c="dimmed">This round's kit has no questions. Press / to add one from the bank.</Text>
        )}
      </section>
      {guideOpen && item ? (
        <GuidePane question={item.question} core={item.core} agreedAnswer={item.agreedAnswer} />
      ) : null}
    </>
  );
}

/** Live mode: one question at a time, full window, everything saved as it happens. */
export function LiveInterview({ id }: { id: string }) {
  // Narrow picks: the current item is CurrentQuestion's, so typing does not re-render the frame.
  const loadedId = useLiveStore((s) => s.interview?.id);
  const loadError = useLiveStore((s) => s.loadError);
  const guideOpen = useLiveStore((s) => s.guideOpen);
  const setFocusMode = useFocusModeStore((s) => s.setFocusMode);
  const questionRef = useRef<HTMLHeadingElement>(null);
  const evidenceRef = useRef<HTMLTextAreaElement>(null);
  const flagsRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    void useLiveStore.getState().open(id);
  }, [id]);
  useEffect(() => {
    setFocusMode(true);
    return () => {
      setFocusMode(false);
      void useLiveStore.getState().close();
    };
  }, [setFocusMode]);
  useFlushWhenLeaving();

  const targets = useMemo<LiveHotkeyTargets>(
    () => ({
      focusQuestion: () => questionRef.current?.focus(),
      focusEvidence: () => evidenceRef.current?.focus(),
      focusFlags: () => flagsRef.current?.querySelector<HTMLInputElement>('input:not(:disabled)')?.focus(),
    }),
    [],
  );
  useLiveHotkeys(targets);

  const refs = useMemo(() => ({ question: questionRef, evidence: evidenceRef, flags: flagsRef }), []);

  if (loadError) {
    return (
      <Stack p="xl" maw={720}>
        <ErrorAlert title="This interview could not be opened" error={loadError} />
        <Button variant="default" onClick={() => openRoute({ area: 'interviews', view: 'list' })}>
          Back to interviews
        </Button>
      </Stack>
    );
  }
  if (loadedId !== id) {
    return (
      <Center h="100vh">
        <Loader aria-label="Opening the interview" />
      </Center>
    );
  }

  return (
    <div className={classes.live} data-testid="live-interview">
      <LiveBar id={id} />
      <div className={classes.body} data-guide={guideOpen ? 'open' : 'closed'}>
        <QuestionOutline />
        <CurrentQuestion refs={refs} />
      </div>
      <KeyHints endKey={END_KEY} />
      <AdHocSearch />
      <EndConfirm onEnded={(endedId) => openRoute({ area: 'interviews', view: 'scorecard', id: endedId })} />
    </div>
  );
}
