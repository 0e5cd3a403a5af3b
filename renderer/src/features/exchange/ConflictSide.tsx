import { List, Stack, Table, Text } from '@mantine/core';
import type { ConflictScorecard, ExchangeConflictSide } from '../../../../shared/pack-exchange';
import { attributeScoreLabel, recommendationLabels } from '../../../../shared/scorecards';
import { formatDateTime } from '../../ui/format';

function ScorecardContent({ card, name }: { card: ConflictScorecard; name: string }) {
  return (
    <Stack gap={6}>
      <Text size="sm">
        <Text span fw={600}>
          Recommendation:
        </Text>{' '}
        <span data-testid="conflict-recommendation">{recommendationLabels[card.recommendation]}</span>
      </Text>
      <Table aria-label={`Ratings, ${name}`} verticalSpacing={4}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Attribute</Table.Th>
            <Table.Th scope="col">Rating</Table.Th>
            <Table.Th scope="col">Evidence</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {card.ratings.map((r) => (
            <Table.Tr key={r.attribute}>
              <Table.Th scope="row">{r.label}</Table.Th>
              <Table.Td>{attributeScoreLabel(r.rating)}</Table.Td>
              <Table.Td style={{ whiteSpace: 'pre-wrap' }}>{r.note || '-'}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
        <Text span fw={600}>
          Summary:
        </Text>{' '}
        {card.summary}
      </Text>
      {card.reason ? (
        <Text size="sm">
          <Text span fw={600}>
            Why this version:
          </Text>{' '}
          {card.reason}
        </Text>
      ) : null}
      <Text size="xs" c="dimmed">
        By {card.interviewer}, submitted {formatDateTime(card.submittedAt)}
      </Text>
    </Stack>
  );
}

/** One side of a conflict as it reads: a scorecard in full, any other record by its main fields. */
export function ConflictSide({ side, name }: { side: ExchangeConflictSide; name: string }) {
  if (side.scorecard) return <ScorecardContent card={side.scorecard} name={name} />;
  return (
    <List size="sm" spacing={2}>
      {side.preview.map((line) => (
        <List.Item key={line}>{line}</List.Item>
      ))}
    </List>
  );
}
