import { ActionIcon, Badge, Button, Group, Modal, Stack, Text, Title, Tooltip } from '@mantine/core';
import { IconGripVertical, IconListCheck, IconPlus, IconTrash } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import { KIT_LIMITS, type Round } from '../../../../shared/kits';
import { formatMinutes } from './format';
import { InlineMinutes, InlineText } from './inline-fields';
import classes from './kits.module.css';
import { useLoopStore } from './loop-store';
import { MoveButtons } from './MoveButtons';
import { useDragReorder } from './use-drag-reorder';

const KIND_LABELS: Record<Round['kind'], string> = {
  screen: 'Recruiter screen',
  'technical-screen': 'Technical screen',
  exercise: 'Exercise',
  onsite: 'Onsite',
  custom: 'Added here',
};

/**
 * The rounds of the loop, in order: each renamed and resized in place, moved with the
 * arrows, Alt+ArrowUp/Down or by its grip, removed after a confirmation. The kit button
 * opens the round's kit below the list.
 */
export function RoundList({ rounds, selectedId }: { rounds: Round[]; selectedId: string | null }) {
  const store = useLoopStore.getState;
  const [confirming, setConfirming] = useState<Round | null>(null);
  const [focusName, setFocusName] = useState<string | null>(null);
  const { gripProps, rowProps } = useDragReorder(
    'round',
    rounds.length,
    (id, to) => void store().moveRound(id, to),
  );

  const addRound = async () => {
    const added = await store().addRound('New round');
    if (added) setFocusName(added);
  };

  return (
    <Stack gap="xs" component="section" aria-labelledby="loop-rounds-heading">
      <Group justify="space-between">
        <Title order={2} size="h4" id="loop-rounds-heading">
          Rounds
        </Title>
        <Button
          size="xs"
          variant="light"
          leftSection={<IconPlus size={14} aria-hidden />}
          onClick={() => void addRound()}
          disabled={rounds.length >= KIT_LIMITS.rounds}
        >
          Add a round
        </Button>
      </Group>
      <Text size="xs" c="dimmed">
        Drag a round by its grip, or press Alt+↑ / Alt+↓ inside it, to change the order.
      </Text>
      <ol aria-label="Rounds of the loop" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
        <Stack gap={6}>
          {rounds.map((round, index) => (
            <li key={round.id} aria-label={round.name}>
              <RoundRow
                round={round}
                index={index}
                count={rounds.length}
                selected={round.id === selectedId}
                autoFocusName={focusName === round.id}
                onNameFocused={() => setFocusName(null)}
                onRemove={() => setConfirming(round)}
                gripProps={gripProps(round.id)}
                rowProps={rowProps(round.id, index)}
              />
            </li>
          ))}
        </Stack>
      </ol>
      <ConfirmRemoveRound
        round={confirming}
        onCancel={() => setConfirming(null)}
        onConfirm={async () => {
          const round = confirming;
          setConfirming(null);
          if (round) await store().removeRound(round.id);
        }}
      />
    </Stack>
  );
}

interface RoundRowProps {
  round: Round;
  index: number;
  count: number;
  selected: boolean;
  autoFocusName: boolean;
  onNameFocused(): void;
  onRemove(): void;
  gripProps: ReturnType<ReturnType<typeof useDragReorder>['gripProps']>;
  rowProps: ReturnType<ReturnType<typeof useDragReorder>['rowProps']>;
}

function RoundRow({
  round,
  index,
  count,
  selected,
  autoFocusName,
  onNameFocused,
  onRemove,
  gripProps,
  rowProps,
}: RoundRowProps) {
  const store = useLoopStore.getState;
  const nameRef = useRef<HTMLInputElement>(null);
  const over = round.plannedMinutes > round.minutes;

  useEffect(() => {
    if (!autoFocusName) return;
    nameRef.current?.focus();
    nameRef.current?.select();
    onNameFocused();
  }, [autoFocusName, onNameFocused]);

  return (
    <div
      className={classes.roundRow}
      data-selected={selected || undefined}
      data-round-id={round.id}
      {...rowProps}
    >
      <span className={classes.grip} title="Drag to move" {...gripProps}>
        <IconGripVertical size={16} aria-hidden />
      </span>
      <Text size="sm" fw={600} className={classes.position} aria-hidden>
        {index + 1}.
      </Text>
      <Group gap="xs" wrap="nowrap" miw={0}>
        <InlineText
          inputRef={nameRef}
          label={`Name of round ${index + 1}`}
          value={round.name}
          maxLength={KIT_LIMITS.roundName}
          emptyMessage="A round needs a name."
          className={classes.grow}
          onCommit={(name) => store().renameRound(round.id, name)}
        />
        {round.name === KIND_LABELS[round.kind] ? null : (
          <Badge variant="light" color="gray" style={{ flexShrink: 0 }} title="The kind of round">
            {KIND_LABELS[round.kind]}
          </Badge>
        )}
      </Group>
      <InlineMinutes
        label={`Length of ${round.name}`}
        value={round.minutes}
        max={KIT_LIMITS.roundMinutes}
        onCommit={(minutes) => store().setRoundMinutes(round.id, minutes)}
      />
      <Button
        size="xs"
        variant={selected ? 'filled' : 'default'}
        leftSection={<IconListCheck size={14} aria-hidden />}
        aria-pressed={selected}
        aria-label={`Kit of ${round.name}: ${round.items.length} ${round.items.length === 1 ? 'question' : 'questions'}, ${formatMinutes(round.plannedMinutes)} planned`}
        onClick={() => store().selectRound(round.id)}
        color={over ? 'red' : undefined}
      >
        {round.items.length} {round.items.length === 1 ? 'question' : 'questions'} ·{' '}
        {formatMinutes(round.plannedMinutes)}
      </Button>
      <Group gap={2} wrap="nowrap">
        <MoveButtons
          name={round.name}
          index={index}
          count={count}
          onMove={(to) => void store().moveRound(round.id, to)}
        />
        <Tooltip label="Remove round">
          <ActionIcon
            variant="subtle"
            color="red"
            aria-label={`Remove ${round.name}`}
            disabled={count === 1}
            onClick={onRemove}
          >
            <IconTrash size={16} aria-hidden />
          </ActionIcon>
        </Tooltip>
      </Group>
    </div>
  );
}

interface ConfirmRemoveRoundProps {
  round: Round | null;
  onCancel(): void;
  onConfirm(): Promise<void>;
}

function ConfirmRemoveRound({ round, onCancel, onConfirm }: ConfirmRemoveRoundProps) {
  const items = round?.items.length ?? 0;
  return (
    <Modal opened={round !== null} onClose={onCancel} title={`Remove “${round?.name ?? ''}”?`} centered>
      <Stack gap="md">
        <Text size="sm">
          {items === 0
            ? 'The round has no questions in its kit yet. It leaves the loop for good.'
            : `The round leaves the loop for good, and so does its kit of ${items} ${items === 1 ? 'question' : 'questions'}. The questions stay in the bank.`}
        </Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            Keep it
          </Button>
          <Button color="red" onClick={() => void onConfirm()} data-autofocus>
            Remove round
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
