import { Button, Group, NativeSelect, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconPlayerPlay } from '@tabler/icons-react';
import { useEffect } from 'react';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { openRoute } from '../../ui/router';
import { useInterviewsStore } from './interviews-store';

/** Candidate, round, interviewer: then live mode. The interviewer's name is remembered. */
export function StartForm({
  candidateId,
  roundId,
  interviewer: forInterviewer = null,
  autoFocus = false,
}: {
  candidateId: string | null;
  roundId: string | null;
  interviewer?: string | null;
  autoFocus?: boolean;
}) {
  const candidates = useInterviewsStore((s) => s.candidates);
  const chosenCandidate = useInterviewsStore((s) => s.candidateId);
  const rounds = useInterviewsStore((s) => s.rounds);
  const chosenRound = useInterviewsStore((s) => s.roundId);
  const interviewer = useInterviewsStore((s) => s.interviewer);
  const startError = useInterviewsStore((s) => s.startError);
  const starting = useInterviewsStore((s) => s.starting);
  const store = useInterviewsStore.getState;

  useEffect(() => {
    void useInterviewsStore.getState().prepareStart(candidateId, roundId, forInterviewer);
  }, [candidateId, roundId, forInterviewer]);

  const round = rounds?.find((r) => r.id === chosenRound);
  const start = async () => {
    const id = await store().start();
    if (id) openRoute({ area: 'interviews', view: 'live', id });
  };

  return (
    <Paper withBorder p="lg" radius="md">
      <form
        aria-label="Start an interview"
        onSubmit={(event) => {
          event.preventDefault();
          void start();
        }}
      >
        <Stack gap="md">
          <Title order={2} size="h4">
            Start an interview
          </Title>
          {candidates && candidates.length === 0 ? (
            <Text size="sm" c="dimmed">
              No candidates yet. Add one in the Candidates area, then come back here.
            </Text>
          ) : null}
          <Group grow align="flex-start">
            <NativeSelect
              label="Candidate"
              autoFocus={autoFocus}
              value={chosenCandidate ?? ''}
              onChange={(event) => void store().chooseCandidate(event.currentTarget.value || null)}
              data={[
                { value: '', label: candidates === null ? 'Loading…' : 'Choose a candidate' },
                ...(candidates ?? []).map((c) => ({ value: c.id, label: c.name })),
              ]}
            />
            <NativeSelect
              label="Round"
              value={chosenRound ?? ''}
              disabled={!rounds || rounds.length === 0}
              onChange={(event) => store().chooseRound(event.currentTarget.value || null)}
              data={[
                { value: '', label: rounds === null ? 'Choose a candidate first' : 'Choose a round' },
                ...(rounds ?? []).map((r) => ({
                  value: r.id,
                  label: `${r.name} (${r.minutes} min, ${r.items.length} ${r.items.length === 1 ? 'question' : 'questions'})`,
                })),
              ]}
            />
            <TextInput
              label="Interviewer"
              description="Remembered for next time"
              value={interviewer}
              onChange={(event) => store().setInterviewer(event.currentTarget.value)}
              maxLength={80}
            />
          </Group>
          {round ? (
            <Text size="sm" c="dimmed">
              {round.focusAttributes.length > 0
                ? `Scores ${round.focusAttributes.map((a) => round.focusLabels[a] ?? a).join(', ')}.`
                : 'This round has no focus attributes yet.'}{' '}
              {round.items.length === 0 ? 'Its kit is empty: add questions during the call with /.' : ''}
            </Text>
          ) : null}
          {startError ? <ErrorAlert title="The interview did not start" error={startError} /> : null}
          <Group>
            <Button type="submit" leftSection={<IconPlayerPlay size={16} aria-hidden />} loading={starting}>
              Start interview
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
