import { Alert, Badge, Divider, Group, List, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconInfoCircle } from '@tabler/icons-react';
import { memo } from 'react';
import type { CompAdvice, CostEstimate } from '../../../../shared/domain/comp/advice';
import {
  costNote,
  formatDays,
  formatRange,
  formatUsd,
  sourceLine,
} from '../../../../shared/domain/comp/format';
import type { AppErrorData } from '../../../../shared/result';
import { ErrorAlert } from '../../ui/ErrorAlert';

const WARNING_COLOR = { error: 'red', warning: 'orange', info: 'blue' } as const;

/** The comp advisor beside the intake: the band, how it was derived, what others say, cost, time. */
export const CompPanel = memo(function CompPanel({
  advice,
  error,
}: {
  advice: CompAdvice | null;
  error: AppErrorData | null;
}) {
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="comp-advisor-title">
      <Stack gap="sm">
        <Title order={2} size="h5" id="comp-advisor-title">
          Comp advisor
        </Title>
        {error ? <ErrorAlert title="The advisor could not run" error={error} /> : null}
        {!advice ? null : advice.missing.length > 0 ? (
          <Text size="sm" c="dimmed">
            Pick the {advice.missing.join(' and ')} to see the recommended band.
          </Text>
        ) : (
          <Recommendation advice={advice} />
        )}
        {advice?.warnings.map((w) => (
          <Alert
            key={w.id}
            color={WARNING_COLOR[w.severity]}
            variant="light"
            p="xs"
            icon={w.severity === 'info' ? <IconInfoCircle size={16} /> : <IconAlertTriangle size={16} />}
            data-warning={w.id}
          >
            <Text size="sm">{w.message}</Text>
          </Alert>
        ))}
        {advice?.totalCost || advice?.agencyFee || advice?.timeToFill ? <Divider /> : null}
        {advice?.totalCost ? (
          <CostLine label="Total cost of employment" kind="totalCost" cost={advice.totalCost} />
        ) : null}
        {advice?.agencyFee ? <CostLine label="Agency fee" kind="agencyFee" cost={advice.agencyFee} /> : null}
        {advice?.timeToFill ? (
          <div>
            <Text size="sm" fw={600}>
              Time to fill:{' '}
              {formatDays(advice.timeToFill.minDays, advice.timeToFill.maxDays, advice.timeToFill.openEnded)}
            </Text>
            <Text size="xs">{advice.timeToFill.summary}</Text>
            <Text size="xs" c="dimmed">
              {sourceLine(advice.timeToFill.source)}
            </Text>
          </div>
        ) : null}
      </Stack>
    </Paper>
  );
});

function Recommendation({ advice }: { advice: CompAdvice }) {
  if (!advice.band) return null;
  return (
    <Stack gap="xs">
      <Group gap="xs" align="baseline">
        <Text size="xl" fw={700} data-testid="recommended-band">
          {formatRange(advice.band)}
        </Text>
        <Badge variant="light">recommended base</Badge>
      </Group>
      <Text size="xs" fw={600}>
        How it was derived
      </Text>
      <List size="xs" spacing={4} type="ordered" aria-label="Derivation">
        {advice.steps.map((step) => (
          <List.Item key={step.id}>
            <Text size="xs" fw={500} span>
              {step.label}: {formatRange(step.band)}
            </Text>
            <Text size="xs">{step.detail}</Text>
            <Text size="xs" c="dimmed">
              {sourceLine(step.source)}, updated {step.source.updated}
            </Text>
          </List.Item>
        ))}
      </List>
      {advice.comparisons.length > 0 ? (
        <>
          <Text size="xs" fw={600}>
            Other sources
          </Text>
          <Table fz="xs" verticalSpacing={2} horizontalSpacing={4} aria-label="Other sources">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Source</Table.Th>
                <Table.Th>Figure</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {advice.comparisons.map((c) => (
                <Table.Tr key={`${c.source.sourceId}:${c.label}`}>
                  <Table.Td>
                    {c.label}
                    <Text size="xs" c="dimmed">
                      {sourceLine(c.source)}
                    </Text>
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    {c.range ? formatRange(c.range) : c.median !== null ? formatUsd(c.median) : '-'}
                    {c.range && c.median !== null ? (
                      <Text size="xs" c="dimmed">
                        median {formatUsd(c.median)}
                      </Text>
                    ) : null}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </>
      ) : null}
    </Stack>
  );
}

/** A cost of the hire: the dollars, what percentages made them (from the comp data), and their source. */
function CostLine({
  label,
  kind,
  cost,
}: {
  label: string;
  kind: 'totalCost' | 'agencyFee';
  cost: CostEstimate;
}) {
  return (
    <div data-cost={kind}>
      <Text size="sm" fw={600}>
        {label}: {formatRange(cost)}
      </Text>
      <Text size="xs">{costNote(kind, cost)}</Text>
      <Text size="xs" c="dimmed">
        {sourceLine(cost.source)}
      </Text>
    </div>
  );
}
