import { Group, Paper, Text } from '@mantine/core';
import { IconAlarm } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import type { DecisionClock } from '../../../../shared/debrief';
import { describeClock } from '../../../../shared/domain/debrief/clock';

/** Now, moved on every half minute, so a countdown on screen keeps counting. */
function useNow(everyMs = 30_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), everyMs);
    return () => window.clearInterval(timer);
  }, [everyMs]);
  return now;
}

/** The clock as it stands now: the core's reading, with the remaining time counted on. */
function liveClock(clock: DecisionClock, now: number): DecisionClock {
  if ((clock.state !== 'running' && clock.state !== 'overdue') || !clock.dueAt) return clock;
  const remainingMs = Date.parse(clock.dueAt) - now;
  return { ...clock, remainingMs, state: remainingMs < 0 ? 'overdue' : 'running' };
}

/**
 * The 48-hour decision clock: a countdown while it runs, and overdue said plainly (in words
 * and as an alert, not a colour alone) once the 48 hours have passed without a decision.
 */
export function ClockStatus({ clock }: { clock: DecisionClock }) {
  const now = useNow();
  const live = liveClock(clock, now);
  const overdue = live.state === 'overdue';
  return (
    <Paper
      withBorder
      radius="md"
      px="sm"
      py="xs"
      data-testid="decision-clock"
      data-state={live.state}
      role={overdue ? 'alert' : 'status'}
      style={overdue ? { borderColor: 'var(--mantine-color-red-7)', borderWidth: 2 } : undefined}
    >
      <Group gap="xs" wrap="nowrap">
        <IconAlarm size={18} aria-hidden color={overdue ? 'var(--mantine-color-red-9)' : undefined} />
        {overdue ? (
          <Text size="sm" fw={700} c="red.9">
            Decision overdue.
          </Text>
        ) : null}
        <Text size="sm">{describeClock(live)}</Text>
      </Group>
    </Paper>
  );
}
