import { Anchor, List, Paper, Stack, Text, Title } from '@mantine/core';
import type { Debrief } from '../../../../shared/debrief';
import { formatDuration } from '../../../../shared/domain/debrief/clock';
import { recommendationLabels } from '../../../../shared/scorecards';
import { formatDateTime } from '../../ui/format';
import { routeHref } from '../../ui/routes';

/** Interviews that ended without a submitted scorecard: by whom, and for how long. */
export function MissingScorecards({ debrief }: { debrief: Debrief }) {
  if (debrief.missing.length === 0) return null;
  return (
    <Paper withBorder radius="md" p="sm" component="section" aria-labelledby="missing-title">
      <Title order={2} size="h5" id="missing-title" mb={4}>
        Scorecards still missing
      </Title>
      <List size="sm" data-testid="missing-scorecards">
        {debrief.missing.map((m) => (
          <List.Item key={m.interviewId}>
            {m.interviewer}, {m.roundName}: ended {formatDateTime(m.endedAt)},{' '}
            {m.scorecardStatus === 'draft' ? 'draft not submitted' : 'not started'} for{' '}
            {formatDuration(m.waitingMs)}.{' '}
            <Anchor size="sm" href={routeHref({ area: 'interviews', view: 'scorecard', id: m.interviewId })}>
              Open it
            </Anchor>
          </List.Item>
        ))}
      </List>
    </Paper>
  );
}

/** Each interviewer's recommendation and summary, in their words. */
export function Summaries({ debrief }: { debrief: Debrief }) {
  return (
    <Stack gap="xs" component="section" aria-labelledby="summaries-title">
      <Title order={2} size="h4" id="summaries-title">
        What each interviewer wrote
      </Title>
      {debrief.columns.map((c) => (
        <Paper key={c.scorecardId} withBorder radius="md" p="sm">
          <Text size="sm" fw={600}>
            {c.interviewer}, {c.roundName}: {recommendationLabels[c.recommendation]}
          </Text>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {c.summary}
          </Text>
          {c.redFlags.length > 0 ? (
            <Text size="sm" c="red.9">
              Red flags: {c.redFlags.join('; ')}
            </Text>
          ) : null}
          <Text size="xs" c="dimmed">
            Submitted {formatDateTime(c.submittedAt)}, version {c.version}
          </Text>
        </Paper>
      ))}
    </Stack>
  );
}
