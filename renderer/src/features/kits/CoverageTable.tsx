import { Alert, Badge, List, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconCheck } from '@tabler/icons-react';
import type { Loop } from '../../../../shared/kits';
import classes from './kits.module.css';

/**
 * Which round looks at which attribute: a row per attribute (the standard set and the role's
 * must-haves), a column per round. The core's warnings come first: an attribute seen in
 * fewer than two rounds, a must-have in none.
 */
export function CoverageTable({ loop }: { loop: Loop }) {
  const { attributes, warnings } = loop.coverage;
  const flagged = new Set(warnings.map((w) => w.attribute));
  return (
    <Stack gap="sm" component="section" aria-labelledby="coverage-heading">
      <Title order={2} size="h4" id="coverage-heading">
        Coverage
      </Title>
      <Text size="sm" c="dimmed">
        A round covers an attribute when it is one of the round's focus attributes or a question in its kit
        measures it. Questions counts the kit questions that measure it, through their own attributes or a
        link you set in the kit.
      </Text>
      {warnings.length > 0 ? (
        <Alert
          color="yellow"
          variant="light"
          icon={<IconAlertTriangle aria-hidden />}
          title={warnings.length === 1 ? 'One gap in the loop' : `${warnings.length} gaps in the loop`}
        >
          <List size="sm" spacing={2} aria-label="Coverage warnings">
            {warnings.map((w) => (
              <List.Item key={`${w.kind}:${w.attribute}`} data-warning={w.kind}>
                {w.message}
              </List.Item>
            ))}
          </List>
        </Alert>
      ) : (
        <Text size="sm" c="teal.8">
          Every attribute is looked at in two rounds or more.
        </Text>
      )}
      <Paper withBorder radius="md" style={{ overflowX: 'auto' }}>
        <Table className={classes.matrix} striped highlightOnHover aria-labelledby="coverage-heading">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Attribute</Table.Th>
              {loop.rounds.map((r) => (
                <Table.Th key={r.id} scope="col">
                  {r.name}
                </Table.Th>
              ))}
              <Table.Th scope="col">Rounds</Table.Th>
              <Table.Th scope="col">Questions</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {attributes.map((a) => {
              const covered = new Set(a.rounds);
              const thin = flagged.has(a.attribute);
              return (
                <Table.Tr key={a.attribute} data-attribute={a.attribute}>
                  <Table.Th scope="row" fw={500}>
                    {a.label}{' '}
                    {a.mustHave ? (
                      <Badge size="xs" variant="light" title={a.mustHaveText.join('; ')}>
                        must-have
                      </Badge>
                    ) : null}
                  </Table.Th>
                  {loop.rounds.map((r) => (
                    <Table.Td key={r.id}>
                      {covered.has(r.id) ? (
                        <IconCheck
                          size={16}
                          color="var(--mantine-color-teal-7)"
                          aria-label="covered"
                          role="img"
                        />
                      ) : (
                        <Text span c="dimmed" aria-label="not covered">
                          –
                        </Text>
                      )}
                    </Table.Td>
                  ))}
                  <Table.Td>
                    <Text
                      span
                      size="sm"
                      fw={thin ? 600 : undefined}
                      className={thin ? classes.over : undefined}
                    >
                      {covered.size}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text span size="sm" c={a.questions === 0 ? 'dimmed' : undefined}>
                      {a.questions}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Paper>
    </Stack>
  );
}
