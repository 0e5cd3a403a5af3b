import { Alert, Anchor, Button, Group, List, Loader, Modal, Stack, Table, Text } from '@mantine/core';
import type { ExchangeOutcome, ExchangeReport } from '../../../../shared/pack-exchange';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { routeHref } from '../../ui/routes';
import { useConflictsStore } from './conflicts-store';
import { useExchangeImportStore } from './exchange-store';

const OUTCOME_LABELS: Record<ExchangeOutcome, string> = {
  added: 'Added',
  'new-version': 'New versions',
  unchanged: 'Unchanged',
  conflict: 'Conflicts (both kept, resolve by hand)',
  refused: 'Refused',
};

const BUSY_LABELS = {
  reading: 'Reading the file…',
  checking: 'Checking the whole file; nothing is written yet…',
  importing: 'Importing…',
} as const;

function ReportCounts({ report }: { report: ExchangeReport }) {
  return (
    <Table aria-label={report.dryRun ? 'What importing would change' : 'What the import changed'}>
      <Table.Tbody>
        {(Object.keys(OUTCOME_LABELS) as ExchangeOutcome[]).map((outcome) => (
          <Table.Tr key={outcome}>
            <Table.Th scope="row">{OUTCOME_LABELS[outcome]}</Table.Th>
            <Table.Td data-testid={`exchange-count-${outcome}`}>{report.counts[outcome]}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** Records a person must look at: the refused ones with their reasons, and the conflicts. */
function RecordsToReview({ report }: { report: ExchangeReport }) {
  const notable = report.records.filter((r) => r.outcome === 'refused' || r.outcome === 'conflict');
  if (notable.length === 0) return null;
  return (
    <List size="sm" aria-label="Refused records and conflicts">
      {notable.map((r) => (
        <List.Item key={`${r.type}-${r.id}-${r.version}`}>
          {r.label} (version {r.version}): {r.outcome === 'refused' ? 'refused' : 'conflict'}
          {r.reason ? `: ${r.reason}` : ''}
        </List.Item>
      ))}
    </List>
  );
}

/** After an import that kept conflicts: straight to them, for the candidate the file was about. */
function ResolveConflictsButton({ report }: { report: ExchangeReport }) {
  if (report.counts.conflict === 0) return null;
  const candidateId = report.target?.candidateId ?? undefined;
  return (
    <Group>
      <Button
        variant="light"
        color="orange"
        onClick={() => {
          useExchangeImportStore.getState().close();
          useConflictsStore.getState().open(candidateId ? { candidateId } : {});
        }}
      >
        Resolve the conflicts
      </Button>
    </Group>
  );
}

function TargetLink({ report }: { report: ExchangeReport }) {
  const target = report.target;
  if (!target?.candidateId) return null;
  if (report.kind === 'pack' && target.roundId)
    return (
      <Anchor
        href={routeHref({
          area: 'interviews',
          view: 'start',
          candidateId: target.candidateId,
          roundId: target.roundId,
          ...(target.interviewer ? { interviewer: target.interviewer } : {}),
        })}
        onClick={() => useExchangeImportStore.getState().close()}
      >
        Start the interview
      </Anchor>
    );
  return (
    <Anchor
      href={routeHref({ area: 'candidates', view: 'debrief', id: target.candidateId })}
      onClick={() => useExchangeImportStore.getState().close()}
    >
      Open the candidate's debrief
    </Anchor>
  );
}

/** The import of a pack, scorecard or role file: the dry-run report first, then the import on confirm. */
export function ImportExchangeModal() {
  const { file, preview, applied, busy, error } = useExchangeImportStore();
  const store = useExchangeImportStore.getState();
  const report = applied ?? preview;
  const canImport = Boolean(preview && !applied && !preview.unknownPack && !busy);
  return (
    <Modal
      opened={file !== null}
      onClose={store.close}
      title={file ? `Import ${file.fileName}` : 'Import'}
      size="lg"
    >
      <Stack gap="sm">
        {busy ? (
          <Group gap="xs" role="status">
            <Loader size="sm" aria-hidden />
            <Text size="sm">{BUSY_LABELS[busy]}</Text>
          </Group>
        ) : null}
        {error ? <ErrorAlert title="This file was not imported" error={error} /> : null}
        {preview?.unknownPack && !applied ? (
          <Alert color="yellow" title="This scorecard answers a pack this database never sent">
            <Stack gap="xs">
              <Text size="sm">{preview.unknownPack.message}</Text>
              <Group>
                <Button variant="default" onClick={() => void store.importAnywayAsNewCandidate()}>
                  Import anyway as a new candidate
                </Button>
              </Group>
            </Stack>
          </Alert>
        ) : null}
        {report ? (
          <>
            <Text size="sm" data-testid="exchange-summary">
              {applied
                ? `Imported. ${applied.summary}`
                : `Nothing is written until you import. ${report.summary}`}
            </Text>
            <ReportCounts report={report} />
            <RecordsToReview report={report} />
            {applied ? <TargetLink report={applied} /> : null}
            {applied ? <ResolveConflictsButton report={applied} /> : null}
          </>
        ) : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={store.close}>
            {applied || error ? 'Close' : 'Cancel'}
          </Button>
          {applied ? null : (
            <Button onClick={() => void store.confirm()} disabled={!canImport} loading={busy === 'importing'}>
              Import
            </Button>
          )}
        </Group>
      </Stack>
    </Modal>
  );
}
