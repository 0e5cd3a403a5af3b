import { Anchor, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { Debrief, DisagreementKind } from '../../../../shared/debrief';
import { routeHref } from '../../ui/routes';
import { EvidenceList } from './EvidenceList';

const KIND_LABEL: Record<DisagreementKind, string> = {
  'rating-gap': 'Scores 2+ apart',
  'recommendation-split': 'Split recommendation',
  'lone-red-flag': 'Red flag from one interviewer',
};

/** Where the panel disagrees, each side with its evidence and a link to the scorecard it came from. */
export function Disagreements({ debrief }: { debrief: Debrief }) {
  const interviewOf = new Map(debrief.columns.map((c) => [c.scorecardId, c.interviewId]));
  return (
    <Stack gap="xs" component="section" aria-labelledby="debrief-flags-title">
      <Title order={2} size="h4" id="debrief-flags-title">
        Disagreements to talk through
      </Title>
      {debrief.disagreements.length === 0 ? (
        <Text size="sm" c="dimmed">
          No scores two or more apart, no yes beside a no, and no red flag raised by one interviewer alone.
        </Text>
      ) : null}
      {debrief.disagreements.map((flag) => (
        <Paper
          key={`${flag.kind}:${flag.attribute ?? flag.redFlag ?? ''}`}
          withBorder
          radius="md"
          p="sm"
          data-testid="disagreement"
          data-kind={flag.kind}
        >
          <Group gap="xs" mb="xs">
            <Text size="xs" fw={700} tt="uppercase">
              {KIND_LABEL[flag.kind]}:
            </Text>
            <Text fw={600} size="sm">
              {flag.title}
            </Text>
          </Group>
          <SimpleGrid cols={{ base: 1, md: Math.min(flag.sides.length, 3) }} spacing="sm">
            {flag.sides.map((side) => (
              <Stack key={side.scorecardId} gap={4}>
                <Text size="sm" fw={600}>
                  {side.interviewer}: {side.position}
                </Text>
                <EvidenceList evidence={side.evidence} empty="No question on the same ground." />
                <Anchor
                  size="sm"
                  href={routeHref({
                    area: 'interviews',
                    view: 'scorecard',
                    id: interviewOf.get(side.scorecardId) ?? '',
                  })}
                >
                  Open {side.interviewer}’s scorecard
                </Anchor>
              </Stack>
            ))}
          </SimpleGrid>
        </Paper>
      ))}
    </Stack>
  );
}
