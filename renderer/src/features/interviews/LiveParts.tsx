import { Group, Kbd, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { type Rating, ratingLabels } from '../../../../shared/interviews';
import { SaveStateText } from '../../ui/SaveStateText';
import classes from './interviews.module.css';
import type { SaveState } from './item-autosave';
import { useLiveStore } from './live-store';
import { elapsedOf, formatElapsed, isOver } from './timers';

const clockTime = (iso: string) =>
  new Date(iso).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit', second: '2-digit' });

/** "Saved 10:42:07", "Saving…" or why not: always in view in live mode. */
export function SaveIndicator({ state }: { state: SaveState }) {
  return (
    <SaveStateText
      state={state}
      idleText="Nothing to save yet"
      savedText={(at) => `Saved ${clockTime(at)}`}
    />
  );
}

/** Re-renders its caller once a second (the clocks), and only its caller. */
function useSecondTick(): void {
  const [, setTick] = useState(0);
  useEffect(() => {
    const timer = setInterval(() => setTick((n) => n + 1), 1000);
    return () => clearInterval(timer);
  }, []);
}

function Clock({
  label,
  elapsedMs,
  budgetMinutes,
}: {
  label: string;
  elapsedMs: number;
  budgetMinutes: number;
}) {
  const over = isOver(elapsedMs, budgetMinutes);
  return (
    <Text
      size="sm"
      className={`${classes.clock} ${over ? classes.over : ''}`}
      data-over={over || undefined}
      aria-label={`${label}: ${formatElapsed(elapsedMs)} of ${budgetMinutes} minutes${over ? ', over time' : ''}`}
    >
      <Text span c="dimmed" size="sm">
        {label}
      </Text>{' '}
      {formatElapsed(elapsedMs)} / {budgetMinutes}:00
    </Text>
  );
}

/** The round's elapsed time against its length; orange once past it. */
export function RoundClock() {
  useSecondTick();
  const clock = useLiveStore((s) => s.roundClock);
  const minutes = useLiveStore((s) => s.interview?.roundMinutes ?? 0);
  const ended = useLiveStore((s) => s.interview?.status === 'ended');
  const elapsed = ended ? clock.baseMs : elapsedOf(clock);
  return (
    <span data-testid="round-clock" data-elapsed-ms={Math.floor(elapsed)}>
      <Clock label="Round" elapsedMs={elapsed} budgetMinutes={minutes} />
    </span>
  );
}

/** The current question's elapsed time against its suggested minutes. */
export function QuestionClock({ minutes }: { minutes: number }) {
  useSecondTick();
  const clock = useLiveStore((s) => s.itemClock);
  const ended = useLiveStore((s) => s.interview?.status === 'ended');
  const elapsed = ended ? clock.baseMs : elapsedOf(clock);
  return (
    <span data-testid="question-clock" data-elapsed-ms={Math.floor(elapsed)}>
      <Clock label="This question" elapsedMs={elapsed} budgetMinutes={minutes} />
    </span>
  );
}

/** A small mark for a rating in the outline: the number, or a word for the other two. */
export function ratingShort(rating: Rating): string {
  if (rating === null) return '';
  if (rating === 'not-asked') return 'skipped';
  if (rating === 'insufficient') return '?';
  return String(rating);
}

export function ratingName(rating: Exclude<Rating, null>): string {
  return ratingLabels[rating];
}

const KEYS: [string, string][] = [
  ['J / K', 'next / previous'],
  ['1-4', 'rate'],
  ['0', 'not asked'],
  ['I', 'not enough evidence'],
  ['N', 'notes'],
  ['F', 'red flags'],
  ['G', 'guide'],
  ['/', 'add from the bank'],
  ['Esc', 'back to the question'],
];

/** The keys of live mode, in one quiet line at the bottom. */
export function KeyHints({ endKey }: { endKey: string }) {
  return (
    <footer className={classes.keys}>
      {[...KEYS, [endKey, 'end the interview'] as [string, string]].map(([key, what]) => (
        <Group key={key} gap={4} wrap="nowrap">
          <Kbd size="xs">{key}</Kbd>
          <span>{what}</span>
        </Group>
      ))}
    </footer>
  );
}
