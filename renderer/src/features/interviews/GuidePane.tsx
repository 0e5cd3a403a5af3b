import { List, Stack, Text, Title } from '@mantine/core';
import { memo } from 'react';
import type { InterviewItem } from '../../../../shared/interviews';
import type { KitQuestion } from '../../../../shared/kits';
import classes from './interviews.module.css';
import { ratingShort } from './LiveParts';
import { useLiveStore } from './live-store';

/** The side column: what the panel agreed, what a strong answer shows, and the probes. */
export const GuidePane = memo(function GuidePane({
  question,
  core,
  agreedAnswer,
}: {
  question: KitQuestion;
  core: boolean;
  agreedAnswer: string | null;
}) {
  return (
    <aside className={classes.guide} aria-label="Guide">
      <Stack gap="lg">
        {core && agreedAnswer ? (
          <Stack gap={4}>
            <Title order={3} size="h6">
              Calibration note
            </Title>
            <Text size="sm" data-testid="calibration-note">
              {agreedAnswer}
            </Text>
          </Stack>
        ) : null}
        <Stack gap={4}>
          <Title order={3} size="h6">
            A strong answer shows
          </Title>
          <Text size="sm">{question.strongAnswer}</Text>
        </Stack>
        {question.probes.length > 0 ? (
          <Stack gap={4}>
            <Title order={3} size="h6">
              Probes
            </Title>
            <List size="sm" spacing={4}>
              {question.probes.map((probe) => (
                <List.Item key={probe}>{probe}</List.Item>
              ))}
            </List>
          </Stack>
        ) : null}
        {question.redFlags.length > 0 ? (
          <Stack gap={4}>
            <Title order={3} size="h6">
              Listen out for
            </Title>
            <List size="sm" spacing={4}>
              {question.redFlags.map((flag) => (
                <List.Item key={flag}>{flag}</List.Item>
              ))}
            </List>
          </Stack>
        ) : null}
      </Stack>
    </aside>
  );
});

const OutlineRow = memo(function OutlineRow({
  item,
  index,
  current,
}: {
  item: InterviewItem;
  index: number;
  current: boolean;
}) {
  return (
    <li>
      <button
        type="button"
        className={classes.outlineItem}
        aria-current={current ? 'step' : undefined}
        onClick={() => useLiveStore.getState().goTo(index)}
      >
        <Text span size="xs" c="dimmed" w={18}>
          {index + 1}
        </Text>
        <span className={classes.outlineTopic}>{item.question.topic}</span>
        <Text span size="xs" c="dimmed" aria-label={item.rating === null ? 'not rated' : undefined}>
          {ratingShort(item.rating)}
        </Text>
      </button>
    </li>
  );
});

/** Every question of the interview, the current one marked; a click goes there. */
export function QuestionOutline() {
  const items = useLiveStore((s) => s.interview?.items);
  const index = useLiveStore((s) => s.index);
  if (!items) return null;
  return (
    <nav className={classes.outline} aria-label="Questions">
      <ol className={classes.outlineList}>
        {items.map((item, i) => (
          <OutlineRow key={item.id} item={item} index={i} current={i === index} />
        ))}
      </ol>
    </nav>
  );
}
