import { Button, Paper, Popover, Stack, Table, Text, Title } from '@mantine/core';
import type { Debrief, DebriefCell, DebriefColumn, DebriefRow } from '../../../../shared/debrief';
import { formatMean } from '../../../../shared/domain/debrief/aggregate';
import { attributeScoreLabel, recommendationLabels, recommendations } from '../../../../shared/scorecards';
import { EvidenceList } from './EvidenceList';

/** One cell: the score as a button; the evidence behind it opens beside it. */
function ScoreCell({
  cell,
  column,
  row,
}: {
  cell: DebriefCell | null;
  column: DebriefColumn;
  row: DebriefRow;
}) {
  if (!cell) {
    return (
      <Table.Td ta="center" c="dimmed" aria-label={`${column.interviewer} did not cover ${row.label}`}>
        –
      </Table.Td>
    );
  }
  const label = attributeScoreLabel(cell.score);
  return (
    <Table.Td ta="center">
      <Popover width={380} position="bottom" withArrow shadow="md" trapFocus returnFocus>
        <Popover.Target>
          <Button
            size="compact-sm"
            variant={cell.score === 'not-assessed' ? 'default' : 'light'}
            aria-label={`${row.label}, ${column.interviewer}: ${label}. Show the evidence`}
            data-score={String(cell.score)}
          >
            {label}
          </Button>
        </Popover.Target>
        <Popover.Dropdown>
          <Stack gap="xs">
            <Text size="sm" fw={600}>
              {row.label}: {label}, {column.interviewer}
            </Text>
            {cell.note ? <Text size="sm">{cell.note}</Text> : null}
            <EvidenceList evidence={cell.evidence} empty="No question in this interview measured it." />
          </Stack>
        </Popover.Dropdown>
      </Popover>
    </Table.Td>
  );
}

/**
 * The attribute x interviewer grid with the mechanical aggregate beside each row and the
 * recommendation of each interviewer under it: read before any discussion.
 */
export function DebriefGrid({ debrief }: { debrief: Debrief }) {
  const tally = recommendations.filter((r) => debrief.tally[r] > 0);
  return (
    <Stack gap="xs">
      <Title order={2} size="h4" id="debrief-grid-title">
        Scores by attribute
      </Title>
      <Text size="sm" c="dimmed">
        Mean, spread (highest minus lowest) and count use the 1-4 scores only; “not assessed” is shown but
        never counted. Press a score to read the evidence behind it.
      </Text>
      <Paper withBorder radius="md" style={{ overflowX: 'auto' }}>
        <Table aria-labelledby="debrief-grid-title" data-testid="debrief-grid" verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Attribute</Table.Th>
              {debrief.columns.map((c) => (
                <Table.Th key={c.scorecardId} scope="col" ta="center">
                  {c.interviewer}
                  <Text size="xs" c="dimmed" fw={400}>
                    {c.roundName}
                  </Text>
                </Table.Th>
              ))}
              <Table.Th scope="col" ta="center">
                Mean
              </Table.Th>
              <Table.Th scope="col" ta="center">
                Spread
              </Table.Th>
              <Table.Th scope="col" ta="center">
                Count
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {debrief.rows.map((row) => (
              <Table.Tr key={row.attribute} data-attribute={row.attribute}>
                <Table.Th scope="row">{row.label}</Table.Th>
                {row.cells.map((cell, i) => {
                  const column = debrief.columns[i] as DebriefColumn;
                  return <ScoreCell key={column.scorecardId} cell={cell} column={column} row={row} />;
                })}
                <Table.Td ta="center" data-testid="aggregate-mean">
                  {formatMean(row.aggregate.mean)}
                </Table.Td>
                <Table.Td ta="center" data-testid="aggregate-spread">
                  {row.aggregate.spread ?? '–'}
                </Table.Td>
                <Table.Td ta="center" data-testid="aggregate-count">
                  {row.aggregate.count}
                </Table.Td>
              </Table.Tr>
            ))}
            <Table.Tr>
              <Table.Th scope="row">Recommendation</Table.Th>
              {debrief.columns.map((c) => (
                <Table.Td key={c.scorecardId} ta="center" fw={600}>
                  {recommendationLabels[c.recommendation]}
                </Table.Td>
              ))}
              <Table.Td colSpan={3} ta="center" data-testid="recommendation-tally">
                {tally.map((r) => `${recommendationLabels[r]} ${debrief.tally[r]}`).join(' · ')}
              </Table.Td>
            </Table.Tr>
          </Table.Tbody>
        </Table>
      </Paper>
    </Stack>
  );
}
