import { Badge, Button, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { IconPlayerPlay } from '@tabler/icons-react';
import type { InterviewSummary } from '../../../../shared/interviews';
import { AreaPage } from '../../ui/AreaPage';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { formatDateTime } from '../../ui/format';
import { readError } from '../../ui/query';
import { openRoute } from '../../ui/router';
import type { AreaRoute } from '../../ui/routes';
import { LiveInterview } from './LiveInterview';
import { useInterviewList } from './queries';
import { StartForm } from './StartForm';
import { formatElapsed } from './timers';

function scorecardLabel(summary: InterviewSummary): string {
  if (summary.scorecardStatus === 'submitted') return 'Scorecard submitted';
  if (summary.scorecardStatus === 'draft') return 'Scorecard to finish';
  return 'No scorecard yet';
}

function InterviewRow({ summary }: { summary: InterviewSummary }) {
  const running = summary.status === 'in-progress';
  return (
    <Table.Tr>
      <Table.Td>
        <Text size="sm" fw={500}>
          {summary.candidateName}
        </Text>
        <Text size="xs" c="dimmed">
          {summary.roundName} · {summary.interviewer}
        </Text>
      </Table.Td>
      <Table.Td>
        {running ? (
          <Badge variant="light" color="orange" miw="max-content">
            In progress, {formatElapsed(summary.roundElapsedMs)} of {summary.roundMinutes} min
          </Badge>
        ) : (
          <Text size="sm" c="dimmed">
            Ended {summary.endedAt ? formatDateTime(summary.endedAt) : ''} · {scorecardLabel(summary)}
          </Text>
        )}
      </Table.Td>
      <Table.Td ta="right">
        {running ? (
          <Button
            size="xs"
            leftSection={<IconPlayerPlay size={14} aria-hidden />}
            aria-label={`Resume the interview with ${summary.candidateName}`}
            onClick={() => openRoute({ area: 'interviews', view: 'live', id: summary.id })}
          >
            Resume
          </Button>
        ) : (
          <Button
            size="xs"
            variant="default"
            aria-label={`Scorecard of ${summary.candidateName}, ${summary.roundName}`}
            onClick={() => openRoute({ area: 'interviews', view: 'scorecard', id: summary.id })}
          >
            Scorecard
          </Button>
        )}
      </Table.Td>
    </Table.Tr>
  );
}

function InterviewList() {
  const query = useInterviewList();
  const list = query.data;
  const listError = readError(query);
  if (listError) return <ErrorAlert title="Interviews could not be loaded" error={listError} />;
  if (!list || list.length === 0) return null;
  return (
    <Stack gap="xs">
      <Title order={2} size="h4">
        Interviews
      </Title>
      <Paper withBorder radius="md">
        <Table verticalSpacing="sm" horizontalSpacing="md" aria-label="Interviews">
          <Table.Tbody>
            {list.map((summary) => (
              <InterviewRow key={summary.id} summary={summary} />
            ))}
          </Table.Tbody>
        </Table>
      </Paper>
    </Stack>
  );
}

/**
 * The Interviews area but its scorecards (app/ shows those, so this feature does not depend
 * on the scorecards one that builds on it): start or resume an interview, and live mode.
 */
export function InterviewsScreen({
  route,
}: {
  route: Exclude<AreaRoute<'interviews'>, { view: 'scorecard' }>;
}) {
  if (route.view === 'live') return <LiveInterview id={route.id} />;
  return (
    <AreaPage
      title="Interviews"
      lead="Run the call one question at a time, with ratings and notes saved as you go, then score it."
    >
      <StartForm
        candidateId={route.view === 'start' ? route.candidateId : null}
        roundId={route.view === 'start' ? route.roundId : null}
        interviewer={route.view === 'start' ? route.interviewer : null}
        autoFocus={route.view === 'start'}
      />
      <InterviewList />
    </AreaPage>
  );
}
