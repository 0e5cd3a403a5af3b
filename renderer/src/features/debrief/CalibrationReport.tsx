import { Badge, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { CalibrationReport as Report } from '../../../../shared/debrief';
import { formatMean } from '../../../../shared/domain/debrief/aggregate';
import type { AppErrorData } from '../../../../shared/result';
import { call } from '../../api';
import { ErrorAlert } from '../../ui/ErrorAlert';

const signed = (n: number | null) =>
  n === null ? '–' : `${n > 0 ? '+' : n < 0 ? '−' : ''}${Math.abs(n).toFixed(2)}`;
const percent = (n: number | null) => (n === null ? '–' : `${Math.round(n * 100)}%`);

/**
 * How each interviewer of the role scores against the rest of the panel on the same
 * candidates: a lenient or a harsh scorer shows before their next debrief.
 */
export function CalibrationReport({ roleId }: { roleId: string }) {
  const [report, setReport] = useState<Report | null>(null);
  const [error, setError] = useState<AppErrorData | null>(null);
  useEffect(() => {
    let live = true;
    void call('debrief.calibration', { roleId }).then((result) => {
      if (!live) return;
      if (result.ok) setReport(result.value);
      else setError(result.error);
    });
    return () => {
      live = false;
    };
  }, [roleId]);

  if (error) return <ErrorAlert title="The calibration report could not be read" error={error} />;
  if (!report) return null;
  return (
    <Stack gap="xs" component="section" aria-labelledby="interviewer-calibration-title">
      <Title order={3} size="h4" id="interviewer-calibration-title">
        How each interviewer scores
      </Title>
      <Text size="sm" c="dimmed">
        Leniency is an interviewer’s mean score minus the mean the rest of the panel gave the same candidates;
        spread is how much their scores vary (standard deviation).
      </Text>
      {report.interviewers.length === 0 ? (
        <Text size="sm" c="dimmed">
          No scorecard has been submitted for this role yet.
        </Text>
      ) : (
        <Paper withBorder radius="md" style={{ overflowX: 'auto' }}>
          <Table aria-labelledby="interviewer-calibration-title" verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Interviewer</Table.Th>
                <Table.Th scope="col">Scorecards</Table.Th>
                <Table.Th scope="col">Mean</Table.Th>
                <Table.Th scope="col">Panel mean</Table.Th>
                <Table.Th scope="col">Leniency</Table.Th>
                <Table.Th scope="col">Spread</Table.Th>
                <Table.Th scope="col">Not asked</Table.Th>
                <Table.Th scope="col">Not enough evidence</Table.Th>
                <Table.Th scope="col">Scores without evidence</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {report.interviewers.map((i) => (
                <Table.Tr key={i.interviewer}>
                  <Table.Th scope="row">
                    {i.interviewer}
                    {i.tooFewToJudge ? (
                      <Badge ml="xs" size="sm" variant="light" color="gray">
                        too few to judge
                      </Badge>
                    ) : null}
                  </Table.Th>
                  <Table.Td>{i.scorecards}</Table.Td>
                  <Table.Td>{formatMean(i.mean)}</Table.Td>
                  <Table.Td>{formatMean(i.panelMean)}</Table.Td>
                  <Table.Td>{signed(i.leniency)}</Table.Td>
                  <Table.Td>{i.spread === null ? '–' : i.spread.toFixed(2)}</Table.Td>
                  <Table.Td>{percent(i.notAskedShare)}</Table.Td>
                  <Table.Td>{percent(i.notEnoughEvidenceShare)}</Table.Td>
                  <Table.Td>{i.ratingsWithoutEvidence}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Paper>
      )}
    </Stack>
  );
}
