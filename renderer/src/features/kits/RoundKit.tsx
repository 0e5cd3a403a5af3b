import {
  ActionIcon,
  Button,
  Checkbox,
  Group,
  MultiSelect,
  Paper,
  Progress,
  Stack,
  Text,
  Title,
  Tooltip,
} from '@mantine/core';
import { IconGripVertical, IconWand, IconX } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { KIT_LIMITS, type KitItem, type Loop, type Round } from '../../../../shared/kits';
import { labels } from '../../../../shared/questions';
import { ExportButton } from '../documents';
import { formatMinutes } from './format';
import { InlineMinutes } from './inline-fields';
import classes from './kits.module.css';
import { useLoopStore } from './loop-store';
import { MeasuresLinks } from './MeasuresLinks';
import { MoveButtons } from './MoveButtons';
import { QuestionPicker } from './QuestionPicker';
import { SessionsEditor } from './SessionsEditor';
import { useDragReorder } from './use-drag-reorder';

/** The kit of one round: focus attributes, sessions, its questions with their minutes, and the picker. */
export function RoundKit({ round, loop }: { round: Round; loop: Loop }) {
  const store = useLoopStore.getState;
  const inKit = useMemo(() => new Set(round.items.map((i) => i.questionId)), [round.items]);
  const core = useMemo(
    () => new Set(loop.calibration.filter((c) => c.core).map((c) => c.questionId)),
    [loop.calibration],
  );

  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="kit-heading">
      <Stack gap="md">
        <KitHeader round={round} />
        <div className={classes.kitLayout}>
          <Stack gap="md" miw={0}>
            <FocusAttributes round={round} loop={loop} />
            {round.kind === 'onsite' || round.sessions.length > 0 ? <SessionsEditor round={round} /> : null}
            <KitItems round={round} core={core} />
          </Stack>
          <QuestionPicker
            key={round.id}
            roundName={round.name}
            roundKind={round.kind}
            inKit={inKit}
            onPick={(questionId) => store().addQuestion(round.id, questionId)}
          />
        </div>
      </Stack>
    </Paper>
  );
}

/** The round's name, and the planned minutes against its length. */
function KitHeader({ round }: { round: Round }) {
  const over = round.plannedMinutes - round.minutes;
  const share = round.minutes > 0 ? Math.min(100, (round.plannedMinutes / round.minutes) * 100) : 0;
  return (
    <Stack gap={6}>
      <Group justify="space-between" align="baseline" gap="xs">
        <Group gap="sm" align="baseline">
          <Title order={3} size="h5" id="kit-heading">
            Kit of {round.name}
          </Title>
          <SuggestButton round={round} />
          <ExportButton
            label="Export kit"
            menuLabel={`Kit of ${round.name}, for the interviewer`}
            source={() => ({ kind: 'kit', roundId: round.id })}
            onNotice={(notice) => useLoopStore.getState().exported(notice)}
          />
        </Group>
        <Text
          size="sm"
          data-testid="kit-total"
          data-over={over > 0 || undefined}
          className={over > 0 ? classes.over : undefined}
          fw={over > 0 ? 600 : undefined}
        >
          {formatMinutes(round.plannedMinutes)} planned of {formatMinutes(round.minutes)}
          {over > 0 ? `: ${formatMinutes(over)} over` : ''}
        </Text>
      </Group>
      <Progress
        value={share}
        color={over > 0 ? 'red' : 'blue'}
        size="sm"
        aria-label={`Time planned in the kit of ${round.name}`}
      />
    </Stack>
  );
}

/**
 * Fills the rest of the round from the bank, measuring each focus attribute before any twice;
 * one Undo takes the whole suggestion back.
 */
function SuggestButton({ round }: { round: Round }) {
  const [busy, setBusy] = useState(false);
  const full = round.plannedMinutes >= round.minutes;
  return (
    <Tooltip
      label={
        full
          ? 'The round has no time left'
          : "Fills the time left (less 5 minutes) with bank questions for this round, the role's archetype and level, measuring each focus attribute"
      }
      multiline
      w={300}
    >
      <Button
        size="compact-sm"
        variant="light"
        leftSection={<IconWand size={14} aria-hidden />}
        loading={busy}
        disabled={full}
        onClick={async () => {
          setBusy(true);
          try {
            await useLoopStore.getState().suggest(round.id);
          } finally {
            setBusy(false);
          }
        }}
      >
        Suggest questions
      </Button>
    </Tooltip>
  );
}

