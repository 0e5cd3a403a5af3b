import { Badge, Button, Group, Modal, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { useState } from 'react';
import type { BackupEntry } from '../../../../shared/backup';
import { megabytes } from '../../ui/files';
import { formatDateTime } from '../../ui/format';
import { useBackupStore } from './backup-store';
import { countsText, REASON_LABELS } from './format';

/** The verified backups, newest first, each to check again, show or restore. */
export function BackupList({ backups, canShow }: { backups: BackupEntry[]; canShow: boolean }) {
  const busy = useBackupStore((s) => s.busy);
  const { verify, show } = useBackupStore.getState();
  const [restoring, setRestoring] = useState<BackupEntry | null>(null);

  if (backups.length === 0)
    return (
      <Text size="sm" c="dimmed">
        No backups yet. Reqdesk takes one by itself once you have roles or candidates, or press Back up now.
      </Text>
    );

  return (
    <>
      <Table aria-label="Backups" striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Taken</Table.Th>
            <Table.Th>Why</Table.Th>
            <Table.Th>Holds</Table.Th>
            <Table.Th>Size</Table.Th>
            <Table.Th>
              <VisuallyHidden>Actions</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {backups.map((b) => (
            <Table.Tr key={b.path}>
              <Table.Td>{formatDateTime(b.createdAt)}</Table.Td>
              <Table.Td>
                {REASON_LABELS[b.reason]}
                {b.tooNew ? (
                  <Badge ml={6} color="orange" variant="light">
                    newer Reqdesk
                  </Badge>
                ) : null}
              </Table.Td>
              <Table.Td>{countsText(b.counts)}</Table.Td>
              <Table.Td>{megabytes(b.sizeBytes)}</Table.Td>
              <Table.Td>
                <Group gap={6} wrap="nowrap" justify="flex-end">
                  <Button size="xs" variant="subtle" disabled={busy !== null} onClick={() => void verify(b)}>
                    Check
                  </Button>
                  {canShow ? (
                    <Button size="xs" variant="subtle" onClick={() => void show('backups', b.path)}>
                      Show
                    </Button>
                  ) : null}
                  <Button
                    size="xs"
                    variant="light"
                    disabled={busy !== null || b.tooNew}
                    aria-label={`Restore the backup of ${formatDateTime(b.createdAt)}`}
                    onClick={() => setRestoring(b)}
                  >
                    Restore…
                  </Button>
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <RestoreModal entry={restoring} onClose={() => setRestoring(null)} />
    </>
  );
}

/** Says what a restore will do before it does it: date and contents of the backup, and the safety copy. */
function RestoreModal({ entry, onClose }: { entry: BackupEntry | null; onClose: () => void }) {
  const busy = useBackupStore((s) => s.busy);
  const restore = useBackupStore((s) => s.restore);
  return (
    <Modal opened={entry !== null} onClose={onClose} title="Restore this backup?" centered>
      {entry ? (
        <Stack gap="md">
          <Text size="sm">
            Taken {formatDateTime(entry.createdAt)} ({REASON_LABELS[entry.reason].toLowerCase()}). It holds{' '}
            {countsText(entry.counts)}.
          </Text>
          <Text size="sm">
            Everything you changed since then is replaced by the backup. Reqdesk first backs up your data as
            it is now, so this restore can itself be undone from the list.
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose} data-autofocus>
              Cancel
            </Button>
            <Button
              color="orange"
              loading={busy === 'restore'}
              onClick={() => void restore(entry).then((done) => done || onClose())}
            >
              Restore
            </Button>
          </Group>
        </Stack>
      ) : null}
    </Modal>
  );
}
