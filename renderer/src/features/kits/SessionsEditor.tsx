import { ActionIcon, Button, Group, Stack, Text, Title } from '@mantine/core';
import { IconPlus, IconX } from '@tabler/icons-react';
import { KIT_LIMITS, type Round, type Session } from '../../../../shared/kits';
import { formatMinutes } from './format';
import { InlineMinutes, InlineText } from './inline-fields';
import { useLoopStore } from './loop-store';

/** The parts of a long round (the onsite's sessions), each with a name and a length. */
export function SessionsEditor({ round }: { round: Round }) {
  const save = (sessions: Session[]) => useLoopStore.getState().setSessions(round.id, sessions);
  const sum = round.sessions.reduce((total, s) => total + s.minutes, 0);
  const replace = (index: number, patch: Partial<Session>) =>
    save(round.sessions.map((s, i) => (i === index ? { ...s, ...patch } : s)));

  return (
    <Stack gap={6} component="section" aria-labelledby={`sessions-${round.id}`}>
      <Group justify="space-between" gap="xs">
        <Title order={4} size="h6" id={`sessions-${round.id}`}>
          Sessions
        </Title>
        <Text size="xs" c={sum > round.minutes ? 'red.8' : 'dimmed'}>
          {formatMinutes(sum)} of {formatMinutes(round.minutes)}
        </Text>
      </Group>
      {round.sessions.length === 0 ? (
        <Text size="sm" c="dimmed">
          One sitting. Split it into sessions when several people take a part each.
        </Text>
      ) : null}
      {round.sessions.map((session, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: sessions have no id; their place is their identity
        <Group key={index} gap="xs" wrap="nowrap">
          <div style={{ flex: 1, minWidth: 0 }}>
            <InlineText
              label={`Session ${index + 1} name`}
              value={session.name}
              maxLength={KIT_LIMITS.sessionName}
              emptyMessage="A session needs a name."
              onCommit={(name) => replace(index, { name })}
            />
          </div>
          <div style={{ width: '6.5rem' }}>
            <InlineMinutes
              label={`Session ${index + 1} length`}
              value={session.minutes}
              max={KIT_LIMITS.roundMinutes}
              onCommit={(minutes) => replace(index, { minutes })}
            />
          </div>
          <ActionIcon
            variant="subtle"
            color="gray"
            aria-label={`Remove session ${session.name}`}
            onClick={() => void save(round.sessions.filter((_, i) => i !== index))}
          >
            <IconX size={16} aria-hidden />
          </ActionIcon>
        </Group>
      ))}
      <Group>
        <Button
          size="xs"
          variant="subtle"
          leftSection={<IconPlus size={14} aria-hidden />}
          disabled={round.sessions.length >= KIT_LIMITS.sessions}
          onClick={() =>
            void save([...round.sessions, { name: `Session ${round.sessions.length + 1}`, minutes: 45 }])
          }
        >
          Add a session
        </Button>
      </Group>
    </Stack>
  );
}