/** Focus attributes: the standard set, plus the role's must-haves as the coverage matrix reads them. */
function FocusAttributes({ round, loop }: { round: Round; loop: Loop }) {
  const data = useMemo(() => {
    const options = new Map<string, string>();
    for (const a of loop.coverage.attributes)
      options.set(a.attribute, a.mustHave ? `${a.label} (must-have)` : a.label);
    for (const [id, label] of Object.entries(labels.attribute)) if (!options.has(id)) options.set(id, label);
    // A focus made from a must-have line since edited keeps the words it was picked with.
    for (const id of round.focusAttributes)
      if (!options.has(id)) options.set(id, round.focusLabels[id] ?? id);
    return [...options].map(([value, label]) => ({ value, label }));
  }, [loop.coverage.attributes, round.focusAttributes, round.focusLabels]);

  return (
    <MultiSelect
      label="Focus attributes"
      description="What the interviewers of this round score, besides each question."
      placeholder={round.focusAttributes.length === 0 ? 'Pick what this round should measure' : undefined}
      data={data}
      value={round.focusAttributes}
      searchable
      clearable
      // Typing narrows the list and Enter takes the first (often the only) match.
      selectFirstOptionOnChange
      maxValues={KIT_LIMITS.focusAttributes}
      nothingFoundMessage="No attribute by that name"
      onChange={(next) => void useLoopStore.getState().setFocusAttributes(round.id, next)}
      comboboxProps={{ withinPortal: true }}
    />
  );
}

/** The kit's questions in the order they are asked. */
function KitItems({ round, core }: { round: Round; core: ReadonlySet<string> }) {
  const store = useLoopStore.getState;
  const { gripProps, rowProps } = useDragReorder(
    'kit-item',
    round.items.length,
    (id, to) => void store().moveItem(id, to),
  );

  if (round.items.length === 0) {
    return (
      <Text size="sm" c="dimmed" data-testid="kit-empty">
        No questions yet. Search the bank on the right and press Enter to add one.
      </Text>
    );
  }

  return (
    <Stack gap={4}>
      <Title order={4} size="h6">
        Questions, in the order asked
      </Title>
      <Paper withBorder radius="md">
        <ol
          aria-label={`Questions in the kit of ${round.name}`}
          style={{ listStyle: 'none', margin: 0, padding: 0 }}
        >
          {round.items.map((item, index) => (
            <li key={item.id} aria-label={item.question.topic}>
              <ItemRow
                item={item}
                index={index}
                count={round.items.length}
                round={round}
                core={core.has(item.questionId)}
                gripProps={gripProps(item.id)}
                rowProps={rowProps(item.id, index)}
              />
            </li>
          ))}
        </ol>
      </Paper>
    </Stack>
  );
}

interface ItemRowProps {
  item: KitItem;
  index: number;
  count: number;
  round: Round;
  core: boolean;
  gripProps: ReturnType<ReturnType<typeof useDragReorder>['gripProps']>;
  rowProps: ReturnType<ReturnType<typeof useDragReorder>['rowProps']>;
}

function ItemRow({ item, index, count, round, core, gripProps, rowProps }: ItemRowProps) {
  const store = useLoopStore.getState;
  const topic = item.question.topic;
  return (
    <div className={classes.itemRow} {...rowProps}>
      <Group gap={2} wrap="nowrap">
        <span className={classes.grip} title="Drag to move" {...gripProps}>
          <IconGripVertical size={14} aria-hidden />
        </span>
        <Text size="xs" c="dimmed" aria-hidden>
          {index + 1}.
        </Text>
      </Group>
      <Stack gap={0} miw={0}>
        <Text size="sm" fw={600} truncate>
          {topic}
          {item.questionDeleted ? ' (deleted from the bank)' : ''}
        </Text>
        <Text size="xs" c="dimmed" lineClamp={2}>
          {item.question.text}
        </Text>
        <Checkbox
          mt={4}
          size="xs"
          label="Core question"
          aria-label={`Core question: ${topic}`}
          checked={core}
          onChange={(event) => void store().setCore(item.questionId, event.currentTarget.checked)}
        />
        <MeasuresLinks item={item} round={round} />
      </Stack>
      <InlineMinutes
        size="xs"
        label={`Minutes for ${topic}`}
        value={item.minutes}
        max={KIT_LIMITS.itemMinutes}
        onCommit={(minutes) => store().setItemMinutes(item.id, minutes)}
      />
      <Group gap={0} wrap="nowrap">
        <MoveButtons
          name={topic}
          index={index}
          count={count}
          size="sm"
          tips={['Ask earlier', 'Ask later']}
          onMove={(to) => void store().moveItem(item.id, to)}
        />
        <Tooltip label="Take out of the kit">
          <ActionIcon
            variant="subtle"
            color="red"
            size="sm"
            aria-label={`Remove ${topic} from the kit`}
            onClick={() => void store().removeItem(item, round.id)}
          >
            <IconX size={14} aria-hidden />
          </ActionIcon>
        </Tooltip>
      </Group>
    </div>
  );
}
