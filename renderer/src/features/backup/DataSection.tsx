import { Alert, Button, Code, Group, Loader, Progress, Stack, Text, TextInput } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import type { BackupStatus } from '../../../../shared/backup';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { formatDateTime } from '../../ui/format';
import { coreQuery, readError } from '../../ui/query';
import { BackupList } from './BackupList';
import { useBackupStore } from './backup-store';
import { countsText } from './format';

const ERROR_TITLES = {
  backup: 'The backup failed',
  restore: 'The backup was not restored',
  folder: 'The backup folder was not changed',
  export: 'The export failed',
  verify: 'The backup could not be checked',
  show: 'The folder could not be shown',
} as const;

/** How often the screen reads a running backup's progress. */
const PROGRESS_POLL_MS = 250;

/** Settings > Data: where the data lives, its backups, restore, and taking everything out. */
export function DataSection() {
  const busy = useBackupStore((s) => s.busy);
  const error = useBackupStore((s) => s.error);
  const notice = useBackupStore((s) => s.notice);
  const { backUpNow, exportAll, show, dismiss } = useBackupStore.getState();
  const statusQuery = useQuery({
    ...coreQuery('backup.status', {}),
    // The backup call answers when it is done; meanwhile its progress is in the status.
    refetchInterval: busy === 'backup' ? PROGRESS_POLL_MS : false,
  });
  const status = statusQuery.data;
  const loadError = readError(statusQuery);

  if (!status)
    return loadError ? (
      <ErrorAlert title="The backup list could not be read" error={loadError} />
    ) : (
      <Loader aria-label="Loading backups" />
    );

  return (
    <Stack gap="md">
      <Place
        label="Database"
        path={status.databasePath}
        canShow={status.canShowInFolder}
        onShow={() => void show('database')}
      />
      <FolderField status={status} />
      <LastBackup status={status} />
      {status.running ? (
        <Stack gap={4}>
          <Text size="sm">
            {status.running.phase === 'copying' ? 'Copying the database…' : 'Checking the copy…'}
          </Text>
          <Progress value={Math.round(status.running.fraction * 100)} aria-label="Backup progress" animated />
        </Stack>
      ) : null}
      {error ? <ErrorAlert title={ERROR_TITLES[error.action]} error={error.error} onClose={dismiss} /> : null}
      {notice ? (
        <Alert color="green" variant="light" withCloseButton closeButtonLabel="Dismiss" onClose={dismiss}>
          {notice}
        </Alert>
      ) : null}
      <Group>
        <Button
          loading={busy === 'backup'}
          disabled={busy !== null && busy !== 'backup'}
          onClick={() => void backUpNow()}
        >
          Back up now
        </Button>
        <Button
          variant="default"
          loading={busy === 'export'}
          disabled={busy !== null}
          onClick={() => void exportAll()}
        >
          Export everything
        </Button>
      </Group>
      <Text size="xs" c="dimmed">
        {status.rotationRule} Export everything writes all your data to one JSON file that other tools can
        read.
      </Text>
      <BackupList backups={status.backups} canShow={status.canShowInFolder} />
    </Stack>
  );
}

function Place({
  label,
  path,
  canShow,
  onShow,
}: {
  label: string;
  path: string;
  canShow: boolean;
  onShow: () => void;
}) {
  return (
    <Group gap="xs" wrap="nowrap">
      <Text size="sm" fw={500} w={110}>
        {label}
      </Text>
      <Code style={{ overflowWrap: 'anywhere' }}>{path}</Code>
      {canShow ? (
        <Button size="xs" variant="subtle" onClick={onShow}>
          Show in folder
        </Button>
      ) : null}
    </Group>
  );
}

function FolderField({ status }: { status: BackupStatus }) {
  const busy = useBackupStore((s) => s.busy);
  const { setFolder, show } = useBackupStore.getState();
  const [draft, setDraft] = useState(status.folder);
  useEffect(() => setDraft(status.folder), [status.folder]);
  return (
    <Stack gap={6}>
      <Group align="flex-end" gap="xs">
        <TextInput
          label="Backup folder"
          description="A folder your laptop already syncs or copies elsewhere is a good choice. The default is beside the database."
          value={draft}
          onChange={(event) => setDraft(event.currentTarget.value)}
          style={{ flex: 1 }}
        />
        <Button
          variant="default"
          disabled={busy !== null || draft.trim() === status.folder}
          loading={busy === 'folder'}
          onClick={() => void setFolder(draft.trim())}
        >
          Use this folder
        </Button>
        {!status.folderIsDefault ? (
          <Button variant="subtle" disabled={busy !== null} onClick={() => void setFolder(null)}>
            Back to default
          </Button>
        ) : null}
        {status.canShowInFolder ? (
          <Button variant="subtle" onClick={() => void show('backups')}>
            Show in folder
          </Button>
        ) : null}
      </Group>
      {status.folderProblem ? (
        <Alert
          color="orange"
          variant="light"
          icon={<IconAlertTriangle aria-hidden />}
          title="Backups cannot be written there now"
        >
          {status.folderProblem} Reqdesk keeps working; choose another folder or reconnect the drive.
        </Alert>
      ) : null}
    </Stack>
  );
}

function LastBackup({ status }: { status: BackupStatus }) {
  const { last, lastFailure } = status;
  return (
    <Stack gap={6} aria-label="Last backup">
      {last ? (
        <Group gap={6} wrap="nowrap">
          <IconCircleCheck size={18} color="var(--mantine-color-green-6)" aria-hidden />
          <Text size="sm" data-testid="last-backup">
            Last backup {formatDateTime(last.createdAt)}, verified {formatDateTime(last.verifiedAt)}:{' '}
            {countsText(last.counts)}.
          </Text>
        </Group>
      ) : (
        <Text size="sm" data-testid="last-backup">
          No backup yet.
        </Text>
      )}
      {lastFailure ? (
        <Alert color="red" variant="light" title={`The backup of ${formatDateTime(lastFailure.at)} failed`}>
          {lastFailure.message}
        </Alert>
      ) : null}
    </Stack>
  );
}
