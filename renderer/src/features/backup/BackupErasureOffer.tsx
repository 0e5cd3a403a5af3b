import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import type { CandidateInBackups, PurgeResult } from '../../../../shared/backup';
import type { AppErrorData } from '../../../../shared/result';
import { call } from '../../api';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { plural } from '../../ui/format';
import { coreQuery, readError } from '../../ui/query';

type Step =
  | { kind: 'checking' }
  | { kind: 'ask'; found: CandidateInBackups }
  | { kind: 'purging'; found: CandidateInBackups }
  | { kind: 'done'; result: PurgeResult }
  | { kind: 'declined'; found: CandidateInBackups }
  | { kind: 'failed'; error: AppErrorData };

/**
 * After a candidate is deleted: their backups still hold them. Offers to erase them from
 * every backup, and says plainly how many still hold them if the recruiter declines.
 */
export function BackupErasureOffer({
  candidate,
  onClose,
}: {
  candidate: { id: string; name: string } | null;
  onClose: () => void;
}) {
  // Which backups hold the candidate: read once per deletion, never from an earlier answer.
  const check = useQuery({
    ...coreQuery('backup.candidateInBackups', { candidateId: candidate?.id ?? '' }),
    enabled: candidate !== null,
    staleTime: 0,
    gcTime: 0,
  });
  /** What the recruiter did with the offer, for the deletion it was made for. */
  const [acted, setActed] = useState<{ for: typeof candidate; step: Step } | null>(null);
  const setStep = (next: Step) => setActed({ for: candidate, step: next });
  const found = check.data;
  const checkError = readError(check);

  useEffect(() => {
    if (found?.holding === 0) onClose();
  }, [found, onClose]);

  const step: Step =
    (acted?.for === candidate ? acted.step : null) ??
    (checkError
      ? { kind: 'failed', error: checkError }
      : found && found.holding > 0 && !check.isFetching
        ? { kind: 'ask', found }
        : { kind: 'checking' });

  async function purge(found: CandidateInBackups) {
    if (!candidate) return;
    setStep({ kind: 'purging', found });
    const result = await call('backup.purgeCandidate', { candidateId: candidate.id });
    setStep(result.ok ? { kind: 'done', result: result.value } : { kind: 'failed', error: result.error });
  }

  const opened = candidate !== null && step.kind !== 'checking';
  const name = candidate?.name ?? '';
  return (
    <Modal opened={opened} onClose={onClose} title={`${name} in your backups`} centered>
      <Stack gap="md">
        {step.kind === 'ask' || step.kind === 'purging' ? (
          <>
            <Text size="sm">
              {plural(step.found.holding, 'backup')} of {step.found.total} still{' '}
              {step.found.holding === 1 ? 'holds' : 'hold'} {name}. Erase them from every backup too? Each
              backup is rewritten without them and checked again.
            </Text>
            <Group justify="flex-end">
              <Button
                variant="default"
                disabled={step.kind === 'purging'}
                onClick={() => setStep({ kind: 'declined', found: step.found })}
              >
                Keep the backups as they are
              </Button>
              <Button color="red" loading={step.kind === 'purging'} onClick={() => void purge(step.found)}>
                Erase from backups
              </Button>
            </Group>
          </>
        ) : null}
        {step.kind === 'declined' ? (
          <Alert color="orange" variant="light">
            {plural(step.found.holding, 'backup')} still {step.found.holding === 1 ? 'holds' : 'hold'} {name}.
            Restoring one of them brings {name} back; they leave as the rotation deletes those backups.
          </Alert>
        ) : null}
        {step.kind === 'done' ? (
          <Alert color={step.result.failed.length === 0 ? 'green' : 'orange'} variant="light">
            Erased {name} from {plural(step.result.purged, 'backup')}.
            {step.result.failed.length > 0
              ? ` ${plural(step.result.failed.length, 'backup')} could not be rewritten and still ${step.result.failed.length === 1 ? 'holds' : 'hold'} them: ${step.result.failed.map((f) => f.message).join('; ')}`
              : ''}
          </Alert>
        ) : null}
        {step.kind === 'failed' ? (
          <ErrorAlert title="The backups could not be searched or rewritten" error={step.error} />
        ) : null}
        {step.kind === 'declined' || step.kind === 'done' || step.kind === 'failed' ? (
          <Group justify="flex-end">
            <Button onClick={onClose}>Close</Button>
          </Group>
        ) : null}
      </Stack>
    </Modal>
  );
}
