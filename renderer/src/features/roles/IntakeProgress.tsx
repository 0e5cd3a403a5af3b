import { Anchor, Group, List, Paper, Progress, Stack, Text, Title } from '@mantine/core';
import type { RoleSpec } from '../../../../shared/roles';
import { focusField } from './fields';
import { intakeProgress } from './intake-progress';

/** How much of the intake is filled, and links to what is still empty. */
export function IntakeProgress({ spec }: { spec: RoleSpec }) {
  const items = intakeProgress(spec);
  const filled = items.filter((i) => i.filled).length;
  const empty = items.filter((i) => !i.filled);
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="intake-progress-title">
      <Stack gap="xs">
        <Group justify="space-between">
          <Title order={2} size="h5" id="intake-progress-title">
            Intake
          </Title>
          <Text size="sm" data-testid="intake-filled">
            {filled} of {items.length} filled
          </Text>
        </Group>
        <Progress value={(filled / items.length) * 100} aria-label="Intake filled" />
        {empty.length === 0 ? (
          <Text size="sm">Everything a job description needs is here.</Text>
        ) : (
          <>
            <Text size="xs" c="dimmed">
              Still empty:
            </Text>
            <List size="xs" spacing={2}>
              {empty.map((item) => (
                <List.Item key={item.field}>
                  <Anchor component="button" type="button" size="xs" onClick={() => focusField(item.field)}>
                    {item.label}
                  </Anchor>
                </List.Item>
              ))}
            </List>
          </>
        )}
      </Stack>
    </Paper>
  );
}
