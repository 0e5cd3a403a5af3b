import { Button, Group, NativeSelect, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconPlayerPlay } from '@tabler/icons-react';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { INTERVIEW_LIMITS } from '../../../../shared/interviews';
import type { AppErrorData } from '../../../../shared/result';
import { showRefusalOnFields } from '../../ui/core-refusal';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { focusFirstError } from '../../ui/focus-first-error';
import { readError } from '../../ui/query';
import { openRoute } from '../../ui/router';
import { type StartValues, useInterviewsStore } from './interviews-store';
import { useRoleLoop, useStartCandidates } from './queries';
import { checkStart, firstRound, START_FIELDS, startInterview, startValues } from './start-form';

interface StartFormProps {
  candidateId: string | null;
  roundId: string | null;
  interviewer?: string | null;
  autoFocus?: boolean;
}

/** Candidate, round, interviewer: then live mode. The interviewer's name is remembered. */
export function StartForm(props: StartFormProps) {
  // A new address (another candidate, round or interviewer) is a fresh form.
  const key = `${props.candidateId ?? ''}:${props.roundId ?? ''}:${props.interviewer ?? ''}`;
  return <StartFields key={key} {...props} />;
}

function StartFields({ candidateId, roundId, interviewer = null, autoFocus = false }: StartFormProps) {
  const form = useForm<StartValues>({
    initialValues: startValues(candidateId, roundId, interviewer),
    validate: checkStart,
    onValuesChange: (values) => useInterviewsStore.getState().keepStartDraft(values),
  });
  const [failure, setFailure] = useState<AppErrorData | null>(null);
  const formRef = useRef<HTMLFormElement>(null);

  const candidatesRead = useStartCandidates();
  const candidates = candidatesRead.data ?? (candidatesRead.isError ? [] : null);
  const candidate = candidates?.find((c) => c.id === form.values.candidateId) ?? null;
  const loopRead = useRoleLoop(candidate?.roleId ?? null);
  const rounds = candidate ? (loopRead.data?.rounds ?? (loopRead.isError ? [] : null)) : null;
  const round = rounds?.find((r) => r.id === form.values.roundId);
  const readFailure = readError(candidatesRead) ?? (candidate ? readError(loopRead) : null);

  // A candidate from the address or from last time who is no longer there is not chosen.
  const unknownCandidate = candidates !== null && form.values.candidateId !== '' && candidate === null;
  useEffect(() => {
    if (unknownCandidate) form.setValues({ candidateId: '', roundId: '' });
  }, [unknownCandidate, form.setValues]);

  // Once a candidate's rounds are read, one is offered: the address's if it is one of them.
  const roundsChosenFor = useRef<string | null>(null);
  useEffect(() => {
    if (!rounds || !candidate || roundsChosenFor.current === candidate.id) return;
    roundsChosenFor.current = candidate.id;
    if (!rounds.some((r) => r.id === form.getValues().roundId))
      form.setFieldValue('roundId', firstRound(rounds));
  }, [rounds, candidate, form.getValues, form.setFieldValue]);

  const start = async (values: StartValues) => {
    setFailure(null);
    const result = await startInterview(values);
    if (result.ok) {
      openRoute({ area: 'interviews', view: 'live', id: result.value.id });
      return;
    }
    // The core's word on a field goes next to that field; anything else above the form.
    setFailure(showRefusalOnFields(formRef.current, result.error, START_FIELDS, form.setErrors));
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (form.submitting) return;
    form.onSubmit(start, (errors) => focusFirstError(formRef.current, errors))(event);
  };

  const chooseCandidate = (id: string) => {
    setFailure(null);
    // Field by field, so each clears its own message.
    form.setFieldValue('candidateId', id);
    form.setFieldValue('roundId', '');
  };

  const error = failure ?? readFailure;
  return (
    <Paper withBorder p="lg" radius="md">
      <form ref={formRef} aria-label="Start an interview" onSubmit={submit} noValidate>
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
              data={[
                { value: '', label: candidates === null ? 'Loading…' : 'Choose a candidate' },
                ...(candidates ?? []).map((c) => ({ value: c.id, label: c.name })),
              ]}
              {...form.getInputProps('candidateId')}
              onChange={(event) => chooseCandidate(event.currentTarget.value)}
            />
            <NativeSelect
              label="Round"
              disabled={!rounds || rounds.length === 0}
              data={[
                { value: '', label: rounds === null ? 'Choose a candidate first' : 'Choose a round' },
                ...(rounds ?? []).map((r) => ({
                  value: r.id,
                  label: `${r.name} (${r.minutes} min, ${r.items.length} ${r.items.length === 1 ? 'question' : 'questions'})`,
                })),
              ]}
              {...form.getInputProps('roundId')}
            />
            <TextInput
              label="Interviewer"
              description="Remembered for next time"
              maxLength={INTERVIEW_LIMITS.interviewer}
              {...form.getInputProps('interviewer')}
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
          {error ? <ErrorAlert title="The interview did not start" error={error} /> : null}
          <Group>
            <Button
              type="submit"
              leftSection={<IconPlayerPlay size={16} aria-hidden />}
              loading={form.submitting}
            >
              Start interview
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
