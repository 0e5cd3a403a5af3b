import { Badge, Button, Center, DataList, Group, Kbd, List, Loader, Stack, Text, Title } from '@mantine/core';
import { IconCopy, IconPencil, IconTrash } from '@tabler/icons-react';
import { type ReactNode, type Ref, useId } from 'react';
import { labels, type Question } from '../../../../shared/questions';
import type { AppErrorData } from '../../../../shared/result';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { formatDateTime } from '../../ui/format';
import { ANCHOR_MEANINGS, facetValueLabel, ORIGIN_LABELS } from './labels';
import classes from './questions.module.css';

interface QuestionDetailProps {
  /** The question to show; null with `loading` while it is fetched, or when none is selected. */
  question: Question | null;
  loading: boolean;
  error: AppErrorData | null;
  height: string;
  paneRef?: Ref<HTMLElement>;
  onEdit(): void;
  onDuplicate(): void;
  onDelete(): void;
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Stack gap={4}>
      <Title order={3} size="h6">
        {title}
      </Title>
      {children}
    </Stack>
  );
}

const joinLabels = (values: readonly string[], name: (v: string) => string) => values.map(name).join(', ');

/** Everything about the selected question, as a recruiter reads it mid-call. */
export function QuestionDetail({
  question,
  loading,
  error,
  height,
  paneRef,
  onEdit,
  onDuplicate,
  onDelete,
}: QuestionDetailProps) {
  const headingId = useId();

  if (!question) {
    return (
      <section aria-labelledby={headingId} className={classes.pane} style={{ height }}>
        <Center h="100%" p="lg">
          <Stack gap="xs" align="center">
            {loading ? <Loader size="sm" aria-hidden /> : null}
            <Title order={2} size="h5" id={headingId}>
              {loading ? 'Loading the question…' : 'No question selected'}
            </Title>
            {error ? (
              <ErrorAlert title="The question could not be loaded" error={error} />
            ) : loading ? null : (
              <Text size="sm" c="dimmed" ta="center">
                Pick a question in the list to see its answer guide.
              </Text>
            )}
          </Stack>
        </Center>
      </section>
    );
  }

  return (
    <section
      ref={paneRef}
      aria-labelledby={headingId}
      tabIndex={-1}
      className={`${classes.pane} mantine-focus-auto`}
      style={{ height }}
    >
      <Stack gap="md" p="md">
        <Stack gap={6}>
          <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
            <Title order={2} size="h4" id={headingId}>
              {question.topic}
            </Title>
            <Badge variant="default" style={{ flexShrink: 0 }}>
              {labels.category[question.category]}
            </Badge>
          </Group>
          <Group gap="xs">
            <Button
              size="compact-sm"
              variant="light"
              leftSection={<IconPencil size={14} aria-hidden />}
              rightSection={
                <Kbd size="xs" aria-hidden>
                  E
                </Kbd>
              }
              aria-keyshortcuts="E"
              onClick={onEdit}
            >
              Edit
            </Button>
            <Button
              size="compact-sm"
              variant="default"
              leftSection={<IconCopy size={14} aria-hidden />}
              onClick={onDuplicate}
            >
              Duplicate
            </Button>
            <Button
              size="compact-sm"
              variant="light"
              color="red"
              leftSection={<IconTrash size={14} aria-hidden />}
              rightSection={
                <Kbd size="xs" aria-hidden>
                  Del
                </Kbd>
              }
              aria-keyshortcuts="Delete"
              onClick={onDelete}
            >
              Delete
            </Button>
          </Group>
        </Stack>

        <Text size="lg" fw={500} style={{ whiteSpace: 'pre-wrap' }}>
          {question.text}
        </Text>

        <Section title="What a strong answer shows">
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {question.strongAnswer}
          </Text>
        </Section>

        <Section title="Rating anchors">
          <Stack gap={6} component="ol" m={0} p={0} style={{ listStyle: 'none' }}>
            {question.anchors.map((anchor, index) => (
              <Group key={ANCHOR_MEANINGS[index]} component="li" gap="sm" wrap="nowrap" align="flex-start">
                <Badge variant="filled" circle style={{ flexShrink: 0 }} aria-hidden>
                  {index + 1}
                </Badge>
                <Stack gap={0}>
                  <Text size="xs" c="dimmed">
                    {index + 1} · {ANCHOR_MEANINGS[index]}
                  </Text>
                  <Text size="sm">{anchor}</Text>
                </Stack>
              </Group>
            ))}
          </Stack>
        </Section>

        {question.probes.length > 0 ? (
          <Section title="Follow-up probes">
            <List size="sm" spacing={4}>
              {question.probes.map((probe) => (
                <List.Item key={probe}>{probe}</List.Item>
              ))}
            </List>
          </Section>
        ) : null}

        {question.redFlags.length > 0 ? (
          <Section title="Red flags">
            <List size="sm" spacing={4}>
              {question.redFlags.map((flag) => (
                <List.Item key={flag}>{flag}</List.Item>
              ))}
            </List>
          </Section>
        ) : null}

        <Section title="Details">
          <DataList labelWidth="8rem" size="sm">
            <DataList.Item>
              <DataList.ItemLabel>Levels</DataList.ItemLabel>
              <DataList.ItemValue>
                {joinLabels(question.levels, (v) => facetValueLabel('level', v))}
              </DataList.ItemValue>
            </DataList.Item>
            <DataList.Item>
              <DataList.ItemLabel>Archetypes</DataList.ItemLabel>
              <DataList.ItemValue>
                {joinLabels(question.archetypes, (v) => facetValueLabel('archetype', v))}
              </DataList.ItemValue>
            </DataList.Item>
            <DataList.Item>
              <DataList.ItemLabel>Rounds</DataList.ItemLabel>
              <DataList.ItemValue>
                {joinLabels(question.rounds, (v) => facetValueLabel('round', v))}
              </DataList.ItemValue>
            </DataList.Item>
            <DataList.Item>
              <DataList.ItemLabel>Focus attributes</DataList.ItemLabel>
              <DataList.ItemValue>
                {joinLabels(question.attributes, (v) => facetValueLabel('attribute', v))}
              </DataList.ItemValue>
            </DataList.Item>
            <DataList.Item>
              <DataList.ItemLabel>Time</DataList.ItemLabel>
              <DataList.ItemValue>
                {question.minutes} {question.minutes === 1 ? 'minute' : 'minutes'}
              </DataList.ItemValue>
            </DataList.Item>
            <DataList.Item>
              <DataList.ItemLabel>Tags</DataList.ItemLabel>
              <DataList.ItemValue>
                {question.tags.length > 0 ? question.tags.join(', ') : 'None'}
              </DataList.ItemValue>
            </DataList.Item>
            <DataList.Item>
              <DataList.ItemLabel>Origin</DataList.ItemLabel>
              <DataList.ItemValue>
                {ORIGIN_LABELS[question.origin]}
                {question.origin === 'starter' && question.editedByUser ? ' (edited here)' : ''}
              </DataList.ItemValue>
            </DataList.Item>
            <DataList.Item>
              <DataList.ItemLabel>Updated</DataList.ItemLabel>
              <DataList.ItemValue>
                <time dateTime={question.updatedAt}>{formatDateTime(question.updatedAt)}</time>
              </DataList.ItemValue>
            </DataList.Item>
          </DataList>
        </Section>
      </Stack>
    </section>
  );
}
