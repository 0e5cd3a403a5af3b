import { Alert, Badge, Button, Chip, Group, Kbd, Stack, Text, Textarea, UnstyledButton } from '@mantine/core';
import { IconAlertTriangle, IconArrowLeft, IconArrowRight } from '@tabler/icons-react';
import { forwardRef, type Ref } from 'react';
import { labelOf } from '../../../../shared/domain/kits/coverage';
import {
  generalRedFlags,
  INTERVIEW_LIMITS,
  type InterviewItem,
  type Rating,
} from '../../../../shared/interviews';
import classes from './interviews.module.css';
import { QuestionClock } from './LiveParts';
import { useLiveStore } from './live-store';

const LEVEL_NAMES = ['Weak', 'Mixed', 'Solid', 'Strong'] as const;

export interface QuestionPaneRefs {
  question: Ref<HTMLHeadingElement>;
  evidence: Ref<HTMLTextAreaElement>;
  flags: Ref<HTMLDivElement>;
}

const NO_LABELS: Record<string, string> = {};

/** Whether a rating says something about the answer and so should rest on written evidence. */
export function needsEvidence(item: Pick<InterviewItem, 'rating' | 'evidence'>): boolean {
  return typeof item.rating === 'number' && item.evidence.trim() === '';
}

function RatingButton({
  rating,
  current,
  keyLabel,
  name,
  anchor,
  disabled,
}: {
  rating: Exclude<Rating, null>;
  current: Rating;
  keyLabel: string;
  name: string;
  anchor?: string;
  disabled: boolean;
}) {
  const rate = useLiveStore((s) => s.rate);
  return (
    <UnstyledButton
      className={classes.rating}
      aria-pressed={current === rating}
      aria-keyshortcuts={keyLabel}
      aria-label={anchor ? `${keyLabel} ${name}: ${anchor}` : `${name} (${keyLabel})`}
      onClick={() => rate(rating)}
      disabled={disabled}
    >
      <Group gap={6} wrap="nowrap">
        <Kbd size="xs" aria-hidden>
          {keyLabel}
        </Kbd>
        <Text size="sm" fw={600}>
          {name}
        </Text>
      </Group>
      {anchor ? <span className={classes.anchor}>{anchor}</span> : null}
    </UnstyledButton>
  );
}

/** The question on screen: its text, the rating on the anchored scale, notes and red flags. */
export const QuestionPane = forwardRef<
  HTMLDivElement,
  { item: InterviewItem; index: number; refs: QuestionPaneRefs }
