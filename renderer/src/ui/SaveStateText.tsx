import { Loader, Text } from '@mantine/core';
import { IconAlertCircle, IconCheck } from '@tabler/icons-react';
import type { AutosaveState } from './autosave-queue';

/**
 * "Saved …", "Saving…" or why not, for any autosave; the wording for nothing saved yet and for
 * a save's time is the caller's.
 */
export function SaveStateText({
  state,
  idleText,
  savedText,
}: {
  state: AutosaveState;
  idleText: string;
  savedText: (at: string) => string;
}) {
  const common = { size: 'sm' as const, 'aria-live': 'polite' as const, 'data-save-state': state.kind };
  switch (state.kind) {
    case 'idle':
      return (
        <Text {...common} c="dimmed">
          {idleText}
        </Text>
      );
    case 'pending':
    case 'saving':
      return (
        <Text {...common} c="dimmed">
          <Loader size={10} mr={6} aria-hidden />
          Saving…
        </Text>
      );
    case 'saved':
      return (
        <Text {...common} c="teal.8">
          <IconCheck size={14} aria-hidden style={{ verticalAlign: 'middle' }} /> {savedText(state.at)}
        </Text>
      );
    case 'error':
      return (
        <Text {...common} c="red" role="alert">
          <IconAlertCircle size={14} aria-hidden style={{ verticalAlign: 'middle' }} /> Not saved:{' '}
          {state.error.message}
        </Text>
      );
  }
}
