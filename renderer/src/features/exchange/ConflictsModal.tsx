import { Alert, Button, Group, Loader, Modal, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ExchangeConflict } from '../../../../shared/pack-exchange';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { formatDateTime } from '../../ui/format';
import { readError } from '../../ui/query';
import { ConflictSide } from './ConflictSide';
import { type KeepSide, useConflictsStore } from './conflicts-store';
import { useConflicts } from './queries';

function ConfirmChoice({ conflict, keep }: { conflict: ExchangeConflict; keep: KeepSide }) {
  const busy = useConflictsStore((s) => s.busy);
  const store = useConflictsStore.getState();
  const from = conflict.incoming.fileName || 'the file';
  return (
    <Alert color="blue" title="Keep this one?" role="alertdialog" aria-label="Keep this one?">
      <Stack gap="xs">
        <Text size="sm">
          {keep === 'incoming'
            ? `The content from ${from} becomes the newest version of ${conflict.label}. The version here now stays in its history.`
            : `${conflict.label} stays as it is here. The content from ${from} is dropped; import the file again to see it again.`}
        </Text>
        <Group gap="xs">
          <Button
            size="compact-sm"
            onClick={() => void store.confirm(conflict.label)}
            loading={busy}
            data-autofocus
          >
            Keep it
          </Button>
          <Button size="compact-sm" variant="default" onClick={store.cancel} disabled={busy}>
            Cancel
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}

function SideColumn({ conflict, keep }: { conflict: ExchangeConflict; keep: KeepSide }) {
  const confirming = useConflictsStore((s) => s.confirming);
  const side = keep === 'local' ? conflict.local : conflict.incoming;
  const name = keep === 'local' ? 'here now' : `from ${conflict.incoming.fileName || 'the imported file'}`;
  const asking = confirming?.id === conflict.id && confirming.keep === keep;
  return (
    <Paper withBorder radius="md" p="sm" component="section" aria-label={`${conflict.label}, ${name}`}>
      <Stack gap="xs">
        <Title order={4} size="h6">
          {keep === 'local' ? 'Here now' : `From ${conflict.incoming.fileName || 'an imported file'}`}
        </Title>
        <Text size="xs" c="dimmed">
          {keep === 'local'
            ? `Version ${conflict.version} as this database has it`
            : `Imported ${formatDateTime(conflict.incoming.importedAt)}, made on another install`}
        </Text>
        <ConflictSide side={side} name={name} />
        {asking ? (
          <ConfirmChoice conflict={conflict} keep={keep} />
        ) : (
          <Group>
            <Button
              size="compact-sm"
              variant="default"
              disabled={confirming !== null}
              onClick={() => useConflictsStore.getState().ask(conflict.id, keep)}
            >
              Keep this one
            </Button>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}

/**
 * Imported versions that clash with what is here (two contents claiming one version), side by
 * side; the person keeps one, after a confirm, and history is never rewritten.
 */
export function ConflictsModal() {
  const { opened, scope, error: resolveError, done } = useConflictsStore();
  const store = useConflictsStore.getState();
  const query = useConflicts(scope, opened);
  const conflicts = query.data ?? null;
  const error = resolveError ?? readError(query);
  return (
    <Modal opened={opened} onClose={store.close} title="Conflicts to resolve" size="xl">
      <Stack gap="md">
        {error ? <ErrorAlert title="That did not work" error={error} /> : null}
        {done ? (
          <Text size="sm" role="status">
            {done}
          </Text>
        ) : null}
        {conflicts === null && !error ? (
          <Group gap="xs" role="status">
            <Loader size="sm" aria-hidden />
            <Text size="sm">Reading the conflicts…</Text>
          </Group>
        ) : null}
        {conflicts?.length === 0 ? (
          <Text size="sm" data-testid="conflicts-empty">
            No conflicts: every imported version agrees with what is here.
          </Text>
        ) : null}
        {conflicts?.map((conflict) => (
          <Stack key={conflict.id} gap="xs" component="article" aria-label={conflict.label}>
            <Text fw={600}>
              {conflict.label}, version {conflict.version}: two different contents
            </Text>
            <SimpleGrid cols={{ base: 1, md: 2 }}>
              <SideColumn conflict={conflict} keep="local" />
              <SideColumn conflict={conflict} keep="incoming" />
            </SimpleGrid>
          </Stack>
        ))}
        <Group justify="flex-end">
          <Button variant="default" onClick={store.close}>
            Close
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
