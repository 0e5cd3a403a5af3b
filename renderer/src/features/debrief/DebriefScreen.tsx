import { Alert, Anchor, Button, Center, Group, Loader, Stack, Text } from '@mantine/core';
import { IconFileExport } from '@tabler/icons-react';
import { useEffect } from 'react';
import { DEBRIEF_MIN_SCORECARDS } from '../../../../shared/debrief';
import { AreaPage } from '../../ui/AreaPage';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { plural } from '../../ui/format';
import { readError } from '../../ui/query';
import { ClockStatus } from './ClockStatus';
import { DebriefGrid } from './DebriefGrid';
import { DecisionPanel } from './DecisionPanel';
import { Disagreements } from './Disagreements';
import { useDebriefStore } from './debrief-store';
import { MissingScorecards, Summaries } from './PanelStatus';
import { useCandidateRecord } from './queries';

/**
 * The debrief of a candidate: the clock and missing scorecards first, then the grid with its
 * mechanical aggregate and the disagreements, the summaries, and only then the free-text
 * decision, so the numbers are read before anyone argues.
 */
export function DebriefScreen({ candidateId, backHref }: { candidateId: string; backHref: string }) {
  const query = useCandidateRecord(candidateId);
  const record = query.data;
  const loadError = readError(query);
  const exporting = useDebriefStore((s) => s.exporting);
  const exportMessage = useDebriefStore((s) => (s.candidateId === candidateId ? s.exportMessage : null));

  useEffect(() => {
    useDebriefStore.getState().show(candidateId);
  }, [candidateId]);

  if (loadError) {
    return (
      <AreaPage title="Debrief">
        <ErrorAlert title="The debrief could not be opened" error={loadError} />
        <Anchor href={backHref}>Back to the candidate</Anchor>
      </AreaPage>
    );
  }
  if (!record) {
    return (
      <Center p="xl">
        <Loader aria-label="Loading the debrief" />
      </Center>
    );
  }
  const { debrief } = record;
  return (
    <AreaPage
      title={`Debrief: ${debrief.candidate.name}`}
      lead={`${debrief.roleTitle}. ${plural(debrief.columns.length, 'scorecard')} in.`}
      width="wide"
    >
      <Group justify="space-between" align="flex-start">
        <Anchor href={backHref}>Back to {debrief.candidate.name}</Anchor>
        <Button
          variant="default"
          leftSection={<IconFileExport size={16} aria-hidden />}
          loading={exporting}
          disabled={debrief.columns.length === 0}
          onClick={() => void useDebriefStore.getState().exportPacket(record)}
        >
          Export the packet (DOCX and PDF)
        </Button>
      </Group>
      {exportMessage ? (
        <Text size="sm" role="status">
          {exportMessage}
        </Text>
      ) : null}
      <ClockStatus clock={debrief.clock} />
      <MissingScorecards debrief={debrief} />
      {debrief.ready ? (
        <Stack gap="lg">
          <DebriefGrid debrief={debrief} />
          <Disagreements debrief={debrief} />
          <Summaries debrief={debrief} />
        </Stack>
      ) : (
        <Alert color="blue" variant="light" title="Not enough scorecards to compare yet">
          The grid lays the scorecards side by side once {DEBRIEF_MIN_SCORECARDS} are submitted;{' '}
          {debrief.columns.length === 0 ? 'none is' : 'one is'} so far.
        </Alert>
      )}
      <DecisionPanel key={debrief.decision?.id ?? 'none'} record={record} />
    </AreaPage>
  );
}
