import { Button, CloseButton, Group, Kbd, Paper, Portal, Text } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { modShortcutAria, modShortcutLabel } from './shortcuts';

interface UndoToastProps {
  /** What happened, e.g. "Deleted “Caching”". Changing it restarts the timer. */
  message: string;
  onUndo(): void;
  onDismiss(): void;
  /** How long it stays, in milliseconds. */
  timeout?: number;
}

/**
 * A short-lived note at the foot of the window with an Undo button, for actions that take
 * effect at once (a delete) instead of asking first. Ctrl/Cmd+Z is wired by the screen that
 * shows it, since only that screen knows when the keystroke belongs to a text field.
 */
export function UndoToast({ message, onUndo, onDismiss, timeout = 15_000 }: UndoToastProps) {
  // A new message (another delete) starts the time again; a re-render of the screen, with a
  // new onDismiss function, does not.
  const dismiss = useRef(onDismiss);
  dismiss.current = onDismiss;
  // biome-ignore lint/correctness/useExhaustiveDependencies: message is the trigger
  useEffect(() => {
    const timer = window.setTimeout(() => dismiss.current(), timeout);
    return () => window.clearTimeout(timer);
  }, [message, timeout]);

  return (
    <Portal>
      <Paper
        role="status"
        aria-live="polite"
        shadow="lg"
        withBorder
        radius="md"
        px="md"
        py="xs"
        style={{
          position: 'fixed',
          bottom: 24,
          left: '50%',
          transform: 'translateX(-50%)',
          zIndex: 300,
          maxWidth: 'calc(100vw - 32px)',
        }}
      >
        <Group gap="sm" wrap="nowrap">
          <Text size="sm">{message}</Text>
          <Button
            size="compact-sm"
            variant="light"
            onClick={onUndo}
            aria-keyshortcuts={modShortcutAria('Z')}
            rightSection={
              <Kbd size="xs" aria-hidden>
                {modShortcutLabel('Z')}
              </Kbd>
            }
          >
            Undo
          </Button>
          <CloseButton size="sm" aria-label="Dismiss" onClick={onDismiss} />
        </Group>
      </Paper>
    </Portal>
  );
}
