import { Badge, Button, Group, Paper, Stack, Switch, Text, Textarea, Title } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { type CalibrationItem, KIT_LIMITS, type Loop } from '../../../../shared/kits';
import { useLoopStore } from './loop-store';

/** Typing pause before an agreed answer is saved. */
export const ANSWER_SAVE_MS = 500;

/**
 * For the calibration meeting before the first interview: mark the loop's 7-8 core
 * questions and write down, for this role, what a strong answer to each shows. The bank's
 * guidance is the starting text.
 */
export function CalibrationPanel({ loop }: { loop: Loop }) {
  const { coreCount, calibration, calibrationWarning } = loop;
  const inRange = coreCount >= KIT_LIMITS.coreMin && coreCount <= KIT_LIMITS.coreMax;
  const core = calibration.filter((c) => c.core);
  const others = calibration.filter((c) => !c.core);

  return (
    <Stack gap="sm" component="section" aria-labelledby="calibration-heading">
      <Group justify="space-between" align="baseline">
        <Title order={2} size="h4" id="calibration-heading">
          Calibration
        </Title>
        <Badge
          size="lg"
          variant="light"
          color={inRange ? 'teal' : 'yellow'}
          data-testid="core-count"
          aria-label={`${coreCount} core ${coreCount === 1 ? 'question' : 'questions'} marked, ${KIT_LIMITS.coreMin}-${KIT_LIMITS.coreMax} advised`}
        >
          {coreCount} core · {KIT_LIMITS.coreMin}-{KIT_LIMITS.coreMax} advised
        </Badge>
      </Group>
      <Text size="sm" c="dimmed">
        Before anyone interviews, the recruiter, the hiring manager and the technical lead agree what a strong
        answer to each core question sounds like. Write it here so every interviewer listens for the same
        thing.
      </Text>
      {calibrationWarning ? (
        <Text size="sm" c="yellow.9" data-testid="calibration-warning">
          {calibrationWarning}
        </Text>
      ) : null}
      {calibration.length === 0 ? (
        <Text size="sm" c="dimmed">
          Add questions to the kits first; every question of the loop can then be marked core here.
        </Text>
      ) : null}
      {core.map((item) => (
        <CoreQuestion key={item.questionId} item={item} />
      ))}
      {others.length > 0 ? (
        <Paper withBorder radius="md" p="sm">
          <Stack gap={6}>
            <Text size="sm" fw={500}>
              Other questions of the loop
            </Text>
            {others.map((item) => (
              <CoreSwitch key={item.questionId} item={item} />
            ))}
          </Stack>
        </Paper>
      ) : null}
    </Stack>
  );
}

function CoreSwitch({ item }: { item: CalibrationItem }) {
  return (
    <Switch
      size="sm"
      checked={item.core}
      label={item.topic}
      aria-label={`Core question: ${item.topic}`}
      onChange={(event) => void useLoopStore.getState().setCore(item.questionId, event.currentTarget.checked)}
    />
  );
}

/** A core question with its agreed strong answer, saved as it is typed. */
function CoreQuestion({ item }: { item: CalibrationItem }) {
  const [draft, setDraft] = useState(item.agreedAnswer);
  const [state, setState] = useState<'idle' | 'pending' | 'saved' | 'error'>('idle');
  const focused = useRef(false);
  const timer = useRef<number | undefined>(undefined);
  const pending = useRef<string | null>(null);

  useEffect(() => {
    if (!focused.current && pending.current === null) setDraft(item.agreedAnswer);
  }, [item.agreedAnswer]);

  const flush = async () => {
    window.clearTimeout(timer.current);
    const text = pending.current;
    if (text === null) return;
    pending.current = null;
    const ok = await useLoopStore
      .getState()
      .setAgreedAnswer(item.questionId, text.trim() === '' ? null : text);
    setState(ok ? 'saved' : 'error');
  };
  const flushRef = useRef(flush);
  flushRef.current = flush;
  // Leaving the tab (or unmarking the question) saves what was typed last.
  useEffect(() => () => void flushRef.current(), []);

  return (
    <Paper withBorder radius="md" p="sm" data-core-question={item.questionId}>
      <Stack gap={6}>
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Stack gap={0} miw={0}>
            <Text size="sm" fw={600}>
              {item.topic}
            </Text>
            <Text size="xs" c="dimmed" lineClamp={2}>
              {item.text}
            </Text>
          </Stack>
          <CoreSwitch item={item} />
        </Group>
        <Textarea
          label={`Agreed strong answer: ${item.topic}`}
          autosize
          minRows={2}
          maxRows={8}
          maxLength={KIT_LIMITS.agreedAnswer}
          value={draft}
          onFocus={() => {
            focused.current = true;
          }}
          onBlur={() => {
            focused.current = false;
            void flush();
          }}
          onChange={(event) => {
            const text = event.currentTarget.value;
            setDraft(text);
            pending.current = text;
            setState('pending');
            window.clearTimeout(timer.current);
            timer.current = window.setTimeout(() => void flush(), ANSWER_SAVE_MS);
          }}
        />
        <Group justify="space-between" gap="xs">
          <Text
            size="xs"
            c={state === 'error' ? 'red.8' : 'dimmed'}
            aria-live="polite"
            data-answer-state={state}
          >
            {state === 'pending'
              ? 'Saving…'
              : state === 'saved'
                ? 'Saved.'
                : state === 'error'
                  ? 'Not saved: see the message above.'
                  : item.edited
                    ? 'Written for this role.'
                    : 'From the question bank.'}
          </Text>
          {item.edited ? (
            <Button
              size="compact-xs"
              variant="subtle"
              onClick={() => {
                window.clearTimeout(timer.current);
                pending.current = null;
                setDraft(item.bankAnswer);
                void useLoopStore.getState().setAgreedAnswer(item.questionId, null);
              }}
            >
              Go back to the bank's answer
            </Button>
          ) : null}
        </Group>
      </Stack>
    </Paper>
  );
}
