import { Alert, Badge } from '@mantine/core';
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
 * The 48-hour decision clock: a countdown while it runs, and overdue said plainly (an alert,
 * not a colour alone) once the 48 hours have passed without a decision.
 */
export function ClockStatus({ clock, compact = false }: { clock: DecisionClock; compact?: boolean }) {
  const now = useNow();
  const live = liveClock(clock, now);
  const text = describeClock(live);
  if (live.state === 'overdue') {
    return (
      <Alert
        color="red"
        variant="light"
        icon={<IconAlarm aria-hidden />}
        title="Decision overdue"
        data-testid="decision-clock"
        data-state="overdue"
        p={compact ? 'xs' : undefined}
      >
        {text}
      </Alert>
    );
  }
  const color = live.state === 'running' ? 'orange' : live.state === 'decided' ? 'green' : 'gray';
  return (
    <Badge
      size="lg"
      variant="light"
      color={color}
      leftSection={<IconAlarm size={14} aria-hidden />}
      data-testid="decision-clock"
      data-state={live.state}
      style={{ textTransform: 'none', whiteSpace: 'normal', height: 'auto', paddingBlock: 4 }}
    >
      {text}
    </Badge>
  );
}
