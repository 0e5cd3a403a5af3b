import { Button, Group, List, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { plural } from '../../ui/format';
import { useCandidatesStore } from './candidates-store';

/** Asks before a candidate goes, and says everything that goes with them. There is no undo. */
export function DeleteCandidateModal() {
  const candidate = useCandidatesStore((s) => s.confirmDelete);
  const store = useCandidatesStore.getState;
  const [deleting, setDeleting] = useState(false);

  const confirm = async () => {
    setDeleting(true);
    await store().confirmDeletion();
    setDeleting(false);
  };

  return (
    <Modal
      opened={candidate !== null}
      onClose={() => store().cancelDelete()}
      title={`Delete ${candidate?.name ?? ''}?`}
      centered
    >
      {candidate ? (
        <Stack gap="md">
          <Text size="sm">
            Everything Reqdesk holds about this person is removed together, and cannot be brought back:
          </Text>
          <List size="sm" spacing={4} aria-label="What will be removed">
            <List.Item>Their name, contact details, source and stage</List.Item>
            <List.Item>
              {plural(candidate.interviewCount, 'interview', 'interviews')}, with every note and rating taken
              in them
            </List.Item>
            <List.Item>
              Every scorecard written about them
              {candidate.submittedScorecards > 0 ? ` (${candidate.submittedScorecards} submitted)` : ''}
            </List.Item>
          </List>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => store().cancelDelete()} data-autofocus>
              Cancel
            </Button>
            <Button color="red" loading={deleting} onClick={() => void confirm()}>
              Delete for good
            </Button>
          </Group>
        </Stack>
      ) : null}
    </Modal>
  );
}
