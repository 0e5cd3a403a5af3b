import { Alert, Center, Divider, Group, Loader, Stack, Text } from '@mantine/core';
import { useEffect } from 'react';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { readError } from '../../ui/query';
import { isTextEntry } from '../../ui/text-entry';
import { UndoToast } from '../../ui/UndoToast';
import { CalibrationReport } from '../debrief';
import { CalibrationPanel } from './CalibrationPanel';
import { CoverageTable } from './CoverageTable';
import { formatMinutes } from './format';
import { type KitUndo, useLoopStore } from './loop-store';
import { selectedRound, useLoop } from './queries';
import { RoundKit } from './RoundKit';
import { RoundList } from './RoundList';

/**
 * The "Loop and kits" tab of a role: the rounds of the interview loop, the kit of
 * the round picked, which attributes each round covers, and the calibration of the core
 * questions. Every change is saved as it is made.
 */
export function LoopTab({ roleId }: { roleId: string }) {
  const query = useLoop(roleId);
  const loop = query.data ?? null;
  const loadError = readError(query);
  const error = useLoopStore((s) => s.error);
  const selectedRoundId = useLoopStore((s) => s.selectedRoundId);
  const undo = useLoopStore((s) => s.undo);
  const info = useLoopStore((s) => s.info);
  const busy = useLoopStore((s) => s.busy > 0);
  const store = useLoopStore.getState;

  useEffect(() => {
    useLoopStore.getState().open(roleId);
  }, [roleId]);

  useUndoHotkey();

  if (loadError && !loop) return <ErrorAlert title="The loop could not be loaded" error={loadError} />;
  if (!loop) {
    return (
      <Center p="xl">
        <Loader aria-label="Loading the loop" />
      </Center>
    );
  }

  const round = selectedRound(loop, selectedRoundId);
  return (
    <Stack gap="lg" data-loop-editor>
      <Group justify="space-between" gap="xs">
        <Text size="sm" c="dimmed" data-testid="loop-summary">
          {loop.rounds.length} {loop.rounds.length === 1 ? 'round' : 'rounds'},{' '}
          {formatMinutes(loop.totalMinutes)} in all. Changes save as you make them.
        </Text>
        <Text size="xs" c="dimmed" aria-live="polite">
          {busy ? 'Saving…' : ''}
        </Text>
      </Group>
      {error ? (
        <ErrorAlert title="That change was not saved" error={error} onClose={() => store().clearError()} />
      ) : null}
      {info ? (
        <Alert color="blue" variant="light" withCloseButton onClose={() => store().dismissInfo()}>
          {info}
        </Alert>
      ) : null}
      <RoundList rounds={loop.rounds} selectedId={round?.id ?? null} />
      {round ? <RoundKit round={round} loop={loop} /> : null}
      <Divider />
      <CoverageTable loop={loop} />
      <Divider />
      <CalibrationPanel loop={loop} />
      <Divider />
      <CalibrationReport roleId={roleId} />
      {undo ? (
        <UndoToast
          message={undoMessage(undo)}
          onUndo={() => void store().undoLast()}
          onDismiss={() => store().dismissUndo()}
        />
      ) : null}
    </Stack>
  );
}

function undoMessage(undo: KitUndo): string {
  if (undo.kind === 'removed') return `Took “${undo.item.topic}” out of the kit`;
  const n = undo.itemIds.length;
  return `Added ${n} suggested ${n === 1 ? 'question' : 'questions'} (${formatMinutes(undo.minutes)})`;
}

/** Ctrl/Cmd+Z outside text fields takes back the last kit change that offers Undo. */
function useUndoHotkey(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || isTextEntry(event.target)) return;
      const mod = event.ctrlKey || event.metaKey;
      if (!mod || event.shiftKey || event.altKey || event.key.toLowerCase() !== 'z') return;
      const store = useLoopStore.getState();
      if (!store.undo) return;
      event.preventDefault();
      void store.undoLast();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
