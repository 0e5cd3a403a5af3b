import { Button, Modal, Select, Stack, Text, TextInput } from '@mantine/core';
import { IconPackageExport } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { AppErrorData } from '../../../../shared/result';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { coreQuery, readError } from '../../ui/query';
import { downloadExchangeFile } from './export-file';

interface PackExportProps {
  candidateId: string;
  candidateName: string;
  roleId: string;
}

/**
 * "Interview pack": one file for one interviewer of one round, with what they need to run it
 * on their own Reqdesk (the round's kit, the role summary, the candidate's name) and nothing else.
 */
export function PackExportButton({ candidateId, candidateName, roleId }: PackExportProps) {
  const [opened, setOpened] = useState(false);
  const loop = useQuery({ ...coreQuery('loop.get', { roleId }), enabled: opened });
  const rounds = loop.data?.rounds ?? null;
  const [chosenRound, setRoundId] = useState<string | null>(null);
  const roundId = chosenRound ?? rounds?.[0]?.id ?? null;
  const [interviewer, setInterviewer] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [error, setError] = useState<AppErrorData | null>(null);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<string | null>(null);

  const shownError = error ?? readError(loop);

  const submit = async () => {
    if (!roundId) return setProblem('Choose the round.');
    if (!interviewer.trim()) return setProblem("Write the interviewer's name.");
    setProblem(null);
    setError(null);
    setBusy(true);
    const result = await downloadExchangeFile({ kind: 'pack', candidateId, roundId, interviewer });
    setBusy(false);
    if (result.ok) setDone(`${result.message} Send it to ${interviewer.trim()}.`);
    else setError(result.error);
  };

  const close = () => {
    setOpened(false);
    setDone(null);
    setError(null);
    setProblem(null);
  };

  return (
    <>
      <Button
        variant="default"
        leftSection={<IconPackageExport size={16} aria-hidden />}
        onClick={() => setOpened(true)}
      >
        Interview pack
      </Button>
      <Modal opened={opened} onClose={close} title={`Interview pack for ${candidateName}`}>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void submit();
          }}
        >
          <Stack gap="sm">
            <Text size="sm" c="dimmed">
              One file for one interviewer: the role summary, the round's kit and calibration notes, and the
              candidate's name. No pay, no other scorecards, no notes of yours.
            </Text>
            {rounds && rounds.length === 0 ? (
              <Text size="sm">
                This role has no rounds yet. Add them in the role's "Loop and kits" tab first.
              </Text>
            ) : (
              <Select
                label="Round"
                data={(rounds ?? []).map((r) => ({ value: r.id, label: r.name }))}
                value={roundId}
                onChange={setRoundId}
                placeholder={rounds ? 'Choose a round' : 'Loading the rounds…'}
                allowDeselect={false}
              />
            )}
            <TextInput
              label="Interviewer"
              value={interviewer}
              onChange={(event) => setInterviewer(event.currentTarget.value)}
              error={problem}
              data-autofocus
            />
            {shownError ? <ErrorAlert title="No pack was made" error={shownError} /> : null}
            {done ? (
              <Text size="sm" role="status">
                {done}
              </Text>
            ) : null}
            <Button type="submit" loading={busy} disabled={rounds?.length === 0}>
              Export the pack
            </Button>
          </Stack>
        </form>
      </Modal>
    </>
  );
}
