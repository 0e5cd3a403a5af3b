import {
  Anchor,
  Badge,
  Button,
  Center,
  Group,
  List,
  Loader,
  Paper,
  Stack,
  Table,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { IconScale } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { candidateStageLabels } from '../../../../shared/candidates';
import { type CandidateNote, type Debrief, decisionOutcomeLabels } from '../../../../shared/debrief';
import { AreaPage } from '../../ui/AreaPage';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { formatDateTime } from '../../ui/format';
import { readError } from '../../ui/query';
import { routeHref } from '../../ui/routes';
import { ClockStatus, useCandidateRecord, useDebriefStore } from '../debrief';
import { ConflictsButton, ExportFileButton, ImportExchangeButton, PackExportButton } from '../exchange';

function InterviewsTable({ debrief }: { debrief: Debrief }) {
  if (debrief.interviews.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        No interview yet. Start one from the candidate list or the Interviews area.
      </Text>
    );
  }
  return (
    <Paper withBorder radius="md" style={{ overflowX: 'auto' }}>
      <Table aria-label="Interviews and scorecards" verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Round</Table.Th>
            <Table.Th scope="col">Interviewer</Table.Th>
            <Table.Th scope="col">When</Table.Th>
            <Table.Th scope="col">Scorecard</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {debrief.interviews.map((i) => (
            <Table.Tr key={i.id}>
              <Table.Th scope="row">{i.roundName}</Table.Th>
              <Table.Td>{i.interviewer}</Table.Td>
              <Table.Td>
                {i.status === 'in-progress' ? (
                  <Anchor href={routeHref({ area: 'interviews', view: 'live', id: i.id })}>
                    In progress: resume
                  </Anchor>
                ) : (
                  `Ended ${formatDateTime(i.endedAt ?? i.startedAt)}`
                )}
              </Table.Td>
              <Table.Td>
                {i.status === 'ended' && i.scorecardStatus === 'submitted' && i.scorecardId ? (
                  <Group gap="xs">
                    <Anchor href={routeHref({ area: 'interviews', view: 'scorecard', id: i.id })}>
                      Submitted
                    </Anchor>
                    <ExportFileButton
                      label="Export scorecard"
                      input={{ kind: 'scorecard', scorecardId: i.scorecardId }}
                    />
                  </Group>
                ) : i.status === 'ended' ? (
                  <Anchor href={routeHref({ area: 'interviews', view: 'scorecard', id: i.id })}>
                    {i.scorecardStatus === 'submitted'
                      ? 'Submitted'
                      : i.scorecardStatus === 'draft'
                        ? 'Draft: finish it'
                        : 'Not started: score it'}
                  </Anchor>
                ) : (
                  <Text span size="sm" c="dimmed">
                    After the interview
                  </Text>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}

function Notes({ candidateId, notes }: { candidateId: string; notes: CandidateNote[] }) {
  const [text, setText] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const add = async () => {
    if (!text.trim()) return setMessage('Write the note first.');
    setMessage(null);
    if (await useDebriefStore.getState().addNote(candidateId, text)) setText('');
  };
  return (
    <Stack gap="xs" component="section" aria-labelledby="candidate-notes-title">
      <Title order={2} size="h4" id="candidate-notes-title">
        Notes
      </Title>
      <Textarea
        label="A note on the candidate"
        description="Dated and kept; Ctrl/Cmd+Enter adds it."
        autosize
        minRows={2}
        value={text}
        onChange={(e) => setText(e.currentTarget.value)}
        onKeyDown={(e) => {
          if ((e.ctrlKey || e.metaKey) && e.key === 'Enter') {
            e.preventDefault();
            void add();
          }
        }}
        error={message}
      />
      <Group>
        <Button variant="default" onClick={() => void add()}>
          Add the note
        </Button>
      </Group>
      {notes.length === 0 ? (
        <Text size="sm" c="dimmed">
          No notes yet.
        </Text>
      ) : (
        <List size="sm" spacing={4}>
          {notes.map((n) => (
            <List.Item key={n.id}>
              <Text span size="xs" c="dimmed">
                {formatDateTime(n.createdAt)}
              </Text>{' '}
              <Text span size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                {n.text}
              </Text>
            </List.Item>
          ))}
        </List>
      )}
    </Stack>
  );
}

/**
 * One place per candidate: the decision clock, every interview with its scorecard, the
 * debrief and the decision, the stage timeline, and notes.
 */
export function CandidatePage({ candidateId }: { candidateId: string }) {
  const query = useCandidateRecord(candidateId);
  const record = query.data;
  const loadError = readError(query);
  const error = useDebriefStore((s) => (s.candidateId === candidateId ? s.error : null));

  useEffect(() => {
    useDebriefStore.getState().show(candidateId);
  }, [candidateId]);

  if (loadError) {
    return (
      <AreaPage title="Candidate">
        <ErrorAlert title="This candidate could not be opened" error={loadError} />
        <Anchor href={routeHref({ area: 'candidates', view: 'list' })}>Back to the candidates</Anchor>
      </AreaPage>
    );
  }
  if (!record) {
    return (
      <Center p="xl">
        <Loader aria-label="Loading the candidate" />
      </Center>
    );
  }
  const { debrief, stageTimeline } = record;
  const c = debrief.candidate;
  const contact = [c.email, c.phone, c.source].filter(Boolean).join(' · ');
  return (
    <AreaPage title={c.name} lead={`${debrief.roleTitle}${contact ? ` · ${contact}` : ''}`} width="wide">
      <Group justify="space-between">
        <Anchor href={routeHref({ area: 'candidates', view: 'list' })}>All candidates</Anchor>
        <Group gap="xs">
          <Badge size="lg" variant="light">
            {candidateStageLabels[c.stage]}
          </Badge>
          <PackExportButton candidateId={c.id} candidateName={c.name} roleId={debrief.roleId} />
          <ImportExchangeButton />
          <ConflictsButton candidateId={c.id} />
          <Button
            component="a"
            href={routeHref({ area: 'candidates', view: 'debrief', id: c.id })}
            leftSection={<IconScale size={16} aria-hidden />}
          >
            Open the debrief
          </Button>
        </Group>
      </Group>
      {error ? (
        <ErrorAlert
          title="That was not saved"
          error={error}
          onClose={() => useDebriefStore.getState().clearError()}
        />
      ) : null}
      <ClockStatus clock={debrief.clock} />
      <Paper withBorder radius="md" p="sm" component="section" aria-labelledby="candidate-decision-title">
        <Title order={2} size="h5" id="candidate-decision-title">
          Debrief and decision
        </Title>
        <Text size="sm">
          {debrief.columns.length} of {debrief.interviews.length} scorecards submitted
          {debrief.disagreements.length > 0 ? `, ${debrief.disagreements.length} disagreements flagged` : ''}.
        </Text>
        <Text size="sm" data-testid="candidate-decision">
          {debrief.decision
            ? `${decisionOutcomeLabels[debrief.decision.outcome]} (version ${debrief.decision.version}), by ${debrief.decision.decidedBy}, ${formatDateTime(debrief.decision.decidedAt)}: ${debrief.decision.rationale}`
            : 'No decision recorded yet.'}
        </Text>
      </Paper>
      <Stack gap="xs" component="section" aria-labelledby="candidate-interviews-title">
        <Title order={2} size="h4" id="candidate-interviews-title">
          Interviews and scorecards
        </Title>
        <InterviewsTable debrief={debrief} />
      </Stack>
      <Stack gap="xs" component="section" aria-labelledby="candidate-stages-title">
        <Title order={2} size="h4" id="candidate-stages-title">
          Stage timeline
        </Title>
        <List size="sm" data-testid="stage-timeline">
          {stageTimeline.map((s) => (
            <List.Item key={`${s.at}-${s.stage}`}>
              {candidateStageLabels[s.stage]}{' '}
              <Text span size="xs" c="dimmed">
                {formatDateTime(s.at)}
              </Text>
            </List.Item>
          ))}
        </List>
      </Stack>
      <Notes candidateId={c.id} notes={record.notes} />
    </AreaPage>
  );
}
