import { Accordion, Badge, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { IconEyeOff } from '@tabler/icons-react';
import { attributeScoreLabel, recommendationLabels, type Scorecard } from '../../../../shared/scorecards';
import { formatDateTime } from '../../ui/format';
import { useOtherScorecards, useScorecardVersions } from './queries';

/** Every submitted version, newest first, each readable as it was. */
export function VersionList({ scorecard }: { scorecard: Scorecard }) {
  const versions = useScorecardVersions(scorecard).data ?? [];
  if (versions.length === 0) return null;
  const newestFirst = [...versions].sort((a, b) => b.version - a.version);
  return (
    <Stack gap="xs">
      <Title order={2} size="h4">
        Versions
      </Title>
      <Accordion variant="separated" aria-label="Versions">
        {newestFirst.map((v) => (
          <Accordion.Item key={v.version} value={String(v.version)}>
            <Accordion.Control>
              <Group gap="sm">
                <Text fw={600} size="sm">
                  Version {v.version}
                </Text>
                <Text size="sm" c="dimmed">
                  {formatDateTime(v.submittedAt)} · {recommendationLabels[v.recommendation]}
                </Text>
              </Group>
            </Accordion.Control>
            <Accordion.Panel>
              <Stack gap="xs">
                {v.reason ? (
                  <Text size="sm">
                    <Text span fw={600}>
                      Why it changed:
                    </Text>{' '}
                    {v.reason}
                  </Text>
                ) : null}
                <Table withRowBorders={false} verticalSpacing={2}>
                  <Table.Tbody>
                    {v.attributeRatings.map((a) => (
                      <Table.Tr key={a.attribute}>
                        <Table.Td>{a.label}</Table.Td>
                        <Table.Td>{attributeScoreLabel(a.rating)}</Table.Td>
                        <Table.Td c="dimmed">{a.note}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
                <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                  {v.summary}
                </Text>
              </Stack>
            </Accordion.Panel>
          </Accordion.Item>
        ))}
      </Accordion>
    </Stack>
  );
}

/** The other interviewers' scorecards for this candidate: shown only once this one is submitted. */
export function OtherScorecards({ scorecard: own }: { scorecard: Scorecard }) {
  const others = useOtherScorecards(own).data;
  if (!others) return null;
  const theirs = others.scorecards.filter((s) => s.id !== own.id);
  if (!others.othersVisible) {
    return (
      <Paper withBorder p="md" radius="md" data-testid="others-hidden">
        <Group gap="sm" wrap="nowrap" align="flex-start">
          <IconEyeOff size={18} aria-hidden />
          <Text size="sm">
            {others.hiddenCount > 0
              ? `${others.hiddenCount === 1 ? 'One other interviewer has' : `${others.hiddenCount} other interviewers have`} scored this candidate. `
              : ''}
            Other scorecards stay out of sight until you submit yours, so that your ratings rest on what you
            saw and heard.
          </Text>
        </Group>
      </Paper>
    );
  }
  if (theirs.length === 0) return null;
  return (
    <Stack gap="xs">
      <Title order={2} size="h4">
        Other scorecards for this candidate
      </Title>
      {theirs.map((s) => (
        <Paper key={s.id} withBorder p="md" radius="md">
          <Group gap="sm">
            <Text fw={600} size="sm">
              {s.interviewer}
            </Text>
            <Text size="sm" c="dimmed">
              {s.roundName}
            </Text>
            {s.recommendation ? (
              <Badge variant="light">{recommendationLabels[s.recommendation]}</Badge>
            ) : null}
          </Group>
          <Text size="sm" mt={4} style={{ whiteSpace: 'pre-wrap' }}>
            {s.summary}
          </Text>
        </Paper>
      ))}
    </Stack>
  );
}
