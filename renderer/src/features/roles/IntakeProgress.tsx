import { Anchor, Group, List, Paper, Progress, Stack, Text, Title } from '@mantine/core';
import type { RoleSpec } from '../../../../shared/roles';
import { focusField } from './fields';
import { intakeProgress } from './intake-progress';
import { useJdPlaceholders } from './queries';
import { useRolesStore } from './roles-store';

/** How much of the intake is filled, links to what is still empty, and what the JD still lacks. */
export function IntakeProgress({ spec, roleId }: { spec: RoleSpec; roleId: string | null }) {
  const items = intakeProgress(spec);
  const filled = items.filter((i) => i.filled).length;
  const empty = items.filter((i) => !i.filled);
  const jdPlaceholders = useJdPlaceholders(roleId);
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
        {jdPlaceholders.length > 0 ? <JdTodo placeholders={jdPlaceholders.map((p) => p.text)} /> : null}
        {empty.length === 0 ? (
          jdPlaceholders.length === 0 ? (
            <Text size="sm">Everything a job description needs is here.</Text>
          ) : null
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

/** The intake can be complete while the JD still says "[partner team]": name what is left there. */
function JdTodo({ placeholders }: { placeholders: string[] }) {
  const distinct = [...new Set(placeholders)];
  const count = placeholders.length;
  return (
    <Text size="sm" data-testid="intake-jd-placeholders">
      The job description still has {count} {count === 1 ? 'placeholder' : 'placeholders'} to fill:{' '}
      {distinct.join(', ')}.{' '}
      <Anchor
        component="button"
        type="button"
        size="sm"
        onClick={() => useRolesStore.getState().setTab('jd')}
      >
        Open the job description
      </Anchor>
    </Text>
  );
}
