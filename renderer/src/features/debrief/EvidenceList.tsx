import { List, Text } from '@mantine/core';
import { ratingLabels } from '../../../../shared/interviews';
import type { AttributeEvidence } from '../../../../shared/scorecards';

/** What the candidate said on each question, as the interviewer wrote it down. */
export function EvidenceList({ evidence, empty }: { evidence: AttributeEvidence[]; empty: string }) {
  if (evidence.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {empty}
      </Text>
    );
  }
  return (
    <List size="sm" spacing={4}>
      {evidence.map((e) => (
        <List.Item key={e.itemId}>
          <Text span size="sm" fw={600}>
            {e.topic}
          </Text>{' '}
          <Text span size="sm" c="dimmed">
            ({e.rating === null ? 'unrated' : ratingLabels[e.rating]})
          </Text>
          {e.evidence ? <Text size="sm">{e.evidence}</Text> : null}
          {e.judgement ? (
            <Text size="sm" fs="italic">
              {e.judgement}
            </Text>
          ) : null}
          {e.redFlags.length > 0 ? (
            <Text size="sm" c="red.9">
              Red flags: {e.redFlags.join('; ')}
            </Text>
          ) : null}
        </List.Item>
      ))}
    </List>
  );
}