>(function QuestionPane({ item, index, refs }, ref) {
  // Must-have focus attributes read as their words, not their ids.
  const focusLabels = useLiveStore((s) => s.interview?.focusLabels ?? NO_LABELS);
  const total = useLiveStore((s) => s.interview?.items.length ?? 0);
  const ended = useLiveStore((s) => s.interview?.status !== 'in-progress');
  const editNote = useLiveStore((s) => s.editNote);
  const toggleFlag = useLiveStore((s) => s.toggleFlag);
  const { question } = item;
  const flags = [...question.redFlags, ...generalRedFlags.filter((f) => !question.redFlags.includes(f))];
  const extraFlags = item.redFlags.filter((f) => !flags.includes(f));

  return (
    <Stack ref={ref} gap="lg" className={classes.mainInner} data-item-id={item.id}>
      <Group justify="space-between" align="baseline" wrap="wrap" gap="xs">
        <Group gap="xs">
          <Text size="sm" c="dimmed" data-testid="question-position">
            Question {index + 1} of {total}
          </Text>
          <Text size="sm" c="dimmed" aria-hidden>
            ·
          </Text>
          <Text size="sm" c="dimmed">
            {question.topic}
          </Text>
          {item.core ? (
            <Badge size="sm" variant="light" color="indigo">
              Core question
            </Badge>
          ) : null}
          {item.adHoc ? (
            <Badge size="sm" variant="light" color="gray">
              Added during the call
            </Badge>
          ) : null}
        </Group>
        <QuestionClock minutes={item.minutes} />
      </Group>

      <h2 ref={refs.question} tabIndex={-1} className={classes.question} id="live-question">
        {question.text}
      </h2>
      {item.measures.length > 0 ? (
        <Text size="xs" c="dimmed">
          Measures {item.measures.map((a) => labelOf(a, new Map(Object.entries(focusLabels)))).join(', ')}
        </Text>
      ) : null}

      <Stack gap="xs" role="group" aria-label="Rating">
        <div className={classes.ratings}>
          {question.anchors.map((anchor, i) => (
            <RatingButton
              key={LEVEL_NAMES[i]}
              rating={(i + 1) as 1 | 2 | 3 | 4}
              current={item.rating}
              keyLabel={String(i + 1)}
              name={LEVEL_NAMES[i] ?? ''}
              anchor={anchor}
              disabled={ended}
            />
          ))}
        </div>
        <Group gap="xs">
          <RatingButton
            rating="not-asked"
            current={item.rating}
            keyLabel="0"
            name="Not asked"
            disabled={ended}
          />
          <RatingButton
            rating="insufficient"
            current={item.rating}
            keyLabel="I"
            name="Not enough evidence"
            disabled={ended}
          />
        </Group>
      </Stack>

      {needsEvidence(item) ? (
        <Alert
          variant="light"
          color="orange"
          icon={<IconAlertTriangle aria-hidden size={18} />}
          data-testid="no-evidence-warning"
          py="xs"
        >
          This rating has nothing written under it yet. Note what the candidate said or did, so the score can
          be checked later.
        </Alert>
      ) : null}

      <Textarea
        ref={refs.evidence}
        label={
          <>
            Evidence <Kbd size="xs">N</Kbd>
          </>
        }
        description="What they said or did, as close to their words as you can"
        aria-label="Evidence"
        rows={4}
        resize="vertical"
        value={item.evidence}
        maxLength={INTERVIEW_LIMITS.note}
        onChange={(event) => editNote('evidence', event.currentTarget.value)}
        onBlur={() => void useLiveStore.getState().flush()}
        readOnly={ended}
      />
      <Textarea
        label="Judgement"
        description="What you make of it"
        aria-label="Judgement"
        rows={3}
        resize="vertical"
        value={item.judgement}
        maxLength={INTERVIEW_LIMITS.note}
        onChange={(event) => editNote('judgement', event.currentTarget.value)}
        onBlur={() => void useLiveStore.getState().flush()}
        readOnly={ended}
      />

      <Stack gap={6}>
        <Text size="sm" fw={500} id="red-flags-label">
          Red flags <Kbd size="xs">F</Kbd>
        </Text>
        <Group gap={6} ref={refs.flags} role="group" aria-labelledby="red-flags-label">
          {[...flags, ...extraFlags].map((flag) => (
            <Chip
              key={flag}
              size="xs"
              color="red"
              variant="outline"
              checked={item.redFlags.includes(flag)}
              onChange={() => toggleFlag(flag)}
              disabled={ended}
            >
              {flag}
            </Chip>
          ))}
        </Group>
      </Stack>

      <Group justify="space-between" mt="sm">
        <Button
          variant="subtle"
          size="compact-sm"
          leftSection={<IconArrowLeft size={14} aria-hidden />}
          rightSection={<Kbd size="xs">K</Kbd>}
          aria-keyshortcuts="K"
          disabled={index === 0}
          onClick={() => useLiveStore.getState().previous()}
        >
          Previous question
        </Button>
        <Button
          variant="subtle"
          size="compact-sm"
          rightSection={
            <>
              <Kbd size="xs" mr={6}>
                J
              </Kbd>
              <IconArrowRight size={14} aria-hidden />
            </>
          }
          aria-keyshortcuts="J"
          disabled={index >= total - 1}
          onClick={() => useLiveStore.getState().next()}
        >
          Next question
        </Button>
      </Group>
    </Stack>
  );
});
